#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 root and runs AuthDesk from the installed files only:
# `authdesk --version`, `authdesk tenant list`, and the console with --demo under xvfb-run for a
# few seconds. The root is made with debootstrap (minbase, about 25 s here) and the package's
# Depends come from apt, about 2 minutes in all. That root, with the dependencies installed and the
# package removed again, is kept in /var/cache/authdesk-test-package keyed by the package's Depends
# and the mirror, so a later run on this machine copies it and apt installs only the package (a
# changed Depends line makes a new one). Needs root (chroot).
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
unmount() {
  for mount in dev/shm dev proc; do umount -l "$1/$mount" 2>/dev/null || true; done
}
cleanup() {
  unmount "$chroot_dir"
  rm -rf --one-file-system "$chroot_dir"
}
trap cleanup EXIT
mount_into() {
  mount -t proc proc "$1/proc"
  mount --bind /dev "$1/dev"
  mount --bind /dev/shm "$1/dev/shm"
}
in_root() { chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
extra=(xvfb xauth) # what the check below runs the console with
key=$({ dpkg-deb -f "$deb" Depends; echo "${extra[*]} $mirror bookworm minbase"; } | sha256sum | cut -c1-16)
cache=/var/cache/authdesk-test-package
mkdir -p "$cache"
exec 9>"$cache/lock"
flock 9
if [ ! -d "$cache/root-$key" ]; then
  rm -rf --one-file-system "${cache:?}"/root-* # an older Depends line's root
  echo "debootstrap into $chroot_dir (kept as $cache/root-$key)" >&2
  debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >/dev/null
  mount_into "$chroot_dir"
  cp "$deb" "$chroot_dir/tmp/"
  in_root apt-get update -q >/dev/null
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$deb")" "${extra[@]}" >/dev/null
  in_root dpkg -r authdesk >/dev/null
  in_root apt-get clean
  rm -f "$chroot_dir/tmp/$(basename "$deb")"
  unmount "$chroot_dir"
  cp -a "$chroot_dir" "$cache/root-$key.partial"
  mv "$cache/root-$key.partial" "$cache/root-$key"
else
  rm -rf "$chroot_dir"
  cp -a "$cache/root-$key" "$chroot_dir"
  echo "copied the kept root $cache/root-$key" >&2
fi
flock -u 9
mount_into "$chroot_dir"
cp "$deb" "$chroot_dir/tmp/"
# The package itself through apt, which checks that every dependency it names is satisfied.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  "/tmp/$(basename "$deb")" >/dev/null

fail() { echo "test-package: $*" >&2; exit 1; }
for file in /usr/bin/authdesk /usr/share/applications/io.github.authdesk.AuthDesk.desktop \
            /usr/share/icons/hicolor/scalable/apps/io.github.authdesk.AuthDesk.svg \
            /usr/share/metainfo/io.github.authdesk.AuthDesk.metainfo.xml /usr/share/man/man1/authdesk.1.gz \
            /usr/share/bash-completion/completions/authdesk /usr/libexec/authdesk/authdesk-gui \
            /usr/libexec/authdesk/authdesk-cli /usr/lib/systemd/user/authdesk-check.service \
            /usr/lib/systemd/user/authdesk-check.timer \
            /usr/libexec/authdesk/libauthdesk_browser.so /usr/libexec/authdesk/libauthdesk_keychain.so \
            /usr/libexec/authdesk/libauthdesk_ldap.so /usr/libexec/authdesk/libauthdesk_xlsx.so \
            /usr/libexec/authdesk/libauthdesk_sandbox.so; do
  [ -e "$chroot_dir$file" ] || fail "$file is not installed"
done
out=$(in_root authdesk --version) || fail "authdesk --version failed"
[ "$out" = "AuthDesk $version" ] || fail "authdesk --version printed '$out'"
out=$(in_root authdesk tenant list) || fail "authdesk tenant list failed"
echo "$out" | grep -q "No tenants yet" || fail "authdesk tenant list printed '$out'"
# The sandbox module loads from libexec/authdesk and serves.
out=$(in_root timeout 5 authdesk sandbox serve | head -1) || true
echo "$out" | grep -q '^http://127.0.0.1:' || fail "authdesk sandbox serve printed '$out'"
# The console stays up (timeout ends it: 124) rather than failing at start.
status=0
in_root env QTWEBENGINE_DISABLE_SANDBOX=1 timeout 15 xvfb-run -a authdesk --demo >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || fail "the console exited with $status within 15 s"
echo "package: $(basename "$deb") installs into a clean Debian 12 root; --version, tenant list and the console run"
