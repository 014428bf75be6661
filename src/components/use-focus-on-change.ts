import { useEffect, useRef } from 'react';

/**
 * The view whose heading was last on screen, kept across mounts: a worker's
 * page and a unit's page are different components, each mounted fresh, so only
 * something outside them can tell a first page load from a move between views.
 */
let viewShown: string | null = null;

/**
 * Moves focus to an element (a page's h1, with tabIndex -1) whenever a new
 * view appears after the first one, whether by a link, a breadcrumb or Back,
 * so a screen reader hears the new view. The first view of a page load leaves
 * focus where the browser put it, so the skip link stays the first stop.
 *
 * `viewKey` names the view across pages ("unit:…", "worker:…"): the same view
 * shown again (a remount while a snapshot loads) is not a move. Focus held by
 * a control outside the element's <main> (a header control, or the button a
 * closing panel handed focus back to) is left there: that view change came
 * from the control, not from the page.
 */
export function useFocusOnChange<T extends HTMLElement>(viewKey: string) {
  const element = useRef<T>(null);
  useEffect(() => {
    const previous = viewShown;
    viewShown = viewKey;
    const target = element.current;
    if (previous === null || previous === viewKey || !target) return;
    if (focusIsElsewhere(target)) return;
    target.focus({ preventScroll: false });
  }, [viewKey]);
  return element;
}

function focusIsElsewhere(target: HTMLElement): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body) return false;
  const page = target.closest('main');
  return page !== null && !page.contains(active);
}
