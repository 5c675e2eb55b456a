#!/usr/bin/env bash
# Builds the image from docker/Dockerfile as it is and runs it with podman, the way docker/README.md
# tells users to: a bind-mounted folder of speeches, a named index volume, the published port.
# Checks /api/health, a search, the admin reindex (of a speech added to the mounted folder), the
# non-root user, the volumes, the health check, a stop and a restart on the existing index; then
# compose.yaml's server and one-shot reindex service (with podman-compose, or the same podman
# commands by hand where it is missing). Prints timings and the image size. Exits non-zero on the
# first failure. Needs podman, curl, python3; root where the base images must be made.
#
#   docker/smoke-test.sh            (from anywhere; a fresh clone is enough, no build needed)
#
# Base images: where eclipse-temurin:25-jre and maven:3.9-eclipse-temurin-25 are not present (and
# cannot be pulled), docker/standin-images.sh makes local stand-ins first (about 4 minutes).
# SMOKE_IMAGE names the image built (default speech-search, the name compose.yaml runs); it is kept.
# SMOKE_BY_HAND=1 runs the compose part by hand even where podman-compose is installed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
image="${SMOKE_IMAGE:-speech-search}"
work="$(mktemp -d /tmp/speech-search-smoke.XXXXXX)"
name="speech-search-smoke-$$"
volume="speech-search-smoke-index-$$"
project="speech-search-smoke-$$"
token="smoke-$$-$RANDOM"
compose_up=0
t_all=$SECONDS

cleanup() {
  podman rm -f -v -t 2 "$name" >/dev/null 2>&1 || true
  podman volume rm -f "$volume" >/dev/null 2>&1 || true
  if [ "$compose_up" = 1 ]; then compose down -v >/dev/null 2>&1 || true; fi
  for v in index speeches; do podman volume rm -f "${project}_$v" >/dev/null 2>&1 || true; done
  podman network rm -f "${project}_default" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  podman logs --tail 30 "$name" >&2 2>/dev/null || true
  exit 1
}
ok() { echo "ok: $*"; }
for tool in podman curl python3; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done

# runc and no default ulimits: crun refuses the cgroups and rlimits of some hosts (this one's);
# both work anywhere. A containers.conf of the caller's own is respected.
if [ -n "${CONTAINERS_CONF:-}" ] && [ ! -f "$CONTAINERS_CONF" ]; then
  fail "CONTAINERS_CONF names $CONTAINERS_CONF, which does not exist"
elif [ -z "${CONTAINERS_CONF:-}" ]; then
  {
    echo '[containers]'
    echo 'default_ulimits = []'
    if command -v runc >/dev/null; then printf '[engine]\nruntime = "runc"\n'; fi
  } >"$work/containers.conf"
  export CONTAINERS_CONF="$work/containers.conf"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# json FILE EXPR: a Python expression over the parsed document d
json() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); print(eval(sys.argv[2]))' "$@"; }
get() { curl -fsS --max-time 20 "$@"; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }
# wait_healthy URL SECONDS START: polls /api/health until "status":"ok"; prints the seconds since
# START (a `now` taken before the container was started)
wait_healthy() {
  local start=$SECONDS
  while [ $((SECONDS - start)) -lt "$2" ]; do
    if curl -fsS --max-time 5 "$1/api/health" 2>/dev/null | grep -q '"status":"ok"'; then
      since "$3"
      return 0
    fi
    sleep 0.2
  done
  return 1
}

echo "== base images"
bases=(eclipse-temurin:25-jre maven:3.9-eclipse-temurin-25)
for base in "${bases[@]}"; do
  if ! podman image exists "$base"; then
    t=$SECONDS
    "$repo/docker/standin-images.sh" || fail "the stand-in base images could not be made"
    ok "made stand-ins for the base images in $((SECONDS - t)) s"
    break
  fi
done
for base in "${bases[@]}"; do podman image exists "$base" || fail "no base image $base"; done
ok "base images present"

echo "== build"
t=$SECONDS
podman build --format docker --pull=never -f docker/Dockerfile -t "$image" . >"$work/build.log" 2>&1 \
  || { tail -40 "$work/build.log" >&2; fail "podman build failed"; }
build_s=$((SECONDS - t))
ok "built $image from docker/Dockerfile in ${build_s} s"

podman image inspect "$image" >"$work/image.json"
[ "$(json "$work/image.json" 'd[0]["Config"]["User"]')" = speech ] || fail "the image's user is not speech"
[ "$(json "$work/image.json" 'sorted(d[0]["Config"]["Volumes"])')" = "['/data/index', '/data/speeches']" ] \
  || fail "volumes: $(json "$work/image.json" 'd[0]["Config"]["Volumes"]')"
