/**
 * The charts' colours, as CSS custom properties with fallbacks: globals.css may
 * define the variables (one place to retheme), and the charts still render when
 * it does not. The hex values are the proposed definitions.
 *
 * States run from red (crisis) through a warm grey (talks) to blue (settlement):
 * a red–blue diverging scale stays distinct for red–green colour blindness, and
 * its ordering carries meaning. Event outlooks use Okabe–Ito hues darkened to
 * reach 3:1 contrast on white; the two diplomatic ones are also dashed, so the
 * four lines differ by more than hue.
 */
import type { EventOutlookId, StateId } from '@/server/model/outlooks';

export const PALETTE_FALLBACKS = {
  crisis: '#b42318',
  standoff: '#e8804f',
  talks: '#b9b2a6',
  freeze: '#5fa2ce',
  settlement: '#1f4e8c',
  'nuclear-test': '#b42318',
  'icbm-launch': '#b86e00',
  'interim-deal': '#0072b2',
  'denuclearization-step': '#00866a',
  // Contributions: orange raises the outcome, blue lowers it (never red/green).
  raises: '#c4520f',
  lowers: '#2a6fb0',
  total: '#4b5563',
  tension: '#8e3b74',
  arsenal: '#374b63',
  launches: '#c4520f',
  grid: '#e3e6ea',
  axis: '#56606b',
} as const;

export type PaletteName = keyof typeof PALETTE_FALLBACKS;

/** `var(--color-crisis, #b42318)`: usable as an SVG fill or stroke. */
export function color(name: PaletteName): string {
  return `var(--color-${name}, ${PALETTE_FALLBACKS[name]})`;
}

export const STATE_COLORS: Record<StateId, string> = {
  crisis: color('crisis'),
  standoff: color('standoff'),
  talks: color('talks'),
  freeze: color('freeze'),
  settlement: color('settlement'),
};

export const EVENT_COLORS: Record<EventOutlookId, string> = {
  nuclearTest: color('nuclear-test'),
  icbmLaunch: color('icbm-launch'),
  interimDeal: color('interim-deal'),
  denuclearizationStep: color('denuclearization-step'),
};

/** Threats solid, diplomatic outcomes dashed. */
export const EVENT_DASHES: Record<EventOutlookId, string | undefined> = {
  nuclearTest: undefined,
  icbmLaunch: undefined,
  interimDeal: '6 3',
  denuclearizationStep: '2 2',
};

/** P10–P90 bands are the series colour at this opacity. */
export const BAND_OPACITY = 0.18;
