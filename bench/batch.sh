#!/usr/bin/env bash
# Batch benchmark: end-to-end throughput (read + segment + extract + write jsonl), peak memory, time share of each
# stage, scaling from 1 to 2 jobs, memory growth from N/10 to N documents, and the speed of the whole pipeline against
# segmentation alone on the same text (`policyextract bench segment`, one thread).
#
#   bench/batch.sh            the standard run: 10,000 generated documents
#   bench/batch.sh 500        a quick run on 500 documents
#
# Environment: SEED (corpus seed, default 20201022), BENCH_DIR (work folder, default out/bench), TOOL (the tool to run,
# default the build output; out/policyextract/policyextract.dll after `./build.sh install`), JOBS (the "all cores"
# run, default nproc). The corpus is generated once per N and seed and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

N=${1:-10000}
SEED=${SEED:-20201022}
WORK=${BENCH_DIR:-out/bench}
JOBS=${JOBS:-$(nproc)}
TOOL=${TOOL:-src/PolicyExtract.Cli/bin/Release/net10.0/policyextract.dll}
GEN=tools/CorpusGen/bin/Release/net10.0/corpusgen.dll

dotnet build src/PolicyExtract.Cli/PolicyExtract.Cli.csproj -c Release -v q -nologo >/dev/null
dotnet build tools/CorpusGen/CorpusGen.csproj -c Release -v q -nologo >/dev/null

mkdir -p "$WORK"
corpus="$WORK/corpus-$N-$SEED"
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  dotnet "$GEN" --count "$N" --seed "$SEED" --out "$corpus"
  touch "$corpus/.complete"
fi
# Document i depends only on the seed and i, so the first N/10 files are the corpus of size N/10.
find "$corpus" -type f ! -name .complete | LC_ALL=C sort > "$WORK/all.list"
small=$(( N / 10 > 0 ? N / 10 : 1 ))
head -n "$small" "$WORK/all.list" > "$WORK/small.list"
corpus_mb=$(du -sb --apparent-size "$corpus" | awk '{printf "%.1f", $1/1e6}')

# run LABEL JOBS LIST: one extract run under /usr/bin/time; leaves its stderr in $WORK/LABEL.log.
run() {
  local label=$1 jobs=$2 list=$3 log="$WORK/$1.log"
  # Exit 1 (some documents failed) is a result, not a reason to stop the benchmark.
  /usr/bin/time -v dotnet "$TOOL" extract --files-from "$list" -f jsonl -o "$WORK/$label.jsonl" \
    --jobs "$jobs" --quiet --timings 2> "$log" || [ $? -eq 1 ]
}
# field LABEL: documents docs/s MB/s batch-seconds failed peak-RSS-MB process-seconds cpu-seconds, from a run's log.
field() {
  local log="$WORK/$1.log"
  local summary throughput
  summary=$(grep -E '^policyextract: done:' "$log")
  throughput=$(grep -E '^policyextract: timing: throughput' "$log")
  local docs secs failed dps mbps rss wall
  docs=$(sed -E 's/.*done: ([0-9]+) documents.*/\1/' <<<"$summary")
  failed=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$summary")
  secs=$(sed -E 's/.*, ([0-9.]+) s,.*/\1/' <<<"$summary")
  dps=$(sed -E 's/.*throughput ([0-9.]+) documents\/s.*/\1/' <<<"$throughput")
  mbps=$(sed -E 's/.*documents\/s ([0-9.]+) MB\/s.*/\1/' <<<"$throughput")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  # Wall clock of the whole process (start-up, listing, batch, exit), as m:ss.ss.
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2, t, ":"); s=0; for (i=1; i<=n; i++) s=s*60+t[i]; printf "%.2f", s}' "$log")
  # CPU time (user + system) does not depend on how busy the machine is, unlike the wall-clock figures.
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$log")
  echo "$docs $dps $mbps $secs $failed $rss $wall $cpu"
}

