#!/usr/bin/env bash
# Installs what is missing, builds Orion (release) and runs it: the dashboard when a display exists, otherwise
# headless until Ctrl+C. Extra arguments go to orion (e.g. scripts/run.sh --no-gui --dry-run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake --preset release -S "$root" >/dev/null
cmake --build "$root/build/release" -j"$(nproc)"
cd "$root"
exec "$root/build/release/app/orion" "$@"
