'use client';
/**
 * The scenario dashboard: assumption controls on one side, outlook panels on
 * the other. The scenario lives in the URL (replaced as it changes, so a
 * copied link reproduces the view) and in this component's state.
 */
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import { ControlColumn } from './controls/control-column';
import { ScenarioBar } from './scenario-bar';
import { STATUS_QUO_PRESET, sameAssumptions, type DashboardState } from './scenario';
import { Scorecards } from './scorecards';
import { toSearchParams } from './url-state';
import { useForecast, useSensitivity } from './use-outlooks';
import styles from './dashboard.module.css';

// The charts (Recharts) load after the first paint: the scorecards show at once,
// and the first-load bundle stays small. Same height placeholder, no layout shift.
const Panels = dynamic(() => import('./panels').then((m) => m.Panels), {
  ssr: false,
  loading: () => <div className={styles.panelsLoading} role="status">Loading charts…</div>,
});

interface Props {
  description: ModelDescription;
  initial: DashboardState;
  /** Why the link could not be read (the page then shows the status quo). */
  urlProblems: string[];
}

export function Dashboard({ description, initial, urlProblems }: Props) {
  const [state, setState] = useState(initial);
  const [controlsOpen, setControlsOpen] = useState(false);
  const input = useMemo(() => ({ assumptions: state.assumptions, horizonMonths: state.horizonMonths }), [state.assumptions, state.horizonMonths]);
  const forecast = useForecast(input);
  const sensitivity = useSensitivity(input);

  useEffect(() => {
    const query = toSearchParams(state).toString();
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  }, [state]);

  const preset = description.presets.find((p) => p.id === state.presetId);
  const change = useCallback(
    (id: keyof Assumptions, value: unknown) => setState((s) => ({ ...s, assumptions: { ...s.assumptions, [id]: value } })),
    [],
  );
  const chooseOutlook = useCallback((outlook: DashboardState['outlook']) => setState((s) => ({ ...s, outlook })), []);
  const applyPreset = (id: string) => {
    const chosen = description.presets.find((p) => p.id === id);
    if (chosen) setState((s) => ({ ...s, presetId: id, assumptions: { ...chosen.assumptions } }));
  };
  const atStatusQuo = sameAssumptions(state.assumptions, description.statusQuo);
  const shownResult = forecast.shown?.data;

  return (
    <div className={styles.layout}>
      <button type="button" className={styles.controlsToggle} aria-expanded={controlsOpen} aria-controls="assumptions" onClick={() => setControlsOpen((o) => !o)}>
        {controlsOpen ? 'Hide assumptions' : 'Show assumptions'}
      </button>
      <aside id="assumptions" aria-label="Assumptions" className={`${styles.controls} ${controlsOpen ? styles.controlsOpen : ''}`}>
        <ScenarioBar
          presets={description.presets}
          presetId={state.presetId}
          modified={preset !== undefined && !sameAssumptions(preset.assumptions, state.assumptions)}
          horizonMonths={state.horizonMonths}
          atStatusQuo={atStatusQuo}
          onPreset={applyPreset}
          onHorizon={(horizonMonths) => setState((s) => ({ ...s, horizonMonths }))}
          onResetAll={() => setState((s) => ({ ...s, presetId: STATUS_QUO_PRESET, assumptions: { ...description.statusQuo } }))}
        />
        <ControlColumn description={description} assumptions={state.assumptions} onChange={change} />
      </aside>
      <main className={styles.main} data-shown-input={forecast.shown?.key ?? ''} data-busy={forecast.busy ? 'true' : 'false'} aria-busy={forecast.busy}>
        <header className={styles.header}>
          <h1>Peninsula Outlook</h1>
          <p className={styles.subtitle}>
            {preset ? preset.name : atStatusQuo ? 'Status quo' : 'Custom scenario'}
            {preset && !sameAssumptions(preset.assumptions, state.assumptions) ? ' (modified)' : ''} · next {state.horizonMonths} months ·
            model {description.modelVersion} · <a href="/methodology">Methodology</a>
          </p>
        </header>
        {urlProblems.length > 0 && (
          <p role="status" className={styles.notice}>
            The link&rsquo;s scenario could not be read ({urlProblems.join('; ')}), so the status quo is shown instead.
          </p>
        )}
        {forecast.error && (
          <div role="alert" className={styles.error}>
            <p>The forecast could not be computed: {forecast.error.message}</p>
            <button type="button" onClick={forecast.retry}>Retry</button>
          </div>
        )}
        {shownResult ? (
          <>
            <Scorecards result={shownResult} outlooks={description.outlooks} />
            <Panels
              result={shownResult}
              sensitivity={sensitivity.shown?.data}
              description={description}
              outlook={state.outlook}
              onOutlook={chooseOutlook}
            />
          </>
        ) : (
          !forecast.error && <p className={styles.loading}>Computing the outlook…</p>
        )}
      </main>
    </div>
  );
}