# Read every file once first, so that no run pays for the disk and the first one is not the slowest.
tr '\n' '\0' < "$WORK/all.list" | xargs -0 cat > /dev/null
run "all-j$JOBS" "$JOBS" "$WORK/all.list"
run all-j1 1 "$WORK/all.list"
if [ "$JOBS" -ne 2 ]; then run all-j2 2 "$WORK/all.list"; fi
run "small-j$JOBS" "$JOBS" "$WORK/small.list"

# The goal "the whole pipeline runs at no less than half the speed of segmentation alone", measured on the plain-text
# documents (their bytes are the text, so MB/s compare like with like), one job against one thread.
grep -E '\.txt$' "$WORK/all.list" > "$WORK/txt.list"
run txt-j1 1 "$WORK/txt.list"
tr '\n' '\0' < "$WORK/txt.list" | xargs -0 cat > "$WORK/txt-corpus.txt"
seg_mbps=$(dotnet "$TOOL" bench segment "$WORK/txt-corpus.txt" --runs 3 | sed -E 's/.*"mbPerSec":([0-9.]+).*/\1/')

# The same comparison inside the pipeline: the segment stage against all stages of the text run (same documents, same
# process, the segmenter as the pipeline runs it, cache misses and all).
seg_share=$(awk '/^policyextract: timing: [^ ]+ [0-9.]+ s / {t+=$4; if ($3=="segment") s=$4} END {printf "%.2f", (t>0?s/t:0)}' "$WORK/txt-j1.log")
read -r d dps mbps secs failed rss wall cpu <<<"$(field "all-j$JOBS")"
read -r _ dps1 _ _ _ _ _ cpu1 <<<"$(field all-j1)"
read -r _ dps2 _ _ _ _ _ cpu2 <<<"$(field all-j2)"
read -r ds _ _ _ _ rsss _ _ <<<"$(field "small-j$JOBS")"
read -r dt _ mbpst _ _ _ _ _ <<<"$(field txt-j1)"

{
  echo "## Batch benchmark: $N documents ($corpus_mb MB, seed $SEED), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the end, $(date -u +%Y-%m-%d)"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| documents/s (jobs $JOBS) | $dps |"
  echo "| MB/s (jobs $JOBS) | $mbps |"
  echo "| batch time / whole process (jobs $JOBS) | $secs s / $wall s |"
  echo "| CPU time, user + system (jobs 1 → 2) | $cpu1 → $cpu2 s |"
  echo "| documents per CPU-second (jobs 1) | $(awk -v d="$d" -v c="$cpu1" 'BEGIN {printf "%.1f", (c>0?d/c:0)}') |"
  echo "| documents failed | $failed of $d |"
  echo "| peak RSS, $N documents | $rss MB |"
  echo "| peak RSS, $ds documents | $rsss MB |"
  echo "| jobs 1 → 2 | $dps1 → $dps2 documents/s (×$(awk -v a="$dps1" -v b="$dps2" 'BEGIN {printf "%.2f", (a>0?b/a:0)}')) |"
  echo "| $dt text documents, jobs 1: pipeline / segmentation alone | $mbpst / $seg_mbps MB/s (×$(awk -v a="$mbpst" -v b="$seg_mbps" 'BEGIN {printf "%.2f", (b>0?a/b:0)}'); goal ≥ 0.5) |"
  echo "| $dt text documents, jobs 1: segment stage / all stages (pipeline / segmentation as run inside it) | ×$seg_share |"
  echo
  echo "Time share of each stage (jobs $JOBS; summed over workers):"
  echo
  echo "| stage | seconds | share |"
  echo "|---|---|---|"
  grep -E '^policyextract: timing: [^ ]+ [0-9.]+ s ' "$WORK/all-j$JOBS.log" \
    | sed -E 's/^policyextract: timing: ([^ ]+) ([0-9.]+) s ([0-9.]+)%/| \1 | \2 | \3% |/'
  if ! grep -qE '^policyextract: timing: segment ' "$WORK/all-j$JOBS.log"; then
    echo
    echo "No separate segment stage in this build: segmentation time, if any, is inside the extractors that segment."
  fi
} | tee "$WORK/report.md"
