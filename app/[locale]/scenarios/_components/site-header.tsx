/** The header of the scenario pages: where you are, and the way back to the dashboard and the methodology. */
import Link from 'next/link';
import styles from './site-header.module.css';

const SECTIONS = [
  { href: '/', label: 'Dashboard' },
  { href: '/scenarios', label: 'Scenarios' },
  { href: '/methodology', label: 'Methodology' },
] as const;

export function SiteHeader({ current }: { current?: (typeof SECTIONS)[number]['href'] }) {
  return (
    <header className={styles.header}>
      <span className={styles.brand}>Peninsula Outlook</span>
      <nav aria-label="Main" className={styles.nav}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <Link href={section.href} aria-current={section.href === current ? 'page' : undefined}>{section.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
