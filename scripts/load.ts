/**
 * `npm run load`: autocannon against the built server on loopback, 20 concurrent
 * connections, for forecast.run, a save (a new version of a scenario) and the list of
 * saved scenarios. Prints throughput and p50/p95/p99 latency (from every response's own
 * time) and the errors, which should be none. Figures, not assertions (machines are noisy).
 *
 * LOAD_SECONDS (default 10) and LOAD_CONNECTIONS (default 20) adjust the run.
 */
import autocannon from 'autocannon';
import { STATUS_QUO } from '../server/model/assumptions';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from '../server/scenarios/export-format';
import { startBuiltServer } from './lib/built-server';
import { adminSession } from './lib/session';
import { postProcedure } from './lib/trpc-post';
import { quantile } from './lib/timing';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 20);
const LISTED_SCENARIOS = 1000;

interface Run {
  title: string;
  requests: autocannon.Request[];
}

/** The test admin's session: saving and listing need a signed-in user. */
let cookie = '';

const post = <T>(baseUrl: string, procedure: string, input: unknown) => postProcedure<T>(baseUrl, procedure, input, cookie);

/** 1,000 saved scenarios (imported in one file), so the list is a realistic team's. */
async function seed(baseUrl: string): Promise<Array<{ id: string; version: number }>> {
  const scenarios = Array.from({ length: LISTED_SCENARIOS }, (_, i) => ({
    name: `Load scenario ${i + 1}`,
    description: 'Seeded by npm run load.',
    tags: ['load', `group-${i % 10}`],
    assumptions: { ...STATUS_QUO, exerciseScale: i % 101 },
    horizonMonths: 12,
  }));
  await post(baseUrl, 'scenarios.import', { file: { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, scenarios } });
  // One scenario per connection for the saves: each connection saves its own in turn, so no
  // save is refused as stale and every answer should be 200.
  const own: Array<{ id: string; version: number }> = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const created = await post<{ id: string; version: number }>(baseUrl, 'scenarios.create', {
      name: `Saved under load ${i + 1}`, assumptions: STATUS_QUO, horizonMonths: 12,
    });
    own.push({ id: created.id, version: created.version });
  }
  return own;
}

function forecastRun(): Run {
  let n = 0;
  return {
    title: 'forecast.run (GET, a different exercise scale each time, 12 months)',
    requests: [{
      method: 'GET',
      setupRequest: (request) => {
        n += 1;
        const input = { assumptions: { ...STATUS_QUO, exerciseScale: n % 101 }, horizonMonths: 12 };
        return { ...request, path: `/api/trpc/forecast.run?input=${encodeURIComponent(JSON.stringify(input))}` };
      },
    }],
  };
}

function save(baseUrl: string, own: Array<{ id: string; version: number }>): Run {
  // Each request takes a scenario no other request is saving and frees it with its answer,
  // so no save starts from a version another has just replaced: every answer should be 200.
  const free = [...own];
  return {
    title: 'scenarios.save (POST, a new version of a scenario nobody else is saving)',
    requests: [{
      method: 'POST',
      path: '/api/trpc/scenarios.save',
      headers: { 'content-type': 'application/json', origin: baseUrl, cookie },
      setupRequest: (request, context) => {
        // None free only if a request timed out holding one; then a stale save (409) is counted as an error.
        const scenario = free.shift() ?? own[0]!;
        (context as { scenario?: typeof scenario }).scenario = scenario;
        const body = JSON.stringify({
          id: scenario.id, baseVersion: scenario.version, name: 'Saved under load', description: '', tags: ['load'],
          assumptions: { ...STATUS_QUO, exerciseScale: scenario.version % 101 }, horizonMonths: 12,
        });
        return { ...request, body };
      },
      onResponse: (status, body, context) => {
        const { scenario } = context as { scenario?: { id: string; version: number } };
        if (!scenario) return;
        if (status === 200) scenario.version = (JSON.parse(body) as { result: { data: { version: number } } }).result.data.version;
        free.push(scenario);
      },
    }],
  };
}

function list(): Run {
  return {
    title: `scenarios.list (GET, ${LISTED_SCENARIOS + CONNECTIONS} scenarios, newest first)`,
    requests: [{ method: 'GET', headers: { cookie }, path: `/api/trpc/scenarios.list?input=${encodeURIComponent(JSON.stringify({ sort: 'updated' }))}` }],
  };
}

async function measure(baseUrl: string, { title, requests }: Run): Promise<void> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: baseUrl, connections: CONNECTIONS, duration: SECONDS, requests }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(`\n${title}`);
  console.log(
    `  ${(result.requests.total / result.duration).toFixed(0).padStart(6)} req/s   ` +
      `p50 ${quantile(latencies, 0.5).toFixed(1)} ms   p95 ${quantile(latencies, 0.95).toFixed(1)} ms   p99 ${quantile(latencies, 0.99).toFixed(1)} ms   ` +
      `(${result.requests.total} requests in ${result.duration.toFixed(1)} s)`,
  );
  console.log(`  errors: ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
}

console.log(`Load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per procedure, built server on loopback (node ${process.version})`);
const server = await startBuiltServer();
try {
  cookie = await adminSession(server.baseUrl);
  const own = await seed(server.baseUrl);
  for (const run of [forecastRun(), save(server.baseUrl, own), list()]) await measure(server.baseUrl, run);
} finally {
  await server.stop();
}
