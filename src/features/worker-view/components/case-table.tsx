import { useMemo, useState } from 'react';
import type { Worker } from '../../../contract/v1';
import {
  caseRows,
  DEFAULT_CASE_ORDER,
  describeCaseCount,
  nextCaseOrder,
  sortCaseRows,
  type CaseOrder,
  type CaseSortKey,
} from '../../../domain/case-order';
import { formatAmount } from '../../../domain/explain';
import { formatDate } from '../../../domain/format';
import type { LoadSettings } from '../../../domain/worker-load';

interface CaseTableProps {
  worker: Worker;
  asAt: string;
  settings: LoadSettings;
  /** Cases allocated since the date compared with, flagged "New since …". */
  newIds: ReadonlySet<string>;
  /** The date compared with, or null when there is none. */
  since: string | null;
}

const columns: readonly { key: CaseSortKey; label: string; numeric?: boolean }[] = [
  { key: 'id', label: 'Case reference' },
  { key: 'type', label: 'Type' },
  { key: 'flags', label: 'Flags' },
  { key: 'weight', label: 'Weight (points)', numeric: true },
  { key: 'allocatedOn', label: 'Allocated' },
  { key: 'siblingGroup', label: 'Sibling group' },
];

const orderWords: Record<CaseSortKey, [string, string]> = {
  id: ['case reference, A to Z', 'case reference, Z to A'],
  type: ['type, A to Z', 'type, Z to A'],
  flags: ['flags, A to Z', 'flags, Z to A'],
  weight: ['weight, lightest first', 'weight, heaviest first'],
  allocatedOn: ['allocation date, oldest first', 'allocation date, newest first'],
  siblingGroup: ['sibling group, A to Z', 'sibling group, Z to A'],
};

/** The worker's cases, sortable by any column, when the source sends case detail. */
export function CaseTable({ worker, asAt, settings, newIds, since }: CaseTableProps) {
  const [order, setOrder] = useState<CaseOrder>(DEFAULT_CASE_ORDER);
  const details = worker.caseDetails;
  const rows = useMemo(
    () =>
      details
        ? sortCaseRows(
            caseRows(
              details,
              settings.weighting,
              newIds,
              since ? `New since ${formatDate(since)}` : 'New',
            ),
            order,
          )
        : [],
    [details, settings.weighting, newIds, since, order],
  );
  const [ascendingWords, descendingWords] = orderWords[order.key];

  return (
    <section className="worker-section" aria-labelledby="cases-heading">
      <h2 id="cases-heading">Cases held on {formatDate(asAt)}</h2>
      {details === undefined ? (
        <p>
          The data source does not send case-level detail, so only the number of cases is known.
        </p>
      ) : details.length === 0 ? (
        <p>{worker.displayName} holds no cases.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table case-table">
            <caption>
              {describeCaseCount(details, settings.view)}, sorted by{' '}
              {order.direction === 'ascending' ? ascendingWords : descendingWords}. Weights are
              points under “{settings.weighting.name}”.
            </caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    className={column.numeric ? 'numeric' : undefined}
                    aria-sort={order.key === column.key ? order.direction : undefined}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => setOrder((current) => nextCaseOrder(current, column.key))}
                    >
                      {column.label}
                      <span className="sort-button__mark" aria-hidden="true">
                        {order.key !== column.key
                          ? '↕'
                          : order.direction === 'ascending'
                            ? '▲'
                            : '▼'}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.id}</th>
                  <td>{row.typeName}</td>
                  <td>{row.flags.length === 0 ? '–' : row.flags.join(', ')}</td>
                  <td className="numeric">{formatAmount(row.weight)}</td>
                  <td>{formatDate(row.allocatedOn)}</td>
                  <td>
                    {row.siblingGroupId ?? '–'}
                    {row.childrenInGroup > 1 && ` (${row.childrenInGroup} children)`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
