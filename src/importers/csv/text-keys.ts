/**
 * Small text helpers shared by the CSV importers: matching keys for headers
 * and values, stable unit ids, and quoting cell values in reasons.
 */

/** A key for matching headers and values: lower case, letters and digits only ("No. of cases" -> "noofcases"). */
export function matchKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A key for matching cell values: lower case, with spaces, hyphens and
 * underscores as one space ("Case_Holder" -> "case holder"). Stricter than
 * matchKey: '=TRUE()' must not read as 'true'.
 */
export function valueKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** A slug for an id: lower case words joined by hyphens ("Assessment Team" -> "assessment-team"). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable short fingerprint, not a security hash. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const MAX_ID_LENGTH = 100;

/** Keeps an id within the contract's 100 characters, staying unique by ending a shortened id with a fingerprint of the whole. */
export function fitId(id: string): string {
  if (id.length <= MAX_ID_LENGTH) return id;
  return `${id.slice(0, MAX_ID_LENGTH - 9)}~${fingerprint(id)}`;
}

/** The id part for one name: its slug, or a fingerprint when the name has no letters or digits (e.g. "==="). */
export function idPart(name: string): string {
  const slug = slugify(name);
  return slug === '' ? `u-${fingerprint(name)}` : slug;
}

const MAX_SHOWN = 40;

/** A cell value quoted for a reason: 'value', shortened when long, or "an empty cell". */
export function shown(value: string): string {
  if (value === '') return 'an empty cell';
  const short = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return `'${short}'`;
}
