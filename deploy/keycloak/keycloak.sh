#!/usr/bin/env bash
# Runs a Keycloak 26.7.3 for Haven on this machine: for development and for the integration tests,
# never for production (see docs/admin/install.md for that).
#
#   deploy/keycloak/keycloak.sh start    download (once), unpack (once), start with the haven realm, wait
#   deploy/keycloak/keycloak.sh stop     stop the Keycloak this script started, by its process id
#   deploy/keycloak/keycloak.sh status   say whether it runs
#   deploy/keycloak/keycloak.sh fetch    only download and unpack
#
# Settings (environment):
#   HAVEN_KEYCLOAK_PORT           HTTP port on 127.0.0.1 (default 8180)
#   HAVEN_KEYCLOAK_STATE          its database, log, pid file and generated secrets (default ~/.cache/haven/keycloak-state)
#   HAVEN_KEYCLOAK_CACHE          where the distribution is unpacked once (default ~/.cache/haven)
#   HAVEN_URL                     Haven's address, for the client's redirect and logout URLs (default http://localhost:8080)
#   HAVEN_KEYCLOAK_CLIENT_SECRET  the secret of the "haven" client (default: generated into the state directory)
#   HAVEN_KEYCLOAK_ADMIN_PASSWORD the password of the temporary "admin" of the master realm (default: generated)
#
# Exit codes: 0 done, 3 the distribution cannot be downloaded, anything else another failure.
set -euo pipefail

KEYCLOAK_VERSION=26.7.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REALM_FILE="$ROOT/deploy/keycloak/haven-realm.json"
PORT="${HAVEN_KEYCLOAK_PORT:-8180}"
CACHE="${HAVEN_KEYCLOAK_CACHE:-$HOME/.cache/haven}"
STATE="${HAVEN_KEYCLOAK_STATE:-$CACHE/keycloak-state}"
DIST="$CACHE/keycloak-$KEYCLOAK_VERSION"
# The issuer in every token is built from this one name: Haven and the browser must use it too.
BASE_URL="http://localhost:$PORT"
ISSUER="$BASE_URL/realms/haven"
PID_FILE="$STATE/keycloak.pid"
LOG_FILE="$STATE/keycloak.log"

say() { echo "keycloak.sh: $*" >&2; }

# Keycloak reads every KC_* variable as a setting: only the ones set below may reach it.
for variable in $(env | sed -n 's/^\(KC_[A-Za-z0-9_]*\)=.*/\1/p'); do
	unset "$variable"
done

require_java() {
	local java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
	if ! command -v "$java" >/dev/null 2>&1; then
		say "no Java found: set JAVA_HOME to a JDK 21 or newer (Haven builds with 25)"
		exit 1
	fi
	local major
	major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)"
	if [ -z "$major" ] || [ "$major" -lt 21 ]; then
		say "Keycloak needs Java 21 or newer, JAVA_HOME gives Java ${major:-unknown}"
		exit 1
	fi
}

running_pid() {
	if [ -f "$PID_FILE" ]; then
		local pid
		pid="$(cat "$PID_FILE")"
		if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
			echo "$pid"
			return 0
		fi
	fi
	return 1
}

issuer_answers() {
	local document
	document="$(curl -fsS --max-time 5 "$ISSUER/.well-known/openid-configuration" 2>/dev/null)" || return 1
	[[ "$document" == *"\"issuer\":\"$ISSUER\""* ]]
}

random_secret() {
	head -c 32 /dev/urandom | base64 | tr -d '/+=\n' | cut -c1-40
}

# Reads a secret from the state directory, creating it on first use; only the owner may read it.
stored_secret() {
	local file="$STATE/$1"
	if [ ! -s "$file" ]; then
		(umask 077 && random_secret >"$file")
	fi
	cat "$file"
}

