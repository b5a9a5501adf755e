/**
 * What the scenario pages need from a failed call, whatever threw it: a
 * readable message, the tRPC code (CONFLICT means "reload first") and, for
 * invalid input, the server's field errors.
 */
import type { FlatZodError } from '@/server/api/zod-error';
import type { Translate } from './words';

export interface ErrorInfo {
  message: string;
  code: string | null;
  zodError: FlatZodError | null;
}

/** The server words its own messages in the page's language; these two are the browser's. */
export function errorInfo(error: unknown, t: Translate): ErrorInfo {
  const fallback = t('errors.fallback');
  if (typeof error !== 'object' || error === null) return { message: fallback, code: null, zodError: null };
  const { message, data } = error as { message?: unknown; data?: { code?: unknown; zodError?: unknown } | null };
  // fetch's own failure says "Failed to fetch": tell the user what that means.
  const text = typeof message === 'string' && message.trim() ? message : fallback;
  const offline = text === 'Failed to fetch' || text === 'Load failed' || text.startsWith('NetworkError');
  return {
    message: offline ? t('errors.offline') : text,
    code: typeof data?.code === 'string' ? data.code : null,
    zodError: (data?.zodError as FlatZodError | null | undefined) ?? null,
  };
}

/** The message for one field of a refused input ("name must not be empty"), else the whole message. */
export function fieldMessage(info: ErrorInfo, field: string): string {
  return info.zodError?.fieldErrors[field]?.[0] ?? info.message;
}

export const isConflict = (info: ErrorInfo) => info.code === 'CONFLICT';
export const isNotFound = (info: ErrorInfo) => info.code === 'NOT_FOUND';
