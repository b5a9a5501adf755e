'use client';
/**
 * One slide of a briefing, laid out on a fixed 1920×1080 stage (present mode
 * scales the whole stage to the screen; print mode prints it as one page). The
 * text is HTML; the charts are Recharts, loaded in the browser only.
 */
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useFormat } from '@/app/_components/format-context';
import { EVENT_COLORS, STATE_COLORS, color } from '@/app/_dashboard/charts/palette';
import type {
  AssumptionsSlide,
  AttributionSlide,
  BandSlide,
  Briefing,
  ClosingSlide,
  ComparisonSlide,
  EventSlide,
  LaunchesSlide,
  OutlookFigure,
  Slide,
  StatesSlide,
  TitleSlide,
} from './briefing';
import { STATUS_QUO_COLOR, STATUS_QUO_DASH, scenarioStyle } from './series-style';
import styles from './presentation.module.css';

const chartLoading = () => <div className={styles.chartLoading} />;
const EventChart = dynamic(() => import('./slide-charts').then((m) => m.EventChart), { ssr: false, loading: chartLoading });
const LaunchesChart = dynamic(() => import('./slide-charts').then((m) => m.LaunchesChart), { ssr: false, loading: chartLoading });
const BandChart = dynamic(() => import('./slide-charts').then((m) => m.BandChart), { ssr: false, loading: chartLoading });
const StatesChart = dynamic(() => import('./slide-charts').then((m) => m.StatesChart), { ssr: false, loading: chartLoading });
const AttributionChart = dynamic(() => import('./slide-charts').then((m) => m.AttributionChart), { ssr: false, loading: chartLoading });

/** How many charts a slide draws: print mode waits for all of them. */
export function chartCount(slide: Slide): number {
  switch (slide.kind) {
    case 'event':
    case 'launches':
    case 'band':
      return 1;
    case 'states':
      return slide.panels.length;
    case 'attribution':
    case 'difference':
      return slide.bars.length > 0 ? 1 : 0;
    default:
      return 0;
  }
}

/** Long headlines get a smaller size, so every one fits in three lines at most. */
function headlineClass(text: string): string {
  if (text.length <= 64) return styles.headlineXl!;
  if (text.length <= 120) return styles.headlineL!;
  if (text.length <= 175) return styles.headlineM!;
  return styles.headlineS!;
}

const TONE_CLASS = { worse: styles.worse, better: styles.better, same: styles.same } as const;

type Translate = ReturnType<typeof useTranslations<'briefing'>>;

function kickerOf(t: Translate, slide: Slide): string {
  switch (slide.kind) {
    case 'event':
    case 'launches':
    case 'band':
      return `${t('slide.kickers.outlook')} · ${slide.label}`;
    case 'attribution':
    case 'difference':
      return `${t(`slide.kickers.${slide.kind}`)} · ${slide.label}`;
    default:
      return t(`slide.kickers.${slide.kind}`);
  }
}

/** "12 months" in the page's language and digits. */
function useMonths() {
  const t = useTranslations('briefing');
  const format = useFormat();
  return (count: number) => t('months', { count, n: format.number(count) });
}

interface SlideProps {
  slide: Slide;
  briefing: Briefing;
  index: number;
  onChartReady?: () => void;
}

/**
 * Text-heavy bodies (tables, sources) whose length depends on the scenarios:
 * set smaller, if they must be, to fit the room left under the headline. CSS
 * zoom re-lays the text out at the smaller size across the full width (so it
 * rewraps instead of leaving a margin), and never shrinks below 60%.
 */
function FitBox({ children }: { children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const fit = () => {
      const o = outer.current;
      const i = inner.current;
      if (!o || !i || o.clientHeight === 0) return;
      // Heights in the stage's own pixels, whatever the stage's scale on screen.
      const stageScale = o.getBoundingClientRect().height / o.clientHeight || 1;
      const shown = () => i.getBoundingClientRect().height / stageScale;
      let zoom = 1;
      i.style.zoom = '1';
      for (let step = 0; step < 6 && shown() > o.clientHeight + 0.5; step++) {
        zoom = Math.max(0.6, zoom * (o.clientHeight / shown()) - 0.005);
        i.style.zoom = String(zoom);
      }
      i.dataset.fit = zoom.toFixed(3);
    };
    fit();
    let live = true;
    void document.fonts?.ready.then(() => live && fit());
    return () => { live = false; };
  }, [children]);
  return (
    <div ref={outer} className={styles.fitOuter}>
      <div ref={inner} className={styles.fitInner}>{children}</div>
    </div>
  );
}

