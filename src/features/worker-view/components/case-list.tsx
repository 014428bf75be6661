import type { CaseType, Worker } from '../../../contract/v1';
import { formatDate } from '../../../domain/format';

export const caseTypeNames: Record<CaseType, string> = {
  'child-in-need': 'Child in need',
  'child-protection': 'Child protection',
  'looked-after': 'Looked after',
  'care-leaver': 'Care leaver',
  other: 'Other',
};

/** The worker's cases, newest allocation first, when the source sends case detail. */
export function CaseList({ worker, asAt }: { worker: Worker; asAt: string }) {
  const cases = [...(worker.caseDetails ?? [])].sort((a, b) =>
    b.allocatedOn.localeCompare(a.allocatedOn),
  );
  return (
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">Cases held on {formatDate(asAt)}</h2>
      {worker.caseDetails === undefined ? (
        <p>
          The data source does not send case-level detail, so only the number of cases is known.
        </p>
      ) : cases.length === 0 ? (
        <p>{worker.displayName} holds no cases.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>
              {cases.length} case{cases.length === 1 ? '' : 's'} held by {worker.displayName},
              newest allocation first
            </caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Type</th>
                <th scope="col">In court proceedings</th>
                <th scope="col">Sibling group</th>
                <th scope="col">Allocated</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((detail) => (
                <tr key={detail.id}>
                  <th scope="row">{detail.id}</th>
                  <td>{caseTypeNames[detail.type]}</td>
                  <td>{detail.inCourtProceedings ? 'Yes' : 'No'}</td>
                  <td>{detail.siblingGroupId ?? '–'}</td>
                  <td>{formatDate(detail.allocatedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
