'use client';
/**
 * The PNG and SVG buttons of a chart panel. PNG: the whole panel (title, units,
 * legend, plot) drawn by html-to-image at twice its pixel size on white. SVG: the
 * same panel rebuilt as a standalone vector file (export-svg.ts). Files are named
 * `<panel>-<scenario>-<YYYY-MM-DD>.<ext>`; the scenario comes from ExportNameContext.
 */
import { useTranslations } from 'next-intl';
import { useState, type RefObject } from 'react';
import { downloadBlob } from '@/app/_lib/download-blob';
import { exportFileName } from './export-names';
import { useExportName } from './export-name';
import { exportBox, isExported, panelToSvg } from './export-svg';
import styles from './chart-frame.module.css';

/** PNGs are drawn at twice the panel's CSS size: sharp on slides and in print. */
export const PNG_PIXEL_RATIO = 2;

type Format = 'png' | 'svg';

async function panelToPng(panel: HTMLElement): Promise<Blob> {
  const { toBlob } = await import('html-to-image');
  const { width, height } = exportBox(panel);
  const blob = await toBlob(panel, {
    width,
    height,
    pixelRatio: PNG_PIXEL_RATIO,
    backgroundColor: '#ffffff',
    // System fonts only: nothing to embed, and no stylesheet fetched again.
    skipFonts: true,
    filter: isExported,
    // The clone stands alone: no margin, painted even where the page skips painting (content-visibility), no focus ring.
    style: { margin: '0', contentVisibility: 'visible', outline: 'none' } as Partial<CSSStyleDeclaration>,
  });
  if (!blob) throw new Error('the browser returned no image');
  return blob;
}

interface ExportButtonsProps {
  panel: RefObject<HTMLElement | null>;
  /** The panel's visible title: the buttons' labels and the SVG's <title>. */
  title: string;
  /** The panel part of the file name ("tension"). */
  name: string;
}

export function ExportButtons({ panel, title, name }: ExportButtonsProps) {
  const t = useTranslations('dashboard');
  const scenario = useExportName();
  const [busy, setBusy] = useState<Format | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(format: Format) {
    const element = panel.current;
    if (!element || busy) return;
    setBusy(format);
    setProblem(null);
    try {
      const fileName = exportFileName(name, scenario, new Date(), format);
      const blob = format === 'png'
        ? await panelToPng(element)
        : new Blob([panelToSvg(element, title)], { type: 'image/svg+xml;charset=utf-8' });
      downloadBlob(blob, fileName);
    } catch (error) {
      const kind = format.toUpperCase();
      setProblem(error instanceof Error && error.message
        ? t('charts.exportFailedWhy', { format: kind, message: error.message })
        : t('charts.exportFailed', { format: kind }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <span className={styles.exports} role="group" aria-label={t('charts.download', { title })}>
        {(['png', 'svg'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className={styles.exportButton}
            aria-label={t('charts.downloadAs', { title, format: format.toUpperCase() })}
            title={format === 'png' ? t('charts.downloadPng') : t('charts.downloadSvg')}
            aria-busy={busy === format || undefined}
            disabled={busy !== null}
            onClick={() => void run(format)}
          >
            {format.toUpperCase()}
          </button>
        ))}
      </span>
      {problem && <span role="alert" className={styles.exportProblem}>{problem}</span>}
    </>
  );
}

