/**
 * One headless Chromium per server process, for briefing PDFs: launched on the
 * first request (not at start: most servers never print), relaunched if it
 * dies, killed with the process (playwright kills its browsers on exit; the
 * signal handlers stay Next's). Renders are expensive (each one draws every
 * slide), so at most MAX_RENDERS run at once and a few more may wait.
 *
 * Needs Debian's `chromium` at /usr/bin/chromium (playwright-core ships no browser).
 */
import 'server-only';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const MAX_RENDERS = 2;
export const MAX_WAITING = 8;

export class ChromiumMissingError extends Error {
  constructor() {
    super(`PDF export needs Chromium on the server (${CHROMIUM_PATH}, Debian package "chromium"); it is not installed.`);
  }
}

export class BusyError extends Error {
  constructor() {
    super('Too many PDFs are being made right now; try again in a minute.');
  }
}

const KEY = Symbol.for('peninsula-outlook.briefing.chromium');
interface Pool {
  browser: Promise<Browser> | null;
  running: number;
  waiting: (() => void)[];
}
const registry = globalThis as typeof globalThis & { [KEY]?: Pool };
const pool: Pool = (registry[KEY] ??= { browser: null, running: 0, waiting: [] });

function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) return Promise.reject(new ChromiumMissingError());
  // Chromium refuses its sandbox as root (containers); an unprivileged server keeps it.
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const args = ['--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', ...(root ? ['--no-sandbox'] : [])];
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
}

export async function getBrowser(): Promise<Browser> {
  if (pool.browser) {
    const existing = await pool.browser.catch(() => null);
    if (existing?.isConnected()) return existing;
    pool.browser = null;
  }
  const launching = launch();
  pool.browser = launching;
  launching.then(
    (browser) => browser.on('disconnected', () => { if (pool.browser === launching) pool.browser = null; }),
    () => { if (pool.browser === launching) pool.browser = null; },
  );
  return launching;
}

/** Runs `work` when one of the MAX_RENDERS slots is free; refuses when too many already wait. */
export async function withRenderSlot<T>(work: () => Promise<T>): Promise<T> {
  if (pool.running >= MAX_RENDERS) {
    if (pool.waiting.length >= MAX_WAITING) throw new BusyError();
    await new Promise<void>((resolve) => pool.waiting.push(resolve));
  } else {
    pool.running += 1;
  }
  try {
    return await work();
  } finally {
    const next = pool.waiting.shift();
    if (next) next();
    else pool.running -= 1;
  }
}
