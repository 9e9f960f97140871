#!/usr/bin/env bash
# Long-running robustness run of the AIS decoder: the same test CI runs on a small sample, with a million cases
# (or ENTENTE_FUZZ_CASES). Usage: bench/ais-fuzz.sh [cases] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-1000000}"
seed="${2:-20261122}"
start=$(date +%s)
ENTENTE_FUZZ_CASES="$cases" ENTENTE_FUZZ_SEED="$seed" \
  dotnet test tests/Entente.Ais.Tests -c Release --filter "Category=Fuzz" --blame-hang-timeout 60m
echo "fuzz: $cases cases, seed $seed, $(( $(date +%s) - start )) s on $(nproc) cores ($(uname -m))"
