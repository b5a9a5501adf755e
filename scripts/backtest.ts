/**
 * npm run backtest -- --episodes <file> [--json] [--draws N] [--seed N]
 *
 * Scores the forecast model on a file of historical episodes (format:
 * shared/domain/README.md). Exit codes: 0 success, 1 unreadable or malformed
 * file (or a model failure), 2 bad command line.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { EpisodesFileError, parseEpisodesFile } from '../server/backtest/episodes';
import { formatReport, type ReportMeta } from '../server/backtest/format';
import { runBacktest } from '../server/backtest/run-backtest';
import { DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, MIN_DRAWS } from '../server/model/schema';

// Relative to the repo root, where npm runs scripts; shared/ sits beside the repo.
const DEFAULT_EPISODES = '../shared/domain/episodes-calibration.json';

const USAGE = `Usage: npm run backtest -- [--episodes <file>] [--json] [--draws N] [--seed N]

  --episodes <file>  episodes file to score (default ${DEFAULT_EPISODES})
  --json             print the report as JSON on stdout
  --draws N          Monte Carlo draws per episode, ${MIN_DRAWS}–${MAX_DRAWS} (default ${DEFAULT_DRAWS})
  --seed N           random seed, 0–4294967295 (default ${DEFAULT_SEED})
  --help             show this message`;

class UsageError extends Error {}

interface Options {
  episodes: string;
  json: boolean;
  draws: number;
  seed: number;
}

function integerOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        episodes: { type: 'string' },
        json: { type: 'boolean', default: false },
        draws: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function parseOptions(argv: string[]): Options | 'help' {
  const values = parseFlags(argv);
  if (values.help) return 'help';
  return {
    episodes: values.episodes ?? DEFAULT_EPISODES,
    json: values.json,
    draws: integerOption('draws', values.draws, DEFAULT_DRAWS, MIN_DRAWS, MAX_DRAWS),
    seed: integerOption('seed', values.seed, DEFAULT_SEED, 0, 4294967295),
  };
}

async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`backtest: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let text: string;
  try {
    text = await readFile(options.episodes, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    process.stderr.write(`backtest: cannot read episodes file ${options.episodes}: ${reason}\n`);
    return 1;
  }

  let episodes;
  try {
    episodes = parseEpisodesFile(text, options.episodes);
  } catch (error) {
    if (!(error instanceof EpisodesFileError)) throw error;
    process.stderr.write(`backtest: malformed episodes file\n${error.message}\n`);
    return 1;
  }

  // Loaded only now, so command-line and file errors are reported without starting the model.
  const { modelForecast } = await import('../server/backtest/model-forecast');
  const { MODEL_VERSION } = await import('../server/model/version');
  const { draws, seed } = options;
  const modelVersion = MODEL_VERSION;
  // Only the request reaches the model: runBacktest never passes outcomes, ids or dates.
  const forecast = modelForecast(draws, seed);
  const report = runBacktest(episodes, forecast);
  const meta: ReportMeta = { file: options.episodes, modelVersion, draws, seed };

  process.stdout.write(options.json ? `${JSON.stringify({ ...meta, ...report }, null, 2)}\n` : `${formatReport(report, meta)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`backtest: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
