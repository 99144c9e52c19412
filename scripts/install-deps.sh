#!/usr/bin/env bash
# Installs the Debian 12 packages AuthDesk needs to build, run and test.
# Only installs what is missing, so a second run costs a dpkg query and nothing else.
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libssl-dev
  postgresql-15
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  xvfb xauth dbus-daemon dbus-bin gnome-keyring libsecret-tools
  fonts-noto-cjk
  clang libclang-rt-dev clang-format appstream desktop-file-utils dpkg-dev debootstrap bash-completion
  man-db libxlsxwriter-dev libzip-dev python3 python3-openpyxl systemd
  libldap-dev slapd ldap-utils libqrencode-dev
  ccache mold
)

# Node.js and npm run the real OpenID Provider of the tests (tests/oidc-provider). Debian's own
# packages, unless a Node.js is there already (NodeSource's nodejs bundles npm and conflicts with
# Debian's npm package).
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
