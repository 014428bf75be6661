import { useId } from 'react';
import { formatCount } from '../../../domain/format';
import type { ImportFormat } from '../../../importers/import-result';
import {
  problemHeadings,
  problemOutcome,
  reportSummary,
  type ReportCounts,
} from '../problem-report';
import { DownloadProblemsButton } from './download-problems-button';

/** Rows drawn on screen; the download has every problem, however many. */
const SHOWN = 200;

interface ImportReportProps {
  report: ReportCounts & { sourceName: string };
  format: ImportFormat;
  /** False when nothing usable was found, so there is nothing to save. */
  usable: boolean;
  /** 3 under the import form; 4 inside the list of saved imports. */
  headingLevel?: 3 | 4;
}

/** What an import found: how many rows made it, and every row that did not, with its line and reason. */
export function ImportReport({ report, format, usable, headingLevel = 3 }: ImportReportProps) {
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { problems } = report;
  return (
    <section className="import-report" aria-labelledby={headingId}>
      <Heading id={headingId}>Validation report for {report.sourceName}</Heading>
      <p>{reportSummary(report, usable)}</p>
      {problems.length > 0 && (
        <>
          <div className="button-group import-report__actions">
            <DownloadProblemsButton
              problems={problems}
              format={format}
              sourceName={report.sourceName}
            />
          </div>
          {format === 'csww' && (
            <p className="hint">
              Record is the worker record’s place in the census file: record 3 is the third
              CSWWWorker.
            </p>
          )}
          <div className="table-scroll">
            <table className="data-table">
              <caption>
                Problems found
                {problems.length > SHOWN
                  ? `: the first ${SHOWN} of ${formatCount(problems.length)}. Download every problem (CSV) to see them all.`
                  : ''}
              </caption>
              <thead>
                <tr>
                  {problemHeadings(format).map((heading) => (
                    <th scope="col" key={heading}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {problems.slice(0, SHOWN).map((problem, position) => (
                  <tr key={`${position}-${problem.line ?? 'file'}`}>
                    <td>{problem.line ?? 'Whole file'}</td>
                    <td>{problem.subject ?? '–'}</td>
                    <td>{problemOutcome(problem)}</td>
                    <td>{problem.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
