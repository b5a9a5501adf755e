'use client';
/**
 * Duplicate, delete, undo/restore and export for the list page, each followed by
 * a notice that says what happened. Every change invalidates all scenario
 * queries: the client caches for five minutes, and a list, the tag counts and a
 * history page may all show the scenario that changed.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC, useTRPCClient } from '@/app/_trpc/client';
import { chunked, downloadJson } from '@/app/_scenarios/download';
import { errorInfo } from '@/app/_scenarios/errors';
import { exportFileName, quoted, scenarioCount } from '@/app/_scenarios/format';
import { useWords } from '@/app/_scenarios/use-words';
import type { ScenarioFile } from '@/server/scenarios/export-format';

export type Notice =
  | { kind: 'info'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'deleted'; id: string; name: string };

interface Target {
  id: string;
  name: string;
}

// An export request carries its ids in the URL; 100 ids stay well under the server's 8 KiB limit.
const IDS_PER_EXPORT = 100;

export function useScenarioActions(onDeleted: (id: string) => void) {
  const trpc = useTRPC();
  const words = useWords();
  const { t } = words;
  const q = (name: string) => quoted(name, words);
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [exporting, setExporting] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.scenarios.pathKey() });
  /** A failure in words: `message` is the template for what failed, with the reason in it. */
  const failed = (message: (reason: string) => string) => (error: unknown) => setNotice({ kind: 'error', text: message(errorInfo(error, t).message) });

  const duplicate = useMutation(trpc.scenarios.duplicate.mutationOptions({ onSettled: refresh }));
  const remove = useMutation(trpc.scenarios.delete.mutationOptions({ onSettled: refresh }));
  const restore = useMutation(trpc.scenarios.undelete.mutationOptions({ onSettled: refresh }));

  const busyId = [duplicate, remove, restore].find((m) => m.isPending)?.variables?.id ?? null;

  return {
    notice,
    dismiss: () => setNotice(null),
    say: (text: string) => setNotice({ kind: 'info', text }),
    busyId,
    exporting,
    refresh,
    duplicate: ({ id, name }: Target) => {
      setNotice(null);
      duplicate.mutate({ id }, {
        onSuccess: (copy) => setNotice({ kind: 'info', text: t('notices.duplicated', { name: q(name), copy: q(copy.name) }) }),
        onError: failed((reason) => t('notices.duplicateFailed', { name: q(name), reason })),
      });
    },
    remove: ({ id, name }: Target) => {
      setNotice(null);
      remove.mutate({ id }, {
        onSuccess: () => {
          onDeleted(id);
          setNotice({ kind: 'deleted', id, name });
        },
        onError: failed((reason) => t('notices.deleteFailed', { name: q(name), reason })),
      });
    },
    /** Undo after a delete, and Restore in "Recently deleted": the same undelete. */
    restore: ({ id, name }: Target) => {
      setNotice(null);
      restore.mutate({ id }, {
        onSuccess: () => setNotice({ kind: 'info', text: t('notices.restored', { name: q(name) }) }),
        onError: failed((reason) => t('notices.restoreFailed', { name: q(name), reason })),
      });
    },
    /** Downloads the given scenarios, or every saved one when `ids` is undefined. */
    exportFile: async (ids?: string[]) => {
      setNotice(null);
      setExporting(true);
      try {
        const parts = ids ? await Promise.all(chunked(ids, IDS_PER_EXPORT).map((chunk) => client.scenarios.export.query({ ids: chunk }))) : [await client.scenarios.export.query({})];
        const file: ScenarioFile = { ...parts[0]!, scenarios: parts.flatMap((part) => part.scenarios) };
        // An empty file could not be imported again, so none is made.
        if (file.scenarios.length === 0) return setNotice({ kind: 'info', text: t('notices.nothingToExport') });
        const fileName = exportFileName(new Date());
        downloadJson(file, fileName);
        setNotice({ kind: 'info', text: t('notices.exported', { scenarios: scenarioCount(file.scenarios.length, words), file: fileName }) });
      } catch (error) {
        failed((reason) => t('notices.exportFailed', { reason }))(error);
        // The export may have failed because a selected scenario was deleted elsewhere.
        void refresh();
      } finally {
        setExporting(false);
      }
    },
  };
}
