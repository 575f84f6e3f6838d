#!/bin/sh
# Runs a test against a keychain that cannot store tokens, the ways it happens on real desktops:
#   no-bus             no D-Bus session bus at all (the address points at a missing socket)
#   no-bus-no-display  no bus address and no X11 display, so D-Bus cannot be autolaunched
#   no-secret-service  a session bus where nothing provides org.freedesktop.secrets
#   no-collection      gnome-keyring runs, but there is no (unlocked) default "login" keyring
#   locked             the default keyring exists but is locked, and no prompt can be shown
# Like tests/support/with-keyring.sh it uses a scratch HOME and a private bus, never the user's.
# The mode is passed on as COOLIFY_TEST_KEYCHAIN_MODE so the test knows what to expect.
set -eu
mode=$1
shift
scratch=$(mktemp -d "${TMPDIR:-/tmp}/coolify-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" \
       XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL DISPLAY WAYLAND_DISPLAY
export COOLIFY_TEST_KEYCHAIN_MODE="$mode"

case "$mode" in
no-bus)
    DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/no-such-bus" exec "$@"
    ;;
no-bus-no-display)
    exec "$@"
    ;;
no-secret-service)
    # A session bus without any .service files, so nothing can be activated.
    cat >"$scratch/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$XDG_RUNTIME_DIR</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    exec dbus-run-session --config-file="$scratch/bus.conf" -- "$@"
    ;;
no-collection)
    exec dbus-run-session -- sh -c '
        gnome-keyring-daemon --start --components=secrets >/dev/null
        exec "$@"' with-broken-keychain "$@"
    ;;
locked)
    exec dbus-run-session -- sh -c '
        printf %s throwaway-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
            org.freedesktop.Secret.Service.Lock \
            array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
        exec "$@"' with-broken-keychain "$@"
    ;;
*)
    echo "unknown mode: $mode" >&2
    exit 2
    ;;
esac
