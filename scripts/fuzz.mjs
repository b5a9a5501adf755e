// `npm run fuzz`: the HTTP fuzz test (tests/http/fuzz.http.test.ts) at 11,000 inputs instead of
// the test suite's 2,200. FUZZ_SEED=<n> replays a failing run. Needs a build (npm run build).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', '--project', 'http', 'tests/http/fuzz.http.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '11000' },
});
process.exit(result.status ?? 1);
