import { useId } from 'react';
import type { ImportFormat } from '../../../importers/import-result';
import { isValueToCheck, reportSummary, type ReportCounts } from '../problem-report';
import { DownloadProblemsButton } from './download-problems-button';
import { ProblemTable } from './problem-table';

interface ImportReportProps {
  report: ReportCounts & { sourceName: string };
  format: ImportFormat;
  /** False when nothing usable was found, so there is nothing to save. */
  usable: boolean;
  /** 3 under the import form; 4 inside the list of saved imports. */
  headingLevel?: 3 | 4;
}

/**
 * What an import found: how many rows made it, every row that did not with
 * its line and reason, and apart from them the rows accepted with a value to
 * check, so that a value far outside the usual is neither lost nor believed
 * unseen.
 */
export function ImportReport({ report, format, usable, headingLevel = 3 }: ImportReportProps) {
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const SubHeading = headingLevel === 3 ? 'h4' : 'h5';
  const { problems } = report;
  const toCheck = problems.filter(isValueToCheck);
  const others = problems.filter((problem) => !isValueToCheck(problem));
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
        </>
      )}
      {others.length > 0 && (
        <ProblemTable problems={others} format={format} caption="Problems found" />
      )}
      {toCheck.length > 0 && (
        <div className="import-report__checks">
          <SubHeading>
            Accepted, but check: {toCheck.length} {toCheck.length === 1 ? 'row' : 'rows'}
          </SubHeading>
          <p>
            {toCheck.length === 1
              ? 'This row is in the figures as the file gives it: its value may be true, but it is far outside what councils report. Check it in the system the file came from before the figures are shared; if it is wrong, correct the file and import it again.'
              : 'These rows are in the figures as the file gives them: each value may be true, but each is far outside what councils report. Check each one in the system the file came from before the figures are shared; if one is wrong, correct the file and import it again.'}
          </p>
          <ProblemTable
            problems={toCheck}
            format={format}
            caption="Accepted, but check"
            withOutcome={false}
          />
        </div>
      )}
    </section>
  );
}
