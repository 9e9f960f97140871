#!/usr/bin/env bash
# The web map under load: the real server on loopback fed 5,000 radar plots a second of 2,000 targets (as
# bench/push-load.sh), frames every second, and its map page open in headless Chromium (Debian's, /usr/bin/chromium)
# at 1920×1080. After the warm-up it measures per stream frame the page's parse, apply and draw times and the time from
# the frame's arrival to the end of the map render that drew it, the browser's animation frames (requestAnimationFrame
# intervals: p50/p95/p99/max and the share over 50 and 100 ms) and long tasks, and checks that at least 1,900 tracks
# are on the map and in view. Goal: arrival → drawn p99 under 250 ms, animation-frame interval p99 at most 100 ms.
# Bounded: warm-up + measured seconds (the warm-up waits at most a minute more for the tracks), then it stops.
# Usage: bench/map-smoothness.sh [seconds] [warm-up seconds] [rate] [targets]. The machine should be quiet.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
warmup="${2:-20}"
rate="${3:-5000}"
targets="${4:-2000}"
dotnet build bench/Entente.LoadTest -c Release --nologo -v quiet >/dev/null
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr); .NET $(dotnet --version); $(/usr/bin/chromium --version 2>/dev/null | head -1)"
echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (+ working tree)')"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
timeout $((seconds + warmup + 240)) dotnet bench/Entente.LoadTest/bin/Release/net10.0/Entente.LoadTest.dll map \
  --seconds "$seconds" --warmup "$warmup" --rate "$rate" --targets "$targets" || status=$?
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
