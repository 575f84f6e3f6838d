#!/usr/bin/env python3
"""Check that the repository stands on its own and that its citations of docs/coolify-api.md hold.

1. Every citation of the API document in src/ and tests/ must name something that exists:
   "coolify-api.md §4", "coolify-api.md §6, §9.10", "coolify-api.md §5/§9.12" (also when the list
   continues on the next comment line), and the "§N …" row names of the conformance tables in
   tests/sandbox/tst_sandboxconformance.cpp and tests/api/tst_responseinterpreter.cpp. §N is a
   "## N." section of the document, §N.M item M of the numbered list of section N (the checklist
   of §9). Cross-references inside the document are checked the same way.
2. No file may depend on material outside the repository: the old location of the API notes and
   of the OpenAPI file beside the clone, or the old name of the notes. translations/ and .ci/ are
   not searched.

Files are the ones git tracks or would track (working-tree contents); without git (e.g. an unpacked tarball) the
tree is walked instead. Exit status 0 when everything holds, 1 otherwise. No arguments needed;
--root picks another checkout.
"""
import argparse
import os
import re
import subprocess
import sys

DOC = "docs/coolify-api.md"
ROW_NAME_FILES = ("tests/sandbox/tst_sandboxconformance.cpp", "tests/api/tst_responseinterpreter.cpp")
CITING_DIRS = ("src/", "tests/")
SKIPPED_DIRS = ("translations/", ".ci/")
# Spelled in pieces so that this file does not match its own search (nor the CI grep).
FORBIDDEN = ("../" + "shared", "shared/" + "coolify-api", "FAC" + "TS.md")

REF = r"§(\d+)(?:\.(\d+))?"
# Between the references of one citation: spaces, line breaks with their comment leaders, commas,
# slashes and "and"/"or" — nothing else, so a later unrelated "§" is not swallowed.
GAP = r"(?:\s|//|#|\*|,|/|\band\b|\bor\b)*"
CITATION = re.compile(r"coolify-api\.md" + GAP + REF)
NEXT_REF = re.compile(GAP + REF)
ROW_NAME = re.compile(r'"(' + REF + r"(?:[ /]+" + REF + r')*)[ "]')
BARE_REF = re.compile(REF)


def tracked_files(root):
    """Tracked paths relative to root, or None when git cannot list them."""
    try:
        # Tracked files plus new ones not yet added (but not ignored ones such as build trees).
        out = subprocess.run(["git", "-C", root, "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"], capture_output=True, check=True,
                             timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted(set(p for p in out.decode("utf-8", "surrogateescape").split("\0") if p))
    return files or None


def walked_files(root):
    """Fallback without git: every file below root, minus VCS data and build trees."""
    files = []
    for directory, subdirs, names in os.walk(root):
        rel = os.path.relpath(directory, root)
        keep = []
        for d in sorted(subdirs):
            path = os.path.join(directory, d)
            if d.startswith(".git") or d == "build" or d.startswith("build-") \
                    or os.path.exists(os.path.join(path, "CMakeCache.txt")):
                continue
            keep.append(d)
        subdirs[:] = keep
        for name in sorted(names):
            files.append(os.path.normpath(os.path.join(rel, name)).replace(os.sep, "/"))
    return files


def read_text(root, path):
    try:
        with open(os.path.join(root, path), "rb") as handle:
            data = handle.read()
    except OSError:
        return None  # deleted in the working tree, a dangling link, …
    if b"\0" in data[:8192]:
        return None  # binary
    return data.decode("utf-8", "replace")


def doc_outline(text):
    """{section number: set of top-level list item numbers} of the API document."""
    outline = {}
    current = None
    in_code = False
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        heading = re.match(r"^## (\d+)\. \S", line)
        if heading:
            current = int(heading.group(1))
            outline.setdefault(current, set())
            continue
        if line.startswith("## "):
            current = None
            continue
        item = re.match(r"^(\d+)\. \S", line)
        if item and current is not None:
            outline[current].add(int(item.group(1)))
    return outline


def refs_in_citations(text):
    """(line number, "§N" or "§N.M", N, M or None) for every citation of the document."""
    found = []
    for match in CITATION.finditer(text):
        refs = [(match.start(1), match.group(1), match.group(2))]
        pos = match.end()
        while True:
            more = NEXT_REF.match(text, pos)
            if not more or more.end() == pos:
                break
            refs.append((more.start(1), more.group(1), more.group(2)))
            pos = more.end()
        for start, major, minor in refs:
            found.append((text.count("\n", 0, start) + 1, major, minor))
    return found


def refs_in_row_names(text):
    found = []
    for match in ROW_NAME.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        for ref in BARE_REF.finditer(match.group(1)):
            found.append((line, ref.group(1), ref.group(2)))
    return found


def refs_in_doc(text):
    found = []
    in_code = False
    for number, line in enumerate(text.split("\n"), 1):
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if not in_code:
            found += [(number, m.group(1), m.group(2)) for m in BARE_REF.finditer(line)]
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                       "..", ".."),
                        help="the checkout to check (default: the one holding this script)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every citation found")
    args = parser.parse_args()
    root = os.path.abspath(args.root)

    files = tracked_files(root)
    source = "git ls-files"
    if files is None:
        files, source = walked_files(root), "a walk of the tree (git unavailable)"
    problems = []

    doc_text = read_text(root, DOC)
    if doc_text is None:
        print(f"FAIL: {DOC} is missing", file=sys.stderr)
        return 1
    outline = doc_outline(doc_text)
    if not outline:
        problems.append(f"{DOC}: no '## N. Title' sections found")

    def check(path, line, major, minor):
        n = int(major)
        label = f"§{major}" + (f".{minor}" if minor else "")
        if args.verbose:
            print(f"  {path}:{line}: {label}")
        if n not in outline:
            problems.append(f"{path}:{line}: cites {label}, but {DOC} has no section {n}")
        elif minor and int(minor) not in outline[n]:
            problems.append(f"{path}:{line}: cites {label}, but section {n} of {DOC} has no item "
                            f"{minor}")

    citations = 0
    for path in files:
        if not path.startswith(CITING_DIRS):
            continue
        text = read_text(root, path)
        if text is None:
            continue
        refs = refs_in_citations(text)
        if path in ROW_NAME_FILES:
            refs += refs_in_row_names(text)
        for line, major, minor in sorted(set(refs)):
            check(path, line, major, minor)
            citations += 1
    for line, major, minor in refs_in_doc(doc_text):
        check(DOC, line, major, minor)
        citations += 1

    scanned = 0
    for path in files:
        if path.startswith(SKIPPED_DIRS):
            continue
        text = read_text(root, path)
        if text is None:
            continue
        scanned += 1
        for number, line in enumerate(text.split("\n"), 1):
            for needle in FORBIDDEN:
                if needle in line:
                    problems.append(f"{path}:{number}: mentions {needle!r}, which is outside the "
                                    f"repository or gone: {line.strip()[:120]}")

    if citations == 0:
        problems.append("no citations of coolify-api.md found at all: is the search broken?")
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    print(f"{'FAIL' if problems else 'OK'}: {citations} citations checked against {len(outline)} "
          f"sections of {DOC}; {scanned} files searched for outside references ({source})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
