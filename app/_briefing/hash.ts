/** The slide number in the URL hash (#3, 1-based), so a reload stays on the slide. Pure, for the tests. */

/** "#3" → index 2, clamped to the deck; anything else → null. */
export function slideFromHash(hash: string, count: number): number | null {
  const match = /^#(\d{1,4})$/.exec(hash);
  if (!match || count < 1) return null;
  return Math.min(Math.max(Number(match[1]), 1), count) - 1;
}
