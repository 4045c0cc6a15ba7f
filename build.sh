#!/usr/bin/env bash
# One entry point for people and CI.
#   ./build.sh          build (Release) and run `extract` on samples/ into out/samples.json
#   ./build.sh test     build and run the whole test suite
set -euo pipefail
cd "$(dirname "$0")"
case "${1:-run}" in
  test)
    dotnet test PolicyExtract.sln -c Release --logger "console;verbosity=normal"
    ;;
  run)
    dotnet build PolicyExtract.sln -c Release
    mkdir -p out
    dotnet src/PolicyExtract.Cli/bin/Release/net10.0/policyextract.dll extract samples --format json -o out/samples.json
    echo "wrote out/samples.json" >&2
    ;;
  *) echo "usage: ./build.sh [run|test]" >&2; exit 2 ;;
esac
