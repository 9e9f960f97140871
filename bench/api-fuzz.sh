#!/usr/bin/env bash
# Long-running robustness run of the HTTP API: the same test CI runs on 10,000 hostile requests, with a million
# (or the count given) against the server in memory. Usage: bench/api-fuzz.sh [requests] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-1000000}"
seed="${2:-20261123}"
start=$(date +%s)
ENTENTE_API_FUZZ_REQUESTS="$requests" ENTENTE_API_FUZZ_SEED="$seed" \
  dotnet test tests/Entente.Server.Tests -c Release --filter "FullyQualifiedName~HostileRequestFuzzTests" --blame-hang-timeout 120m
echo "api fuzz: $requests requests, seed $seed, $(( $(date +%s) - start )) s on $(nproc) cores ($(uname -m))"
