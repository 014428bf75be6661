/**
 * True while the page is being printed. Set inside the browser's
 * `beforeprint` event and rendered at once (flushSync), so the printed
 * layout already shows what this returns: a chart that measures its
 * container would otherwise be printed at the screen's width, or caught
 * half-way through redrawing at the paper's.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
