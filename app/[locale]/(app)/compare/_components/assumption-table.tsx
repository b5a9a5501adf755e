'use client';
/**
 * One row per assumption, one column per scenario, values in words. Rows where
 * the scenarios differ are marked (tint, bar and the word "differs", so not by
 * colour alone), and a toggle hides the rest.
 */
import { useId, useState } from 'react';
import { useCompareWords } from './use-compare-words';
import { countDiffering, type ComparedGroup } from '../_lib/assumption-rows';
import type { Series } from '../_lib/series';
import styles from '../compare.module.css';

export function AssumptionTable({ groups, series }: { groups: ComparedGroup[]; series: Series[] }) {
  const id = useId();
  const { t, format } = useCompareWords();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const differing = countDiffering(groups);
  const total = groups.reduce((n, g) => n + g.rows.filter((r) => r.id !== 'horizonMonths').length, 0);
  const shown = groups
    .map((g) => ({ ...g, rows: onlyDifferences ? g.rows.filter((r) => r.differs) : g.rows }))
    .filter((g) => g.rows.length > 0);

  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section}>
      <div className={styles.sectionHeader}>
        <h2 id={`${id}-heading`}>{t('assumptions.title')}</h2>
        <p className={styles.sectionNote}>
          {differing === 0 ? t('assumptions.allAlike', { total: format.number(total) }) : t('assumptions.differing', { count: differing, n: format.number(differing), total: format.number(total) })}
        </p>
        <label className={styles.toggle}>
          <input type="checkbox" checked={onlyDifferences} onChange={(event) => setOnlyDifferences(event.target.checked)} />
          {t('assumptions.onlyDifferences')}
        </label>
      </div>
      <div className={styles.tableWrap}>
        <table className={styles.assumptions} data-columns={series.length}>
          <thead>
            <tr>
              <th scope="col">{t('assumptions.column')}</th>
              {series.map((s) => (
                <th key={s.id} scope="col">
                  <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          {shown.map((group) => (
            <tbody key={group.id}>
              <tr className={styles.groupRow}>
                <th scope="colgroup" colSpan={series.length + 1}>{group.label}</th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.id} data-assumption={row.id} data-differs={row.differs ? 'true' : 'false'} className={row.differs ? styles.differs : undefined}>
                  <th scope="row">
                    {row.label}
                    {/* A space before the tag, so it is read as a word of its own. */}
                    {row.differs && <>{' '}<span className={styles.differsTag}>{t('assumptions.differs')}</span></>}
                  </th>
                  {row.values.map((value, i) => <td key={series[i]?.id ?? i}>{value}</td>)}
                </tr>
              ))}
            </tbody>
          ))}
          {shown.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={series.length + 1} className={styles.emptyRow}>{t('assumptions.nothingDiffers')}</td>
              </tr>
            </tbody>
          )}
        </table>
      </div>
    </section>
  );
}
