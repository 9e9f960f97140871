#!/usr/bin/env bash
# Wall time, peak memory and accuracy of `entente track` over the whole of `busy-night` (12 simulated hours), the CLI
# published as it would be shipped. Goal: at least 1,000x real time on one core. Usage:
#   bench/track-busy-night.sh [motion ...]        (default: cv; e.g. `bench/track-busy-night.sh cv imm`)
# The night is simulated once, untimed (`entente sim run busy-night`); then, for each motion model, the track step runs
# pinned to one core (`taskset -c 0`) and is timed, and `entente track eval --json` scores it (timed too, but not part
# of the goal). Prints the machine, the load average before each step, the composed pipeline (`entente track --describe`),
# wall time, peak RSS, the real-time factor (12 h / wall) and GOSPA with the SIAP numbers beside it. Removes its files;
# exits 1 when a track step is under 1,000x real time. The machine should be quiet (load average below 1.5).
set -euo pipefail
cd "$(dirname "$0")/.."
motions=("$@")
[ ${#motions[@]} -gt 0 ] || motions=(cv)
scenario=busy-night
simulated_s=43200
goal=1000
for tool in /usr/bin/time taskset jq; do
  command -v "$tool" >/dev/null || { echo "track-busy-night: $tool is not installed." >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Published as it would be shipped: Release, ReadyToRun.
dotnet publish src/Entente.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/entente" --nologo -v quiet >/dev/null
entente="$work/entente/entente"
out="$work/out"

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr); .NET $(dotnet --version)"
echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Untimed: entente sim run $scenario --out \$tmp"
"$entente" sim run "$scenario" --out "$out" > "$work/sim.txt" 2> /dev/null || { echo "track-busy-night: entente sim run failed" >&2; exit 2; }
echo "Simulated: $(cat "$work/sim.txt")"

# Seconds from /usr/bin/time's [h:]m:ss.ss.
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"; }
field() { awk -F': ' -v k="$2" '$0 ~ k { print $2 }' "$1"; }

status=0
for motion in "${motions[@]}"; do
  echo
  echo "=== motion: $motion ==="
  echo "Pipeline (entente track --motion $motion --describe):"
  "$entente" track --motion "$motion" --describe
  tracks="$work/tracks-$motion.jsonl"

  echo "Load average before the track step: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Command: taskset -c 0 entente track --motion $motion --ais ais.nmea --detections detections.jsonl --out tracks.jsonl --every 10s"
  /usr/bin/time -v -o "$work/time-track.txt" taskset -c 0 "$entente" track --motion "$motion" --ais "$out/ais.nmea" \
    --detections "$out/detections.jsonl" --out "$tracks" --every 10s > /dev/null 2> "$work/track-stderr.txt" || {
    echo "track-busy-night: entente track failed" >&2; tail -n 20 "$work/track-stderr.txt" >&2; exit 2; }
  echo "Load average after the track step:  $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Summary: $(tail -n 1 "$work/track-stderr.txt")"
  wall=$(seconds "$work/time-track.txt")
  rss=$(field "$work/time-track.txt" 'Maximum resident set size')
  printf 'Track wall time: %s s (user %s s, system %s s); peak RSS %.0f MiB; CPU %s\n' "$wall" \
    "$(field "$work/time-track.txt" 'User time')" "$(field "$work/time-track.txt" 'System time')" \
    "$(awk "BEGIN { print $rss / 1024 }")" "$(field "$work/time-track.txt" 'Percent of CPU')"
  factor=$(awk "BEGIN { printf \"%.0f\", $simulated_s / $wall }")
  echo "Real-time factor: $factor x (12 h = $simulated_s s simulated / $wall s wall)"
  printf 'tracks.jsonl: %s lines, %.1f MB\n' "$(wc -l < "$tracks")" "$(awk "BEGIN { print $(stat -c %s "$tracks") / 1e6 }")"

  echo "Load average before the eval step: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Command: entente track eval --truth truth.jsonl --tracks tracks.jsonl --detections detections.jsonl --json"
  /usr/bin/time -v -o "$work/time-eval.txt" "$entente" track eval --truth "$out/truth.jsonl" --tracks "$tracks" \
    --detections "$out/detections.jsonl" --json > "$work/eval-$motion.json" 2> "$work/eval-stderr.txt" || {
    echo "track-busy-night: entente track eval failed" >&2; tail -n 20 "$work/eval-stderr.txt" >&2; exit 2; }
  printf 'Eval wall time: %s s; peak RSS %.0f MiB\n' "$(seconds "$work/time-eval.txt")" \
    "$(awk "BEGIN { print $(field "$work/time-eval.txt" 'Maximum resident set size') / 1024 }")"
  echo "Eval JSON:"
  cat "$work/eval-$motion.json"
  echo
  echo
  echo "| class | truths | GOSPA m | completeness | spuriousness | track no. changes /10 h | PA m | longest segment | MMSI correct | class correct | latency s |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  jq -r '(["overall", .overall], (.classes | to_entries[] | [.key, .value])) as [$k, $s]
    | "| \($k) | \($s.truths) | \($s.gospa_m) | \($s.completeness // "-") | \($s.spuriousness // "-") | \($s.track_number_changes_per_10h // "-") | \($s.pa_m // "-") | \($s.longest_segment_fraction // "-") | \($s.mmsi_correct // "-") | \($s.class_correct // "-") | \($s.latency_median_s // "-") |"' \
    "$work/eval-$motion.json"
  echo "Spurious track time fraction: $(jq -r '.spurious_track_time_fraction // "-"' "$work/eval-$motion.json")"

  # The goal is part of the result.
  if awk "BEGIN { exit !($factor >= $goal) }"; then
    echo "Goal met: $factor x >= $goal x real time on one core ($motion)."
  else
    echo "track-busy-night: $factor x is under the $goal x goal ($motion)" >&2
    status=1
  fi
done
exit $status
