/** A scenario link that leads nowhere: the id is wrong, or the scenario was deleted. */
import Link from 'next/link';
import { SiteHeader } from '../_components/site-header';
import styles from '../_components/history.module.css';
import ui from '../_components/ui.module.css';

export default function ScenarioNotFound() {
  return (
    <div className={ui.page}>
      <SiteHeader />
      <main>
        <p className={styles.back}><Link href="/scenarios">← All scenarios</Link></p>
        <h1>No such scenario</h1>
        <p className={styles.description}>
          This scenario does not exist: the link may be wrong, or the scenario was deleted. Deleted scenarios can be restored
          from <Link href="/scenarios?view=deleted">Recently deleted</Link>.
        </p>
      </main>
    </div>
  );
}
