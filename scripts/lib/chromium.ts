/**
 * Headless Debian Chromium through playwright-core, for the browser tests and the
 * bench. playwright-core ships no browser: CI installs the `chromium` package, and
 * `npm test` installs it when run as root (scripts/lib/ensure-chromium.mjs, which
 * names the same path).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
// No /dev/shm limits in containers, no sandbox as root, and no traffic of its own
// (updates, field trials) so every request a test sees is the page's.
export const CHROMIUM_ARGS = ['--disable-dev-shm-usage', '--no-sandbox', '--disable-background-networking', '--disable-component-update'];
export const INSTALL_HINT = 'install Debian chromium: apt-get install -y --no-install-recommends chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: ${INSTALL_HINT}`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
