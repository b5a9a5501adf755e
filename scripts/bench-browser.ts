/**
 * The dashboard in headless Chromium (part of `npm run bench`): time from a key press
 * on the exercise slider to the panels showing its result. Target: p95 ≤ 100 ms.
 *
 * The clock runs in the page. A capturing keydown listener takes the event's
 * timestamp (the moment the browser received the key); a MutationObserver sees
 * `main[data-shown-input]` name the new value with `data-busy` not "true" (the DOM
 * contract's "results on screen"); then a frame later (rAF, then a task) the
 * updated panels have been painted. Both ends are measured in the page's
 * performance.now(), so the round trip to playwright is not counted.
 */
import type { Page } from 'playwright-core';
import { ASSUMPTIONS } from '../server/model/assumptions';
import { launchChromium } from './lib/chromium';
import { report } from './lib/timing';

const SINGLE_PRESSES = 40;
const WARM_UP_PRESSES = 3;
const BURSTS = 5;
const BURST_LENGTH = 10;
const PROBE_TIMEOUT_MS = 15_000;

interface Probe {
  /** keydown timestamp of the first key press after arming. */
  start: number;
  /** when data-shown-input named the target value, not busy. */
  shown: number;
  /** one frame after that: the panels are painted. */
  painted: number;
}

/**
 * Installed in the page as source text, not as a function: tsx compiles with esbuild's
 * keepNames, which wraps named inner functions in a `__name()` helper that does not
 * exist in the page. `__armProbe(target)` arms a one-shot probe for the moment
 * `exerciseScale` shows `target`.
 */
const PROBE_SCRIPT = `
window.__armProbe = function (target) {
  window.__benchProbe = new Promise(function (resolve) {
    var start = -1;
    function onKey(event) { if (start < 0) start = event.timeStamp; }
    addEventListener('keydown', onKey, { capture: true });
    function isShown() {
      var main = document.querySelector('main[data-shown-input]');
      var raw = main && main.getAttribute('data-shown-input');
      if (!raw || main.getAttribute('data-busy') === 'true') return false;
      return JSON.parse(raw).assumptions.exerciseScale === target;
    }
    var observer = new MutationObserver(function () {
      if (!isShown()) return;
      observer.disconnect();
      removeEventListener('keydown', onKey, { capture: true });
      var shown = performance.now();
      requestAnimationFrame(function () {
        setTimeout(function () { resolve({ start: start, shown: shown, painted: performance.now() }); }, 0);
      });
    });
    observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-shown-input', 'data-busy'] });
  });
};`;

interface ProbeWindow {
  __armProbe(target: number): void;
  __benchProbe?: Promise<Probe>;
}

async function armProbe(page: Page, target: number): Promise<void> {
  await page.evaluate((target) => (window as unknown as ProbeWindow).__armProbe(target), target);
}

async function awaitProbe(page: Page): Promise<Probe> {
  const probe = page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the dashboard did not show the new value within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([probe, timeout]);
    if (!result || result.start < 0) throw new Error('the probe saw no key press');
    return result;
  } finally {
    clearTimeout(timer);
  }
}

async function press(page: Page, key: string, target: number): Promise<Probe> {
  await armProbe(page, target);
  await page.keyboard.press(key);
  return awaitProbe(page);
}

export async function benchDashboard(baseUrl: string, cookie: string): Promise<void> {
  const label = ASSUMPTIONS.find((a) => a.id === 'exerciseScale')?.label;
  if (!label) throw new Error('no exerciseScale assumption');
  console.log(`\nDashboard in headless Chromium: "${label}" slider, key press to updated panels (target p95 ≤ 100 ms)`);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const [cookieName, ...cookieValue] = cookie.split('=');
    await context.addCookies([{ name: cookieName!, value: cookieValue.join('='), url: baseUrl }]);
    const page = await context.newPage();
    let forecastRequests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('forecast.run')) forecastRequests += 1;
    });
    await page.addInitScript(PROBE_SCRIPT);
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector('main[data-shown-input]:not([data-busy="true"])');
    await page.getByRole('slider', { name: label, exact: true }).focus();

    let value = 0;
    await press(page, 'Home', value); // from the status quo to 0, so every later value is new to the page's cache
    for (let i = 0; i < WARM_UP_PRESSES; i++) await press(page, 'ArrowRight', ++value);

    const shown: number[] = [];
    const painted: number[] = [];
    for (let i = 0; i < SINGLE_PRESSES; i++) {
      const probe = await press(page, 'ArrowRight', ++value);
      shown.push(probe.shown - probe.start);
      painted.push(probe.painted - probe.start);
    }
    report('  one ArrowRight → data-shown-input updated', shown);
    report('  one ArrowRight → updated panels painted', painted);

    const bursts: number[] = [];
    const requests: number[] = [];
    for (let b = 0; b < BURSTS; b++) {
      const target = value + BURST_LENGTH;
      await armProbe(page, target);
      const before = forecastRequests;
      for (let i = 0; i < BURST_LENGTH; i++) await page.keyboard.press('ArrowRight');
      const probe = await awaitProbe(page);
      value = target;
      bursts.push(probe.painted - probe.start);
      requests.push(forecastRequests - before);
    }
    report(`  burst of ${BURST_LENGTH} ArrowRight → final value painted`, bursts, `forecast.run requests per burst: ${requests.join(', ')}`);
  } finally {
    await browser.close();
  }
}
