import { downloadBlob } from '@/app/_lib/download-blob';

/** Saves JSON as a file, indented for people who open it. */
export function downloadJson(data: unknown, fileName: string): void {
  downloadBlob(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }), fileName);
}

/** [a, b, c, d, e] in twos → [[a, b], [c, d], [e]] */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
