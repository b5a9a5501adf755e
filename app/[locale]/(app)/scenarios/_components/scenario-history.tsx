'use client';
/**
 * /scenarios/[id] in the browser: the scenario and its versions (prefetched by
 * the server page), and "Restore version N", which adds a new version with the
 * old content. It starts from the version on screen, so if someone saved in
 * the meantime the server answers CONFLICT and the user reloads first.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTRPC } from '@/app/_trpc/client';
import type { AssumptionVocabulary } from '@/app/_scenarios/assumption-words';
import { errorInfo, isConflict, isNotFound } from '@/app/_scenarios/errors';
import { useHydrated } from '@/app/_scenarios/use-hydrated';
import { useWords } from '@/app/_scenarios/use-words';
import { Link } from '@/server/i18n/navigation';
import { describeVersions } from '@/app/_scenarios/version-diff';
import { QueryError } from './query-error';
import { AssumptionsInWords, ScenarioFacts } from './scenario-details';
import { PeoplePanel } from './people-panel';
import { SharePanel } from './share-panel';
import { VersionList } from './version-list';
import styles from './history.module.css';
import ui from './ui.module.css';

type Outcome = { kind: 'restored'; from: number; to: number } | { kind: 'failed'; message: string; conflict: boolean };

export function ScenarioHistory({ id, vocabulary }: { id: string; vocabulary: AssumptionVocabulary }) {
  const trpc = useTRPC();
  const words = useWords();
  const { t, format } = words;
  const queryClient = useQueryClient();
  const scenario = useQuery(trpc.scenarios.get.queryOptions({ id }));
  const versions = useQuery(trpc.scenarios.versions.queryOptions({ id }));
  const restore = useMutation(trpc.scenarios.restoreVersion.mutationOptions());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reloading, setReloading] = useState(false);
  const hydrated = useHydrated();
  const described = useMemo(() => (versions.data ? describeVersions(versions.data, { ...words, vocabulary }) : []), [versions.data, vocabulary, words]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.scenarios.pathKey() });
  const reload = async () => {
    setReloading(true);
    await refresh();
    setReloading(false);
    setOutcome(null);
  };

  if (scenario.isError) {
    const missing = isNotFound(errorInfo(scenario.error, t));
    return (
      <div data-ready={hydrated}>
        <p className={styles.back}><Link href="/scenarios">{t('history.back')}</Link></p>
        <h1>{t('history.scenario')}</h1>
        <QueryError what="scenario" error={scenario.error} onRetry={() => void scenario.refetch()} retrying={scenario.isFetching}>
          {missing && <Link href={{ pathname: '/scenarios', query: { view: 'deleted' } }}>{t('history.lookInDeleted')}</Link>}
        </QueryError>
      </div>
    );
  }
  if (scenario.isPending) return <p role="status" className={ui.loading}>{t('history.loading')}</p>;

  const current = scenario.data.scenario;
  const restoreVersion = (version: number) => {
    setOutcome(null);
    restore.mutate({ id, baseVersion: current.version, version }, {
      onSuccess: async (restored) => {
        await refresh();
        setOutcome({ kind: 'restored', from: version, to: restored.version });
      },
      onError: (error) => {
        const info = errorInfo(error, t);
        setOutcome({ kind: 'failed', message: info.message, conflict: isConflict(info) });
      },
    });
  };

  return (
    <div data-ready={hydrated}>
      <p className={styles.back}><Link href="/scenarios">{t('history.back')}</Link></p>
      <div className={styles.titleRow}>
        <div>
          <h1>{current.name}</h1>
        </div>
        <Link href={{ pathname: '/', query: { scenario: id } }} className={`${ui.button} ${ui.primary}`}>{t('history.open')}</Link>
      </div>
      {scenario.data.recomputed && (
        <p className={ui.notice}>
          {t('history.recomputed', { saved: current.modelVersion, current: scenario.data.currentModelVersion })}
        </p>
      )}
      <ScenarioFacts scenario={current} />
      <PeoplePanel scenarioId={id} access={current.access} />
      {current.access === 'owner' && <SharePanel scenarioId={id} />}

      <div className={styles.layout}>
        <AssumptionsInWords scenario={current} vocabulary={vocabulary} />
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading">{t('history.title')}</h2>
          <p className={styles.sectionNote}>{t('history.note')}</p>
          <div className={styles.messages}>
            <div role="status">
              {outcome?.kind === 'restored' && (
                <p className={ui.success}>{t('history.restored', { from: format.number(outcome.from), to: format.number(outcome.to) })}</p>
              )}
            </div>
            {outcome?.kind === 'failed' && (
              <div role="alert" className={ui.alert}>
                <p className={ui.grow}>{t('history.restoreFailed', { reason: outcome.message })}</p>
                {outcome.conflict && (
                  <button type="button" className={`${ui.button} ${ui.small}`} onClick={() => void reload()} disabled={reloading}>
                    {reloading ? t('common.reloading') : t('common.reload')}
                  </button>
                )}
              </div>
            )}
          </div>
          {versions.isError ? (
            <QueryError what="versions" error={versions.error} onRetry={() => void versions.refetch()} retrying={versions.isFetching} />
          ) : versions.isPending ? (
            <p role="status" className={ui.loading}>{t('history.loadingVersions')}</p>
          ) : (
            <VersionList
              versions={described}
              currentVersion={current.version}
              restoring={restore.isPending ? (restore.variables?.version ?? null) : null}
              canRestore={current.access !== 'viewer'}
              onRestore={restoreVersion}
            />
          )}
        </section>
      </div>
    </div>
  );
}
