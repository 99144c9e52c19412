#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 root and runs AuthDesk from the installed files only:
# `authdesk --version`, `authdesk tenant list`, and the console with --demo under xvfb-run for a
# few seconds. The root is made with debootstrap (minbase, about 25 s here) and the package's
# Depends come from apt; in all about 3 minutes on the project's machine. Needs root (chroot).
# Usage: scripts/test-package.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
if [ "$(id -u)" -ne 0 ]; then
  echo "test-package.sh needs root for debootstrap and chroot; skipped" >&2
  exit 77
fi
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null
deb=$("$root/scripts/package.sh" "$build" | tail -n 1)
version=$(sed -n 's/^project(AuthDesk VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
# The machine's own Debian mirror, as apt is configured.
mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb / { print $2; exit }' /etc/apt/sources.list)

chroot_dir=$(mktemp -d /var/tmp/authdesk-root.XXXXXX)
cleanup() {
  for mount in dev/shm dev proc; do umount -l "$chroot_dir/$mount" 2>/dev/null || true; done
  rm -rf --one-file-system "$chroot_dir"
}
trap cleanup EXIT
echo "debootstrap into $chroot_dir" >&2
debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >/dev/null
mount -t proc proc "$chroot_dir/proc"
mount --bind /dev "$chroot_dir/dev"
mount --bind /dev/shm "$chroot_dir/dev/shm"
cp "$deb" "$chroot_dir/tmp/"
in_root() { chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -q >/dev/null
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  "/tmp/$(basename "$deb")" xvfb xauth >/dev/null

fail() { echo "test-package: $*" >&2; exit 1; }
for file in /usr/bin/authdesk /usr/share/applications/io.github.authdesk.AuthDesk.desktop \
            /usr/share/icons/hicolor/scalable/apps/io.github.authdesk.AuthDesk.svg \
            /usr/share/metainfo/io.github.authdesk.AuthDesk.metainfo.xml /usr/share/man/man1/authdesk.1.gz \
            /usr/share/bash-completion/completions/authdesk; do
  [ -e "$chroot_dir$file" ] || fail "$file is not installed"
done
out=$(in_root authdesk --version) || fail "authdesk --version failed"
[ "$out" = "AuthDesk $version" ] || fail "authdesk --version printed '$out'"
out=$(in_root authdesk tenant list) || fail "authdesk tenant list failed"
echo "$out" | grep -q "No tenants yet" || fail "authdesk tenant list printed '$out'"
# The console stays up (timeout ends it: 124) rather than failing at start.
status=0
in_root env QTWEBENGINE_DISABLE_SANDBOX=1 timeout 15 xvfb-run -a authdesk --demo >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || fail "the console exited with $status within 15 s"
echo "package: $(basename "$deb") installs into a clean Debian 12 root; --version, tenant list and the console run"