function Frame({ slide, briefing, index, children, bodyClass, fit = false }: Omit<SlideProps, 'onChartReady'> & { children: ReactNode; bodyClass?: string; fit?: boolean }) {
  const t = useTranslations('briefing');
  const format = useFormat();
  return (
    <>
      <header className={styles.head}>
        <p className={styles.kicker}>{kickerOf(t, slide)}</p>
        <h1 className={`${styles.headline} ${headlineClass(slide.headline)}`} data-role="headline">{slide.headline}</h1>
        {slide.subtitle && <p className={styles.subtitle}>{slide.subtitle}</p>}
      </header>
      <div className={`${styles.body} ${bodyClass ?? ''}`} data-role="body">{fit ? <FitBox>{children}</FitBox> : children}</div>
      <footer className={styles.foot}>
        <span>Peninsula Outlook · {briefing.title}</span>
        {/* In Arabic script a middle dot beside digits reads as a zero (٠): a bar there instead. */}
        <span>{dateOf(briefing)}{briefing.locale === 'ar' || briefing.locale === 'fa' ? ' | ' : ' · '}<bdi>{t('present.counter', { current: format.number(index + 1), total: format.number(briefing.slides.length) })}</bdi></span>
      </footer>
    </>
  );
}

function dateOf(briefing: Briefing): string {
  const title = briefing.slides.find((s): s is TitleSlide => s.kind === 'title');
  return title?.dateText ?? briefing.date;
}

function Swatch({ stroke, dash }: { stroke: string; dash?: string }) {
  return (
    <svg className={styles.swatch} viewBox="0 0 48 12" aria-hidden="true">
      <line x1="0" x2="48" y1="6" y2="6" stroke={stroke} strokeWidth={dash ? 5 : 7} strokeDasharray={dash} />
    </svg>
  );
}

interface LegendItem {
  label: string;
  stroke: string;
  /** A line (optionally dashed), a filled box (bars, areas) or a pale box (an 80% band). */
  mark: 'line' | 'fill' | 'band';
  dash?: string;
}

