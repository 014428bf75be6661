/**
 * What a cap's label says once its values are edited. A preset's label names
 * where its value comes from ("Setting the Bar maximum" is 15); moved to 12,
 * the cap is no longer Setting the Bar's, and a caption reading
 * "12 (Setting the Bar maximum)" would put words in that source's mouth. A
 * label the person typed is theirs and stays.
 */
import { builtInPresets } from './caps';
import type { CapDraft } from './validate-caps';

export const CUSTOM_LINE_LABEL = 'custom cap';
export const CUSTOM_RANGE_LABEL = 'custom range';

const AT_OR_OVER = /^(\d+(?:\.\d+)?) and over$/;

const presetLabels = new Set(
  Object.values(builtInPresets).flatMap((preset) => preset.caps.map((cap) => cap.label)),
);

/** True for a label Loadline wrote (a preset's, "30 and over", "custom cap"), not the person. */
export function isWrittenByLoadline(label: string): boolean {
  const trimmed = label.trim();
  return (
    presetLabels.has(trimmed) ||
    AT_OR_OVER.test(trimmed) ||
    trimmed === CUSTOM_LINE_LABEL ||
    trimmed === CUSTOM_RANGE_LABEL
  );
}

function sameValues(a: CapDraft, b: CapDraft): boolean {
  return (
    a.kind === b.kind &&
    a.from.trim() === b.from.trim() &&
    (a.kind === 'line' || a.to.trim() === b.to.trim())
  );
}

/**
 * The label for a row whose kind or values have just changed to `edited`,
 * given the row as it was first loaded (`original`). Back at the original
 * values, the original label returns; "25 and over" moved to 28 reads
 * "28 and over"; any other label Loadline wrote becomes "custom cap" or
 * "custom range"; a label the person typed is kept.
 */
export function labelAfterValueEdit(edited: CapDraft, original: CapDraft): string {
  if (!isWrittenByLoadline(edited.label)) return edited.label;
  if (sameValues(edited, original)) return original.label;
  if (edited.kind === 'range') return CUSTOM_RANGE_LABEL;
  const value = edited.from.trim();
  const namedByValue =
    AT_OR_OVER.test(edited.label.trim()) || AT_OR_OVER.test(original.label.trim());
  return namedByValue && /^\d+(\.\d+)?$/.test(value) ? `${value} and over` : CUSTOM_LINE_LABEL;
}
