/**
 * Translators outside React (the model's readings, the briefing's slides, route handlers):
 * use-intl's core translator over the same messages the pages use.
 */
import { createTranslator } from 'use-intl/core';
import type { Locale } from './locales';
import { MESSAGES, type Messages, type Namespace } from './messages';

export function translatorFor<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator<Messages, N>({ locale, messages: MESSAGES[locale], namespace });
}
