/**
 * Checks a cap edit before it can be saved. The editor holds what the user
 * typed as text; nothing reaches the stored caps until every row is valid.
 */
import { MAX_CAPS, MAX_CAP_VALUE, capLowerEdge, capThreshold, formatCap, type Cap } from './caps';

export interface CapDraft {
  kind: 'line' | 'range';
  /** For a line cap: its value. For a range: its start. */
  from: string;
  /** For a range only: its end. */
  to: string;
  label: string;
}

export type CapField = 'from' | 'to' | 'label';

export interface CapError {
  /** Index of the row in the draft, or null for an error about the whole set. */
  row: number | null;
  field: CapField | null;
  message: string;
}

export type CapValidation = { ok: true; caps: Cap[] } | { ok: false; errors: CapError[] };

/** Turns caps into editable text rows. */
export function toDrafts(caps: readonly Cap[]): CapDraft[] {
  return caps.map((cap) =>
    cap.kind === 'line'
      ? { kind: 'line', from: String(cap.value), to: '', label: cap.label }
      : { kind: 'range', from: String(cap.from), to: String(cap.to), label: cap.label },
  );
}

/** Validates every row and the order of the rows; returns caps only when all is well. */
export function validateCapDrafts(drafts: readonly CapDraft[]): CapValidation {
  const errors: CapError[] = [];
  if (drafts.length === 0) {
    errors.push({ row: null, field: null, message: 'Keep at least one cap.' });
  }
  if (drafts.length > MAX_CAPS) {
    errors.push({ row: null, field: null, message: `Use at most ${MAX_CAPS} caps.` });
  }

  const caps: (Cap | null)[] = drafts.map((draft, row) => {
    const rowErrors: CapError[] = [];
    const from = parseCapNumber(
      draft.from,
      row,
      'from',
      rowErrors,
      draft.kind === 'range' ? 'start' : 'value',
    );
    const to =
      draft.kind === 'range' ? parseCapNumber(draft.to, row, 'to', rowErrors, 'end') : null;
    const label = draft.label.trim();
    if (label.length === 0) {
      rowErrors.push({ row, field: 'label', message: `Cap ${row + 1}: enter a label.` });
    } else if (label.length > 60) {
      rowErrors.push({
        row,
        field: 'label',
        message: `Cap ${row + 1}: the label must be 60 characters or fewer.`,
      });
    }
    if (draft.kind === 'range' && from !== null && to !== null && from >= to) {
      rowErrors.push({
        row,
        field: 'to',
        message: `Cap ${row + 1}: the end of the range must be higher than its start (${draft.from}).`,
      });
    }
    errors.push(...rowErrors);
    if (rowErrors.length > 0 || from === null) return null;
    return draft.kind === 'line'
      ? { kind: 'line', value: from, label }
      : { kind: 'range', from, to: to ?? from, label };
  });

  for (let row = 1; row < caps.length; row++) {
    const previous = caps[row - 1];
    const current = caps[row];
    if (!previous || !current) continue;
    if (capLowerEdge(current) > capThreshold(previous)) continue;
    const entirelyBelow = capThreshold(current) < capLowerEdge(previous);
    errors.push({
      row,
      field: 'from',
      message: entirelyBelow
        ? `Cap ${row + 1} (${formatCap(current)}) is lower than cap ${row} (${formatCap(previous)}). List caps from lowest to highest.`
        : `Cap ${row + 1} (${formatCap(current)}) overlaps cap ${row} (${formatCap(previous)}). Caps must not overlap or touch.`,
    });
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, caps: caps.filter((cap): cap is Cap => cap !== null) };
}

function parseCapNumber(
  text: string,
  row: number,
  field: CapField,
  errors: CapError[],
  name: string,
): number | null {
  const trimmed = text.trim();
  const prefix = `Cap ${row + 1}`;
  if (trimmed === '') {
    errors.push({
      row,
      field,
      message: `${prefix}: enter ${name === 'end' ? 'an' : 'a'} ${name}.`,
    });
    return null;
  }
  // Number('') and Number(' 1e3 ') are too forgiving for a cap: accept plain decimals only.
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) {
    errors.push({
      row,
      field,
      message: `${prefix}: the ${name} must be a number, like 20 or 17.5.`,
    });
    return null;
  }
  const value = Number(trimmed);
  if (value < 0) {
    errors.push({ row, field, message: `${prefix}: the ${name} must not be negative.` });
    return null;
  }
  if (value === 0) {
    errors.push({ row, field, message: `${prefix}: the ${name} must be more than 0.` });
    return null;
  }
  if (value > MAX_CAP_VALUE) {
    errors.push({
      row,
      field,
      message: `${prefix}: the ${name} must be ${MAX_CAP_VALUE} or less.`,
    });
    return null;
  }
  return value;
}
