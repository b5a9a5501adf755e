/**
 * The eleven UN Security Council sanctions resolutions ("sanctions groups").
 * `bite` is each resolution's share of the sanctions regime's economic pressure
 * (the eleven sum to 1). They are judgements, weighted by what each one bans:
 * designations-only resolutions weigh almost nothing, while the 2016–17 sectoral
 * bans on coal, iron, seafood, textiles, labour and fuel carry most of the weight
 * (DPRK–China trade fell from 5.3B USD in 2017 to 2.4B in 2018 as they bit).
 * Source: history.md, "The eleven UN Security Council sanctions resolutions" and
 * "Russia and China"; Ri Yong Ho's Hanoi remark on the five civilian-economy groups.
 */
export interface Resolution {
  number: ResolutionNumber;
  adopted: string;
  trigger: string;
  bans: string;
  bite: number;
}

export const RESOLUTION_NUMBERS = [
  1695, 1718, 1874, 2087, 2094, 2270, 2321, 2356, 2371, 2375, 2397,
] as const;
export type ResolutionNumber = (typeof RESOLUTION_NUMBERS)[number];

export const RESOLUTIONS: readonly Resolution[] = [
  { number: 1695, adopted: '2006-07', trigger: 'July 2006 missile launches', bans: 'Demands on the missile programme; states to prevent missile-related transfers', bite: 0.01 },
  { number: 1718, adopted: '2006-10', trigger: '1st nuclear test', bans: 'Arms, WMD-related and luxury-goods embargo; asset freeze and travel ban', bite: 0.05 },
  { number: 1874, adopted: '2009-06', trigger: '2nd nuclear test', bans: 'All arms exports, most arms imports; cargo inspection; financial limits', bite: 0.04 },
  { number: 2087, adopted: '2013-01', trigger: 'December 2012 satellite launch', bans: 'Further designations', bite: 0.01 },
  { number: 2094, adopted: '2013-03', trigger: '3rd nuclear test', bans: 'Financial and banking measures; bulk cash', bite: 0.04 },
  { number: 2270, adopted: '2016-03', trigger: '4th nuclear test', bans: 'Coal and iron exports (livelihood exception); gold, rare earths; aviation fuel; mandatory cargo inspection', bite: 0.14 },
  { number: 2321, adopted: '2016-11', trigger: '5th nuclear test', bans: 'Coal export cap; copper, nickel, silver, zinc and statues', bite: 0.12 },
  { number: 2356, adopted: '2017-06', trigger: '2016–17 launches', bans: 'Designations only', bite: 0.01 },
  { number: 2371, adopted: '2017-08', trigger: 'July 2017 ICBM launches', bans: 'All coal, iron, lead and seafood exports; cap on overseas workers; new joint ventures', bite: 0.18 },
  { number: 2375, adopted: '2017-09', trigger: '6th nuclear test', bans: 'Textile exports; refined petroleum capped at 2M barrels; joint ventures closed', bite: 0.17 },
  { number: 2397, adopted: '2017-12', trigger: 'November 2017 ICBM launch', bans: 'Refined petroleum cut to 500,000 barrels; food, machinery, wood exports; overseas workers sent home', bite: 0.23 },
];

/** The five "sanctions groups" the DPRK asked to lift at Hanoi (inferred; history.md marks it [U]). */
export const HANOI_FIVE: readonly ResolutionNumber[] = [2270, 2321, 2371, 2375, 2397];

const biteByNumber = new Map(RESOLUTIONS.map((r) => [r.number, r.bite]));

/** Share of the regime's economic bite removed by lifting these resolutions (0–1). */
export function liftedBite(lifted: readonly ResolutionNumber[]): number {
  let total = 0;
  for (const n of new Set(lifted)) total += biteByNumber.get(n) ?? 0;
  return Math.min(1, total);
}
