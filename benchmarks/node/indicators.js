// MACD(12,26,9), RSI(14) and Bollinger(20,2) with the npm package technicalindicators over the closes of a
// date,open,high,low,close,volume CSV; prints the best of a few timed runs as "bars_per_second N".
// Usage: node indicators.js BARS.csv [RUNS]
'use strict';
const fs = require('fs');
const { MACD, RSI, BollingerBands } = require('technicalindicators');

const file = process.argv[2];
const runs = Number(process.argv[3] || 3);
if (!file) {
  console.error('usage: node indicators.js BARS.csv [RUNS]');
  process.exit(2);
}
const lines = fs.readFileSync(file, 'utf8').split('\n');
const closeColumn = lines[0].split(',').indexOf('close');
const closes = [];
for (let i = 1; i < lines.length; i++) {
  if (lines[i]) closes.push(Number(lines[i].split(',')[closeColumn]));
}

function once() {
  // EMAs seeded with their SMA, as strategy-core's MACD; population sigma, as its Bollinger.
  const macd = MACD.calculate({ values: closes, fastPeriod: 12, slowPeriod: 26, signalPeriod: 9,
    SimpleMAOscillator: false, SimpleMASignal: false });
  const rsi = RSI.calculate({ values: closes, period: 14 });
  const bands = BollingerBands.calculate({ values: closes, period: 20, stdDev: 2 });
  return macd.length + rsi.length + bands.length;
}

once(); // warm-up: the JIT compiles the library's code
let best = Infinity;
for (let r = 0; r < runs; r++) {
  const start = process.hrtime.bigint();
  once();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`node ${process.version}, run ${r + 1}: ${closes.length} bars in ${seconds.toFixed(3)} s`);
  best = Math.min(best, seconds);
}
console.log(`bars_per_second ${Math.round(closes.length / best)}`);
