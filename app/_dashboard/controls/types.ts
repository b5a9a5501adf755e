import type { ModelDescription } from '@/server/model/describe';
import type { HelpSource } from './help-popover';

export type AssumptionDescription = ModelDescription['assumptions'][number];
export type Domain<K extends AssumptionDescription['domain']['kind']> = Extract<AssumptionDescription['domain'], { kind: K }>;

/** A stable callback for every control (so memoised controls skip re-rendering when another moves). */
export type ChangeAssumption = (id: AssumptionDescription['id'], value: unknown) => void;

/** What every control receives: its metadata, its value and how to change it. */
export interface ControlProps<V> {
  meta: AssumptionDescription;
  value: V;
  statusQuo: V;
  sources: HelpSource[];
  onChange: ChangeAssumption;
}
