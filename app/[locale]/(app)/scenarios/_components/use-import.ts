'use client';
/**
 * Import from a file: size and JSON are checked in the browser (nothing is sent
 * when they fail), the rest by the server, which adds every scenario or none.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '@/app/_trpc/client';
import type { AssumptionWords } from '@/app/_scenarios/assumption-words';
import { errorInfo } from '@/app/_scenarios/errors';
import { useWords } from '@/app/_scenarios/use-words';
import { checkImportSize, importProblems, importedSummary, parseImportText, type ImportProblem } from '@/app/_scenarios/import-file';
import type { ScenarioFile } from '@/server/scenarios/export-format';

export type ImportResult =
  | { kind: 'imported'; text: string }
  | { kind: 'refused'; fileName: string; problems: ImportProblem[] };

export function useImport(assumptions: readonly Pick<AssumptionWords, 'id' | 'label'>[]) {
  const trpc = useTRPC();
  const words = useWords();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [reading, setReading] = useState(false);
  const mutation = useMutation(trpc.scenarios.import.mutationOptions());

  const refuse = (fileName: string, message: string) => setResult({ kind: 'refused', fileName, problems: [{ where: null, message }] });

  const importFile = async (file: File) => {
    setResult(null);
    const tooBig = checkImportSize(file.name, file.size, words);
    if (tooBig) return refuse(file.name, tooBig);
    setReading(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse(file.name, words.t('import.unreadable', { file: file.name }));
    } finally {
      setReading(false);
    }
    const parsed = parseImportText(file.name, text, words);
    if (!parsed.ok) return refuse(file.name, parsed.message);
    // The server validates the file in full; the cast only satisfies the compiler.
    mutation.mutate({ file: parsed.file as ScenarioFile }, {
      onSuccess: async (imported) => {
        setResult({ kind: 'imported', text: importedSummary(imported.map((s) => s.name), words) });
        await queryClient.invalidateQueries({ queryKey: trpc.scenarios.pathKey() });
      },
      onError: (error) => setResult({ kind: 'refused', fileName: file.name, problems: importProblems(errorInfo(error, words.t), parsed.file, assumptions, words) }),
    });
  };

  return { result, busy: reading || mutation.isPending, importFile, dismiss: () => setResult(null) };
}
