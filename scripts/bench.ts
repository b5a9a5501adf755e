// `npm run bench`: median and p95 timings of the engine, sensitivity, saved scenarios, forecast.run over
// HTTP and the dashboard in headless Chromium, then the first-load JS of each route. Figures, not assertions.
import { PRESETS, STATUS_QUO, runForecast, runSensitivity } from '../server/model';
import { CURRENT_CONTEXT } from '../server/model/context';
import { simulateOutlooks } from '../server/model/simulate-outlooks';
import { benchDashboard } from './bench-browser';
import { benchDatabaseHttp, benchDatabaseInProcess } from './bench-database';
import { readRouteBundles } from './lib/bundle-stats';
import { DIST_DIR, startBuiltServer } from './lib/built-server';
import { adminSession } from './lib/session';
import { report } from './lib/timing';

const SCENARIO = PRESETS.find((p) => p.id === 'hanoiAccepted')!.assumptions;

function time(label: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < 3; i++) fn(); // warm-up: JIT and the parameter sample
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  report(label, samples);
}

console.log(`Engine (one core, node ${process.version}): Monte Carlo run with trajectories and bands, no attribution`);
for (const draws of [1000, 5000, 20000]) {
  time(`  engine, ${draws} draws × 36 months`, draws === 20000 ? 11 : 21, () => simulateOutlooks(SCENARIO, CURRENT_CONTEXT, 36, draws, 1));
}
console.log('\nforecast.run in process (scenario + cached status quo + attribution + readings), "Hanoi ask accepted" (7 assumptions differ)');
for (const horizonMonths of [12, 36]) {
  time(`  runForecast, 5000 draws × ${horizonMonths} months`, 21, () => runForecast({ assumptions: SCENARIO, horizonMonths, draws: 5000, seed: 1 }));
}
time('  runForecast, one slider moved from the status quo, 12 months', 21, () => runForecast({ assumptions: { ...STATUS_QUO, exerciseScale: 35 }, seed: 1 }));

console.log('\nforecast.sensitivity, all outlooks (12 assumptions swung, 2000 draws)');
for (const horizonMonths of [12, 36]) {
  time(`  runSensitivity, ${horizonMonths} months`, 11, () => runSensitivity({ assumptions: SCENARIO, horizonMonths, seed: 1 }));
}

await benchDatabaseInProcess();

console.log('\nHTTP round trip of forecast.run against the built server (loopback, sequential)');
const server = await startBuiltServer();
try {
  const url = (assumptions: object, horizonMonths: number) =>
    `${server.baseUrl}/api/trpc/forecast.run?input=${encodeURIComponent(JSON.stringify({ assumptions, horizonMonths }))}`;
  for (const [label, assumptions, horizon] of [
    ['status quo, 12 months', STATUS_QUO, 12],
    ['"Hanoi ask accepted", 12 months', SCENARIO, 12],
    ['"Hanoi ask accepted", 36 months', SCENARIO, 36],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < 33; i++) {
      const start = performance.now();
      const res = await fetch(url(assumptions, horizon));
      if (!res.ok) throw new Error(`forecast.run answered ${res.status}`);
      await res.arrayBuffer();
      if (i >= 3) samples.push(performance.now() - start);
    }
    report(`  GET forecast.run, ${label}`, samples);
  }
  const cookie = await adminSession(server.baseUrl);
  await benchDashboard(server.baseUrl, cookie);
  await benchDatabaseHttp(server.baseUrl, cookie);
} finally {
  await server.stop();
}

// Next records only uncompressed sizes; readRouteBundles gzips the listed chunks.
const BUDGET_GZIP_KB = 300;
console.log(`\nBundle: first-load JS per route (${DIST_DIR}/diagnostics/route-bundle-stats.json; kB = 1000 bytes, gzip -6)`);
for (const { route, chunks, bytes, gzipBytes } of readRouteBundles()) {
  const budget = route === '/[locale]' ? `   budget ${BUDGET_GZIP_KB} kB gzip: ${gzipBytes / 1000 <= BUDGET_GZIP_KB ? 'within' : 'OVER'}` : '';
  console.log(`  ${route.padEnd(20)} ${(gzipBytes / 1000).toFixed(1).padStart(7)} kB gzip   ${(bytes / 1000).toFixed(1).padStart(7)} kB raw   ${chunks} chunks${budget}`);
}
