#!/usr/bin/env bash
# Wall time and peak memory of `entente replay` over the whole of `busy-night` (12 simulated hours through tracking,
# situation frames every 10 s and the standard rules, into alerts.jsonl), the CLI published as it would be shipped.
# Goal: under 120 s. Usage: bench/replay-busy-night.sh [runs] [limit-seconds].
# The night is simulated once, untimed (`entente sim run busy-night`); then the replay runs `runs` times (default 1),
# each timed. Prints the machine, the load average before and after each run, wall and CPU time, peak RSS, the
# replay's own summary (which has its real-time factor), the size of alerts.jsonl and the alerts raised per type.
# Removes its files; exits 1 when a run takes the limit or longer. The machine should be quiet (load average below 2).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1}"
limit="${2:-120}"
scenario=busy-night
for tool in /usr/bin/time jq; do
  command -v "$tool" >/dev/null || { echo "replay-busy-night: $tool is not installed." >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Published as it would be shipped: Release, ReadyToRun.
dotnet publish src/Entente.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/entente" --nologo -v quiet >/dev/null
entente="$work/entente/entente"
recording="$work/recording"

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr); .NET $(dotnet --version)"
echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Untimed: entente sim run $scenario --out \$tmp"
"$entente" sim run "$scenario" --out "$recording" > "$work/sim.txt" 2> /dev/null || { echo "replay-busy-night: entente sim run failed" >&2; exit 2; }
echo "Simulated: $(cat "$work/sim.txt")"
printf 'Recording: detections.jsonl %.1f MB, ais.nmea %.1f MB\n' "$(awk "BEGIN { print $(stat -c %s "$recording/detections.jsonl") / 1e6 }")" \
  "$(awk "BEGIN { print $(stat -c %s "$recording/ais.nmea") / 1e6 }")"

# Seconds from /usr/bin/time's [h:]m:ss.ss.
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"; }
field() { awk -F': ' -v k="$2" '$0 ~ k { print $2 }' "$1"; }

status=0
for run in $(seq 1 "$runs"); do
  echo
  echo "=== run $run ==="
  out="$work/out-$run"
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Command: entente replay \$tmp --out \$out --scenario $scenario"
  /usr/bin/time -v -o "$work/time.txt" "$entente" replay "$recording" --out "$out" --scenario "$scenario" 2> "$work/stderr.txt" || {
    echo "replay-busy-night: entente replay failed" >&2; tail -n 20 "$work/stderr.txt" >&2; exit 2; }
  echo "Load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
  cat "$work/stderr.txt"
  wall=$(seconds "$work/time.txt")
  rss=$(field "$work/time.txt" 'Maximum resident set size')
  printf 'Wall time: %s s (user %s s, system %s s); peak RSS %.0f MiB; CPU %s\n' "$wall" \
    "$(field "$work/time.txt" 'User time')" "$(field "$work/time.txt" 'System time')" \
    "$(awk "BEGIN { print $rss / 1024 }")" "$(field "$work/time.txt" 'Percent of CPU')"
  alerts="$out/alerts.jsonl"
  printf 'alerts.jsonl: %s lines, %.1f MB, sha256 %s\n' "$(wc -l < "$alerts")" "$(awk "BEGIN { print $(stat -c %s "$alerts") / 1e6 }")" \
    "$(sha256sum "$alerts" | cut -c1-16)"
  echo "Changes by event: $(jq -r .event "$alerts" | sort | uniq -c | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1 }')"
  echo "Raised by type:   $(jq -r 'select(.event == "raised") | .type' "$alerts" | sort | uniq -c | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1 }')"
  if awk "BEGIN { exit !($wall < $limit) }"; then
    echo "Goal met: $wall s < $limit s."
  else
    echo "replay-busy-night: $wall s is not under the $limit s goal" >&2
    status=1
  fi
done
exit $status
