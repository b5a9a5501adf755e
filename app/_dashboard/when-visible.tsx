'use client';
/**
 * Renders its child with the latest props while it is on screen, and with the
 * props it last showed while it is off screen, catching up as it scrolls into
 * view. A key press then re-renders only the charts the user can see: charts
 * cost ~10 ms each to render here, and most of them are below the fold.
 */
import { memo, useEffect, useRef, useState, type ComponentType } from 'react';

export function whenVisible<P extends object>(Panel: ComponentType<P>): ComponentType<P> {
  // Memoised, so frozen props (the same objects as last time) skip the chart's render.
  const Component = memo(Panel);
  function WhenVisible(props: P) {
    const box = useRef<HTMLDivElement>(null);
    const [visible, setVisible] = useState(true);
    // The props last shown on screen. A ref, not state: keeping it costs no extra render.
    const shown = useRef(props);
    if (visible) shown.current = props;

    useEffect(() => {
      const element = box.current;
      if (!element || typeof IntersectionObserver === 'undefined') return;
      // No look-ahead margin: each chart renders in ~15 ms here, so catching up as it
      // enters the viewport is quicker than re-rendering charts nobody sees on every key press.
      const observer = new IntersectionObserver(([entry]) => setVisible(entry?.isIntersecting ?? true));
      observer.observe(element);
      return () => observer.disconnect();
    }, []);

    return (
      // content-visibility lets the browser skip layout and paint off screen too; the
      // intrinsic size keeps the scrollbar from jumping when a panel is skipped.
      <div ref={box} style={{ minWidth: 0, contentVisibility: 'auto', containIntrinsicSize: 'auto 22rem' }}>
        <Component {...shown.current} />
      </div>
    );
  }
  WhenVisible.displayName = `WhenVisible(${Panel.displayName ?? Panel.name})`;
  return WhenVisible;
}
