/**
 * How the scenario pages write counts, notes, names and excerpts, in the page's language.
 * Dates go through the locale's formatter (`useFormat()` / `getServerFormat()`), in UTC,
 * so the server's first paint and the browser agree.
 */
import { quoteIn, type Words } from './words';

/** A server message as a sentence: "name must not be empty" → "Name must not be empty". */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** "12 months", "12 חודשים", "١٢ شهرًا" */
export function horizonInWords(months: number, { t, format }: Words): string {
  return t('common.months', { count: months, n: format.number(months) });
}

/** "3 scenarios" */
export function scenarioCount(count: number, { t, format }: Words): string {
  return t('common.scenarios', { count, n: format.number(count) });
}

/** The first `max` characters, cut at a word boundary when one is near, with an ellipsis. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** “Name”, «Name»: a scenario's name as the page's language quotes it. */
export function quoted(name: string, { format }: Pick<Words, 'format'>): string {
  return quoteIn(format.locale, name);
}

/** "“A”", "“A” and “B”", "“A”, “B” and 3 more" */
export function listOfNames(names: readonly string[], words: Words, shown = 3): string {
  const quotedNames = names.slice(0, shown).map((name) => quoted(name, words));
  const rest = names.length - quotedNames.length;
  if (rest > 0) return words.t('common.namesAndMore', { names: quotedNames.join(words.t('common.listSeparator')), count: rest, n: words.format.number(rest) });
  if (words.format.locale !== 'en') return words.format.list(quotedNames);
  // English keeps its house style: no serial comma.
  if (quotedNames.length <= 1) return quotedNames.join('');
  return `${quotedNames.slice(0, -1).join(', ')} and ${quotedNames.at(-1)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "peninsula-outlook-scenarios-2026-11-21.json": the user's own calendar date
 * (local time), since that is the day they will look for in their downloads.
 */
export function exportFileName(now: Date): string {
  return `peninsula-outlook-scenarios-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * A version's note ("created", "restored version 3", `duplicated from "A"`), stored in
 * English by the server, in the page's words.
 */
export function noteInWords(note: string, words: Words): string {
  const { t, format } = words;
  if (!note || note === 'saved') return t('notes.saved');
  if (note === 'created') return t('notes.created');
  if (note === 'renamed') return t('notes.renamed');
  if (note === 'imported') return t('notes.imported');
  if (note === "example scenario from the model's presets") return t('notes.example');
  const restored = /^restored version (\d+)$/.exec(note);
  if (restored) return t('notes.restored', { version: format.number(Number(restored[1])) });
  const duplicated = /^duplicated from "(.*)"$/s.exec(note);
  if (duplicated) return t('notes.duplicated', { name: duplicated[1]! });
  return sentence(note);
}
