#!/usr/bin/env bash
# Scores every evaluation set (tests/data/eval and tests/data/probe*) with score.py, from one run of the tool over all
# their documents: the outputs are split by set and scored with `score.py --outputs`, which gives the figures of the
# per-document loop in the README in seconds instead of minutes.
#
#   tests/data/score-all.sh SCORE_PY [TOOL]     prints "SET F1" a line, e.g. "probe12 0.984"
#
# TOOL defaults to the build output. The tool's stderr is kept in $WORK/stderr.txt (WORK defaults to out/score-all).
set -euo pipefail
cd "$(dirname "$0")/../.."
score=${1:?usage: tests/data/score-all.sh SCORE_PY [TOOL]}
tool=${2:-src/PolicyExtract.Cli/bin/Release/net10.0/policyextract.dll}
work=${WORK:-out/score-all}
rm -rf "$work" && mkdir -p "$work"
sets=(tests/data/eval tests/data/probe*)
docs=(); for s in "${sets[@]}"; do docs+=("$s/docs"); done
# Exit 1 only says some document failed; it then scores zero there, as in the loop.
dotnet "$tool" extract "${docs[@]}" --format jsonl --quiet -o "$work/all.jsonl" 2> "$work/stderr.txt" || [ $? -eq 1 ]
python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
for line in open(os.path.join(work, "all.jsonl"), encoding="utf-8"):
    result = json.loads(line)
    parts = result["source"]["path"].split("/")
    name = parts[parts.index("docs") - 1]
    os.makedirs(os.path.join(work, name), exist_ok=True)
    with open(os.path.join(work, name, os.path.splitext(parts[-1])[0] + ".json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)
PY
for s in "${sets[@]}"; do
  name=$(basename "$s")
  mkdir -p "$work/$name"
  f1=$(python3 "$score" "$s/gold" "$s/docs" --outputs "$work/$name" | sed -n 's/^overall F1 //p')
  echo "$name $f1"
done
