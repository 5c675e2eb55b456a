#!/usr/bin/env bash
# Container health: GET /api/health over bash's /dev/tcp (the JRE image has no curl or wget) and
# require "status":"ok", so a server that is up but has no index counts as unhealthy.
set -euo pipefail
port="${SPEECH_SEARCH_PORT:-7070}"
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /api/health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
timeout 4 cat <&3 | grep -q '"status":"ok"'
