'use client';
/** What a chart's plot area shows while it has nothing to draw: progress, or the error with Retry. */
import { ChartPlaceholder } from '@/app/_components/chart-frame';
import styles from '../compare.module.css';

interface Props {
  error: { message: string } | null;
  retry: () => void;
  /** What failed, in words: "The forecasts could not be computed". */
  failed: string;
  loading: string;
}

export function PanelStatus({ error, retry, failed, loading }: Props) {
  if (!error) return <ChartPlaceholder busy>{loading}</ChartPlaceholder>;
  return (
    <div role="alert" className={styles.panelError}>
      <p>{failed}: {error.message}</p>
      <button type="button" className={styles.button} onClick={retry}>Retry</button>
    </div>
  );
}
