#!/usr/bin/env python3
"""Fails when a library of src/ includes a layer it may not depend on (ARCHITECTURE.md, "Layers").

    check_layering.py --source-dir <repo> [--qt-headers <dir with QtWidgets/>]
    check_layering.py --self-test

Each file's layer is its folder under src/; within src/forms the files that src/forms/CMakeLists.txt
lists for coolify_formview form the layer "formview" (read at run time, so moving a file between
the two targets needs no change here). Every `#include "x/..."` / `<x/...>` of a project folder and
every Qt Widgets header (`<QWidget>`, `<QtWidgets/QLabel>`, `<qlabel.h>`, ...) is checked against
the table below. Comments, `#if 0` blocks and string literals are not includes. Generated headers
(`ui_*.h`) and third-party headers are not project folders and are ignored.

Exit status: 0 clean, 1 violations (one line each: file:line, what it includes, which rule),
2 usage or setup error.
"""

import argparse
import os
import re
import sys
import tempfile

# --- The rules -----------------------------------------------------------------------------------

# Layer -> the project layers its files may include (itself included). Keep in step with
# ARCHITECTURE.md and the target_link_libraries() of src/*/CMakeLists.txt.
ALLOWED = {
    "api": {"api"},
    "instances": {"instances", "api"},
    "models": {"models", "api", "instances"},
    "journal": {"journal", "models", "api", "instances"},
    "forms": {"forms", "api"},
    "formview": {"formview", "forms", "api"},
    "controllers": {"controllers", "api", "instances", "models", "forms"},
    "gui": {"gui", "controllers", "api", "instances", "models", "journal", "forms", "formview"},
    "sandbox": {"sandbox"},
    "app": {"app", "gui", "controllers", "api", "instances", "models", "journal", "forms",
            "formview", "sandbox"},
}

# The folders of src/ (formview lives inside src/forms).
FOLDERS = set(ALLOWED) - {"formview"}

# Layers that must build without Qt Widgets.
UI_FREE = {"api", "instances", "models", "journal", "forms", "controllers", "sandbox"}

# Headers of src/api that gui must not include: widgets talk to the server through src/controllers.
GUI_FORBIDDEN_API = ("api/apiclient.h",)
GUI_FORBIDDEN_API_PREFIXES = ("api/families/",)

# The CMake target of src/forms whose files form the "formview" layer.
FORMVIEW_TARGET = "coolify_formview"

# Qt modules whose headers count as "Qt Widgets" (each links Qt6::Widgets).
WIDGET_MODULES = ("QtWidgets", "QtOpenGLWidgets", "QtSvgWidgets", "QtPrintSupport")

# Used when no Qt include directory is found: the QtWidgets headers this code base could plausibly
# reach for. The installed headers, when present, are the authority.
FALLBACK_WIDGET_HEADERS = """
QAbstractButton QAbstractItemDelegate QAbstractItemView QAbstractScrollArea QAbstractSlider
QAbstractSpinBox QAccessibleWidget QApplication QBoxLayout QButtonGroup QCalendarWidget QCheckBox
QColorDialog QColumnView QComboBox QCommandLinkButton QCommonStyle QCompleter QDataWidgetMapper
QDateEdit QDateTimeEdit QDial QDialog QDialogButtonBox QDockWidget QDoubleSpinBox QErrorMessage
QFileDialog QFileIconProvider QFocusFrame QFontComboBox QFontDialog QFormLayout QFrame QGesture
QGraphicsItem QGraphicsScene QGraphicsView QGridLayout QGroupBox QHBoxLayout QHeaderView
QInputDialog QItemDelegate QItemEditorFactory QKeySequenceEdit QLabel QLayout QLayoutItem QLCDNumber
QLineEdit QListView QListWidget QListWidgetItem QMainWindow QMdiArea QMdiSubWindow QMenu QMenuBar
QMessageBox QPlainTextDocumentLayout QPlainTextEdit QProgressBar QProgressDialog QProxyStyle
QPushButton QRadioButton QRubberBand QScrollArea QScrollBar QScroller QSizeGrip
QSizePolicy QSlider QSpacerItem QSpinBox QSplashScreen QSplitter QSplitterHandle QStackedLayout
QStackedWidget QStatusBar QStyle QStyledItemDelegate QStyleFactory QStyleOption QStyleOptionViewItem
QStylePainter QSystemTrayIcon QTabBar QTableView QTableWidget QTableWidgetItem QTabWidget
QTextBrowser QTextEdit QTimeEdit QToolBar QToolBox QToolButton QToolTip QTreeView QTreeWidget
QTreeWidgetItem QTreeWidgetItemIterator QUndoView QVBoxLayout QWhatsThis QWidget QWidgetAction
QWidgetItem QWizard QWizardPage QtWidgets
""".split()

