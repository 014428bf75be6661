import fc from 'fast-check';
import {
  resolveAsyeRule,
  asyeRuleFromLinkText,
  asyeRuleToLinkText,
  asyeRuleSchema,
  DEFAULT_ASYE_RULE,
  describeAsyeRule,
  ownCapInCases,
  ownCapPerFte,
  toAsyeRuleDraft,
  validateAsyeRuleDraft,
  type AsyeRule,
  type AsyeRuleDraft,
  type AsyeRuleError,
  type AsyeRuleValidation,
} from './asye-rule';

const none: AsyeRule = { kind: 'none' };
const factor06: AsyeRule = { kind: 'fte-factor', factor: 0.6 };
const fixed12: AsyeRule = { kind: 'fixed-cap', casesPerFte: 12 };
const fixed18: AsyeRule = { kind: 'fixed-cap', casesPerFte: 18 };

function errorsOf(result: AsyeRuleValidation): AsyeRuleError[] {
  if (result.ok) throw new Error('expected the rule to be refused');
  return result.errors;
}

describe('the default rule', () => {
  it('is domain.md’s example: ASYE workers counted as 0.6 FTE', () => {
    expect(DEFAULT_ASYE_RULE).toEqual({ kind: 'fte-factor', factor: 0.6 });
  });
});

describe('ownCapPerFte and ownCapInCases: worked examples', () => {
  it.each<{
    name: string;
    reference: number;
    fte: number;
    asye: boolean;
    rule: AsyeRule;
    perFte: number;
    cases: number;
  }>([
    // Non-ASYE workers keep the reference cap, pro rata to their FTE.
    {
      name: 'full-time, not ASYE',
      reference: 20,
      fte: 1,
      asye: false,
      rule: factor06,
      perFte: 20,
      cases: 20,
    },
    {
      name: '0.6 FTE, not ASYE: 12 cases is 20 per FTE',
      reference: 20,
      fte: 0.6,
      asye: false,
      rule: factor06,
      perFte: 20,
      cases: 12,
    },
    {
      name: 'not ASYE, fixed-cap rule ignored',
      reference: 20,
      fte: 1,
      asye: false,
      rule: fixed12,
      perFte: 20,
      cases: 20,
    },
    // fte-factor: 20 × 0.6 = 12 per FTE; × FTE for cases.
    {
      name: 'full-time ASYE, factor 0.6',
      reference: 20,
      fte: 1,
      asye: true,
      rule: factor06,
      perFte: 12,
      cases: 12,
    },
    {
      name: '0.5 FTE ASYE, factor 0.6: 12 × 0.5',
      reference: 20,
      fte: 0.5,
      asye: true,
      rule: factor06,
      perFte: 12,
      cases: 6,
    },
    {
      name: 'full-time ASYE, factor 0.6 at 15: 15 × 0.6',
      reference: 15,
      fte: 1,
      asye: true,
      rule: factor06,
      perFte: 9,
      cases: 9,
    },
    {
      name: 'full-time ASYE, factor 0.8 at 20',
      reference: 20,
      fte: 1,
      asye: true,
      rule: { kind: 'fte-factor', factor: 0.8 },
      perFte: 16,
      cases: 16,
    },
    {
      name: 'full-time ASYE, factor 1 (no protection)',
      reference: 20,
      fte: 1,
      asye: true,
      rule: { kind: 'fte-factor', factor: 1 },
      perFte: 20,
      cases: 20,
    },
    // fixed-cap: the lower of the fixed cap and the reference.
    {
      name: 'ASYE, fixed cap 12 at reference 15',
      reference: 15,
      fte: 1,
      asye: true,
      rule: fixed12,
      perFte: 12,
      cases: 12,
    },
    {
      name: 'ASYE, fixed cap 18 at reference 15: reference is lower',
      reference: 15,
      fte: 1,
      asye: true,
      rule: fixed18,
      perFte: 15,
      cases: 15,
    },
    {
      name: '0.5 FTE ASYE, fixed cap 12 at reference 20',
      reference: 20,
      fte: 0.5,
      asye: true,
      rule: fixed12,
      perFte: 12,
      cases: 6,
    },
    // none: ASYE workers are treated like everyone else.
    {
      name: 'ASYE, no protected cap',
      reference: 20,
      fte: 1,
      asye: true,
      rule: none,
      perFte: 20,
      cases: 20,
    },
    {
      name: '0.6 FTE ASYE, no protected cap',
      reference: 20,
      fte: 0.6,
      asye: true,
      rule: none,
      perFte: 20,
      cases: 12,
    },
  ])('$name: $perFte per FTE, $cases cases', ({ reference, fte, asye, rule, perFte, cases }) => {
    expect(ownCapPerFte(reference, asye, rule)).toBe(perFte);
    expect(ownCapInCases(reference, fte, asye, rule)).toBe(cases);
  });

  it('never gives an ASYE worker a higher cap than a worker who is not', () => {
    const rule = fc.oneof(
      fc.constant<AsyeRule>(none),
      fc
        .double({ min: 0.01, max: 1, noNaN: true })
        .map((factor): AsyeRule => ({ kind: 'fte-factor', factor })),
      fc
        .double({ min: 0.5, max: 200, noNaN: true })
        .map((casesPerFte): AsyeRule => ({ kind: 'fixed-cap', casesPerFte })),
    );
    fc.assert(
      fc.property(
        rule,
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (asyeRule, reference, fte) => {
          expect(ownCapPerFte(reference, true, asyeRule)).toBeLessThanOrEqual(reference);
          expect(ownCapInCases(reference, fte, true, asyeRule)).toBeLessThanOrEqual(
            ownCapInCases(reference, fte, false, asyeRule) + 1e-6,
          );
        },
      ),
    );
  });
});

