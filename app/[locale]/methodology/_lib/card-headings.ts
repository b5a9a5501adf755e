/**
 * The model card's headings, read from the markdown source for the table of contents.
 * Inline markup is stripped the way the renderer strips it, so slugs match the ids the
 * rendered headings get (a test checks every link resolves).
 */
import { slugify } from './slug';

export interface CardHeading {
  depth: number;
  text: string;
  id: string;
}

/** Markdown emphasis and code markers around words, which the rendered text drops. */
function plainText(inline: string): string {
  return inline
    .replace(/`([^`]*)`/g, '$1')
    // Only `*` emphasis: `_` inside words (file names) is not emphasis in CommonMark.
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .trim();
}

/** ATX headings (`#` … `######`) outside fenced code blocks. */
export function cardHeadings(markdown: string): CardHeading[] {
  const headings: CardHeading[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const text = plainText(match[2]);
    headings.push({ depth: match[1].length, text, id: slugify(text) });
  }
  return headings;
}

/**
 * Message keys (`cardHeadings.<key>` in the methodology namespace) for the card's headings,
 * by their id. The card's text stays English; its headings are shown in the page's locale.
 * Ids stay the English slugs in every locale, so a link to a section works in all of them.
 */
export const CARD_HEADING_KEYS: Readonly<Record<string, string>> = {
  'model-card-peninsula-outlook-forecast-engine': 'modelCard',
  'what-it-forecasts': 'whatItForecasts',
  structure: 'structure',
  states: 'states',
  inputs: 'inputs',
  'starting-point': 'startingPoint',
  transitions: 'transitions',
  events: 'events',
  'exact-probabilities-monte-carlo-over-parameters': 'exactProbabilities',
  'sensitivity-attribution-and-readings': 'sensitivityAttributionReadings',
  'directions-the-model-claims-each-one-tested-in-tests-model-directions-test-ts': 'directions',
  coefficients: 'coefficients',
  'how-the-coefficients-were-set': 'howCoefficientsWereSet',
  backtest: 'backtest',
  languages: 'languages',
  'what-the-model-deliberately-ignores': 'deliberatelyIgnores',
  'known-weaknesses': 'knownWeaknesses',
  versions: 'versions',
};

/** A heading's text in the page's locale: English as written, else its translation when there is one. */
export function headingText(id: string, english: string, translate: (key: string) => string, locale: string): string {
  const key = CARD_HEADING_KEYS[id];
  return locale === 'en' || !key ? english : translate(`cardHeadings.${key}`);
}
