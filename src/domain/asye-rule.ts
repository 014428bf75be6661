/**
 * The protected caseload of a worker in their Assessed and Supported Year in
 * Employment (ASYE): a newly qualified social worker carries fewer cases.
 * Councils protect it in different ways (domain.md: "counted as 0.6 FTE"), so
 * the rule is a setting, and each worker's own cap is derived from it.
 */
import { z } from '../contract/zod';

export const MAX_ASYE_CASES_PER_FTE = 200;

export const asyeRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** The cap is counted as if the worker worked `factor` of their FTE. */
  z.object({ kind: z.literal('fte-factor'), factor: z.number().positive().max(1) }),
  /** A fixed lower cap in cases per FTE, used when below the reference cap. */
  z.object({
    kind: z.literal('fixed-cap'),
    casesPerFte: z.number().positive().max(MAX_ASYE_CASES_PER_FTE),
  }),
]);

export type AsyeRule = z.infer<typeof asyeRuleSchema>;
export type AsyeRuleKind = AsyeRule['kind'];

/** domain.md's own example: an ASYE worker counted as 0.6 FTE. */
export const DEFAULT_ASYE_RULE: AsyeRule = { kind: 'fte-factor', factor: 0.6 };

// Shown in the editor when a kind is chosen that has no value yet.
const EXAMPLE_FACTOR = 0.6;
const EXAMPLE_CASES_PER_FTE = 12;

/** A worker's own cap in cases per FTE, from the reference cap and the ASYE rule. */
export function ownCapPerFte(referenceCapPerFte: number, isAsye: boolean, rule: AsyeRule): number {
  if (!isAsye) return referenceCapPerFte;
  switch (rule.kind) {
    case 'none':
      return referenceCapPerFte;
    case 'fte-factor':
      return tidy(referenceCapPerFte * rule.factor);
    case 'fixed-cap':
      // A protected cap is never higher than everyone else's.
      return Math.min(referenceCapPerFte, rule.casesPerFte);
  }
}

/** A worker's own cap in cases, pro rata to their FTE: 0.6 FTE at 20 per FTE is 12 cases. */
export function ownCapInCases(
  referenceCapPerFte: number,
  fte: number,
  isAsye: boolean,
  rule: AsyeRule,
): number {
  return tidy(ownCapPerFte(referenceCapPerFte, isAsye, rule) * fte);
}

/** The rule in words, for captions and the editor. */
export function describeAsyeRule(rule: AsyeRule): string {
  switch (rule.kind) {
    case 'none':
      return 'No protected cap for ASYE workers';
    case 'fte-factor':
      return `ASYE workers’ caps are counted at ${formatPercent(rule.factor)} (as if ${tidy(rule.factor)} of their FTE)`;
    case 'fixed-cap':
      return `ASYE workers have a fixed cap of ${tidy(rule.casesPerFte)} cases per FTE (or the reference cap, if lower)`;
  }
}

export interface AsyeRuleDraft {
  kind: AsyeRuleKind;
  /** Used when kind is 'fte-factor'; kept while another kind is chosen. */
  factor: string;
  /** Used when kind is 'fixed-cap'; kept while another kind is chosen. */
  casesPerFte: string;
}

export type AsyeRuleField = 'factor' | 'casesPerFte';

export interface AsyeRuleError {
  field: AsyeRuleField;
  message: string;
}

export type AsyeRuleValidation =
  { ok: true; rule: AsyeRule } | { ok: false; errors: AsyeRuleError[] };

/** Turns a rule into editable text, with example values for the kinds not chosen. */
export function toAsyeRuleDraft(rule: AsyeRule): AsyeRuleDraft {
  return {
    kind: rule.kind,
    factor: String(rule.kind === 'fte-factor' ? rule.factor : EXAMPLE_FACTOR),
    casesPerFte: String(rule.kind === 'fixed-cap' ? rule.casesPerFte : EXAMPLE_CASES_PER_FTE),
  };
}

