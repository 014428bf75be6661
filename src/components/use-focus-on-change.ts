import { useEffect, useRef } from 'react';

/**
 * Moves focus to an element (a page's h1) when `key` changes after the first
 * render, so a screen reader hears the new view after a drill-down, while a
 * fresh page load leaves focus where the browser put it.
 */
export function useFocusOnChange<T extends HTMLElement>(key: string) {
  const element = useRef<T>(null);
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (previous.current !== null && previous.current !== key)
      element.current?.focus({ preventScroll: false });
    previous.current = key;
  }, [key]);
  return element;
}
