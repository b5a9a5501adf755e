'use client';
/**
 * The scenario dashboard: assumption controls on one side, outlook panels on
 * the other. The scenario lives in the URL (replaced as it changes, so a
 * copied link reproduces the view) and in this component's state.
 */
import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AccountMenu } from '@/app/_auth/account-menu';
import { LocaleSwitcher } from '@/app/_components/locale-switcher';
import type { Locale } from '@/server/i18n/locales';
import { getPathname } from '@/server/i18n/navigation';
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
import { useWords } from './use-words';
import { plainNumber } from './words';
import styles from './dashboard.module.css';

// The charts (Recharts) load after the first paint: the scorecards show at once,
// and the first-load bundle stays small. Same height placeholder, no layout shift.
function PanelsLoading() {
  const t = useTranslations('dashboard');
  return <div className={styles.panelsLoading} role="status">{t('loadingCharts')}</div>;
}

const Panels = dynamic(() => import('./panels').then((m) => m.Panels), {
  ssr: false,
  loading: () => <PanelsLoading />,
});

/** Why the saved scenario a link named could not be opened: missing or failed, and whether the link asked for it as saved. */
export type OpenProblem = 'missingOpen' | 'missingEdit' | 'failedOpen' | 'failedEdit';

interface Props {
  description: ModelDescription;
  initial: DashboardState;
  /** Why the link could not be read (the page then shows the status quo). */
  urlProblems: string[];
  /** The saved scenario the link named, as loaded. */
  opened: OpenScenario | null;
  /** Why the named saved scenario could not be opened. */
  openProblem: OpenProblem | null;
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
  const locale = useLocale() as Locale;
  const words = useWords();
  const { t } = words;
  const common = useTranslations('common');
  const [state, setState] = useState(initial);
  const [controlsOpen, setControlsOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  // The saved scenario's details and content as last saved (for "unsaved changes").
  const [saved, setSaved] = useState(() => (opened && initial.saved ? opened.scenario : null));
  const openSaveDialog = useCallback(() => {
    if (!shared) setSaving(true);
  }, [shared]);
  useSaveShortcut(openSaveDialog);
  const input = useMemo(
    () => ({ assumptions: state.assumptions, horizonMonths: state.horizonMonths, locale }),
    [state.assumptions, state.horizonMonths, locale],
  );
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
  // The briefing routes are not under a locale prefix: they are told the language in the query.
  const briefingQuery = (() => {
    const params = new URLSearchParams(query);
    if (locale !== 'en') params.set('locale', locale);
    const text = params.toString();
    return text ? `?${text}` : '';
  })();
  const version = plainNumber(words, state.saved?.version ?? saved?.version ?? 1);
  const scenarioTitle = shared
    ? t('scenario.shared', { name: shared.name })
    : saved
      ? saved.access === 'viewer'
        ? t(unsaved ? 'scenario.viewOnlyUnsaved' : 'scenario.viewOnly', { name: saved.name, version, owner: saved.ownerName ?? '' })
        : t(unsaved ? 'scenario.savedUnsaved' : 'scenario.saved', { name: saved.name, version })
      : preset
        ? (!sameAssumptions(preset.assumptions, state.assumptions) ? t('scenario.presetModified', { name: preset.name }) : preset.name)
        : atStatusQuo ? t('scenario.statusQuo') : t('scenario.custom');
  const problemDetails = urlProblems.join('; ');
  const onSaved = useCallback((scenario: Scenario) => {
    setSaved(scenario);
    setState((s) => ({ ...s, presetId: null, saved: { id: scenario.id, version: scenario.version } }));
  }, []);

  return (
    <div className={styles.layout}>
      <button type="button" className={styles.controlsToggle} aria-expanded={controlsOpen} aria-controls="assumptions" onClick={() => setControlsOpen((o) => !o)}>
        {controlsOpen ? t('controls.hide') : t('controls.show')}
      </button>
      <aside id="assumptions" aria-label={t('controls.label')} className={`${styles.controls} ${controlsOpen ? styles.controlsOpen : ''}`}>
        {/* A disabled fieldset disables every control inside it, natively and for assistive technology. */}
        <fieldset disabled={shared !== null} className={styles.controlsFieldset}>
        {shared && <p className={styles.readOnlyNote}>{t('controls.readOnly')}</p>}
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
            <h1>{common('appName')}</h1>
            <nav aria-label={t('header.pages')} className={styles.nav}>
              {/* Plain links, full page loads: these pages have their own layouts, and a
                  client-side navigation's cancelled data request would count as a failure. */}
              {!shared && <a href={getPathname({ href: '/scenarios', locale })}>{t('header.scenarios')}</a>}
              <a href={getPathname({ href: '/methodology', locale })}>{t('header.methodology')}</a>
              <a href={getPathname({ href: present, locale })}>{t('header.present')}</a>
              {!shared && (
                <>
                  <a href={`/api/briefing/pptx${briefingQuery}`} download>{t('header.pptx')}</a>
                  <a href={`/api/briefing/pdf${briefingQuery}`} download>{t('header.pdf')}</a>
                  <button type="button" className={styles.saveButton} onClick={openSaveDialog} aria-keyshortcuts="Control+S Meta+S" title={t('header.saveShortcut')}>
                    {saveTarget ? t('header.saveAgain') : t('header.save')}
                  </button>
                </>
              )}
            </nav>
          </div>
          {/* Language and account on a line of their own, so the page links never wrap. */}
          <div className={styles.utility}>
            <LocaleSwitcher className={styles.locale} />
            <AccountMenu className={styles.locale} />
          </div>
          <p className={styles.subtitle} data-testid="scenario-title">
            {t('scenario.line', {
              scenario: scenarioTitle,
              count: state.horizonMonths,
              months: plainNumber(words, state.horizonMonths),
              model: description.modelVersion,
            })}
          </p>
        </header>
        {opened?.recomputed && saved && (
          <p role="status" className={styles.notice}>
            {t('notices.recomputed', { saved: opened.scenario.modelVersion, current: opened.currentModelVersion })}
          </p>
        )}
        {openProblem && <p role="status" className={styles.notice}>{t(`notices.${openProblem}`)}</p>}
        {urlProblems.length > 0 && (
          <p role="status" className={styles.notice}>
            {t('notices.badUrl', { problems: problemDetails })}
          </p>
        )}
        {forecast.error && (
          <div role="alert" className={styles.error}>
            <p>{t('notices.forecastFailed', { message: forecast.error.message })}</p>
            <button type="button" onClick={forecast.retry}>{t('notices.retry')}</button>
          </div>
        )}
        {shownResult ? (
          <>
            <Scorecards result={shownResult} outlooks={description.outlooks} words={words} />
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
          !forecast.error && <p className={styles.loading}>{t('computing')}</p>
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
