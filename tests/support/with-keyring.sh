#!/bin/sh
# Runs a test inside a private D-Bus session with a throwaway, unlocked gnome-keyring and a scratch
# HOME, so keychain tests talk to a real Secret Service without touching the user's own keyring.
set -eu
scratch=$(mktemp -d "${TMPDIR:-/tmp}/coolify-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" \
       XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
exec dbus-run-session -- sh -c '
    printf %s throwaway-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@"
