'use client';
/**
 * True once the page has hydrated. The scenario pages put it on their root as
 * `data-ready`: server-rendered buttons look usable before their handlers are
 * attached, and the browser tests wait for this before they click.
 */
import { useEffect, useState } from 'react';

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
