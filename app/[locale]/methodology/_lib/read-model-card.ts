/**
 * Reads the model card from the repository. Called only while the page is prerendered
 * (the page is force-static), so the file need not ship with the server at run time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// `next build` and the tests both run from the repository root.
export const MODEL_CARD_PATH = join(process.cwd(), 'docs', 'model.md');

export function readModelCard(): string {
  return readFileSync(MODEL_CARD_PATH, 'utf8');
}
