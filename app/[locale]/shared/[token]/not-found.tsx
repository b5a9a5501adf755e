/** A revoked, unknown or malformed share link. Says so plainly; reveals nothing about the scenario. */
import styles from './shared.module.css';

export default function SharedLinkNotFound() {
  return (
    <main className={styles.invalid}>
      <h1>This link is no longer valid</h1>
      <p>
        The read-only link you followed was revoked by the person who shared it, its scenario was deleted, or the
        address is incomplete. Ask them for a new link.
      </p>
      <p>
        <a href="/">Open Peninsula Outlook</a>
      </p>
    </main>
  );
}
