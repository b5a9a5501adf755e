/** The link's problems and ignored parts in the page's words (`compare` messages). */
import type { Translate } from '@/app/_scenarios/words';
import type { Formatter } from '@/server/i18n/format';
import { MAX_COMPARED, MIN_COMPARED, type CompareNote, type CompareProblem } from './url-state';

export function problemInWords(problem: CompareProblem, t: Translate, format: Formatter): string {
  const [min, max] = [format.number(MIN_COMPARED), format.number(MAX_COMPARED)];
  switch (problem.key) {
    case 'noIds': return t('problems.noIds', { min, max });
    case 'badId': return t('problems.badId', { id: problem.id });
    case 'duplicate': return t('problems.duplicate');
    case 'onlyOne': return t('problems.onlyOne', { min, max });
    case 'tooMany': return t('problems.tooMany', { count: problem.count, n: format.number(problem.count), max });
  }
}

export function noteInWords(note: CompareNote, t: Translate, format: Formatter): string {
  switch (note.key) {
    case 'horizon': return t('notes.horizon', { value: note.value, min: format.number(3), max: format.number(36) });
    case 'outlook': return t('notes.outlook', { value: note.value });
    case 'pair': return t('notes.pair');
  }
}
