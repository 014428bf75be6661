/**
 * Sections below the fold, rendered at low priority. On a cap change or a
 * drill-down the page paints what the person acted on first (the heading,
 * key figures and main chart); React then catches these sections up in a
 * render it may interrupt, so no interaction waits for every chart on the page.
 */
import { memo, useDeferredValue, type ComponentType, type ReactElement } from 'react';

function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) =>
    Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * The component, memoised and fed deferred props. It is deferred from the
 * start too: on mount it renders nothing until the page above it has
 * painted. While it is behind, its wrapper says so: `aria-busy` for
 * assistive technology, `data-behind` for styles and tests. The wrapper has
 * `display: contents`, so layout is as if the component stood on its own.
 */
export function deferred<P extends object>(
  Component: ComponentType<P>,
): (props: P) => ReactElement {
  const Memoised = memo(Component) as unknown as ComponentType<P>;
  function Deferred(props: P) {
    const later = useDeferredValue<P | null>(props, null);
    const behind = later === null || !shallowEqual(later, props);
    return (
      <div className="deferred" aria-busy={behind || undefined} data-behind={behind || undefined}>
        {later && <Memoised {...later} />}
      </div>
    );
  }
  Deferred.displayName = `Deferred(${Component.displayName ?? Component.name})`;
  return Deferred;
}
