#!/usr/bin/env bash
# One entry point for people and CI.
#   ./build.sh          build (Release) and run `extract` on samples/ into out/samples.json
#   ./build.sh test     build and run the whole test suite
#   ./build.sh install [DIR]
#                       publish the tool precompiled (ReadyToRun) for this machine into DIR (default out/policyextract)
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
  install)
    dir=${2:-out/policyextract}
    # The runtime identifier of this machine (linux-x64, osx-arm64, win-x64, ...): ReadyToRun code is made for one.
    rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
    dotnet publish src/PolicyExtract.Cli/PolicyExtract.Cli.csproj -c Release -r "$rid" --self-contained false \
      -p:PublishReadyToRun=true -o "$dir"
    echo "installed into $dir: run $dir/policyextract (or dotnet $dir/policyextract.dll)" >&2
    ;;
  *) echo "usage: ./build.sh [run|test|install [DIR]]" >&2; exit 2 ;;
esac
