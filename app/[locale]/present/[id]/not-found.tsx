/** /present/<id> for an id no saved scenario has: said plainly, with the way to the list. */
import { PresentProblem } from '../_components/present-route';

export default function PresentNotFound() {
  return (
    <PresentProblem
      message="No saved scenario has this id: the link may be wrong, or the scenario was deleted. Deleted scenarios can be restored from the scenario list."
      backHref="/scenarios"
    />
  );
}
