/**
 * Colours the plots share with the panels around them (legends). In their own
 * module, free of Recharts: a panel importing a plot file for a constant would
 * pull Recharts into the page's first load, which the plots load lazily.
 */
import { color } from '@/app/_dashboard/charts/palette';
import type { DifferenceRow } from '../../_lib/shape-difference';

export const STEP_FILL: Record<DifferenceRow['kind'], string> = { total: color('total'), raises: color('raises'), lowers: color('lowers') };

export const WHISKER_COLOR = 'var(--text, #1d232b)';
