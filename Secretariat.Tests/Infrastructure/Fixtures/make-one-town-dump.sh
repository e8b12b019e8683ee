#!/usr/bin/env bash
# Makes one-town-0009.sql: a database exactly as the previous release (commit 8cf02ec, one town per database,
# schema from migrations 0001..0009) leaves it after its first start with the sample town, plus one meeting
# convened through its own web pages. UpgradeFromOneTownTests loads it and starts the multi-town release on it.
#
#   Secretariat.Tests/Infrastructure/Fixtures/make-one-town-dump.sh
#
# Builds the old commit in a temporary git worktree, runs a private PostgreSQL (initdb/pg_ctl) on a free port
# under /tmp and the old app against it, then pg_dump --no-owner --no-privileges. Everything it starts is stopped
# by pid, and the worktree and temporary folder are removed, whatever happens.
set -euo pipefail

OLD_COMMIT=${OLD_COMMIT:-8cf02ec}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-one-town-admin-password}
MEETING_TITLE=${MEETING_TITLE:-升级前召开的领导小组会议}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
out="$here/one-town-0009.sql"

bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
[ -x "$bin/initdb" ] || { echo "no PostgreSQL binaries (set PG_BIN)" >&2; exit 2; }

tmp=$(mktemp -d /tmp/secretariat-one-town-XXXXXX)
chmod 755 "$tmp"
src="$tmp/src"
pgdata="$tmp/pgdata"
app_pid=""
pg_started=""

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# initdb and postgres refuse root: run the cluster as postgres then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
    set +e
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid"
        for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    fi
    if [ -n "$pg_started" ] && [ -f "$pgdata/postmaster.pid" ]; then
        pg_pid=$(head -n1 "$pgdata/postmaster.pid")
        kill -TERM "$pg_pid" 2>/dev/null
        for _ in $(seq 1 60); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.5; done
    fi
    git -C "$repo" worktree remove --force "$src" 2>/dev/null
    git -C "$repo" worktree prune
    rm -rf "$tmp"
}
trap cleanup EXIT

echo "== building $OLD_COMMIT in $src"
git -C "$repo" worktree add --detach "$src" "$OLD_COMMIT" >/dev/null
dotnet build "$src/Secretariat.Web" -c Release -nologo -v quiet -o "$tmp/app" >"$tmp/build.log" 2>&1 ||
    { tail -n 40 "$tmp/build.log" >&2; exit 1; }

echo "== starting PostgreSQL ($bin)"
pg_port=$(free_port)
mkdir -p "$pgdata"
[ "$(id -u)" = 0 ] && chown postgres "$tmp" "$pgdata"
as_pg "$bin/initdb" -D "$pgdata" -U secretariat -A trust -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 ||
    as_pg "$bin/initdb" -D "$pgdata" -U secretariat -A trust -E UTF8 --no-locale >"$tmp/initdb.log" 2>&1
as_pg "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/postgres.log" -w -t 60 \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=" start >/dev/null
pg_started=1
"$bin/psql" -h 127.0.0.1 -p "$pg_port" -U secretariat -d postgres -qc "create database secretariat" >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Database=secretariat;Username=secretariat;Password=unused"

echo "== starting the old app"
app_port=$(free_port)
base="http://127.0.0.1:$app_port"
(
    cd "$tmp/app"
    export ConnectionStrings__Secretariat="$connection" Admin__InitialPassword="$ADMIN_PASSWORD" Town__LoadSample=true \
        ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production DataProtection__KeysDirectory="$tmp/keys" Hangfire__WorkerCount=1
    exec dotnet Secretariat.Web.dll
) >"$tmp/app.log" 2>&1 &
app_pid=$!

jar="$tmp/cookies"
token_of() { grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -n1 | sed 's/.*value="\([^"]*\)"/\1/'; }
signed_in=""
for _ in $(seq 1 240); do
    kill -0 "$app_pid" 2>/dev/null || { tail -n 60 "$tmp/app.log" >&2; echo "the old app stopped" >&2; exit 1; }
    if page=$(curl -sf -c "$jar" -b "$jar" "$base/sign-in" 2>/dev/null); then
        token=$(printf '%s' "$page" | token_of)
        status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "userName=admin" \
            --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "$base/sign-in")
        # The administrator exists once the first start has loaded the sample: until then the sign-in is refused.
        if [ "$status" = 302 ] || [ "$status" = 303 ]; then signed_in=1; break; fi
    fi
    sleep 0.5
done
[ -n "$signed_in" ] || { tail -n 60 "$tmp/app.log" >&2; echo "could not sign in to the old app" >&2; exit 1; }

echo "== convening a meeting through the old app"
form=$(curl -sf -c "$jar" -b "$jar" "$base/meetings/new")
token=$(printf '%s' "$form" | token_of)
convener=$(printf '%s' "$form" | tr '\n' ' ' | grep -o '<select name="ConvenerPersonId"[^>]*>.*</select>' |
    grep -o 'value="[0-9a-f-]\{36\}"' | head -n1 | sed 's/value="\(.*\)"/\1/')
[ -n "$convener" ] || { echo "no convener on the old convene form" >&2; exit 1; }
date=$(date -d '+30 days' +%Y-%m-%d)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "Title=$MEETING_TITLE" --data-urlencode "Kind=Regular" --data-urlencode "Date=$date" \
    --data-urlencode "Time=09:30" --data-urlencode "Place=镇政府三楼会议室" --data-urlencode "ConvenerPersonId=$convener" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/meetings/new")
[ "$status" = 303 ] || [ "$status" = 302 ] || { tail -n 40 "$tmp/app.log" >&2; echo "convening answered $status" >&2; exit 1; }

# Let the async projections and the first compliance run settle before the dump.
sleep 5
kill -TERM "$app_pid"
for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
app_pid=""

echo "== dumping to $out"
"$bin/pg_dump" -h 127.0.0.1 -p "$pg_port" -U secretariat --no-owner --no-privileges --format=plain secretariat >"$out"
ls -l "$out"
"$bin/psql" -h 127.0.0.1 -p "$pg_port" -U secretariat -d secretariat -Atc \
    "select 'events '||count(*) from secretariat.mt_events union all select 'meetings '||count(*) from secretariat.mt_doc_meeting union all select 'migrations '||string_agg(file, ',' order by file) from public.secretariat_migrations"
