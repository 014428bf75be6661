import { formatCount } from '../../../domain/format';
import type { ImportFormat, ImportProblem } from '../../../importers/import-result';
import { problemHeadings, problemOutcome, problemPlaceHeading } from '../problem-report';

/** Rows drawn on screen; the download has every problem, however many. */
export const PROBLEMS_SHOWN = 200;

interface ProblemTableProps {
  problems: readonly ImportProblem[];
  format: ImportFormat;
  caption: string;
  /** False where every row has the same outcome, said by the heading above the table. */
  withOutcome?: boolean;
}

/** Problems of one kind as a table: the first 200, with their line or record and reason. */
export function ProblemTable({ problems, format, caption, withOutcome = true }: ProblemTableProps) {
  const headings = withOutcome
    ? problemHeadings(format)
    : [problemPlaceHeading(format), 'Row or field', 'Reason'];
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          {caption}
          {problems.length > PROBLEMS_SHOWN
            ? `: the first ${PROBLEMS_SHOWN} of ${formatCount(problems.length)}. Download every problem (CSV) to see them all.`
            : ''}
        </caption>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, PROBLEMS_SHOWN).map((problem, position) => (
            <tr key={`${position}-${problem.line ?? 'file'}`}>
              <td>{problem.line ?? 'Whole file'}</td>
              <td>{problem.subject ?? '–'}</td>
              {withOutcome && <td>{problemOutcome(problem)}</td>}
              <td>{problem.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
