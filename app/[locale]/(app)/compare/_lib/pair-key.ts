/**
 * The key of a difference request: which pair (A, B) and horizon a result
 * answers. The page shows it in `data-shown-difference`, and names the charts
 * after the pair in it (which, while a new pair loads, is still the old one).
 */
export interface PairRequest {
  ids: [string, string];
  horizonMonths: number;
}

/** "<A id>,<B id>@<horizon>" */
export const pairKey = ({ ids, horizonMonths }: PairRequest): string => `${ids[0]},${ids[1]}@${horizonMonths}`;

export function pairOfKey(key: string): PairRequest | null {
  const match = /^([^,@]+),([^,@]+)@(\d+)$/.exec(key);
  return match ? { ids: [match[1]!, match[2]!], horizonMonths: Number(match[3]) } : null;
}
