'use client';
/** The page's title, the compared scenarios (each opens on the dashboard) and the one horizon they share here. */
import { useId } from 'react';
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
  const briefingQuery = `ids=${scenarios.map((s) => encodeURIComponent(s.id)).join(',')}&horizon=${horizonMonths}`;
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>Compare {scenarios.length} scenarios</h1>
        <div style={{ display: 'flex', alignItems: 'center', gap: '1.1rem', flexWrap: 'wrap' }}>
          {/* The comparison as a briefing: full-screen slides, or the same slides as a PDF. */}
          <a href={`/present/compare?${briefingQuery}`} title="Present these scenarios as full-screen slides">Present</a>
          <a href={`/api/briefing/pdf?${briefingQuery}`} download title="Download the briefing slides as a PDF">PDF</a>
          <div className={styles.field}>
            <label htmlFor={`${id}-horizon`}>Horizon</label>
            <select id={`${id}-horizon`} value={horizonMonths} onChange={(event) => onHorizon(Number(event.target.value))}>
              {choices.map((m) => <option key={m} value={m}>{m} months</option>)}
            </select>
          </div>
        </div>
      </div>
      <ol className={styles.scenarios} aria-label="Compared scenarios">
        {scenarios.map((s, i) => {
          const line = series[i]!;
          return (
            <li key={s.id} style={{ borderTopColor: line.color }}>
              <a href={`/?scenario=${encodeURIComponent(s.id)}`} title="Open on the dashboard" className={styles.scenarioName}>{line.name}</a>
              <span className={styles.scenarioMeta}>
                Saved for {s.horizonMonths} months · updated {s.updatedAt.slice(0, 10)}
                {/* Forecasts are always recomputed with today's model; say so when it is not the one it was saved under. */}
                {s.modelVersion !== currentModel && ` · saved under model ${s.modelVersion}, shown with ${currentModel}`}
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