# --- Reading the tree ----------------------------------------------------------------------------

SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".cxx")
TARGET_COMMANDS = {"add_library", "qt_add_library", "add_executable", "qt_add_executable",
                   "target_sources"}
TARGET_KEYWORDS = {"STATIC", "SHARED", "MODULE", "OBJECT", "INTERFACE", "PUBLIC", "PRIVATE",
                   "EXCLUDE_FROM_ALL", "WIN32", "MACOSX_BUNDLE", "MANUAL_FINALIZATION"}


def strip_cmake_comments(text):
    out = []
    for line in text.splitlines():
        in_string = False
        for i, ch in enumerate(line):
            if ch == '"':
                in_string = not in_string
            elif ch == "#" and not in_string:
                line = line[:i]
                break
        out.append(line)
    return "\n".join(out)


def cmake_target_sources(cmake_file):
    """Source files (relative to the CMakeLists.txt folder, '/'-separated) -> the target listing them."""
    with open(cmake_file, encoding="utf-8") as f:
        text = strip_cmake_comments(f.read())
    owner = {}
    for match in re.finditer(r"\b([A-Za-z_][A-Za-z0-9_]*)\s*\(", text):
        command = match.group(1).lower()
        if command not in TARGET_COMMANDS:
            continue
        depth, end = 1, match.end()
        while end < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            end += 1
        args = re.findall(r'"[^"]*"|[^\s()]+', text[match.end():end - 1])
        args = [a.strip('"') for a in args]
        if not args or "ALIAS" in args or "IMPORTED" in args:
            continue
        target = args[0]
        for arg in args[1:]:
            if arg in TARGET_KEYWORDS or "${" in arg or not arg.endswith(SOURCE_SUFFIXES):
                continue
            owner[os.path.normpath(arg).replace(os.sep, "/")] = target
    return owner


class Tree:
    def __init__(self, source_dir):
        self.source_dir = os.path.abspath(source_dir)
        self.src = os.path.join(self.source_dir, "src")
        forms_cmake = os.path.join(self.src, "forms", "CMakeLists.txt")
        owners = cmake_target_sources(forms_cmake) if os.path.isfile(forms_cmake) else {}
        self.formview = {path for path, target in owners.items() if target == FORMVIEW_TARGET}

    def layer_of(self, src_relative):
        """The layer of a path relative to src/ ('gui/mainwindow.h'); None for unknown folders."""
        parts = src_relative.split("/")
        if len(parts) < 2:
            return None
        folder = parts[0]
        if folder == "forms":
            return "formview" if "/".join(parts[1:]) in self.formview else "forms"
        return folder if folder in FOLDERS else None

    def files(self):
        for root, dirs, names in os.walk(self.src):
            dirs.sort()
            for name in sorted(names):
                if name.endswith(SOURCE_SUFFIXES):
                    path = os.path.join(root, name)
                    yield os.path.relpath(path, self.src).replace(os.sep, "/")


