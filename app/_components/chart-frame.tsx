'use client';
/**
 * The one wrapper every chart panel uses: heading, units line, legend, a
 * fixed-height plot area (so data updates never move the page) and the same
 * numbers as a real table behind a toggle, for screen readers and for copying.
 */
import { useLocale, useTranslations } from 'next-intl';
import { directionOf, isLocale } from '@/server/i18n/locales';
import { useRef, useState, type ReactNode } from 'react';
import { ExportButtons } from './export-buttons';
import { panelExportName } from './export-names';
import styles from './chart-frame.module.css';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export interface LegendItem {
  label: string;
  color: string;
  /** swatch: a filled square (areas, bars); line/dashed: a series line; band: a translucent P10–P90 area. */
  mark?: 'swatch' | 'line' | 'dashed' | 'band';
}

export const CHART_HEIGHT = 260;
/** For charts with a row per assumption (tornado, waterfall): up to 14 labelled rows. */
export const TALL_CHART_HEIGHT = 400;

interface ChartFrameProps {
  id: string;
  title: string;
  subtitle?: string;
  units: string;
  table: ChartTable;
  /**
   * The panel part of exported file names (`<exportName>-<scenario>-<date>.png`);
   * defaults to the id without its page prefix ("chart-tension" → "tension").
   */
  exportName?: string;
  actions?: ReactNode;
  legend?: LegendItem[];
  /** Plot height in px; panels with many categories ask for more. */
  height?: number;
  children: ReactNode;
}

export function ChartFrame({ id, title, subtitle, units, table, exportName, actions, legend, height = CHART_HEIGHT, children }: ChartFrameProps) {
  const t = useTranslations('dashboard');
  const [open, setOpen] = useState(false);
  const frame = useRef<HTMLElement>(null);
  const fileName = panelExportName(id, exportName);
  const tableId = `${id}-table`;
  const headingId = `${id}-heading`;
  return (
    <section ref={frame} id={id} aria-labelledby={headingId} className={styles.frame} data-export-name={fileName}>
      <header className={styles.header}>
        <div>
          <h2 id={headingId} className={styles.title}>{title}</h2>
          <p className={styles.units}>
            {subtitle && `${subtitle} · `}
            <span className={styles.nowrap}>{units}</span>
          </p>
        </div>
        {/* Controls, not content: left out of the exported pictures. */}
        <div className={styles.actions} data-export-ignore="">
          <div className={styles.actionRow}>
            {actions}
            <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={tableId} onClick={() => setOpen((o) => !o)}>
              {open ? t('charts.hideTable') : t('charts.showTable')}
            </button>
          </div>
          {/* Under the toggle, not beside it: a narrow panel keeps its title on one line. */}
          <ExportButtons panel={frame} title={title} name={fileName} />
        </div>
      </header>
      <div className={styles.figure} data-chart-figure="">
        {legend && legend.length > 0 && (
          <ul className={styles.legend} aria-label={t('charts.legend', { title })}>
            {legend.map((item) => (
              <li key={item.label}>
                <span className={styles.mark} data-mark={item.mark ?? 'swatch'} style={{ color: item.color }} aria-hidden="true" />
                {item.label}
              </li>
            ))}
          </ul>
        )}
        {/* Time runs left to right in every language: the plot is laid out left to right,
            while the title, legend, tooltips and table keep the page's direction. */}
        <div className={styles.plot} style={{ height }} dir="ltr">{children}</div>
      </div>
      <div id={tableId} hidden={!open} className={styles.tableWrap} data-export-ignore="">
        {open && (
          <table className={styles.table}>
            <caption>{title}</caption>
            <thead>
              <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

/** Stands in for a chart (loading, nothing to show) at the same height, so the page does not jump. */
export function ChartPlaceholder({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  // It stands in the plot, which is laid out left to right: its text keeps the page's direction.
  const locale = useLocale();
  return (
    <div className={styles.placeholder} role="status" aria-busy={busy || undefined} dir={isLocale(locale) ? directionOf(locale) : undefined}>
      {children}
    </div>
  );
}
