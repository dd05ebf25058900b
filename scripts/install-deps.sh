#!/usr/bin/env bash
# Installs the Debian 12 packages Orion needs to build, run and test, and only those that are missing.
set -euo pipefail

packages=(
  cmake ninja-build g++ ccache pkg-config python3
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-websockets-dev qtkeychain-qt6-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  libyaml-cpp-dev libsecp256k1-dev libssl-dev libbenchmark-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  clang libclang-rt-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
