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
import type { Scenario } from '@/server/scenarios/schema';
import { ExportNameProvider } from '@/app/_components/export-name';
import { ControlColumn } from './controls/control-column';
import { SaveDialog, type SaveTarget } from './save/save-dialog';
import type { OpenScenario } from './save/open-scenario';
import { useSaveShortcut } from './save/use-save-shortcut';
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
  /** The saved scenario the link named, as loaded. */
  opened: OpenScenario | null;
  /** Why the named saved scenario could not be opened. */
  openProblem: string | null;
  /** A read-only shared link's view: every control disabled, nothing to save, no URL state. */
  shared?: SharedView | null;
}

/** How long the scenario must be still before the address bar is updated. */
const URL_SETTLE_MS = 200;

export interface SharedView {
  token: string;
  name: string;
  description: string;
  updatedAt: string;
}

export function Dashboard({ description, initial, urlProblems, opened, openProblem, shared = null }: Props) {
  const [state, setState] = useState(initial);
  const [controlsOpen, setControlsOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  // The saved scenario's details and content as last saved (for "unsaved changes").
  const [saved, setSaved] = useState(() => (opened && initial.saved ? opened.scenario : null));
  const openSaveDialog = useCallback(() => {
    if (!shared) setSaving(true);
  }, [shared]);
  useSaveShortcut(openSaveDialog);
  const input = useMemo(() => ({ assumptions: state.assumptions, horizonMonths: state.horizonMonths }), [state.assumptions, state.horizonMonths]);
  const forecast = useForecast(input);
  const sensitivity = useSensitivity(input);

  useEffect(() => {
    if (shared) return; // the link is the token; the shared view has no state of its own to keep
    // Written once the scenario has been still for a moment: each history write costs
    // ~5 ms here (and Next re-renders its router on it), on every key press of a drag.
    const timer = setTimeout(() => {
      const query = toSearchParams(state).toString();
      window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
    }, URL_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [state, shared]);

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
  const saveTarget: SaveTarget | null = saved && state.saved ? { ...saved, version: state.saved.version } : null;
  const unsaved = saved !== null && (!sameAssumptions(saved.assumptions, state.assumptions) || saved.horizonMonths !== state.horizonMonths);
  const query = toSearchParams(state).toString();
  const present = shared ? `/shared/${shared.token}/present` : `/present${query ? `?${query}` : ''}`;
  const title = shared ? `“${shared.name}” (read-only)` : saved ? `“${saved.name}”` : preset ? preset.name : atStatusQuo ? 'Status quo' : 'Custom scenario';
  const onSaved = useCallback((scenario: Scenario) => {
    setSaved(scenario);
    setState((s) => ({ ...s, presetId: null, saved: { id: scenario.id, version: scenario.version } }));
  }, []);

  return (
    <div className={styles.layout}>
      <button type="button" className={styles.controlsToggle} aria-expanded={controlsOpen} aria-controls="assumptions" onClick={() => setControlsOpen((o) => !o)}>
        {controlsOpen ? 'Hide assumptions' : 'Show assumptions'}
      </button>
      <aside id="assumptions" aria-label="Assumptions" className={`${styles.controls} ${controlsOpen ? styles.controlsOpen : ''}`}>
        {/* A disabled fieldset disables every control inside it, natively and for assistive technology. */}
        <fieldset disabled={shared !== null} className={styles.controlsFieldset}>
        {shared && <p className={styles.readOnlyNote}>Read-only shared view: the assumptions cannot be changed here.</p>}
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
        </fieldset>
      </aside>
      <main className={styles.main} data-shown-input={forecast.shown?.key ?? ''} data-busy={forecast.busy ? 'true' : 'false'} aria-busy={forecast.busy}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <h1>Peninsula Outlook</h1>
            <nav aria-label="Pages" className={styles.nav}>
              {!shared && <a href="/scenarios">Saved scenarios</a>}
              <a href="/methodology">Methodology</a>
              <a href={present}>Present</a>
              {!shared && (
                <>
                  <a href={`/api/briefing/pptx${query ? `?${query}` : ''}`} download>PowerPoint</a>
                  <a href={`/api/briefing/pdf${query ? `?${query}` : ''}`} download>PDF</a>
                  <button type="button" className={styles.saveButton} onClick={openSaveDialog} aria-keyshortcuts="Control+S Meta+S" title="Save (Ctrl+S / ⌘S)">
                    {saveTarget ? 'Save…' : 'Save scenario…'}
                  </button>
                </>
              )}
            </nav>
          </div>
          <p className={styles.subtitle} data-testid="scenario-title">
            {title}
            {saved ? ` · version ${state.saved?.version ?? saved.version}` : ''}
            {unsaved ? ' (unsaved changes)' : ''}
            {!saved && preset && !sameAssumptions(preset.assumptions, state.assumptions) ? ' (modified)' : ''} · next {state.horizonMonths} months ·
            model {description.modelVersion}
          </p>
        </header>
        {opened?.recomputed && saved && (
          <p role="status" className={styles.notice}>
            This scenario was saved with model {opened.scenario.modelVersion}; its outlooks are recomputed with the current model,{' '}
            {opened.currentModelVersion}, and may differ from what was shown then.
          </p>
        )}
        {openProblem && <p role="status" className={styles.notice}>{openProblem}</p>}
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
            <ExportNameProvider name={shared?.name ?? saved?.name ?? preset?.name ?? (atStatusQuo ? 'Status quo' : 'Custom scenario')}>
            <Panels
              result={shownResult}
              sensitivity={sensitivity.shown?.data}
              description={description}
              outlook={state.outlook}
              onOutlook={chooseOutlook}
            />
            </ExportNameProvider>
          </>
        ) : (
          !forecast.error && <p className={styles.loading}>Computing the outlook…</p>
        )}
      </main>
      {!shared && <SaveDialog
        open={saving}
        onClose={() => setSaving(false)}
        target={saveTarget}
        assumptions={state.assumptions}
        horizonMonths={state.horizonMonths}
        onSaved={onSaved}
      />}
    </div>
  );
}
