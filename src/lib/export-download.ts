/**
 * Saves a file the page made (an image, a CSV) through the browser's own
 * download, with a file name safe on any system.
 */

/** Joins parts into a file name of letters, digits and hyphens: "loadline-area-cin-cp-2026-10-31". */
export function exportFileName(parts: readonly string[], extension: string): string {
  const stem = parts
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${stem || 'loadline'}.${extension}`;
}

/** Starts a download of a blob under a file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click returns; let go of it a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A CSV download, with a byte order mark so that spreadsheets read it as UTF-8. */
export function downloadCsv(text: string, fileName: string): void {
  downloadBlob(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), fileName);
}