# (podman reports the health check beside Config, docker inside it)
[ "$(json "$work/image.json" '(d[0].get("Healthcheck") or d[0]["Config"].get("Healthcheck") or {}).get("Test")')" = "['CMD', '/app/bin/healthcheck']" ] \
  || fail "no HEALTHCHECK in the image (build with --format docker)"
ok "image config: USER speech, VOLUME /data/index /data/speeches, HEALTHCHECK /app/bin/healthcheck"

echo "== run against a mounted folder of speeches"
# four of the bundled samples; the fifth is added before the admin reindex
mkdir -p "$work/speeches"
samples=("$repo"/src/main/samples/*.txt)
[ "${#samples[@]}" -ge 5 ] || fail "expected the bundled samples in src/main/samples"
cp "${samples[@]:0:4}" "$work/speeches/"
chmod -R a+rX "$work"
port="$(free_port)"
url="http://127.0.0.1:$port"
t0="$(now)"
podman run -d --name "$name" -p "127.0.0.1:$port:7070" -e SPEECH_SEARCH_ADMIN_TOKEN="$token" \
  -v "$volume:/data/index" -v "$work/speeches:/data/speeches:ro" "$image" >/dev/null 2>>"$work/podman.log" \
  || fail "podman run failed"
first_s="$(wait_healthy "$url" 300 "$t0")" || fail "/api/health never said ok"
get "$url/api/health" >"$work/health.json"
speeches="$(json "$work/health.json" 'd["speeches"]')"
gen1="$(json "$work/health.json" 'd["generation"]')"
[ "$speeches" -ge 1 ] && [ "$speeches" -le 4 ] || fail "first index: $speeches speeches from 4 files"
ok "first start indexed the mounted folder and answered /api/health in ${first_s} s ($gen1: $speeches speeches, $(json "$work/health.json" 'd["measures"]') measures)"

# (podman schedules the periodic check with systemd timers; where there is no systemd it logs that
# and the check runs only on demand, as here)
podman healthcheck run "$name" >/dev/null || fail "podman healthcheck run: unhealthy"
[ "$(podman inspect --format '{{.State.Healthcheck.Status}}' "$name")" = healthy ] || fail "health status"
# the check must be able to fail: the same script against a port nothing listens on
if podman exec -e SPEECH_SEARCH_PORT=1 "$name" /app/bin/healthcheck >/dev/null 2>&1; then
  fail "the health check passes with no server"
fi
ok "health check: healthy; fails against a port with no server"

get "$url/api/search?q=%E6%95%99%E5%B8%88&size=3" >"$work/search.json" || fail "/api/search"
total="$(json "$work/search.json" 'd["total"]')"
[ "$total" -gt 0 ] || fail "search 教师: no hits"
json "$work/search.json" '"\n".join("    " + h["speech"]["title"] + " | " + h["heading"] for h in d["hits"])'
ok "search 教师 through the published port: $total hits"

[ "$(podman exec "$name" id -u)" = 10001 ] || fail "exec user is not 10001"
[ "$(podman top "$name" user | awk 'NR > 1 {print $1}' | sort -u)" = speech ] || fail "a process runs as another user"
[ "$(podman exec "$name" stat -c %U "/data/index/$gen1")" = speech ] || fail "the index is not owned by speech"
podman exec "$name" touch /data/speeches/x 2>/dev/null && fail "the read-only speeches mount is writable"
ok "runs as speech (uid 10001); the index volume is written by it; speeches are mounted read-only"
# the launcher execs java as PID 1 (so it gets the stop signal) with the image's settings
args="$(podman exec "$name" cat /proc/1/cmdline | tr '\0' ' ')"
for flag in -XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED \
  -Dspeechsearch.home=/app; do
  case " $args " in *" $flag "*) ;; *) fail "PID 1 lacks $flag: $args" ;; esac
done
ok "PID 1 is the JVM: heap share, exit on OOM, native access, speechsearch.home"

code="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$url/api/admin/reindex")"
[ "$code" = 401 ] || fail "admin reindex without the token: $code"
cp "${samples[4]}" "$work/speeches/" && chmod a+r "$work/speeches/"*
get -X POST -H "Authorization: Bearer $token" "$url/api/admin/reindex" >"$work/job.json" || fail "admin reindex"
job="$(json "$work/job.json" 'd["id"]')"
state=""
for _ in $(seq 1 120); do
  get -H "Authorization: Bearer $token" "$url/api/admin/reindex/$job" >"$work/job.json"
  state="$(json "$work/job.json" 'd["state"]')"
  [ "$state" = done ] || [ "$state" = failed ] && break
  sleep 1
done
[ "$state" = done ] || fail "reindex job $job: $state $(cat "$work/job.json")"
get "$url/api/health" >"$work/health.json"
gen2="$(json "$work/health.json" 'd["generation"]')"
[ "$gen2" != "$gen1" ] || fail "the server did not switch generation after the reindex"
[ "$(json "$work/health.json" 'd["speeches"]')" -gt "$speeches" ] || fail "the added speech is not indexed"
ok "admin reindex (401 without the token): job $job done, $gen1 -> $gen2, $(json "$work/health.json" 'd["speeches"]') speeches"

t0="$(now)"
podman stop -t 30 "$name" >/dev/null 2>>"$work/podman.log"
# 143: the JVM ends on SIGTERM after its shutdown hooks (the server closes the index) have run
ok "stopped in $(since "$t0") s (exit code $(podman inspect --format '{{.State.ExitCode}}' "$name"))"
t0="$(now)"
podman start "$name" >/dev/null 2>>"$work/podman.log"
restart_s="$(wait_healthy "$url" 120 "$t0")" || fail "no health after restart"
[ "$(get "$url/api/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["generation"])')" = "$gen2" ] \
  || fail "the restart did not keep the index volume's generation"
ok "restart on the existing index: healthy in ${restart_s} s, still $gen2"
podman rm -f -v -t 10 "$name" >/dev/null 2>>"$work/podman.log"

echo "== compose.yaml: the server and the one-shot reindex service"
cport="$(free_port)"
curl_c="http://127.0.0.1:$cport"
export SPEECH_SEARCH_HOST_PORT="$cport" SPEECH_SEARCH_ADMIN_TOKEN=""
if command -v podman-compose >/dev/null && [ "${SMOKE_BY_HAND:-}" != 1 ]; then
  compose() { podman-compose -p "$project" -f "$repo/docker/compose.yaml" "$@"; }
  compose_up=1
  t0="$(now)"
  compose up -d --no-build speech-search >"$work/compose.log" 2>&1 || { cat "$work/compose.log" >&2; fail "compose up"; }
  cfirst="$(wait_healthy "$curl_c" 300 "$t0")" || fail "compose: no health"
  cgen1="$(get "$curl_c/api/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["generation"])')"
  ok "podman-compose up: healthy in ${cfirst} s on the samples volume ($cgen1)"
  compose run --rm --no-deps -T reindex >"$work/reindex.log" 2>&1 || { cat "$work/reindex.log" >&2; fail "compose run reindex"; }
  runner="podman-compose run --rm reindex"
else
  # what compose does, by hand: named volumes (the speeches one starts with the image's samples),
  # the server detached, the reindex service as a one-off container on the same volumes
  compose() { :; }
  t0="$(now)"
  podman run -d --name "$name" -p "127.0.0.1:$cport:7070" -v "${project}_index:/data/index" \
    -v "${project}_speeches:/data/speeches" "$image" >/dev/null 2>>"$work/podman.log" \
    || fail "compose server by hand"
  cfirst="$(wait_healthy "$curl_c" 300 "$t0")" || fail "compose: no health"
  cgen1="$(get "$curl_c/api/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["generation"])')"
  ok "server by hand (podman-compose missing): healthy in ${cfirst} s on the samples volume ($cgen1)"
  podman run --rm -v "${project}_index:/data/index" -v "${project}_speeches:/data/speeches" "$image" reindex \
    >"$work/reindex.log" 2>&1 || { cat "$work/reindex.log" >&2; fail "one-shot reindex"; }
  runner="podman run --rm … $image reindex"
fi
grep -E '^(reindex|  (speeches|measures|files))' "$work/reindex.log" | sed 's/^/    /' | head -6 || true
cgen2="$cgen1"
for _ in $(seq 1 10); do
  cgen2="$(get "$curl_c/api/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["generation"])')"
  [ "$cgen2" != "$cgen1" ] && break
  sleep 1
done
[ "$cgen2" != "$cgen1" ] || fail "the running server did not switch to the one-shot reindex's generation"
ok "$runner made $cgen2 and the running server switched to it"
if [ "$compose_up" = 1 ]; then compose down -v >/dev/null 2>&1 || true; compose_up=0; else podman rm -f -v -t 10 "$name" >/dev/null 2>>"$work/podman.log"; fi

echo "== size"
size="$(podman image inspect --format '{{.Size}}' "$image")"
base="$(podman image inspect --format '{{.Size}}' eclipse-temurin:25-jre)"
mb() { python3 -c "print(f'{$1 / 1e6:.0f} MB')"; }
ok "image $image: $(mb "$size") ($(mb "$base") base eclipse-temurin:25-jre + $(mb $((size - base))) of ours)"
echo "all container checks passed in $((SECONDS - t_all)) s (build ${build_s} s, first start ${first_s} s, restart ${restart_s} s)"
