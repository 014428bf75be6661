import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The size of an element, kept up to date as the window changes, so a chart
 * can fill the panel it is in: the board fits the screen, the chart fits the board.
 */
export function useElementSize<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      // A real print runs no observers, so a chart keeps its screen size on paper; a page shown
      // with print styles (media emulation, when making a PDF) must do the same.
      if (typeof window.matchMedia === 'function' && window.matchMedia('print').matches) return;
      const width = Math.floor(element.clientWidth);
      const height = Math.floor(element.clientHeight);
      setSize((current) =>
        current.width === width && current.height === height ? current : { width, height },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size] as const;
}
