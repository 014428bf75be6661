/**
 * Caps set by a person, written into a link so that whoever opens it sees
 * the same caps, and so the same figures. The preset's name alone ("custom")
 * would open the other person's own saved caps, or the default.
 *
 * The text is one cap after another, separated by commas: a value ("15") or
 * a range ("18-20"), then a colon and its label, with any comma, colon or
 * percent sign in the label percent-encoded so that it cannot split the text:
 * `15:custom cap,18-20:target range,25:25 and over`. Only those three are
 * encoded, so the address stays readable once the browser has encoded it.
 * What is read back is checked by the same rules as the caps editor.
 */
import type { Cap } from './caps';
import { validateCapDrafts, type CapDraft } from './validate-caps';

/** Long enough for six caps with 60-character labels, percent-encoded. */
export const MAX_CAPS_LINK_TEXT = 1_500;

/** The caps as link text. */
export function capsToLinkText(caps: readonly Cap[]): string {
  return caps
    .map((cap) => {
      const values = cap.kind === 'line' ? `${cap.value}` : `${cap.from}-${cap.to}`;
      return `${values}:${cap.label.replace(/[%,:]/g, encodeURIComponent)}`;
    })
    .join(',');
}

/** The caps a link carries, or null when its text is not a valid set of caps. */
export function capsFromLinkText(text: string): Cap[] | null {
  if (text.length === 0 || text.length > MAX_CAPS_LINK_TEXT) return null;
  const drafts: CapDraft[] = [];
  for (const part of text.split(',')) {
    const match = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?:(.*)$/.exec(part);
    if (!match) return null;
    const [, from, to, encodedLabel] = match;
    let label: string;
    try {
      label = decodeURIComponent(encodedLabel ?? '');
    } catch {
      return null;
    }
    drafts.push(
      to === undefined
        ? { kind: 'line', from: from ?? '', to: '', label }
        : { kind: 'range', from: from ?? '', to, label },
    );
  }
  const checked = validateCapDrafts(drafts);
  return checked.ok ? checked.caps : null;
}

/** True when two lists hold the same caps, in the same order, with the same labels. */
export function sameCaps(a: readonly Cap[], b: readonly Cap[]): boolean {
  return a.length === b.length && capsToLinkText(a) === capsToLinkText(b);
}
