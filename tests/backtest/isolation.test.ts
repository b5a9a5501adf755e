/**
 * "The model must never look episodes up": it is scored on files it has not seen.
 * runBacktest only hands it assumptions, horizon and context (run-backtest.test.ts);
 * this guards the other door — the model reading an episodes file itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const modelDir = fileURLToPath(new URL('../../server/model/', import.meta.url));
const sources = readdirSync(modelDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => ({ file, text: readFileSync(join(modelDir, file), 'utf8') }));

const MESSAGE_CATALOGUE = /^(\.\.\/)+i18n\/messages\/[a-z]{2}\/[a-z-]+\.json$/;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

describe('the model cannot see episodes', () => {
  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources.map((s) => [s.file, s.text] as const))('%s reads no files, JSON or backtest code', (_file, text) => {
    const specifiers = [...text.matchAll(SPECIFIER)].map((m) => m[1] ?? '');
    // The one JSON the model may import is its own wording (the message catalogues): text, no figures.
    const forbidden = specifiers.filter((s) => /^(node:)?(fs|path)(\/|$)|\.json$|backtest|shared\//.test(s) && !MESSAGE_CATALOGUE.test(s));
    expect(forbidden).toEqual([]);
    expect(text).not.toMatch(/episodes[\w-]*\.json/);
  });
});
