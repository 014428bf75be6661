/**
 * Fits an axis label into the room one bar has: words wrapped onto lines of
 * at most `maxChars`, at most `maxLines` lines, the last ending in "…" when
 * the rest does not fit (the full name is in the table and the tooltip).
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    // A word longer than a line is cut into line-sized pieces.
    const pieces =
      word.length > width ? (word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []) : [word];
    for (const piece of pieces) {
      if (current === '') current = piece;
      else if (current.length + 1 + piece.length <= width) current = `${current} ${piece}`;
      else {
        lines.push(current);
        current = piece;
      }
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1] ?? '';
  kept[kept.length - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}
