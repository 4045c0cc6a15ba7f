#!/usr/bin/env bash
# Segmentation benchmark: policyextract against @node-rs/jieba on the same corpus, in the same run.
#   bench/run.sh [MB=10] [RUNS=5]        (ROUNDS=3 in the environment: alternating rounds per tool)
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
# Whole-process runs of three commands, interleaved 11 times: prints "median-ms max-peak-RSS-MB" per command.
cold3() {
  local n=11 i k t0 t1 r log=$tmp/cold.log
  : >"$log"
  for i in $(seq $n); do
    for k in 0 1 2; do
      t0=$(date +%s%N)
      case $k in
        0) r=$(/usr/bin/time -f %M sh -c "echo '$sentence' | dotnet $cli segment - --no-lexicon" 2>&1 >/dev/null | tail -1) ;;
        1) r=$(/usr/bin/time -f %M node bench/jieba-node.js --sentence "$sentence" 2>&1 >/dev/null | tail -1) ;;
        2) r=$(/usr/bin/time -f %M node -e 0 2>&1 >/dev/null | tail -1) ;;
      esac
      t1=$(date +%s%N)
      echo "$k $(((t1 - t0) / 1000000)) $r" >>"$log"
    done
  done
  for k in 0 1 2; do
    awk -v k="$k" '$1 == k { print $2 }' "$log" | sort -n | sed -n "$(((n + 1) / 2))p" | tr -d '\n'
    echo " $(awk -v k="$k" '$1 == k && $3 > m { m = $3 } END { print int(m / 1024) }' "$log")"
  done
}

# The machine's load drifts: alternate the two tools ROUNDS times and keep, per tool, the round with the
# median throughput, so neither side gets all the quiet (or all the busy) seconds.
rounds=${ROUNDS:-3}
ours_all=() theirs_all=()
for _ in $(seq "$rounds"); do
  ours_all+=("$(dotnet "$cli" bench segment "$corpus" --runs "$runs")")
  theirs_all+=("$(node bench/jieba-node.js "$corpus" "$runs")")
done
median_round() { node -e '
  const r = process.argv.slice(1).map(s => JSON.parse(s)).sort((a, b) => a.mbPerSec - b.mbPerSec)
  process.stdout.write(JSON.stringify(r[(r.length - 1) >> 1]))' "$@"; }
ours=$(median_round "${ours_all[@]}")
theirs=$(median_round "${theirs_all[@]}")
{ read -r ours_cold ours_cold_rss; read -r node_cold node_cold_rss; read -r node_bare _; } < <(cold3)

field() { node -e "process.stdout.write(String(JSON.parse(process.argv[1])[process.argv[2]]))" "$1" "$2"; }
echo "corpus: $(field "$ours" corpusBytes) bytes, $(field "$ours" lines) lines; $rounds alternating rounds of $runs timed passes after one warm-up; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
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
