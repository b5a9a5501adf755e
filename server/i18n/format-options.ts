/**
 * The one formatting choice a reader makes: in Persian, Latin digits and Gregorian dates
 * instead of Persian digits and the Solar Hijri calendar. Kept in a cookie (a reading
 * preference, not part of the scenario), read by pages and by the export routes alike so
 * slides and files match the screen. Client-safe.
 */
import type { FormatOptions } from './format';

export const DIGITS_COOKIE = 'po-digits';

/** The cookie's value → options. Anything but "latin" is the locale's own default. */
export function formatOptionsFrom(cookieValue: string | undefined | null): FormatOptions {
  return cookieValue === 'latin' ? { latinDigits: true } : {};
}
