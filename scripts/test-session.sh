#!/usr/bin/env bash
# Runs inside dbus-run-session (see scripts/test.sh): a throw-away HOME, an unlocked login keyring, Xvfb, then ctest.
set -euo pipefail
build=$1
shift
session=$(mktemp -d /tmp/orion-test-session.XXXXXX)
trap 'rm -rf "$session"' EXIT
export HOME="$session/home" XDG_DATA_HOME="$session/home/.local/share" XDG_CONFIG_HOME="$session/home/.config"
export XDG_RUNTIME_DIR="$session/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 0700 "$XDG_RUNTIME_DIR"
# The password only unlocks this throw-away test keyring.
eval "$(printf '%s' 'orion-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
cd "$build"
exec xvfb-run -a -s "-screen 0 1920x1200x24" ctest --output-on-failure -j2 --timeout 600 "$@"
