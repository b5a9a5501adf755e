/** The page's frame: site navigation, then the comparison (or why there is none). */
import type { ReactNode } from 'react';
import { ExportNameProvider } from '@/app/_components/export-name';
import styles from '../compare.module.css';

const LINKS = [
  { href: '/', label: 'Dashboard' },
  { href: '/scenarios', label: 'Scenarios' },
  { href: '/methodology', label: 'Methodology' },
] as const;

export function ComparePage({ children }: { children: ReactNode }) {
  return (
    <div className={styles.page}>
      <nav aria-label="Site" className={styles.nav}>
        <span className={styles.brand}>Peninsula Outlook</span>
        {/* Plain links: pages load in full, and nothing is prefetched from a comparison. */}
        <ul>
          {LINKS.map((link) => <li key={link.href}><a href={link.href}>{link.label}</a></li>)}
        </ul>
      </nav>
      <ExportNameProvider name="comparison">{children}</ExportNameProvider>
    </div>
  );
}
