/**
 * How the scenario pages write dates, counts and excerpts. Dates are in UTC and
 * built by hand, not with Intl: the server renders the first paint, and the
 * browser must produce the very same text (its time zone and ICU data may differ).
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** "21 Nov 2026" */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "14:05 UTC" */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** "21 Nov 2026, 14:05 UTC" */
export function formatDateTime(iso: string): string {
  const time = formatTime(iso);
  return time ? `${formatDate(iso)}, ${time}` : iso;
}

/** A server message as a sentence: "name must not be empty" → "Name must not be empty". */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** "1 scenario", "3 scenarios" */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** "12 months" */
export function horizonInWords(months: number): string {
  return countOf(months, 'month');
}

/** The first `max` characters, cut at a word boundary when one is near, with an ellipsis. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** “Name”, as the pages quote a scenario in messages. */
export function quoted(name: string): string {
  return `“${name}”`;
}

/** "“A”", "“A” and “B”", "“A”, “B” and 3 more" */
export function listOfNames(names: readonly string[], shown = 3): string {
  const quotedNames = names.slice(0, shown).map(quoted);
  const rest = names.length - quotedNames.length;
  if (rest > 0) return `${quotedNames.join(', ')} and ${rest} more`;
  if (quotedNames.length <= 1) return quotedNames.join('');
  return `${quotedNames.slice(0, -1).join(', ')} and ${quotedNames.at(-1)}`;
}

/**
 * "peninsula-outlook-scenarios-2026-11-21.json": the user's own calendar date
 * (local time), since that is the day they will look for in their downloads.
 */
export function exportFileName(now: Date): string {
  return `peninsula-outlook-scenarios-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** "restored version 3" → "Restored version 3": version notes read as sentences. */
export function noteInWords(note: string): string {
  return note ? sentence(note) : 'Saved';
}