/** Validates the value of the chosen kind only; returns the rule when it is well. */
export function validateAsyeRuleDraft(draft: AsyeRuleDraft): AsyeRuleValidation {
  switch (draft.kind) {
    case 'none':
      return { ok: true, rule: { kind: 'none' } };
    case 'fte-factor': {
      const factor = parseValue(draft.factor, 'factor', {
        enter: 'the share of FTE, like 0.6',
        subject: 'The share of FTE',
        example: '0.6',
        max: 1,
        // People think in percentages: point them from 60 to 0.6.
        tooHigh: 'The share of FTE must be 1 or less: for 60%, enter 0.6.',
      });
      return 'message' in factor
        ? { ok: false, errors: [factor] }
        : { ok: true, rule: { kind: 'fte-factor', factor: factor.value } };
    }
    case 'fixed-cap': {
      const cases = parseValue(draft.casesPerFte, 'casesPerFte', {
        enter: 'the fixed cap in cases per FTE, like 12',
        subject: 'The fixed cap',
        example: '12',
        max: MAX_ASYE_CASES_PER_FTE,
        tooHigh: `The fixed cap must be ${MAX_ASYE_CASES_PER_FTE} cases per FTE or less.`,
      });
      return 'message' in cases
        ? { ok: false, errors: [cases] }
        : { ok: true, rule: { kind: 'fixed-cap', casesPerFte: cases.value } };
    }
  }
}

interface ValueRule {
  /** Follows "Enter". */
  enter: string;
  /** Starts a sentence. */
  subject: string;
  example: string;
  max: number;
  tooHigh: string;
}

function parseValue(
  text: string,
  field: AsyeRuleField,
  rule: ValueRule,
): { value: number } | AsyeRuleError {
  const trimmed = text.trim();
  if (trimmed === '') return { field, message: `Enter ${rule.enter}.` };
  // Plain decimals only (".6" too): Number() would also take '1e3' and '0x10'.
  if (!/^-?\d*\.?\d+$/.test(trimmed)) {
    return { field, message: `${rule.subject} must be a number, like ${rule.example}.` };
  }
  const value = Number(trimmed);
  if (value < 0) return { field, message: `${rule.subject} must not be negative.` };
  if (value === 0) return { field, message: `${rule.subject} must be more than 0.` };
  if (value > rule.max) return { field, message: rule.tooHigh };
  return { value };
}

function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

// 20 × 0.6 and the like can land a hair off a whole number; an own cap of
// 12.000000000000002 would print badly and make 12 cases read as under it.
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The rule as it is written in a link (`asye=`), so a colleague opening it
 * counts ASYE workers' own caps as the sender did: "none", "fte-0.6" (a share
 * of FTE) or "cap-12" (a fixed cap in cases per FTE).
 */
export function asyeRuleToLinkText(rule: AsyeRule): string {
  switch (rule.kind) {
    case 'none':
      return 'none';
    case 'fte-factor':
      return `fte-${rule.factor}`;
    case 'fixed-cap':
      return `cap-${rule.casesPerFte}`;
  }
}

/** The rule a link names, checked as the settings form checks it; null when it cannot be read. */
export function asyeRuleFromLinkText(text: string): AsyeRule | null {
  if (text === 'none') return { kind: 'none' };
  const match = /^(fte|cap)-(.+)$/.exec(text);
  if (!match) return null;
  const [, kind, value = ''] = match;
  const draft =
    kind === 'fte'
      ? { kind: 'fte-factor' as const, factor: value, casesPerFte: '' }
      : { kind: 'fixed-cap' as const, factor: '', casesPerFte: value };
  const checked = validateAsyeRuleDraft(draft);
  return checked.ok ? checked.rule : null;
}

/** True when two rules count the same way. */
export function sameAsyeRule(a: AsyeRule, b: AsyeRule): boolean {
  return asyeRuleToLinkText(a) === asyeRuleToLinkText(b);
}

/**
 * The rule in force: the link's when it names one (so the page counts as the
 * sender's did), else the one saved in this browser, with a notice when the
 * two differ or the link's cannot be read.
 */
export function resolveAsyeRule(
  linkText: string | undefined,
  saved: AsyeRule,
): { rule: AsyeRule; notice: string | null } {
  if (linkText === undefined) return { rule: saved, notice: null };
  const fromLink = asyeRuleFromLinkText(linkText);
  if (fromLink === null) {
    return {
      rule: saved,
      notice: `The ASYE rule in this link could not be read, so the rule saved in this browser is used: ${describeAsyeRule(saved)}.`,
    };
  }
  if (sameAsyeRule(fromLink, saved)) return { rule: saved, notice: null };
  return {
    rule: fromLink,
    notice: `This link counts ASYE workers’ own caps by its own rule, so this page does too: ${describeAsyeRule(fromLink)}. The rule saved in this browser is not changed.`,
  };
}
