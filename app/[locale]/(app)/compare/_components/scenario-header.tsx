'use client';
/** The page's title, the compared scenarios (each opens on the dashboard) and the one horizon they share here. */
import { useLocale } from 'next-intl';
import { useId } from 'react';
import { getPathname } from '@/server/i18n/navigation';
import { useCompareWords } from './use-compare-words';
import type { ComparedScenario, Series } from '../_lib/series';
import styles from '../compare.module.css';

interface Props {
  scenarios: ComparedScenario[];
  series: Series[];
  currentModel: string;
  horizonMonths: number;
  choices: number[];
  note: string | null;
  onHorizon: (months: number) => void;
}

export function ScenarioHeader({ scenarios, series, currentModel, horizonMonths, choices, note, onHorizon }: Props) {
  const id = useId();
  const { t, format } = useCompareWords();
  const locale = useLocale();
  const briefingQuery = `ids=${scenarios.map((s) => encodeURIComponent(s.id)).join(',')}&horizon=${horizonMonths}`;
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>{t('header.title', { count: scenarios.length, n: format.number(scenarios.length) })}</h1>
        <div style={{ display: 'flex', alignItems: 'center', gap: '1.1rem', flexWrap: 'wrap' }}>
          {/* The comparison as a briefing: full-screen slides, or the same slides as a PDF. */}
          <a href={`${getPathname({ href: '/present/compare', locale })}?${briefingQuery}`} title={t('header.presentTitle')}>{t('header.present')}</a>
          <a href={`/api/briefing/pdf?${briefingQuery}`} download title={t('header.pdfTitle')}>{t('header.pdf')}</a>
          <div className={styles.field}>
            <label htmlFor={`${id}-horizon`}>{t('header.horizon')}</label>
            <select id={`${id}-horizon`} value={horizonMonths} onChange={(event) => onHorizon(Number(event.target.value))}>
              {choices.map((m) => <option key={m} value={m}>{t('months', { count: m, n: format.number(m) })}</option>)}
            </select>
          </div>
        </div>
      </div>
      <ol className={styles.scenarios} aria-label={t('header.scenarios')}>
        {scenarios.map((s, i) => {
          const line = series[i]!;
          return (
            <li key={s.id} style={{ borderBlockStartColor: line.color }}>
              <a href={`${getPathname({ href: '/', locale })}?scenario=${encodeURIComponent(s.id)}`} title={t('header.open')} className={styles.scenarioName}>{line.name}</a>
              <span className={styles.scenarioMeta}>
                {t('header.saved', { count: s.horizonMonths, months: format.number(s.horizonMonths), date: format.date(s.updatedAt) })}
                {/* Forecasts are always recomputed with today's model; say so when it is not the one it was saved under. */}
                {s.modelVersion !== currentModel && <> · {t('header.otherModel', { saved: s.modelVersion, current: currentModel })}</>}
              </span>
            </li>
          );
        })}
      </ol>
      {/* Reserved even when empty, so choosing a horizon never moves the page. */}
      <p className={styles.horizonNote} role="status">{note ?? ''}</p>
    </header>
  );
}
