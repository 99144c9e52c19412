#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL server on loopback: initdb into a scratch
# directory (as nobody when run as root: initdb refuses root), a random port, password
# authentication (scram-sha-256) for the role authdesk, and a database authdesk. The server is
# stopped and the directory removed when the command ends, whether it passed, failed or crashed.
# The command sees:
#   AUTHDESK_TEST_PG_URL        postgresql://authdesk@127.0.0.1:PORT/authdesk?sslmode=disable
#   AUTHDESK_TEST_PG_PASSWORD   the role's password
#   AUTHDESK_TEST_PG_STOP / _START  commands that stop (immediately) and start the server again
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
scratch=$(mktemp -d /tmp/authdesk-pg.XXXXXX)
chmod 755 "$scratch"
as=()
if [ "$(id -u)" -eq 0 ]; then
  chown nobody "$scratch"
  as=(runuser -u nobody --)
fi
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" > "$scratch/pw"
chmod 644 "$scratch/pw"
"${as[@]}" "$bindir/initdb" -D "$scratch/data" -U authdesk --pwfile="$scratch/pw" -A scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >"$scratch/initdb.log" 2>&1 || { cat "$scratch/initdb.log" >&2; exit 1; }
rm -f "$scratch/pw"
started=0
for _ in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 40000))
  start=("${as[@]}" "$bindir/pg_ctl" -D "$scratch/data" -l "$scratch/server.log" -w -t 30
         -o "-p $port -k $scratch -c listen_addresses=127.0.0.1" start)
  if "${start[@]}" >/dev/null 2>&1; then started=1; break; fi
done
[ "$started" -eq 1 ] || { echo "postgres-session: the server did not start" >&2; cat "$scratch/server.log" >&2; exit 1; }
stop() {
  "${as[@]}" "$bindir/pg_ctl" -D "$scratch/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap stop EXIT
PGPASSWORD="$password" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U authdesk authdesk
export AUTHDESK_TEST_PG_URL="postgresql://authdesk@127.0.0.1:$port/authdesk?sslmode=disable"
export AUTHDESK_TEST_PG_PASSWORD="$password"
export AUTHDESK_TEST_PG_STOP="${as[*]} $bindir/pg_ctl -D $scratch/data -m immediate -w stop"
export AUTHDESK_TEST_PG_START="${as[*]} $bindir/pg_ctl -D $scratch/data -l $scratch/server.log -w -t 30 -o '-p $port -k $scratch -c listen_addresses=127.0.0.1' start"
status=0
"$@" || status=$?
exit "$status"