describe('describeAsyeRule', () => {
  it.each<{ rule: AsyeRule; words: string }>([
    { rule: none, words: 'No protected cap for ASYE workers' },
    { rule: factor06, words: 'ASYE workers’ caps are counted at 60% (as if 0.6 of their FTE)' },
    {
      rule: { kind: 'fte-factor', factor: 0.75 },
      words: 'ASYE workers’ caps are counted at 75% (as if 0.75 of their FTE)',
    },
    {
      rule: { kind: 'fte-factor', factor: 0.625 },
      words: 'ASYE workers’ caps are counted at 62.5% (as if 0.625 of their FTE)',
    },
    {
      rule: fixed12,
      words: 'ASYE workers have a fixed cap of 12 cases per FTE (or the reference cap, if lower)',
    },
  ])('$words', ({ rule, words }) => {
    expect(describeAsyeRule(rule)).toBe(words);
  });
});

describe('validateAsyeRuleDraft', () => {
  const draft = (patch: Partial<AsyeRuleDraft>): AsyeRuleDraft => ({
    ...toAsyeRuleDraft(DEFAULT_ASYE_RULE),
    ...patch,
  });

  it.each<{ name: string; draft: AsyeRuleDraft; error: AsyeRuleError }>([
    {
      name: 'an empty factor',
      draft: draft({ factor: ' ' }),
      error: { field: 'factor', message: 'Enter the share of FTE, like 0.6.' },
    },
    {
      name: "factor '60%'",
      draft: draft({ factor: '60%' }),
      error: { field: 'factor', message: 'The share of FTE must be a number, like 0.6.' },
    },
    {
      name: "factor '60'",
      draft: draft({ factor: '60' }),
      error: {
        field: 'factor',
        message: 'The share of FTE must be 1 or less: for 60%, enter 0.6.',
      },
    },
    {
      name: "factor '1.2'",
      draft: draft({ factor: '1.2' }),
      error: {
        field: 'factor',
        message: 'The share of FTE must be 1 or less: for 60%, enter 0.6.',
      },
    },
    {
      name: "factor '0'",
      draft: draft({ factor: '0' }),
      error: { field: 'factor', message: 'The share of FTE must be more than 0.' },
    },
    {
      name: "factor '-0.6'",
      draft: draft({ factor: '-0.6' }),
      error: { field: 'factor', message: 'The share of FTE must not be negative.' },
    },
    {
      name: 'an empty fixed cap',
      draft: draft({ kind: 'fixed-cap', casesPerFte: '' }),
      error: { field: 'casesPerFte', message: 'Enter the fixed cap in cases per FTE, like 12.' },
    },
    {
      name: "fixed cap 'twelve'",
      draft: draft({ kind: 'fixed-cap', casesPerFte: 'twelve' }),
      error: { field: 'casesPerFte', message: 'The fixed cap must be a number, like 12.' },
    },
    {
      name: "fixed cap '0'",
      draft: draft({ kind: 'fixed-cap', casesPerFte: '0' }),
      error: { field: 'casesPerFte', message: 'The fixed cap must be more than 0.' },
    },
    {
      name: "fixed cap '-12'",
      draft: draft({ kind: 'fixed-cap', casesPerFte: '-12' }),
      error: { field: 'casesPerFte', message: 'The fixed cap must not be negative.' },
    },
    {
      name: "fixed cap '201'",
      draft: draft({ kind: 'fixed-cap', casesPerFte: '201' }),
      error: { field: 'casesPerFte', message: 'The fixed cap must be 200 cases per FTE or less.' },
    },
  ])('refuses $name', ({ draft: edit, error }) => {
    expect(errorsOf(validateAsyeRuleDraft(edit))).toEqual([error]);
  });

  it.each<{ name: string; draft: AsyeRuleDraft; rule: AsyeRule }>([
    { name: 'the default', draft: draft({}), rule: factor06 },
    {
      name: 'factor .75',
      draft: draft({ factor: '.75' }),
      rule: { kind: 'fte-factor', factor: 0.75 },
    },
    { name: 'factor 1', draft: draft({ factor: '1' }), rule: { kind: 'fte-factor', factor: 1 } },
    {
      name: 'fixed cap 12.5 with spaces',
      draft: draft({ kind: 'fixed-cap', casesPerFte: ' 12.5 ' }),
      rule: { kind: 'fixed-cap', casesPerFte: 12.5 },
    },
    {
      name: 'no protected cap, ignoring a bad factor left in the other field',
      draft: draft({ kind: 'none', factor: 'junk' }),
      rule: none,
    },
    {
      name: 'a fixed cap, ignoring a bad factor left in the other field',
      draft: draft({ kind: 'fixed-cap', factor: '', casesPerFte: '12' }),
      rule: fixed12,
    },
  ])('accepts $name', ({ draft: edit, rule }) => {
    expect(validateAsyeRuleDraft(edit)).toEqual({ ok: true, rule });
  });

  it.each<AsyeRule>([none, factor06, fixed12, { kind: 'fte-factor', factor: 0.85 }])(
    'round-trips %o through its draft',
    (rule) => {
      expect(validateAsyeRuleDraft(toAsyeRuleDraft(rule))).toEqual({ ok: true, rule });
      expect(asyeRuleSchema.safeParse(rule).success).toBe(true);
    },
  );

  it('fills in example values for the kinds not chosen', () => {
    expect(toAsyeRuleDraft(none)).toEqual({ kind: 'none', factor: '0.6', casesPerFte: '12' });
    expect(toAsyeRuleDraft(fixed18)).toEqual({
      kind: 'fixed-cap',
      factor: '0.6',
      casesPerFte: '18',
    });
  });
});

