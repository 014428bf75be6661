import type { ViewSearch } from '../lib/view-search';
import { AppLink } from './app-link';

export interface Crumb {
  label: string;
  to: ViewSearch;
}

/** Where this view sits: each level is a link, the current one is not. */
export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, position) => {
          const isCurrent = position === crumbs.length - 1;
          return (
            <li key={`${position}-${crumb.label}`}>
              {isCurrent ? (
                <span aria-current="page">{crumb.label}</span>
              ) : (
                <AppLink to={crumb.to}>{crumb.label}</AppLink>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
