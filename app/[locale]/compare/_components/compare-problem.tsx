/** Shown instead of the comparison when the link cannot be compared: what went wrong, and where to go. */
import styles from '../compare.module.css';

export function CompareProblem({ message, retryHref }: { message: string; retryHref?: string }) {
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>Compare scenarios</h1>
      <div role="alert" className={styles.problem}>
        <p>{message}</p>
        <p className={styles.problemActions}>
          {/* Loading the link again: the server reads the scenarios again. */}
          {retryHref && <a href={retryHref} className={styles.button}>Retry</a>}
          <a href="/scenarios">Back to the scenarios</a> to choose 2 to 4 to compare.
        </p>
      </div>
    </main>
  );
}
