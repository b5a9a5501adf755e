'use client';
/** What a chart's plot area shows while it has nothing to draw: progress, or the error with Retry. */
import { useTranslations } from 'next-intl';
import { ChartPlaceholder } from '@/app/_components/chart-frame';
import styles from '../compare.module.css';

interface Props {
  error: { message: string } | null;
  retry: () => void;
  /** What was being worked out: the forecasts, or the attribution of a difference. */
  what: 'forecasts' | 'difference';
}

export function PanelStatus({ error, retry, what }: Props) {
  const t = useTranslations('compare');
  if (!error) return <ChartPlaceholder busy>{what === 'forecasts' ? t('status.computing') : t('status.attributing')}</ChartPlaceholder>;
  return (
    <div role="alert" className={styles.panelError}>
      <p>{what === 'forecasts' ? t('status.forecastsFailed', { reason: error.message }) : t('status.differenceFailed', { reason: error.message })}</p>
      <button type="button" className={styles.button} onClick={retry}>{t('retry')}</button>
    </div>
  );
}
