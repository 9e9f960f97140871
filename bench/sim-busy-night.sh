#!/usr/bin/env bash
# Wall time and peak memory of `entente sim run busy-night` (12 simulated hours, all three outputs written), the CLI
# published as it would be shipped. Goal: under 60 s. Usage: bench/sim-busy-night.sh [scenario] [limit-seconds].
# Prints the load average before the run, wall time, peak RSS, and each output's size and line count; removes the
# output; exits 1 when the wall time is at or over the limit. The machine should be quiet (load average below 2).
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-busy-night}"
limit="${2:-60}"
[ -x /usr/bin/time ] || { echo "sim-busy-night: /usr/bin/time is not installed (apt-get install time)." >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Published as it would be shipped: Release, ReadyToRun.
dotnet publish src/Entente.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/entente" --nologo -v quiet >/dev/null
entente="$work/entente/entente"
out="$work/out"

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr); .NET $(dotnet --version)"
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Command: entente sim run $scenario --out \$tmp"
/usr/bin/time -v -o "$work/time.txt" "$entente" sim run "$scenario" --out "$out" > "$work/stdout.txt" 2> "$work/stderr.txt" || {
  echo "sim-busy-night: entente sim run failed" >&2; tail -n 20 "$work/stderr.txt" >&2; exit 2; }
echo "Load average after the run:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Summary: $(cat "$work/stdout.txt")"

# /usr/bin/time prints elapsed as [h:]m:ss.ss; turn it into seconds.
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$work/time.txt")
user=$(awk -F': ' '/User time/ { print $2 }' "$work/time.txt")
sys=$(awk -F': ' '/System time/ { print $2 }' "$work/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
printf 'Wall time: %s s (user %s s, system %s s)\n' "$wall" "$user" "$sys"
printf 'Peak RSS: %s KiB (%.0f MiB)\n' "$rss" "$(awk "BEGIN { print $rss / 1024 }")"
echo
echo "| file | bytes | MB | lines |"
echo "|---|---:|---:|---:|"
total=0
for f in truth.jsonl detections.jsonl ais.nmea; do
  bytes=$(stat -c %s "$out/$f")
  total=$(( total + bytes ))
  printf '| %s | %s | %.1f | %s |\n' "$f" "$bytes" "$(awk "BEGIN { print $bytes / 1e6 }")" "$(wc -l < "$out/$f")"
done
printf '| total | %s | %.1f | |\n' "$total" "$(awk "BEGIN { print $total / 1e6 }")"
rm -rf "$out"

# The goal is part of the result: fail when it is not met.
awk "BEGIN { exit !($wall < $limit) }" || { echo "sim-busy-night: $wall s is not under the $limit s goal" >&2; exit 1; }
echo "Under the $limit s goal."
