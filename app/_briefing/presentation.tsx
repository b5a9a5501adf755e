'use client';
/**
 * Present mode: a briefing's slides full screen, one at a time, on a 16:9 stage
 * scaled to fit the window. Keys: → Space PageDown next, ← PageUp back, Home
 * and End, N for the speaker notes, Esc to leave. The slide number is kept in
 * the URL hash (#3), so a reload stays on the slide.
 *
 * Right to left (Hebrew, Arabic, Persian): a deck reads from right to left, so the
 * horizontal arrows follow the reading direction: ← is forward (next) and → back;
 * the on-screen buttons mirror with them (next on the left, pointing left). ↓/↑,
 * Space/Shift+Space and PageDown/PageUp keep their meaning in every language.
 *
 * `print` lays every slide out as one landscape page each, without controls,
 * and sets data-print-ready="true" on the root once every chart has drawn: the
 * PDF route prints that. Nothing here edits anything, so the same component
 * serves read-only shared links.
 */
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useFormat } from '@/app/_components/format-context';
import { directionOf } from '@/server/i18n/locales';
import { downloadBlob } from '@/app/_lib/download-blob';
import type { Briefing } from './briefing';
import { slideFromHash } from './hash';
import { SlideView, chartCount } from './slides';
import styles from './presentation.module.css';

export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export interface PresentationProps {
  briefing: Briefing;
  /** Where Esc and the Leave button go: the page the presentation was opened from. */
  leaveHref: string;
  /** The Leave button's words, e.g. "Back to the dashboard". */
  leaveLabel?: string;
  /** The briefing as a PDF (GET, answers an attachment); null hides the button. */
  pdfHref?: string | null;
  /** The briefing as PowerPoint (same parameters, and the locale); null hides the button. */
  pptxHref?: string | null;
  /** Every slide as a page, no controls: the PDF's layout. */
  print?: boolean;
}

export function Presentation(props: PresentationProps) {
  return props.print ? <PrintLayout briefing={props.briefing} /> : <Present {...props} />;
}

/** Counts charts that have drawn, and says when all `total` have. */
function useChartsReady(total: number, key: unknown) {
  const [drawn, setDrawn] = useState(0);
  // Start again when the set of charts changes (another slide).
  const [seen, setSeen] = useState(key);
  if (seen !== key) {
    setSeen(key);
    setDrawn(0);
  }
  const onChartReady = useCallback(() => setDrawn((n) => n + 1), []);
  return { ready: drawn >= total, onChartReady };
}

function PrintLayout({ briefing }: { briefing: Briefing }) {
  const total = useMemo(() => briefing.slides.reduce((n, s) => n + chartCount(s), 0), [briefing]);
  const { ready: chartsReady, onChartReady } = useChartsReady(total, briefing);
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => live && setFontsReady(true));
    return () => { live = false; };
  }, []);
  return (
    <div className={styles.printRoot} data-print-ready={chartsReady && fontsReady ? 'true' : 'false'} data-slide-count={briefing.slides.length}>
      {briefing.slides.map((slide, i) => (
        <article key={slide.id} className={`${styles.slide} ${styles.printSlide} ${slide.kind === 'title' ? styles.slideTitle : ''}`} data-slide={slide.id}>
          <SlideView slide={slide} briefing={briefing} index={i} onChartReady={onChartReady} />
        </article>
      ))}
    </div>
  );
}

