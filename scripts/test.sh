#!/usr/bin/env bash
# Installs what is missing, builds the ci preset and runs every test (ctest) inside a private D-Bus session with a
# real, unlocked Secret Service keyring (gnome-keyring) and a virtual X display (Xvfb), as on a user's desktop.
# Extra arguments go to ctest (e.g. scripts/test.sh -L unit). A full run (no arguments) then fuzzes every parser
# briefly (scripts/fuzz.sh, ORION_FUZZ_SECONDS per target, default 10) and fails on any crash.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake --preset ci -S "$root" >/dev/null
cmake --build "$root/build/ci" -j"$(nproc)"
dbus-run-session -- "$root/scripts/test-session.sh" "$root/build/ci" "$@"
if [ $# -eq 0 ]; then
    bash "$root/scripts/fuzz.sh" "${ORION_FUZZ_SECONDS:-10}"
fi
