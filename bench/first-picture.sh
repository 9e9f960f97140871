#!/usr/bin/env bash
# How soon the README's run command shows the live picture. On a fresh clone of this repository: the first build
# (npm ci, the map page, the server; timed for information), then the README's command itself,
# `dotnet run --project src/Entente.Server`, timed from launch until: the page is served, the picture has tracks, the
# first frame is pushed, the first small boat has left a beach (a launch alert) and the first incident is open.
# Goal: the live picture (page served, tracks moving) within 30 s of the command. Bounded: stops at [limit] seconds
# (default 600). Usage: bench/first-picture.sh [limit-seconds]. Needs curl and jq.
set -euo pipefail
cd "$(dirname "$0")/.."
limit="${1:-600}"
for tool in curl jq git; do
  command -v "$tool" >/dev/null || { echo "first-picture: $tool is not installed." >&2; exit 2; }
done
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr); .NET $(dotnet --version)"
echo "Commit: $(git rev-parse --short HEAD)"
git clone --quiet . "$work/clone"
cd "$work/clone"
echo "Load average before the build: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
dotnet build src/Entente.Server --nologo -v quiet >/dev/null
echo "First build (npm ci, map page, server): $(printf "%.1f" "$(echo "$(date +%s.%N) - $start" | bc)") s"

port=$((20000 + RANDOM % 20000))
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
Urls="http://127.0.0.1:$port" Storage__DataDirectory="$work/data" dotnet run --project src/Entente.Server >"$work/server.log" 2>&1 &
server=$!
elapsed() { printf "%.1f" "$(echo "$(date +%s.%N) - $start" | bc)"; }
page="" tracks="" launch="" incident="" frame=""
while [ -z "$incident" ] && [ "$(printf "%.0f" "$(elapsed)")" -lt "$limit" ]; do
  if [ -z "$page" ] && curl -sf "http://127.0.0.1:$port/" | grep -q '<script'; then page=$(elapsed); echo "page served: ${page} s"; fi
  if [ -n "$page" ]; then
    if [ -z "$tracks" ] && [ "$(curl -sf "http://127.0.0.1:$port/api/tracks" | jq '.tracks | length')" -gt 0 ]; then tracks=$(elapsed); echo "tracks in the picture: ${tracks} s"; fi
    # (curl is cut off when grep has its line: the pipeline's status is grep's alone.)
    if [ -z "$frame" ] && (set +o pipefail; timeout 5 curl -sfN "http://127.0.0.1:$port/api/stream" 2>/dev/null | grep -q -m1 '^event: frame'); then frame=$(elapsed); echo "first frame pushed: ${frame} s"; fi
    night=$(curl -sf "http://127.0.0.1:$port/api/night" || echo '{}')
    if [ -z "$launch" ] && [ "$(echo "$night" | jq '.launches // 0')" -gt 0 ]; then launch=$(elapsed); echo "first launch alert: ${launch} s (picture $(echo "$night" | jq -r .time))"; fi
    if [ -z "$incident" ] && [ "$(echo "$night" | jq '(.incidentsOpen // 0) + (.incidentsClosed // 0)')" -gt 0 ]; then incident=$(elapsed); echo "first incident: ${incident} s (picture $(echo "$night" | jq -r .time))"; fi
  fi
  sleep 1
done
echo "At the end: $(curl -sf "http://127.0.0.1:$port/api/night" | jq -c '{time, launches, boatsAtSea, alertsOpen, incidentsOpen, tracks}')"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$tracks" ] && [ "$(echo "$tracks < 30" | bc)" = 1 ] && echo "live picture within 30 s: yes" || { echo "live picture within 30 s: NO"; exit 1; }
