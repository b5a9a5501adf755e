// Any path the app does not have, under a known locale: that locale's "not found" page.
import { notFound } from 'next/navigation';

export default function UnknownPage() {
  notFound();
}
