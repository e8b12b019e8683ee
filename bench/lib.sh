# Shared by the bench scripts: build, start one app instance on an embedded PostgreSQL in a temp folder, sign in.
# Sets: base (the app), town (TOWN, tgy by default) and tbase (the town's pages: $base/t/$town), cookie, work, app (pid);
# stops everything on exit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=$(mktemp -d /tmp/secretariat-bench.XXXXXX)
chmod 755 "$work"
dotnet build Secretariat.Web -c Release -v quiet -nologo >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
town=${TOWN:-tgy}
tbase="$base/t/$town"
password="bench-admin-password"
(cd Secretariat.Web && ASPNETCORE_ENVIRONMENT=Production Bench__Enabled=true Admin__InitialPassword=$password \
  Database__EmbeddedDirectory="$work/pg" DataProtection__KeysDirectory="$work/keys" Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/Secretariat.Web.dll --urls "$base") >"$work/app.log" 2>&1 &
app=$!
trap 'kill -TERM $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs "$base/alive" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/alive" >/dev/null || { cat "$work/app.log"; exit 1; }

# Signs in like a browser (antiforgery cookie and token from the form); prints the Cookie header value.
sign_in() {
  local user=$1 pass=$2 jar="$work/cookies-$1"
  local token
  token=$(curl -fs -c "$jar" "$base/sign-in" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "userName=$user" --data-urlencode "password=$pass" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/sign-in"
  awk '!/^#/ && NF>=7 {printf "%s=%s; ", $6, $7} /^#HttpOnly_/ {printf "%s=%s; ", $6, $7}' "$jar"
}
cookie=$(sign_in admin "$password")
# The sample may still be loading when the app first answers: give it a moment before calling the sign-in failed.
for _ in $(seq 1 30); do curl -fs -H "Cookie: $cookie" "$tbase/roster/leading-group" | grep -q "叶伟" && break; sleep 1; done
curl -fs -H "Cookie: $cookie" "$tbase/roster/leading-group" | grep -q "叶伟" || { echo "sign-in for the bench failed" >&2; exit 1; }
