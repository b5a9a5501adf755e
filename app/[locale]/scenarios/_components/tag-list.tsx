/** A scenario's tags as chips; "none" for screen readers when there are none. */
import ui from './ui.module.css';

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) {
    return (
      <>
        <span aria-hidden="true" className={ui.muted}>—</span>
        <span className={ui.srOnly}>No tags</span>
      </>
    );
  }
  return (
    <ul className={ui.tags} aria-label="Tags">
      {tags.map((tag) => <li key={tag} className={ui.tag}>{tag}</li>)}
    </ul>
  );
}
