// Types next-intl's hooks: message keys are checked against the English messages.
import type { Locale } from './locales';
import type { Messages } from './messages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
