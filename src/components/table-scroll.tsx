/**
 * The box a wide table scrolls sideways in. While it does scroll (a narrow
 * screen, or 400% zoom), it takes keyboard focus and is named after its
 * table, so the columns out of view can be reached with the arrow keys in
 * every browser (WCAG 2.1.1); when everything fits it is a plain box, and
 * adds no tab stop.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface TableScrollProps {
  /** What the table is, for the name of the scrolling region: usually its caption. */
  label: string;
  children: ReactNode;
}

export function TableScroll({ label, children }: TableScrollProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className="table-scroll"
      {...(scrolls
        ? { tabIndex: 0, role: 'region', 'aria-label': `${label} (scrolls sideways)` }
        : {})}
    >
      {children}
    </div>
  );
}
