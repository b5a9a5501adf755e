'use client';
/** Tooltip content for every panel: the hovered row's values, each with its unit. */
import { useLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { directionOf, isLocale } from '@/server/i18n/locales';
import type { TooltipContentProps } from 'recharts';
import styles from './tooltip-box.module.css';

export interface TooltipLine {
  label: string;
  value: string;
  color?: string;
}

export interface TooltipData {
  title: string;
  lines: TooltipLine[];
}

export function TooltipBox({ title, lines }: TooltipData) {
  // The plot is laid out left to right; its tooltip reads in the page's direction.
  const locale = useLocale();
  return (
    <div className={styles.tooltip} dir={isLocale(locale) ? directionOf(locale) : undefined}>
      <p>{title}</p>
      <ul>
        {lines.map((line) => (
          <li key={line.label}>
            <span>
              {line.color && <span className={styles.dot} style={{ color: line.color }} aria-hidden="true" />}
              {line.label}
            </span>
            <span>{line.value}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A Tooltip `content` renderer that reads the hovered data row itself (rather
 * than Recharts' per-series payload), so ranges, units and order are ours.
 */
export function rowTooltip<Row>(build: (row: Row) => TooltipData) {
  return function RowTooltip({ active, payload }: TooltipContentProps): ReactNode {
    const row: unknown = payload?.[0]?.payload;
    if (!active || row === undefined || row === null) return null;
    return <TooltipBox {...build(row as Row)} />;
  };
}
