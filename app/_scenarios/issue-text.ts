/**
 * A schema issue checked in the browser (the rename form's name), in the page's words:
 * English keeps the schema's own message, as the server gives it; the other languages
 * say the same from the issue's kind and limits.
 */
import type { z } from 'zod';
import { NAME_MAX } from '@/server/scenarios/schema';
import type { Words } from './words';

export function issueText(issue: z.core.$ZodIssue | undefined, { t, format }: Words): string {
  if (format.locale === 'en') return issue?.message ?? t('rename.invalid');
  if (issue?.code === 'too_small') return t('rename.empty');
  if (issue?.code === 'too_big') return t('rename.tooLong', { max: format.number(NAME_MAX) });
  return t('rename.invalid');
}
