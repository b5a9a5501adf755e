/** Locale-aware Link, redirect and router hooks: hrefs are written without the locale prefix. */
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
