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
  // A word about one character over a line's width keeps its line whole: the width is a cautious
  // estimate of the room, and "Assessmen" over "t" reads worse than a slightly long line.
  const wholeWord = width + Math.max(1, Math.floor(width / 8));
  for (const word of words) {
    // A longer word breaks after its hyphens, then into line-sized pieces.
    const pieces = word.length > wholeWord ? breakWord(word, width) : [word];
    pieces.forEach((piece, position) => {
      const joiner = position === 0 ? ' ' : '';
      if (current === '') current = piece;
      else if (current.length + joiner.length + piece.length <= width)
        current = `${current}${joiner}${piece}`;
      else {
        lines.push(current);
        current = piece;
      }
    });
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1] ?? '';
  kept[kept.length - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/** "Pre-proceedings" as ["Pre-", "proceedings"], each part cut to the line's width. */
function breakWord(word: string, width: number): string[] {
  return word
    .split(/(?<=-)/u)
    .flatMap((part) => part.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []);
}
