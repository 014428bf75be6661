/**
 * Caps set by a person, written into a link so that whoever opens it sees
 * the same caps, and so the same figures. The preset's name alone ("custom")
 * would open the other person's own saved caps, or the default.
 *
 * The text is one cap after another, separated by commas: a value ("15") or
 * a range ("18-20"), then a colon and its label, with any comma, colon,
 * semicolon, equals or percent sign in the label percent-encoded so that it
 * cannot split the text:
 * `15:custom cap,18-20:target range,25:25 and over`. Only those are encoded, so the address stays readable once the browser has encoded it.
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
      return `${values}:${escapeText(cap.label)}`;
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

/** Percent-encodes only the characters that separate parts of link text. */
function escapeText(text: string): string {
  return text.replace(/[%,:;=]/g, encodeURIComponent);
}

/**
 * Caps for kinds of team (caps-store's teamTypeCaps) as link text: each kind
 * and its caps, `long-term=12-14:aim,18:limit;short-term=...`, in order of
 * kind; undefined when there are none.
 */
export function teamTypeCapsToLinkText(
  byType: Readonly<Record<string, readonly Cap[]>>,
): string | undefined {
  const kinds = Object.keys(byType)
    .filter((kind) => (byType[kind]?.length ?? 0) > 0)
    .sort();
  if (kinds.length === 0) return undefined;
  return kinds.map((kind) => `${escapeText(kind)}=${capsToLinkText(byType[kind] ?? [])}`).join(';');
}

/** The caps for kinds of team a link carries, or null when any part of it cannot be read. */
export function teamTypeCapsFromLinkText(text: string): Record<string, Cap[]> | null {
  if (text.length === 0 || text.length > MAX_CAPS_LINK_TEXT * 4) return null;
  // A Map, not an object, so a kind named like an object's own keys ("__proto__") stays a kind.
  const byType = new Map<string, Cap[]>();
  for (const part of text.split(';')) {
    const equals = part.indexOf('=');
    if (equals < 1) return null;
    let kind: string;
    try {
      kind = decodeURIComponent(part.slice(0, equals));
    } catch {
      return null;
    }
    const caps = capsFromLinkText(part.slice(equals + 1));
    if (caps === null || kind.length > 100 || byType.has(kind)) return null;
    byType.set(kind, caps);
  }
  return Object.fromEntries(byType);
}
