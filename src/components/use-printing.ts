/**
 * True while the page is being printed. Set inside the browser's
 * `beforeprint` event and rendered at once (flushSync), so the printed
 * layout already shows what this returns: a chart that measures its
 * container would otherwise be printed at the screen's width, or caught
 * half-way through redrawing at the paper's. With `watch` false it stays
 * false and listens for nothing.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(watch = true): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // A component with nothing to change on paper need not re-render when printing starts.
    if (!watch) return;
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [watch]);
  return printing;
}
