// The @node-rs/jieba side of bench/run.sh: same corpus, same line-by-line precise+HMM cut, same figures.
//   node jieba-node.js <corpus> [runs]     -> one JSON object
//   node jieba-node.js --sentence <text>   -> the tokens of one sentence (for the cold-start timing)
'use strict'
const fs = require('fs')
const { performance } = require('perf_hooks')

if (process.argv[2] === '--sentence') {
  const { Jieba } = require('@node-rs/jieba')
  const { dict } = require('@node-rs/jieba/dict')
  const jieba = Jieba.withDict(dict)
  process.stdout.write(jieba.cut(process.argv[3], true).join(' ') + '\n')
  process.exit(0)
}

const corpusPath = process.argv[2]
const runs = Number(process.argv[3] || 5)
let t0 = performance.now()
const { Jieba } = require('@node-rs/jieba')
const { dict } = require('@node-rs/jieba/dict')
const jieba = Jieba.withDict(dict)
const firstLoadMs = performance.now() - t0
const loads = []
for (let i = 0; i < 5; i++) {
  t0 = performance.now()
  Jieba.withDict(dict)
  loads.push(performance.now() - t0)
}

const bytes = fs.readFileSync(corpusPath)
const lines = bytes.toString('utf8').split('\n')
let tokens = 0
function pass () {
  tokens = 0
  for (const line of lines) tokens += jieba.cut(line, true).length
}
pass() // warm-up
const mbps = []
for (let i = 0; i < runs; i++) {
  t0 = performance.now()
  pass()
  mbps.push(bytes.length / 1e6 / ((performance.now() - t0) / 1000))
}
const median = v => { const o = [...v].sort((a, b) => a - b); const m = o.length >> 1; return o.length % 2 ? o[m] : (o[m - 1] + o[m]) / 2 }
console.log(JSON.stringify({
  tool: '@node-rs/jieba ' + require('@node-rs/jieba/package.json').version,
  corpusBytes: bytes.length,
  lines: lines.length,
  tokens,
  firstLoadMs: +firstLoadMs.toFixed(1),
  loadMs: +median(loads).toFixed(1),
  mbPerSec: +median(mbps).toFixed(2),
  runs: mbps.map(m => +m.toFixed(2)),
  peakRssMb: +(process.resourceUsage().maxRSS / 1024).toFixed(1)
}))
