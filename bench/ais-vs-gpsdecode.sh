#!/usr/bin/env bash
# Throughput of `entente ais decode` against gpsd's `gpsdecode -j`, side by side on the same 1,000,000-line file
# built from gpsd's corpus (../shared/data/ais/gpsd/sample.aivdm, live sentences repeated in order), JSON to
# /dev/null. Usage: bench/ais-vs-gpsdecode.sh [lines] [runs]; writes bench/results/<date>-ais-vs-gpsdecode.md.
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-1000000}"
runs="${2:-3}"
corpus="../shared/data/ais/gpsd/sample.aivdm"
[ -f "$corpus" ] || { echo "ais-vs-gpsdecode: $corpus is absent; nothing to measure." >&2; exit 2; }
command -v gpsdecode >/dev/null || { echo "ais-vs-gpsdecode: gpsdecode is not installed (apt-get install gpsd-clients)." >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Only the sentences, in order, so multi-sentence groups stay whole; repeated to the line count.
grep -E '^[!\\]' "$corpus" | tr -d '\r' > "$work/one.nmea"
per=$(wc -l < "$work/one.nmea")
# Enough copies in one pass (counting the growing file after each copy made this quadratic).
for _ in $(seq $(( lines / per + 1 ))); do cat "$work/one.nmea"; done > "$work/input.nmea"
head -n "$lines" "$work/input.nmea" > "$work/in.nmea"

# Published as it would be shipped: Release, ReadyToRun (precompiled, so a one-second run is not spent in the JIT).
dotnet publish src/Entente.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/entente" --nologo -v quiet >/dev/null
entente="$work/entente/entente"

calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); calc "$e - $s"; }
best() { sort -g | head -n1; }

gpsd_times=(); entente_times=()
for _ in $(seq "$runs"); do
  gpsd_times+=("$(seconds sh -c "gpsdecode -j < '$work/in.nmea'")")
  entente_times+=("$(seconds "$entente" ais decode "$work/in.nmea")")
done
g=$(printf '%s\n' "${gpsd_times[@]}" | best)
e=$(printf '%s\n' "${entente_times[@]}" | best)
gpsd_out=$(gpsdecode -j < "$work/in.nmea" | wc -l)
entente_out=$("$entente" ais decode "$work/in.nmea" | wc -l)
ratio=$(calc "$g / $e")

out="bench/results/$(date +%Y-%m-%d)-ais-vs-gpsdecode.md"
{
  echo "# entente ais decode vs gpsdecode -j"
  echo
  echo "- Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr)"
  echo "- Peer: $(gpsdecode -V 2>&1 | head -n1)"
  echo "- Input: $lines lines ($per live sentences of gpsd's sample.aivdm, repeated in order)"
  echo "- Command: bench/ais-vs-gpsdecode.sh $lines $runs (best of $runs alternating runs each, JSON to /dev/null; entente published Release + ReadyToRun)"
  echo
  echo "| tool | best seconds | lines/s | JSON objects |"
  echo "|---|---:|---:|---:|"
  printf '| gpsdecode -j | %.3f | %.0f | %s |\n' "$g" "$(calc "$lines / $g")" "$gpsd_out"
  printf '| entente ais decode | %.3f | %.0f | %s |\n' "$e" "$(calc "$lines / $e")" "$entente_out"
  echo
  printf 'Speed-up: %.2fx (goal: at least 3x)\n' "$ratio"
  echo
  echo "All runs (s): gpsdecode ${gpsd_times[*]}; entente ${entente_times[*]}"
} | tee "$out"

# The goal is part of the result: fail when it is not met.
awk "BEGIN { exit !($ratio >= 3.0) }" || { echo "ais-vs-gpsdecode: below the 3x goal" >&2; exit 1; }
