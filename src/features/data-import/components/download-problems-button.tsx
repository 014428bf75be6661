import type { ImportFormat, ImportProblem } from '../../../importers/import-result';
import { problemsCsv } from '../problem-report';
import { downloadCsv, exportFileName } from '../../../lib/export-download';

interface DownloadProblemsButtonProps {
  problems: readonly ImportProblem[];
  format: ImportFormat;
  sourceName: string;
}

/** Saves every problem of an import as a CSV, however many the report shows on screen. */
export function DownloadProblemsButton({
  problems,
  format,
  sourceName,
}: DownloadProblemsButtonProps) {
  function download() {
    // "staff.csv, cases.csv" gives loadline-problems-staff-cases.csv.
    const stem = sourceName.replace(/\.(csv|xml)\b/gi, '');
    downloadCsv(problemsCsv(problems, format), exportFileName(['loadline problems', stem], 'csv'));
  }

  return (
    <button type="button" className="button button--secondary" onClick={download}>
      Download every problem (CSV)
    </button>
  );
}
