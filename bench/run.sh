#!/usr/bin/env bash
# Segmentation benchmark: policyextract against @node-rs/jieba on the same corpus, in the same run.
#   bench/run.sh [MB=10] [RUNS=5]
# Builds the CLI (Release), makes a corpus of at least MB megabytes by repeating tests/data/eval/docs,
# installs @node-rs/jieba into a temporary folder, and prints a table of medians: dictionary load,
# precise+HMM throughput (one thread, line by line), peak RSS, and whole-process cold start of a
# one-sentence `segment` run.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-10}
runs=${2:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

dotnet build src/PolicyExtract.Cli/PolicyExtract.Cli.csproj -c Release -nologo -v q >/dev/null
cli=src/PolicyExtract.Cli/bin/Release/net10.0/policyextract.dll

corpus=$tmp/corpus.txt
: >"$corpus"
while [ "$(stat -c %s "$corpus")" -lt $((mb * 1000000)) ]; do
  for f in tests/data/eval/docs/*.txt; do cat "$f"; echo; done >>"$corpus"
done

npm install --prefix "$tmp/node" --no-save --no-audit --no-fund --silent @node-rs/jieba@2.0.3 >/dev/null
export NODE_PATH=$tmp/node/node_modules

sentence='关于实施无锡市职业教育产教融合“攀登计划”的意见'
# Median wall time (ms) and max peak RSS (MB) of N runs of a command.
cold() {
  local n=11 times=() rss=0 t0 t1 r
  for _ in $(seq $n); do
    t0=$(date +%s%N)
    r=$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1)
    t1=$(date +%s%N)
    times+=($(((t1 - t0) / 1000000)))
    [ "$r" -gt "$rss" ] && rss=$r
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((n + 1) / 2))p" | tr -d '\n'
  echo " $((rss / 1024))"
}

ours=$(dotnet "$cli" bench segment "$corpus" --runs "$runs")
theirs=$(node bench/jieba-node.js "$corpus" "$runs")
read -r ours_cold ours_cold_rss < <(cold sh -c "echo '$sentence' | dotnet $cli segment - --no-lexicon")
read -r node_cold node_cold_rss < <(cold node bench/jieba-node.js --sentence "$sentence")
read -r node_bare _ < <(cold node -e 0)

field() { node -e "process.stdout.write(String(JSON.parse(process.argv[1])[process.argv[2]]))" "$1" "$2"; }
echo "corpus: $(field "$ours" corpusBytes) bytes, $(field "$ours" lines) lines; $runs timed passes after one warm-up; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| | policyextract | @node-rs/jieba 2.0.3 | ratio |"
echo "|---|---|---|---|"
echo "| precise+HMM throughput, MB/s (median) | $(field "$ours" mbPerSec) | $(field "$theirs" mbPerSec) | $(node -e "console.log((+process.argv[1] / +process.argv[2]).toFixed(2))" "$(field "$ours" mbPerSec)" "$(field "$theirs" mbPerSec)")x |"
echo "| dictionary load, first in process, ms | $(field "$ours" firstLoadMs) | $(field "$theirs" firstLoadMs) | |"
echo "| dictionary load, repeated, ms (median) | $(field "$ours" loadMs) | $(field "$theirs" loadMs) | |"
echo "| peak RSS over the corpus, MB | $(field "$ours" peakRssMb) | $(field "$theirs" peakRssMb) | |"
echo "| one-sentence run, whole process, ms (median of 11) | $ours_cold | $node_cold (node alone: $node_bare) | |"
echo "| one-sentence run, peak RSS, MB | $ours_cold_rss | $node_cold_rss | |"
echo "| tokens over the corpus | $(field "$ours" tokens) | $(field "$theirs" tokens) | |"