/** The series drawn, as a row of swatches over the chart. */
function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className={styles.legend}>
      {items.map((item) => (
        <li key={item.label}>
          {item.mark === 'line'
            ? <Swatch stroke={item.stroke} dash={item.dash} />
            : <span className={item.mark === 'band' ? styles.bandSwatch : styles.fillSwatch} style={{ background: item.stroke }} aria-hidden="true" />}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** The scenario colour of a series, or the outlook's own colour when a single scenario is shown. */
function scenarioColor(briefing: Briefing, index: number, single: string): string {
  return briefing.scenarios.length === 1 ? single : scenarioStyle(index).stroke;
}

function outlookColor(slide: EventSlide | LaunchesSlide | BandSlide): string {
  switch (slide.kind) {
    case 'event': return EVENT_COLORS[slide.outlook];
    case 'launches': return color('launches');
    case 'band': return color(slide.outlook === 'tensionIndex' ? 'tension' : 'arsenal');
  }
}

function seriesLegend(t: Translate, slide: EventSlide | LaunchesSlide | BandSlide, briefing: Briefing): LegendItem[] {
  const bars = slide.kind === 'launches';
  const items: LegendItem[] = slide.series.map((s) => {
    if (s.role === 'statusQuo') return { label: s.name, stroke: STATUS_QUO_COLOR, mark: bars ? 'fill' : 'line', dash: STATUS_QUO_DASH };
    const single = briefing.scenarios.length === 1;
    const style = scenarioStyle(s.scenarioIndex ?? 0);
    return { label: s.name, stroke: single ? outlookColor(slide) : style.stroke, mark: bars ? 'fill' : 'line', dash: single ? undefined : style.dash };
  });
  if (slide.kind === 'band') items.push({ label: t('slide.range80'), stroke: briefing.scenarios.length === 1 ? outlookColor(slide) : '#7b848e', mark: 'band' });
  return items;
}

/** The horizon figure(s) beside a chart: one big number, or one row per compared scenario. */
function Figures({ figures, horizon, briefing, single }: { figures: OutlookFigure[]; horizon: number; briefing: Briefing; single: string }) {
  const t = useTranslations('briefing');
  const months = useMonths();
  if (figures.length === 1) {
    const f = figures[0]!;
    return (
      <aside className={styles.figure}>
        <p className={styles.figureLabel}>{t('slide.at', { duration: months(horizon) })}</p>
        <p className={styles.figureValue} style={{ color: single }} data-role="figure">
          {f.valueText}
          {f.unitText && <span className={styles.figureUnit}>{f.unitText}</span>}
        </p>
        <p className={styles.figureRange}>{t('slide.rangeValue', { range: f.rangeText })}</p>
        <dl className={styles.figureFacts}>
          <div><dt>{t('statusQuo')}</dt><dd>{f.statusQuoText}</dd></div>
          <div><dt>{t('slide.change')}</dt><dd className={TONE_CLASS[f.tone]}>{f.changeText}</dd></div>
        </dl>
      </aside>
    );
  }
  return (
    <aside className={styles.figureList}>
      <p className={styles.figureLabel}>{t('slide.at', { duration: months(horizon) })}</p>
      <ol>
        {figures.map((f, i) => (
          <li key={i} style={{ '--line': scenarioColor(briefing, i, single) } as CSSProperties}>
            <span className={styles.figureName}>{f.scenario}</span>
            <span className={styles.figureMean}>
              {f.valueText}
              {f.unitText && <span className={styles.figureMeanUnit}>{f.unitText}</span>}
            </span>
             <span className={styles.figureSmall}>{t('slide.rangeValue', { range: f.rangeText })} · <span className={TONE_CLASS[f.tone]}>{f.changeText}</span></span>
          </li>
        ))}
      </ol>
      <p className={styles.figureStatusQuo}>{t('slide.statusQuoValue', { value: figures[0]!.statusQuoText })}</p>
    </aside>
  );
}

function ChartWithLegend({ legend, children, caption }: { legend: ReactNode; children: ReactNode; caption?: string }) {
  return (
    <div className={styles.chartColumn}>
      <div className={styles.chartTop}>
        {legend}
        {caption && <span className={styles.chartCaption}>{caption}</span>}
      </div>
      <div className={styles.chart} data-role="chart">{children}</div>
    </div>
  );
}

function TitleView({ slide }: { slide: TitleSlide }) {
  const t = useTranslations('briefing');
  const format = useFormat();
  const months = useMonths();
  const compare = slide.scenarioNames.length > 1;
  return (
    <div className={styles.titleSlide}>
      <p className={styles.titleKicker}>Peninsula Outlook · {t('slide.kickers.title')}</p>
      {compare ? (
        <>
          <h1 className={styles.titleCompare} data-role="headline">{t('slide.comparing', { count: slide.scenarioNames.length, n: format.number(slide.scenarioNames.length) })}</h1>
          <ol className={styles.titleNames}>
            {slide.scenarioNames.map((name, i) => (
              <li key={i}><Swatch stroke={scenarioStyle(i).stroke} dash={scenarioStyle(i).dash} />{name}</li>
            ))}
          </ol>
        </>
      ) : (
        <>
          <h1 className={`${styles.titleName} ${slide.headline.length > 48 ? styles.titleNameLong : ''}`} data-role="headline">{slide.headline}</h1>
          {slide.description && <p className={styles.titleDescription}>{slide.description}</p>}
        </>
      )}
      <dl className={styles.titleFacts}>
        <div><dt>{t('slide.briefingDate')}</dt><dd>{slide.dateText}</dd></div>
        <div><dt>{t('slide.horizon')}</dt><dd>{months(slide.horizonMonths)}</dd></div>
        <div><dt>{t('slide.model')}</dt><dd>{t('slide.version', { version: slide.modelVersion })}</dd></div>
        {slide.savedText && <div><dt>{t('slide.scenario')}</dt><dd>{slide.savedText}</dd></div>}
      </dl>
    </div>
  );
}

function AssumptionsView({ slide }: { slide: AssumptionsSlide }) {
  const t = useTranslations('briefing');
  if (slide.emptyText) return <p className={styles.emptyText}>{slide.emptyText}</p>;
  const density = slide.rows.length > 9 ? styles.dense : slide.rows.length > 6 ? styles.medium : '';
  const compare = slide.scenarios.length > 1;
  return (
    <table className={`${styles.table} ${styles.assumptionTable} ${compare ? styles.assumptionCompare : ''} ${density}`}>
      <thead>
        <tr>
          <th scope="col">{t('slide.assumption')}</th>
          <th scope="col">{t('statusQuo')}</th>
          {compare
            ? slide.scenarios.map((name, i) => (
              <th scope="col" key={i} className={styles.scenarioHead} style={{ '--line': scenarioStyle(i).stroke } as CSSProperties}>{name}</th>
            ))
            : <th scope="col">{t('slide.thisScenario')}</th>}
        </tr>
      </thead>
      <tbody>
        {slide.rows.map((row) => (
          <tr key={row.assumption} data-assumption={row.assumption}>
            <th scope="row">
              <span className={styles.rowLabel}>{row.label}</span>
              <span className={styles.rowGroup}>{row.group}</span>
            </th>
            <td className={styles.statusQuoCell}>{row.statusQuo}</td>
            {row.values.map((value, i) => (
              <td key={i} className={row.differs[i] ? styles.changed : styles.unchanged}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OutlookView({ slide, briefing, onChartReady }: { slide: EventSlide | LaunchesSlide | BandSlide; briefing: Briefing; onChartReady?: () => void }) {
  const t = useTranslations('briefing');
  const format = useFormat();
  const single = outlookColor(slide);
  const caption = slide.kind === 'event'
    ? t('slide.captions.event')
    : slide.kind === 'launches' ? t('slide.captions.launches') : slide.unit === 'index' ? t('slide.captions.index', { min: format.number(0), max: format.number(100) }) : t('slide.captions.warheads');
  return (
    <>
      <ChartWithLegend legend={<Legend items={seriesLegend(t, slide, briefing)} />} caption={caption}>
        {slide.kind === 'event' && <EventChart slide={slide} onReady={onChartReady} />}
        {slide.kind === 'launches' && <LaunchesChart slide={slide} onReady={onChartReady} />}
        {slide.kind === 'band' && <BandChart slide={slide} onReady={onChartReady} />}
      </ChartWithLegend>
      <Figures figures={slide.figures} horizon={briefing.horizonMonths} briefing={briefing} single={single} />
    </>
  );
}

function StatesView({ slide, briefing, onChartReady }: { slide: StatesSlide; briefing: Briefing; onChartReady?: () => void }) {
  const t = useTranslations('briefing');
  const format = useFormat();
  const months = useMonths();
  const first = slide.panels[0]!;
  const legend: LegendItem[] = first.states.map((s) => ({ label: s.label, stroke: STATE_COLORS[s.id], mark: 'fill' }));
  if (slide.panels.length === 1) {
    const last = first.months.length - 1;
    return (
      <>
        <ChartWithLegend legend={<Legend items={legend} />} caption={t('slide.captions.states')}>
          <StatesChart panel={first} compact={false} onReady={onChartReady} />
        </ChartWithLegend>
        <aside className={styles.stateShares}>
          <p className={styles.figureLabel}>{t('slide.at', { duration: months(briefing.horizonMonths) })}</p>
          <ol>
            {first.states.map((s) => (
              <li key={s.id} className={s.id === first.leading.id ? styles.leading : ''}>
                <span className={styles.stateChip} style={{ background: STATE_COLORS[s.id] }} aria-hidden="true" />
                <span className={styles.stateName}>{s.label}</span>
                <span className={styles.stateShare}>{format.percent(Math.round(s.values[last]! * 100) / 100)}</span>
              </li>
            ))}
          </ol>
        </aside>
      </>
    );
  }
  return (
    <div className={styles.statesGrid}>
      <div className={styles.chartTop}><Legend items={legend} /><span className={styles.chartCaption}>{t('slide.captions.states')}</span></div>
      <div className={`${styles.panels} ${slide.panels.length === 3 ? styles.panelsThree : slide.panels.length === 4 ? styles.panelsFour : ''}`}>
        {slide.panels.map((panel) => (
          <figure key={panel.scenarioIndex} className={styles.panel} style={{ '--line': scenarioStyle(panel.scenarioIndex).stroke } as CSSProperties}>
            <figcaption>
              <span className={styles.panelName}>{panel.scenario}</span>
              <span className={styles.panelLead}>{t('slide.panelLead', { state: panel.leading.label, share: format.percent(Math.round(panel.leading.share * 100) / 100), duration: months(briefing.horizonMonths) })}</span>
            </figcaption>
            <div className={styles.panelChart} data-role="chart">
              <StatesChart panel={panel} compact onReady={onChartReady} />
            </div>
          </figure>
        ))}
      </div>
    </div>
  );
}

function AttributionView({ slide, onChartReady }: { slide: AttributionSlide; onChartReady?: () => void }) {
  const t = useTranslations('briefing');
  if (slide.bars.length === 0) return <p className={styles.emptyText}>{slide.notes}</p>;
  const tone = slide.total > 0 ? color('raises') : color('lowers');
  return (
    <>
      <ChartWithLegend
        legend={<Legend items={[{ label: t('slide.raisesIt'), stroke: color('raises'), mark: 'fill' }, { label: t('slide.lowersIt'), stroke: color('lowers'), mark: 'fill' }]} />}
        caption={slide.kind === 'difference' ? t(`slide.captions.difference.${slide.unit}`) : t(`slide.captions.change.${slide.unit}`)}
      >
        <AttributionChart slide={slide} onReady={onChartReady} />
      </ChartWithLegend>
      <aside className={styles.fromTo}>
        <div>
          <p className={styles.fromToLabel}>{slide.from.label}</p>
          <p className={`${styles.fromToValue} ${slide.from.text.length > 10 ? styles.fromToValueLong : ''}`}>{slide.from.text}</p>
        </div>
        <div className={styles.fromToChange}>
          <p className={styles.figureLabel}>{t('slide.change')}</p>
          <p className={styles.fromToChangeValue} style={{ color: tone }}>{slide.totalText}</p>
        </div>
        <div>
          <p className={styles.fromToLabel}>{slide.to.label}</p>
          <p className={`${styles.fromToValue} ${slide.to.text.length > 10 ? styles.fromToValueLong : ''}`}>{slide.to.text}</p>
        </div>
      </aside>
    </>
  );
}

function ComparisonView({ slide }: { slide: ComparisonSlide }) {
  const t = useTranslations('briefing');
  return (
    <table className={`${styles.table} ${styles.comparisonTable} ${slide.scenarios.length > 2 ? styles.comparisonWide : ''}`}>
      <thead>
        <tr>
          <th scope="col">{t('slide.outlook')}</th>
          <th scope="col">{t('statusQuo')}</th>
          {slide.scenarios.map((name, i) => (
            <th scope="col" key={i} className={styles.scenarioHead} style={{ '--line': scenarioStyle(i).stroke } as CSSProperties}>{name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {slide.rows.map((row) => (
          <tr key={row.outlook} data-outlook={row.outlook}>
            <th scope="row"><span className={styles.rowLabel}>{row.label}</span></th>
            <td className={styles.statusQuoCell}>{row.statusQuoText}</td>
            {row.cells.map((cell, i) => (
              <td key={i}>
                <span className={styles.cellMean}>{cell.meanText}</span>
                <span className={styles.cellDetail}>
                  {cell.rangeText} · <span className={TONE_CLASS[cell.tone]}>{cell.changeText}</span>
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ClosingView({ slide }: { slide: ClosingSlide }) {
  const t = useTranslations('briefing');
  return (
    <div className={styles.closing}>
      <section>
        <h2 className={styles.sectionTitle}>{t('slide.sourcesCited')}</h2>
        <ol className={`${styles.sources} ${slide.sources.length > 10 ? styles.sourcesDense : ''}`}>
          {slide.sources.map((s) => (
            <li key={s.id}>
              <span className={styles.sourceTitle}>{s.title}</span>
              <span className={styles.sourceFile}>{s.file}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className={styles.method}>
        <div>
          <h2 className={styles.sectionTitle}>{t('slide.method')}</h2>
          <p>{slide.method}</p>
        </div>
        <dl className={styles.methodFacts}>
          <div><dt>{t('slide.modelVersion')}</dt><dd>{slide.modelVersion}</dd></div>
          <div><dt>{t('slide.modelCard')}</dt><dd>{t('slide.methodologyPage')}</dd></div>
        </dl>
      </section>
    </div>
  );
}

export function SlideView({ slide, briefing, index, onChartReady }: SlideProps) {
  if (slide.kind === 'title') return <TitleView slide={slide} />;
  const frame = { slide, briefing, index };
  switch (slide.kind) {
    case 'assumptions':
      return <Frame {...frame} fit><AssumptionsView slide={slide} /></Frame>;
    case 'comparison':
      return <Frame {...frame} fit><ComparisonView slide={slide} /></Frame>;
    case 'event':
    case 'launches':
    case 'band':
      return <Frame {...frame} bodyClass={styles.bodySplit}><OutlookView slide={slide} briefing={briefing} onChartReady={onChartReady} /></Frame>;
    case 'states':
      return (
        <Frame {...frame} bodyClass={slide.panels.length === 1 ? styles.bodySplit : undefined}>
          <StatesView slide={slide} briefing={briefing} onChartReady={onChartReady} />
        </Frame>
      );
    case 'attribution':
    case 'difference':
      return <Frame {...frame} bodyClass={slide.bars.length ? `${styles.bodySplit} ${styles.bodySplitNarrow}` : undefined}><AttributionView slide={slide} onChartReady={onChartReady} /></Frame>;
    case 'closing':
      return <Frame {...frame} fit><ClosingView slide={slide} /></Frame>;
  }
}