def code_without_comments(text):
    """The text with comments, raw-string bodies and `#if 0` blocks blanked; lines stay in place."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif ch == "R" and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum()
                                                                        or text[i - 1] == "_")
                                                          or text[i - 1] in "uUL8"):
            m = re.match(r'R"([^()\\\s]{0,16})\(', text[i:])
            if not m:
                out.append(ch)
                i += 1
                continue
            close = ")" + m.group(1) + '"'
            end = text.find(close, i + m.end())
            end = n if end < 0 else end + len(close)
            out.append('R""' + re.sub(r"[^\n]", " ", text[i + 3:end - 1]) + '"')
            i = end
        elif ch == '"' or (ch == "'" and not is_digit_separator(text, i)):
            j = i + 1
            while j < n and text[j] != ch and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            end = min(j + 1, n)
            out.append(text[i:end])  # kept: `#include "x/y.h"` is a string
            i = end
        else:
            out.append(ch)
            i += 1
    return blank_if0("".join(out))


def is_digit_separator(text, i):
    """`'` inside a number (60'000, 0xFF'FF) rather than a character literal."""
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    return j < i and text[j].isdigit()


def blank_if0(code):
    lines = code.split("\n")
    depth = 0  # >0: inside `#if 0`, counting nested conditionals
    for k, line in enumerate(lines):
        directive = re.match(r"\s*#\s*(\w+)\s*(.*)", line)
        word = directive.group(1) if directive else ""
        if depth:
            if word in ("if", "ifdef", "ifndef"):
                depth += 1
            elif word == "endif":
                depth -= 1
            elif word in ("else", "elif") and depth == 1:
                depth = 0
                continue
            lines[k] = ""
        elif word == "if" and directive.group(2).strip() in ("0", "(0)"):
            depth = 1
    return "\n".join(lines)


INCLUDE = re.compile(r'^\s*#\s*include\s*(?:"([^"\n]+)"|<([^>\n]+)>)')


def includes(text):
    for number, line in enumerate(code_without_comments(text).split("\n"), start=1):
        m = INCLUDE.match(line)
        if m:
            quoted = m.group(1) is not None
            yield number, (m.group(1) if quoted else m.group(2)).strip(), quoted


# --- Qt Widgets headers --------------------------------------------------------------------------

def qt_include_roots(hint):
    roots = [hint] if hint else []
    roots += ["/usr/include/x86_64-linux-gnu/qt6", "/usr/include/aarch64-linux-gnu/qt6",
              "/usr/include/qt6", "/usr/local/include/qt6"]
    if os.path.isdir("/usr/include"):
        for entry in sorted(os.listdir("/usr/include")):
            roots.append(os.path.join("/usr/include", entry, "qt6"))
    for root in roots:
        if root and os.path.isdir(os.path.join(root, "QtWidgets")):
            yield root


def widget_headers(hint=None):
    """(header names that mean Qt Widgets, where they came from)."""
    for root in qt_include_roots(hint):
        widgets, others = set(), set()
        for module in sorted(os.listdir(root)):
            directory = os.path.join(root, module)
            if not os.path.isdir(directory):
                continue
            names = {name for name in os.listdir(directory)
                     if os.path.isfile(os.path.join(directory, name))}
            (widgets if module in WIDGET_MODULES else others).update(names)
        # qaction.h, qshortcut.h, ...: compatibility twins of headers that moved to QtGui.
        found = {name for name in widgets - others if name.startswith("Q") or name.startswith("q")}
        if "QWidget" in found:
            return found, root
    fallback = set(FALLBACK_WIDGET_HEADERS)
    fallback |= {name.lower() + ".h" for name in FALLBACK_WIDGET_HEADERS}
    return fallback, "built-in list"


def is_widgets_header(include, headers):
    first = include.split("/")[0]
    if first in WIDGET_MODULES:
        return True
    return "/" not in include and include in headers


# --- The check -----------------------------------------------------------------------------------

def resolve(tree, file_rel, include, quoted):
    """The include as a path relative to src/ when it names a project file or folder, else None."""
    path = os.path.normpath(include).replace(os.sep, "/")
    if quoted:  # the compiler looks next to the including file first
        local = os.path.normpath(os.path.join(os.path.dirname(file_rel), include))
        local = local.replace(os.sep, "/")
        relative = include.startswith(("./", "../"))
        if not local.startswith("../") and (relative
                                            or os.path.isfile(os.path.join(tree.src, local))):
            return local
    if path.startswith("../") or "/" not in path:
        return None  # generated (ui_*.h), system or third-party headers
    return path if path.split("/")[0] in FOLDERS else None


def check(source_dir, headers):
    tree = Tree(source_dir)
    violations = []
    count = 0
    for file_rel in tree.files():
        count += 1
        shown = "src/" + file_rel
        layer = tree.layer_of(file_rel)
        if layer is None:
            violations.append(f"{shown}:1: folder src/{file_rel.split('/')[0]} is no known layer: "
                              "add it to ALLOWED in tests/layering/check_layering.py and to "
                              "ARCHITECTURE.md")
            continue
        with open(os.path.join(tree.src, file_rel), encoding="utf-8", errors="replace") as f:
            text = f.read()
        for line, include, quoted in includes(text):
            spelled = f'"{include}"' if quoted else f"<{include}>"
            where = f"{shown}:{line}: includes {spelled}"
            target = resolve(tree, file_rel, include, quoted)
            if target is not None:
                used = tree.layer_of(target)
                if used is None:
                    continue
                if used == "sandbox" and layer not in ("sandbox", "app"):
                    violations.append(f"{where}: only app may include sandbox (it is a stand-in "
                                      "server for the demo and the tests)")
                elif layer == "sandbox" and used != "sandbox":
                    violations.append(f"{where} (layer {used}): sandbox may include only sandbox")
                elif used not in ALLOWED[layer]:
                    allowed = ", ".join(sorted(ALLOWED[layer] - {layer})) or "nothing else"
                    violations.append(f"{where} (layer {used}): {layer} may depend only on "
                                      f"{allowed}")
                elif layer == "gui" and (target in GUI_FORBIDDEN_API
                                         or target.startswith(GUI_FORBIDDEN_API_PREFIXES)):
                    violations.append(f"{where}: gui may not use ApiClient or api/families; "
                                      "load and change data through src/controllers")
            elif layer in UI_FREE and is_widgets_header(include, headers):
                violations.append(f"{where}: {layer} is UI-free and may not use Qt Widgets")
    return violations, count


# --- Self-test -----------------------------------------------------------------------------------

SELF_TEST_FORMS_CMAKE = """\
# a comment naming settingsform.cpp must not move it
qt_add_library(coolify_forms STATIC
    formstate.h formstate.cpp
)
add_library(coolify::forms ALIAS coolify_forms)
qt_add_library(coolify_formview STATIC
    settingsform.h settingsform.cpp
)
target_sources(coolify_formview PRIVATE banner.h banner.cpp)
qt_add_resources(coolify_forms "tables" PREFIX "/forms" FILES "x.json")
"""

# path -> text. Lines marked `// BAD` must be reported, every other include must not.
SELF_TEST_FILES = {
    "src/api/apiclient.h": "#pragma once\n#include <QObject>\n#include <QNetworkRequest>\n",
    "src/api/apierror.h": "#pragma once\n#include <QCoreApplication>\n",
    "src/api/families/applications.h": '#include "api/apirequest.h"\n',
    "src/api/bad.cpp": '#include "api/apiclient.h"\n#include "models/table.h" // BAD\n'
                       '#include <QLabel> // BAD\n',
    "src/models/table.h": (
        '#pragma once\n'
        '#include "api/apiclient.h"\n'
        '#include "api/families/applications.h"\n'
        '#include "instances/instance.h"\n'
        '#include <QAbstractTableModel>\n#include <QColor>\n#include <QAction>\n'
        '#include <QSortFilterProxyModel>\n#include <QtCore/QObject>\n#include <qt6keychain/keychain.h>\n'
        '// #include "gui/mainwindow.h"\n'
        '/* #include <QWidget>\n   #include "gui/viewpane.h" */\n'
        '#if 0\n#include "gui/old.h"\n#endif\n'
        'static const char *text = "#include \\"gui/x.h\\" /*";\n'
        'static const char *raw = R"(\n#include "gui/inraw.h"\n)";\n'
        'constexpr int big = 60\'000;\n'
        '#include "gui/mainwindow.h" // BAD\n'
        '#  include   <qwidget.h> // BAD\n'
        '#include "../gui/viewpane.h" // BAD\n'
        '#include "sandbox/sandboxserver.h" // BAD\n'
    ),
    "src/instances/instance.h": '#include "api/apierror.h"\n#include "models/table.h" // BAD\n',
    "src/forms/formstate.h": '#include "api/apierror.h"\n#include "forms/formstate.h"\n',
    "src/forms/formstate.cpp": ('#include "formstate.h"\n#include "settingsform.h" // BAD\n'
                                '#include "forms/banner.h" // BAD\n#include <QtWidgets/QDialog> // BAD\n'
                                '#include <QtWidgets> // BAD\n'),
    "src/forms/settingsform.h": '#include "forms/formstate.h"\n#include "api/apierror.h"\n#include <QWidget>\n',
    "src/forms/settingsform.cpp": '#include "forms/settingsform.h"\n#include "banner.h"\n#include <QLabel>\n'
                                  '#include "gui/mainwindow.h" // BAD\n',
    "src/forms/banner.h": "#include <QFrame>\n",
    "src/forms/banner.cpp": '#include "forms/banner.h"\n',
    "src/controllers/loader.cpp": ('#include "api/apiclient.h"\n#include "api/families/applications.h"\n'
                                   '#include "models/table.h"\n#include "forms/formstate.h"\n'
                                   '#include "forms/settingsform.h" // BAD\n#include <QWidget> // BAD\n'
                                   '#include "gui/viewpane.h" // BAD\n'),
    "src/gui/viewpane.h": ('#include "api/apierror.h"\n#include "controllers/loader.h"\n'
                           '#include "forms/settingsform.h"\n#include "models/table.h"\n#include <QWidget>\n'),
    "src/gui/viewpane.cpp": ('#include "ui_viewpane.h"\n#include "viewpane.h"\n'
                             '#include "api/apiclient.h" // BAD\n'
                             '#include "api/families/applications.h" // BAD\n'
                             '#include <api/apiclient.h> // BAD\n'
                             '#include "sandbox/sandboxserver.h" // BAD\n'),
    "src/gui/mainwindow.h": "#include <QMainWindow>\n",
    "src/sandbox/sandboxserver.h": '#include "sandbox/router.h"\n#include <QAbstractHttpServer>\n',
    "src/sandbox/tool/main.cpp": '#include "sandbox/sandboxserver.h"\n#include "api/apierror.h" // BAD\n',
    "src/sandbox/router.h": "#include <QPushButton> // BAD\n",
    "src/app/main.cpp": ('#include "gui/mainwindow.h"\n#include "sandbox/sandboxserver.h"\n'
                         '#include "api/apierror.h"\n#include <QApplication>\n'),
    "src/newlib/thing.cpp": "// BAD (a folder with no layer)\n",
}


def self_test(qt_hint):
    headers, origin = widget_headers(qt_hint)
    failures = []

    def expect(condition, message):
        if not condition:
            failures.append(message)

    for name in ("QWidget", "QLabel", "QDialog", "QAbstractItemView", "QLineEdit", "qwidget.h"):
        expect(name in headers, f"{name} is not recognised as a Qt Widgets header ({origin})")
    for name in ("QObject", "QAbstractTableModel", "QSortFilterProxyModel", "QColor",
                 "QAction", "QShortcut", "QStandardItemModel", "QNetworkReply", "qaction.h"):
        expect(name not in headers, f"{name} is wrongly taken for a Qt Widgets header ({origin})")
    fallback = set(FALLBACK_WIDGET_HEADERS)
    expect("QWidget" in fallback and "QObject" not in fallback, "the built-in list is broken")

    with tempfile.TemporaryDirectory(prefix="layering-selftest-") as root:
        os.makedirs(os.path.join(root, "src", "forms"))
        with open(os.path.join(root, "src", "forms", "CMakeLists.txt"), "w", encoding="utf-8") as f:
            f.write(SELF_TEST_FORMS_CMAKE)
        expected = set()
        for path, text in SELF_TEST_FILES.items():
            full = os.path.join(root, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(text)
            for number, line in enumerate(text.split("\n"), start=1):
                if "// BAD" in line:
                    expected.add(f"{path}:{number}")

        tree = Tree(root)
        expect(tree.formview == {"settingsform.h", "settingsform.cpp", "banner.h", "banner.cpp"},
               f"formview files read from CMakeLists.txt: {sorted(tree.formview)}")
        expect(tree.layer_of("forms/formstate.h") == "forms", "formstate.h is not in forms")
        expect(tree.layer_of("forms/banner.h") == "formview", "banner.h is not in formview")

        violations, count = check(root, headers)
        expect(count == len(SELF_TEST_FILES), f"{count} files checked, not {len(SELF_TEST_FILES)}")
        found = {":".join(v.split(":")[:2]) for v in violations}
        for missed in sorted(expected - found):
            failures.append(f"not caught: {missed}")
        for wrong in sorted(found - expected):
            failures.append("false positive: "
                            + next(v for v in violations if v.startswith(wrong + ":")))
        expect(len(violations) == len(expected),
               f"{len(violations)} violations reported for {len(expected)} bad lines")

        # The same files without their bad lines must pass.
        for path, text in SELF_TEST_FILES.items():
            full = os.path.join(root, path)
            if "src/newlib/" in path:
                os.remove(full)
                continue
            with open(full, "w", encoding="utf-8") as f:
                f.write("\n".join(line for line in text.split("\n") if "// BAD" not in line))
        violations, _ = check(root, headers)
        for v in violations:
            failures.append(f"false positive on a clean tree: {v}")

    if failures:
        for failure in failures:
            print(f"layering self-test: FAIL: {failure}")
        return 1
    print(f"layering self-test: OK ({len(expected)} planted violations caught, no false "
          f"positives; Qt Widgets headers from {origin})")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source-dir", help="the repository root (holds src/)")
    parser.add_argument("--qt-headers", help="Qt's include directory (holds QtWidgets/)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the checker against synthetic files")
    args = parser.parse_args()

    if args.self_test:
        return self_test(args.qt_headers)
    if not args.source_dir:
        parser.error("--source-dir is required")
    if not os.path.isdir(os.path.join(args.source_dir, "src")):
        print(f"layering: {args.source_dir} has no src/ folder", file=sys.stderr)
        return 2
    headers, origin = widget_headers(args.qt_headers)
    violations, count = check(args.source_dir, headers)
    for violation in violations:
        print(violation)
    if violations:
        print(f"layering: {len(violations)} violation(s) in {count} files "
              "(rules: ARCHITECTURE.md, \"Layers\")")
        return 1
    print(f"layering: OK ({count} files; Qt Widgets headers from {origin})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
