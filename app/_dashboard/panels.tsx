'use client';
/**
 * Panels 2–8 in a responsive grid; the tornado and attribution follow the
 * chosen outlook. Memoised: a control's move re-renders the page at once, but
 * the charts only when new results (or a new outlook choice) arrive.
 */
import { memo } from 'react';
import type { ModelDescription } from '@/server/model/describe';
import type { OutlookId } from '@/server/model/outlooks';
import type { ForecastResult, SensitivityResult } from '@/server/model/schema';
import { ArsenalPanel } from './charts/arsenal-panel';
import { AttributionPanel } from './charts/attribution-panel';
import { CumulativePanel } from './charts/cumulative-panel';
import { LaunchesPanel } from './charts/launches-panel';
import { StatesPanel } from './charts/states-panel';
import { TensionPanel } from './charts/tension-panel';
import { TornadoPanel } from './charts/tornado-panel';
import styles from './dashboard.module.css';
import { useWords } from './use-words';
import { whenVisible } from './when-visible';

const Cumulative = whenVisible(CumulativePanel);
const Tension = whenVisible(TensionPanel);
const States = whenVisible(StatesPanel);
const Arsenal = whenVisible(ArsenalPanel);
const Launches = whenVisible(LaunchesPanel);
const Tornado = whenVisible(TornadoPanel);
const Attribution = whenVisible(AttributionPanel);

interface Props {
  result: ForecastResult;
  sensitivity: SensitivityResult | undefined;
  description: ModelDescription;
  outlook: OutlookId;
  onOutlook: (id: OutlookId) => void;
}

export const Panels = memo(function Panels({ result, sensitivity, description, outlook, onOutlook }: Props) {
  const { t } = useWords();
  return (
    <>
      <div className={styles.panels}>
        <Cumulative result={result} describe={description} />
        <Tension result={result} />
        <States result={result} describe={description} />
        <Arsenal result={result} describe={description} />
        <Launches result={result} />
      </div>
      <div className={styles.driversHeader}>
        <h2>{t('charts.drivers')}</h2>
        <label>
          {t('charts.driversOutlook')}{' '}
          <select value={outlook} onChange={(event) => onOutlook(event.target.value as OutlookId)}>
            {description.outlooks.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
      </div>
      <div className={styles.panels}>
        <Tornado sensitivity={sensitivity} outlookId={outlook} describe={description} />
        <Attribution result={result} outlookId={outlook} describe={description} />
      </div>
    </>
  );
});
