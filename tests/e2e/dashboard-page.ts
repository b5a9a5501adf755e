/**
 * The dashboard's DOM contract (/tmp/dashboard-contract.md, "DOM contract") as helpers:
 * `main[data-shown-input]` holds the canonical JSON of the input whose results are on
 * screen, and `data-busy="true"` while a newer request is in flight.
 */
import type { Page } from 'playwright-core';
import { assumptionsSchema, type Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';

export interface ShownInput {
  assumptions: Assumptions;
  horizonMonths: number;
}

/** The assumption ids in the schema's order: the key order of the canonical JSON. */
export const ASSUMPTION_KEYS = Object.keys(assumptionsSchema.shape) as (keyof Assumptions)[];

/**
 * The canonical form of an input: keys in the schema's order and the lifted
 * resolutions ascending. The first-load test holds the page to exactly this string;
 * the waits below compare after normalising both sides, so a key-order slip fails
 * that one test rather than every test that waits for results.
 */
export function canonical(input: ShownInput): string {
  const assumptions = Object.fromEntries(
    ASSUMPTION_KEYS.map((key) => {
      const value = input.assumptions[key];
      return [key, Array.isArray(value) ? [...value].sort((a, b) => a - b) : value];
    }),
  );
  return JSON.stringify({ assumptions, horizonMonths: input.horizonMonths });
}

export async function fetchDescription(baseUrl: string): Promise<ModelDescription> {
  const res = await fetch(`${baseUrl}/api/trpc/model.describe`);
  if (!res.ok) throw new Error(`model.describe answered ${res.status}`);
  return ((await res.json()) as { result: { data: ModelDescription } }).result.data;
}

/** Waits until results are on screen and no newer request is in flight; returns the raw attribute. */
export async function waitUntilSettled(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => {
    const main = document.querySelector('main[data-shown-input]');
    const shown = main?.getAttribute('data-shown-input');
    return shown && main?.getAttribute('data-busy') !== 'true' ? shown : false;
  });
  return (await handle.jsonValue()) as string;
}

/**
 * Waits until the panels show `expected` (compared in canonical form) and nothing is
 * in flight. On timeout the error says what was shown instead.
 */
export async function waitForShown(page: Page, expected: ShownInput, timeout = 15_000): Promise<void> {
  const want = canonical(expected);
  try {
    await page.waitForFunction(
      ({ target, keys }) => {
        const main = document.querySelector('main[data-shown-input]');
        const shown = main?.getAttribute('data-shown-input');
        if (!shown || main?.getAttribute('data-busy') === 'true') return false;
        // The same normalisation as canonical(), in the page: keys in the given order, sorted resolutions.
        const parsed = JSON.parse(shown) as { assumptions: Record<string, unknown>; horizonMonths: unknown };
        const assumptions = Object.fromEntries(
          keys.map((key) => {
            const value = parsed.assumptions[key];
            return [key, Array.isArray(value) ? [...(value as number[])].sort((a, b) => a - b) : value];
          }),
        );
        const extra = Object.keys(parsed.assumptions).filter((key) => !keys.includes(key));
        return extra.length === 0 && JSON.stringify({ assumptions, horizonMonths: parsed.horizonMonths }) === target;
      },
      { target: want, keys: ASSUMPTION_KEYS as string[] },
      { timeout },
    );
  } catch (error) {
    const main = page.locator('main').first();
    const shown = await main.getAttribute('data-shown-input').catch(() => null);
    const busy = await main.getAttribute('data-busy').catch(() => null);
    throw new Error(`the dashboard did not show ${want}\nshown: ${shown}\ndata-busy: ${busy}`, { cause: error });
  }
}

export async function shownInput(page: Page): Promise<ShownInput> {
  const raw = await page.locator('main[data-shown-input]').getAttribute('data-shown-input');
  if (!raw) throw new Error('main[data-shown-input] is missing or empty');
  return JSON.parse(raw) as ShownInput;
}

export async function outlookValue(page: Page, outlookId: string): Promise<string> {
  return (await page.getByTestId(`outlook-value-${outlookId}`).innerText()).trim();
}

export function assumptionLabel(description: ModelDescription, id: keyof Assumptions): string {
  const meta = description.assumptions.find((a) => a.id === id);
  if (!meta) throw new Error(`model.describe has no assumption "${id}"`);
  return meta.label;
}