function Present({ briefing, leaveHref, leaveLabel, pdfHref = null, pptxHref = null }: PresentationProps) {
  const t = useTranslations('briefing');
  const format = useFormat();
  const rtl = directionOf(briefing.locale) === 'rtl';
  const count = briefing.slides.length;
  const [index, setIndex] = useState(0);
  const [notesOpen, setNotesOpen] = useState(false);
  const [scale, setScale] = useState<number | null>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const [pdf, setPdf] = useState<{ busy: boolean; problem: string | null }>({ busy: false, problem: null });
  const viewport = useRef<HTMLDivElement>(null);
  const slide = briefing.slides[index]!;
  const { ready: slideReady, onChartReady } = useChartsReady(chartCount(slide), slide);

  // The hash names the slide: read it first (before the stage shows), then follow it.
  useLayoutEffect(() => {
    const fromHash = slideFromHash(window.location.hash, count);
    if (fromHash !== null) setIndex(fromHash);
    const onHash = () => {
      const next = slideFromHash(window.location.hash, count);
      if (next !== null) setIndex(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [count]);

  useEffect(() => {
    const hash = `#${index + 1}`;
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  }, [index]);

  // Scale the 1920×1080 stage to the space left by the toolbar and notes.
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      if (width > 0 && height > 0) setScale(Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const go = useCallback((to: number) => setIndex(Math.min(Math.max(to, 0), count - 1)), [count]);
  // A full navigation: the page left behind starts afresh, as if opened from a link.
  const leave = useCallback(() => window.location.assign(leaveHref), [leaveHref]);
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const actions: Record<string, () => void> = {
        // The reading direction: in RTL the next slide is to the left.
        ArrowRight: () => go(index + (rtl ? -1 : 1)),
        ArrowDown: () => go(index + 1),
        ' ': () => go(index + (event.shiftKey ? -1 : 1)),
        PageDown: () => go(index + 1),
        ArrowLeft: () => go(index + (rtl ? 1 : -1)),
        ArrowUp: () => go(index - 1),
        PageUp: () => go(index - 1),
        Home: () => go(0),
        End: () => go(count - 1),
        Escape: leave,
        n: () => setNotesOpen((open) => !open),
        N: () => setNotesOpen((open) => !open),
        f: toggleFullscreen,
        F: toggleFullscreen,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, count, leave, toggleFullscreen, rtl]);

  const downloadPdf = useCallback(async () => {
    if (!pdfHref) return;
    setPdf({ busy: true, problem: null });
    try {
      const response = await fetch(pdfHref);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        throw new Error(body?.message ?? t('present.pdfFailedStatus', { status: String(response.status) }));
      }
      downloadBlob(await response.blob(), `${briefing.fileStem}.pdf`);
      setPdf({ busy: false, problem: null });
    } catch (error) {
      setPdf({ busy: false, problem: error instanceof Error ? error.message : t('present.pdfFailed') });
    }
  }, [pdfHref, briefing.fileStem, t]);
  const back = rtl ? '→' : '←';
  const forward = rtl ? '←' : '→';

  return (
    <div className={styles.root} data-slide-index={index + 1} data-slide-ready={scale !== null && slideReady ? 'true' : 'false'}>
      <div className={styles.viewport} ref={viewport} data-role="viewport">
        <article
          className={`${styles.slide} ${styles.stage} ${slide.kind === 'title' ? styles.slideTitle : ''}`}
          style={{ transform: `translate(-50%, -50%) scale(${scale ?? 1})`, visibility: scale === null ? 'hidden' : 'visible' }}
          data-slide={slide.id}
          aria-roledescription="slide"
          aria-label={t('present.slideOf', { current: format.number(index + 1), total: format.number(count) })}
          aria-live="polite"
        >
          <SlideView key={slide.id} slide={slide} briefing={briefing} index={index} onChartReady={onChartReady} />
        </article>
      </div>
      {notesOpen && (
        <aside className={styles.notes} aria-label={t('present.notesLabel')} data-role="notes">
          <h2>{t('present.notesHeading', { n: format.number(index + 1) })}</h2>
          {slide.notes.split(/\n{2,}|\n/).filter(Boolean).map((paragraph, i) => <p key={i}>{paragraph}</p>)}
        </aside>
      )}
      <nav className={styles.toolbar} aria-label={t('present.toolbar')}>
        <div className={styles.toolGroup}>
          <a className={styles.toolButton} href={leaveHref} onClick={(event) => { event.preventDefault(); leave(); }} title={t('present.leaveTitle')}>
            {back} {leaveLabel ?? t('present.leave')}
          </a>
          <span className={styles.deckTitle}>{briefing.title}</span>
        </div>
        <div className={styles.toolGroup}>
          {/* In RTL the row mirrors: previous on the right pointing right, next on the left pointing left. */}
          <button type="button" className={styles.toolButton} onClick={() => go(index - 1)} disabled={index === 0} aria-label={t('present.previous')} title={t('present.previousTitle', { key: back })} data-role="previous">{rtl ? '›' : '‹'}</button>
          <span className={styles.counter} data-role="counter" aria-live="polite">{t('present.counter', { current: format.number(index + 1), total: format.number(count) })}</span>
          <button type="button" className={styles.toolButton} onClick={() => go(index + 1)} disabled={index === count - 1} aria-label={t('present.next')} title={t('present.nextTitle', { key: forward })} data-role="next">{rtl ? '‹' : '›'}</button>
        </div>
        <div className={`${styles.toolGroup} ${styles.toolEnd}`}>
          {pdf.problem && <span className={styles.toolProblem} role="alert">{pdf.problem}</span>}
          <button type="button" className={styles.toolButton} aria-pressed={notesOpen} onClick={() => setNotesOpen((open) => !open)} title={t('present.notesTitle')}>
            {t('present.notes')}
          </button>
          <button type="button" className={styles.toolButton} onClick={toggleFullscreen} title={t('present.fullscreenTitle')}>
            {fullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
          </button>
          {pdfHref && (
            <button type="button" className={styles.toolButton} onClick={() => void downloadPdf()} disabled={pdf.busy} aria-busy={pdf.busy}>
              {pdf.busy ? t('present.preparingPdf') : t('present.downloadPdf')}
            </button>
          )}
          {pptxHref && (
            // Same parameters as the PDF (app/api/briefing/pptx): native, editable charts, notes included.
            <a className={styles.toolButton} href={pptxHref} download={`${briefing.fileStem}.pptx`} title={t('present.pptxTitle')}>
              {t('present.downloadPptx')}
            </a>
          )}
        </div>
      </nav>
    </div>
  );
}
