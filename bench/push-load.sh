#!/usr/bin/env bash
# The push channel under load: the real server on loopback, its picture fed 5,000 radar plots a second of 2,000 targets
# (five scanning radars; stored as a live feed's are), frames every second, 50 clients reading /api/stream and one
# that never reads. Reports the delivery latency of frames (made → received and parsed by the client), the tracks per
# frame, the frame size and the server's memory over the run. Goal: p99 under 250 ms. Bounded: warm-up + measured
# seconds, then it stops. Usage: bench/push-load.sh [seconds] [clients] [rate] [targets]. The machine should be quiet.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
clients="${2:-50}"
rate="${3:-5000}"
targets="${4:-2000}"
dotnet build bench/Entente.LoadTest -c Release --nologo -v quiet >/dev/null
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr); .NET $(dotnet --version)"
echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/Entente.LoadTest/bin/Release/net10.0/Entente.LoadTest.dll --seconds "$seconds" --clients "$clients" --rate "$rate" --targets "$targets" --warmup 20 --stalled 1
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
