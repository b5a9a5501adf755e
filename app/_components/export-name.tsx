'use client';
/**
 * The name exported charts carry (`tension-<scenario>-<date>.png`): a page says
 * which scenario its panels show by wrapping them in `<ExportNameProvider name=…>`.
 * Panels outside any provider name their files after the app.
 */
import { createContext, useContext, type ReactNode } from 'react';

export const DEFAULT_EXPORT_NAME = 'peninsula-outlook';

export const ExportNameContext = createContext<string | null>(null);

export function ExportNameProvider({ name, children }: { name: string; children: ReactNode }) {
  return <ExportNameContext.Provider value={name}>{children}</ExportNameContext.Provider>;
}

export function useExportName(): string {
  return useContext(ExportNameContext) ?? DEFAULT_EXPORT_NAME;
}
