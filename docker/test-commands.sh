#!/usr/bin/env bash
# Runs what the image runs, without Docker: stages /app and /data as the Dockerfile's COPY lines
# lay them out, takes the ENV block from the Dockerfile, starts ENTRYPOINT + CMD (serve) on
# loopback, checks the HEALTHCHECK script, then runs the compose file's one-shot reindex and
# checks that the server switched to the new generation. Needs a built target/ (mvn package).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stage="$(mktemp -d)"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$stage"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$stage/serve.log" ] && tail -20 "$stage/serve.log" >&2; exit 1; }

[ -f "$repo/target/speech-search.jar" ] || fail "build first: mvn -B -DskipTests package"

# the runtime stage's layout, with $stage standing for /
app="$stage/app" data="$stage/data"
mkdir -p "$app/target" "$app/bin" "$app/src/main" "$data/index" "$data/speeches"
cp "$repo/target/speech-search.jar" "$app/target/"
cp -r "$repo/target/lib" "$app/target/lib"
cp "$repo/bin/speech-search" "$app/bin/speech-search"
cp -r "$repo/src/main/samples" "$app/src/main/samples"
cp -r "$repo/src/main/samples/." "$data/speeches/"
cp "$repo/docker/healthcheck.sh" "$app/bin/healthcheck"

# ENV of the Dockerfile, /data mapped into the stage; the port is a free one on loopback
env_block="$(awk '/^ENV /{on=1; sub(/^ENV /, "")} on{print; if ($0 !~ /\\$/) exit}' "$repo/docker/Dockerfile" \
  | sed -e 's/\\$//' -e 's/^ *//')"
eval "export $(echo "$env_block" | tr '\n' ' ')"
export SPEECH_SEARCH_INDEX="$data/index" SPEECH_SEARCH_SOURCE="$data/speeches"
export SPEECH_SEARCH_HOST=127.0.0.1
SPEECH_SEARCH_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export SPEECH_SEARCH_PORT
: "${JAVA_HOME:=$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}"
export JAVA_HOME
echo "env: heap=$SPEECH_SEARCH_HEAP no_build=$SPEECH_SEARCH_NO_BUILD java_opts=$JAVA_OPTS port=$SPEECH_SEARCH_PORT"

# ENTRYPOINT ["/app/bin/speech-search"] + CMD ["serve"]
(cd "$app" && exec "$app/bin/speech-search" serve) >"$stage/serve.log" 2>&1 &
server=$!
"$app/bin/healthcheck" 2>/dev/null && fail "healthy before the server could have started"
for _ in $(seq 1 180); do
  "$app/bin/healthcheck" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || fail "serve exited"
  sleep 1
done
"$app/bin/healthcheck" || fail "healthcheck never passed"
health() { python3 -c 'import json,sys,urllib.request; print(json.load(urllib.request.urlopen(sys.argv[1]))[sys.argv[2]])' "http://127.0.0.1:$SPEECH_SEARCH_PORT/api/health" "$1"; }
first="$(health generation)"
echo "ok: serve indexed the samples and is healthy (generation $first, $(health documents) documents)"
[ "$(ls "$data/index")" != "" ] || fail "no index written to the /data/index volume"
args="$(ps -o args= -p "$server" 2>/dev/null || true)"
for flag in -XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED \
  "-Dspeechsearch.home=$app"; do
  case " $args " in *" $flag "*) ;; *) fail "the JVM lacks $flag: $args" ;; esac
done
echo "ok: JVM flags: heap share, exit on OOM, native access, speechsearch.home"

# compose: reindex service, command ["reindex"], same volumes and environment
(cd "$app" && "$app/bin/speech-search" reindex --threads 1) >"$stage/reindex.log" 2>&1 || { cat "$stage/reindex.log"; fail "reindex failed"; }
for _ in $(seq 1 10); do [ "$(health generation)" != "$first" ] && break; sleep 1; done
second="$(health generation)"
[ "$second" != "$first" ] || fail "the server did not switch to the new generation"
"$app/bin/healthcheck" || fail "unhealthy after reindex"
echo "ok: one-shot reindex made $second live and the running server switched to it"
curl -fsS "http://127.0.0.1:$SPEECH_SEARCH_PORT/api/search?q=%E6%95%99%E5%B8%88&size=1" >/dev/null \
  && echo "ok: /api/search answers" || fail "/api/search failed"
echo "all container commands passed"