fetch() {
	if [ -f "$DIST/.built" ]; then
		return 0
	fi
	mkdir -p "$CACHE"
	exec 9>"$CACHE/.keycloak-$KEYCLOAK_VERSION.lock"
	flock 9
	if [ -f "$DIST/.built" ]; then
		return 0
	fi
	local download="$CACHE/download"
	local archive="$download/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
	if [ ! -s "$archive" ]; then
		say "downloading org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION from Maven Central (about 170 MB)"
		if ! "$ROOT/mvnw" -q -B -N -f "$ROOT/pom.xml" dependency:copy \
			-Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
			-DoutputDirectory="$download" >"$CACHE/download.log" 2>&1 || [ ! -s "$archive" ]; then
			tail -20 "$CACHE/download.log" >&2 || true
			say "the Keycloak distribution could not be downloaded"
			exit 3
		fi
	fi
	say "unpacking Keycloak $KEYCLOAK_VERSION into $DIST (once)"
	local unpacking="$CACHE/.unpacking-$$"
	rm -rf "$unpacking" "$DIST"
	mkdir -p "$unpacking"
	tar -xzf "$archive" -C "$unpacking"
	mv "$unpacking/keycloak-$KEYCLOAK_VERSION" "$DIST"
	rm -rf "$unpacking"
	# Build once for what every start here uses (a file database, one node), so that a
	# start skips Keycloak's half-minute build step.
	say "building Keycloak once for a single node with a file database"
	if ! "$DIST/bin/kc.sh" build --db=dev-file --cache=local >"$CACHE/build.log" 2>&1; then
		tail -20 "$CACHE/build.log" >&2
		say "building Keycloak failed"
		exit 1
	fi
	touch "$DIST/.built"
}

start() {
	require_java
	if running_pid >/dev/null; then
		if issuer_answers; then
			say "already running at $BASE_URL (pid $(running_pid))"
			return 0
		fi
		say "a Keycloak from $STATE runs but does not answer as $ISSUER: stop it first"
		exit 1
	fi
	if curl -s --max-time 2 -o /dev/null "$BASE_URL/"; then
		say "port $PORT is taken by another program"
		exit 1
	fi
	fetch

	# The state directory is a Keycloak home of its own that borrows the unpacked program, so
	# that several can use one unpacked distribution.
	mkdir -p "$STATE/data/import" "$STATE/providers" "$STATE/themes"
	chmod 700 "$STATE"
	ln -sfn "$DIST/lib" "$STATE/lib"
	ln -sfn "$DIST/conf" "$STATE/conf"
	cp "$REALM_FILE" "$STATE/data/import/haven-realm.json"

	local admin_password="${HAVEN_KEYCLOAK_ADMIN_PASSWORD:-$(stored_secret admin-password)}"
	local client_secret="${HAVEN_KEYCLOAK_CLIENT_SECRET:-$(stored_secret client-secret)}"

	say "starting Keycloak at $BASE_URL (log: $LOG_FILE); the first start takes about a minute"
	(
		cd "$STATE"
		export KC_BOOTSTRAP_ADMIN_USERNAME=admin
		export KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password"
		export HAVEN_URL="${HAVEN_URL:-http://localhost:8080}"
		export HAVEN_KEYCLOAK_CLIENT_SECRET="$client_secret"
		exec setsid "$DIST/bin/kc.sh" start --optimized \
			--http-enabled=true --http-host=127.0.0.1 --http-port="$PORT" \
			--hostname="$BASE_URL" --cache=local --import-realm \
			"-Dkc.home.dir=$STATE" </dev/null >"$LOG_FILE" 2>&1
	) &
	echo $! >"$PID_FILE"

	local deadline=$((SECONDS + ${HAVEN_KEYCLOAK_START_TIMEOUT:-240}))
	until issuer_answers; do
		if ! running_pid >/dev/null; then
			tail -40 "$LOG_FILE" >&2 || true
			say "Keycloak stopped while starting"
			rm -f "$PID_FILE"
			exit 1
		fi
		if [ "$SECONDS" -ge "$deadline" ]; then
			tail -40 "$LOG_FILE" >&2 || true
			say "Keycloak did not answer as $ISSUER in time; stopping it"
			stop
			exit 1
		fi
		sleep 1
	done
	say "Keycloak is ready: issuer $ISSUER (pid $(cat "$PID_FILE"))"
}

stop() {
	local pid
	if ! pid="$(running_pid)"; then
		rm -f "$PID_FILE"
		say "not running"
		return 0
	fi
	kill -TERM "$pid" 2>/dev/null || true
	for _ in $(seq 1 30); do
		if ! kill -0 "$pid" 2>/dev/null; then
			rm -f "$PID_FILE"
			say "stopped"
			return 0
		fi
		sleep 1
	done
	# setsid made the pid a process group of its own: end what is left of it.
	kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
	rm -f "$PID_FILE"
	say "stopped forcibly"
}

status() {
	if running_pid >/dev/null && issuer_answers; then
		say "running at $BASE_URL (pid $(running_pid))"
	else
		say "not running"
		return 1
	fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
fetch) fetch ;;
*)
	echo "usage: $0 start|stop|status|fetch" >&2
	exit 2
	;;
esac