describe('asyeRuleSchema: what can be stored', () => {
  it.each<{ name: string; value: unknown }>([
    { name: 'a factor of 0', value: { kind: 'fte-factor', factor: 0 } },
    { name: 'a factor over 1', value: { kind: 'fte-factor', factor: 1.5 } },
    { name: 'a fixed cap of 0', value: { kind: 'fixed-cap', casesPerFte: 0 } },
    { name: 'a fixed cap over 200', value: { kind: 'fixed-cap', casesPerFte: 250 } },
    { name: 'an unknown kind', value: { kind: 'half' } },
    { name: 'a missing factor', value: { kind: 'fte-factor' } },
  ])('refuses $name', ({ value }) => {
    expect(asyeRuleSchema.safeParse(value).success).toBe(false);
  });
});

describe('the ASYE rule in a link', () => {
  it.each<[string, AsyeRule]>([
    ['none', { kind: 'none' }],
    ['fte-0.6', { kind: 'fte-factor', factor: 0.6 }],
    ['cap-12', { kind: 'fixed-cap', casesPerFte: 12 }],
    ['cap-12.5', { kind: 'fixed-cap', casesPerFte: 12.5 }],
  ])('reads %s', (text, rule) => {
    expect(asyeRuleFromLinkText(text)).toEqual(rule);
    expect(asyeRuleToLinkText(rule)).toBe(text);
  });

  it.each(['', 'fte-', 'fte-60', 'fte-0', 'cap--3', 'cap-abc', 'half', 'cap-201'])(
    'refuses %j, as the settings form would',
    (text) => {
      expect(asyeRuleFromLinkText(text)).toBeNull();
    },
  );
});

describe('the ASYE rule in force', () => {
  const saved: AsyeRule = { kind: 'fte-factor', factor: 0.6 };

  it('is the saved rule when the link names none, or names the same', () => {
    expect(resolveAsyeRule(undefined, saved)).toEqual({ rule: saved, notice: null });
    expect(resolveAsyeRule('fte-0.6', saved)).toEqual({ rule: saved, notice: null });
  });

  it('is the link’s rule when it differs, and says the saved rule is kept', () => {
    const inForce = resolveAsyeRule('cap-12', saved);
    expect(inForce.rule).toEqual({ kind: 'fixed-cap', casesPerFte: 12 });
    expect(inForce.notice).toBe(
      'This link counts ASYE workers’ own caps by its own rule, so this page does too: ASYE workers have a fixed cap of 12 cases per FTE (or the reference cap, if lower). The rule saved in this browser is not changed.',
    );
  });

  it('falls back on the saved rule, and says so, when the link’s cannot be read', () => {
    const inForce = resolveAsyeRule('fte-60', saved);
    expect(inForce.rule).toBe(saved);
    expect(inForce.notice).toMatch(/^The ASYE rule in this link could not be read/);
  });
});
