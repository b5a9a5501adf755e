/** The header in which the browser's tRPC client names the page's locale (client-safe). */
export const LOCALE_HEADER = 'x-locale';
