import fc from 'fast-check';
import type { CaseDetail, CaseType } from '../contract/v1';
import {
  resolveWeighting,
  weightingFromLinkText,
  weightingToLinkText,
  casePoints,
  DEFAULT_WEIGHTING,
  describeWeightingScheme,
  exampleWeightingSchemes,
  toWeightingDrafts,
  validateWeightingDrafts,
  weightingSchemeSchema,
  workerCapacityPoints,
  workerPoints,
  type WeightingDraft,
  type WeightingError,
  type WeightingField,
  type WeightingScheme,
  type WeightingValidation,
} from './weighting';

let nextId = 0;
function aCase(type: CaseType, inCourtProceedings = false): CaseDetail {
  nextId += 1;
  return { id: `c${nextId}`, type, inCourtProceedings, allocatedOn: '2024-09-01' };
}

function errorsOf(result: WeightingValidation): WeightingError[] {
  if (result.ok) throw new Error('expected the scheme to be refused');
  return result.errors;
}

function exampleScheme(letter: string): WeightingScheme {
  const example = exampleWeightingSchemes.find((candidate) => candidate.letter === letter);
  if (!example) throw new Error(`no example ${letter}`);
  return example.scheme;
}

const exampleA = exampleScheme('A');
const exampleB = exampleScheme('B');

/** Example A's drafts under a name of our own, with some fields changed. */
function draft(patch: Partial<Omit<WeightingDraft, 'points'>> = {}, points = {}): WeightingDraft {
  const base = toWeightingDrafts(DEFAULT_WEIGHTING);
  return { ...base, name: 'Our scheme', ...patch, points: { ...base.points, ...points } };
}

describe('the example schemes', () => {
  it('are named as examples, say they are illustrations, and pass the schema', () => {
    expect(exampleWeightingSchemes.length).toBeGreaterThanOrEqual(2);
    for (const example of exampleWeightingSchemes) {
      expect(example.scheme.name).toMatch(/^Example [A-Z]: /);
      expect(example.source).toMatch(/illustration of council practice/);
      expect(example.source).toMatch(/replace it with your council’s own scheme/);
      expect(weightingSchemeSchema.safeParse(example.scheme).success).toBe(true);
    }
  });

  it('uses example A as the default: CIN 5, CP 8, looked after 7, care leaver 4, other 3, court +3, 100 and 90 per FTE', () => {
    expect(DEFAULT_WEIGHTING).toEqual({
      name: 'Example A: points by case type',
      points: {
        'child-in-need': 5,
        'child-protection': 8,
        'looked-after': 7,
        'care-leaver': 4,
        other: 3,
      },
      courtProceedingsExtra: 3,
      capacityPerFte: 100,
      asyeCapacityPerFte: 90,
    });
  });

  it('describes a scheme in one line', () => {
    expect(describeWeightingScheme(exampleA)).toBe(
      'Points per case: child in need 5, child protection 8, looked-after children 7, care leavers 4, other cases 3; 3 extra in court proceedings. Capacity: 100 points per FTE (ASYE 90).',
    );
  });
});

describe('casePoints', () => {
  it.each<{ name: string; detail: CaseDetail; scheme: WeightingScheme; points: number }>([
    { name: 'child in need, A', detail: aCase('child-in-need'), scheme: exampleA, points: 5 },
    { name: 'child protection, A', detail: aCase('child-protection'), scheme: exampleA, points: 8 },
    {
      name: 'child protection in court, A: 8 + 3',
      detail: aCase('child-protection', true),
      scheme: exampleA,
      points: 11,
    },
    { name: 'looked after, A', detail: aCase('looked-after'), scheme: exampleA, points: 7 },
    {
      name: 'care leaver in court, A: 4 + 3',
      detail: aCase('care-leaver', true),
      scheme: exampleA,
      points: 7,
    },
    { name: 'other, A', detail: aCase('other'), scheme: exampleA, points: 3 },
    {
      name: 'child protection in court, B: 10 + 5',
      detail: aCase('child-protection', true),
      scheme: exampleB,
      points: 15,
    },
    { name: 'care leaver, B', detail: aCase('care-leaver'), scheme: exampleB, points: 3 },
  ])('$name is $points points', ({ detail, scheme, points }) => {
    expect(casePoints(detail, scheme)).toBe(points);
  });
});

describe('workerPoints', () => {
  const mixed = [
    aCase('child-in-need'),
    aCase('child-in-need'),
    aCase('child-in-need'),
    aCase('child-protection', true),
    aCase('looked-after'),
  ];

  it.each<{ name: string; cases: CaseDetail[]; scheme: WeightingScheme; points: number }>([
    { name: 'no cases', cases: [], scheme: exampleA, points: 0 },
    // 3 × 5 + (8 + 3) + 7 = 15 + 11 + 7
    { name: '3 CIN + 1 CP in court + 1 LAC, A', cases: mixed, scheme: exampleA, points: 33 },
    // 3 × 4 + (10 + 5) + 8 = 12 + 15 + 8
    { name: '3 CIN + 1 CP in court + 1 LAC, B', cases: mixed, scheme: exampleB, points: 35 },
    // 2 × (7 + 3) + 4
    {
      name: '2 LAC in court + 1 care leaver, A',
      cases: [aCase('looked-after', true), aCase('looked-after', true), aCase('care-leaver')],
      scheme: exampleA,
      points: 24,
    },
  ])('$name: $points points', ({ cases, scheme, points }) => {
    expect(workerPoints(cases, scheme)).toBe(points);
  });

  it('adds decimal points without float noise: 0.1 + 0.2 is 0.3', () => {
    const tenths: WeightingScheme = {
      ...exampleA,
      name: 'Tenths',
      points: { ...exampleA.points, 'child-in-need': 0.1, 'child-protection': 0.2 },
    };
    expect(workerPoints([aCase('child-in-need'), aCase('child-protection')], tenths)).toBe(0.3);
  });
});

describe('workerCapacityPoints', () => {
  it.each<{ fte: number; asye: boolean; scheme: WeightingScheme; capacity: number }>([
    { fte: 1, asye: false, scheme: exampleA, capacity: 100 },
    { fte: 0.6, asye: false, scheme: exampleA, capacity: 60 },
    { fte: 1, asye: true, scheme: exampleA, capacity: 90 },
    { fte: 0.5, asye: true, scheme: exampleA, capacity: 45 },
    { fte: 1, asye: true, scheme: exampleB, capacity: 80 },
    { fte: 0, asye: false, scheme: exampleA, capacity: 0 },
  ])('$fte FTE, ASYE $asye: $capacity points', ({ fte, asye, scheme, capacity }) => {
    expect(workerCapacityPoints(fte, asye, scheme)).toBe(capacity);
  });
});

describe('validateWeightingDrafts: refuses bad fields with a message naming the field', () => {
  it.each<{ name: string; draft: WeightingDraft; field: WeightingField; message: string }>([
    {
      name: 'no name',
      draft: draft({ name: '  ' }),
      field: 'name',
      message: 'Enter a name for the scheme.',
    },
    {
      name: 'an 81-character name',
      draft: draft({ name: 'x'.repeat(81) }),
      field: 'name',
      message: 'The scheme name must be 80 characters or fewer.',
    },
    {
      name: 'empty child protection points',
      draft: draft({}, { 'child-protection': '' }),
      field: 'points.child-protection',
      message: 'Enter the points for child protection.',
    },
    {
      name: "child protection 'eight'",
      draft: draft({}, { 'child-protection': 'eight' }),
      field: 'points.child-protection',
      message: 'Points for child protection must be a number, like 8.',
    },
    {
      name: "child protection '1e3'",
      draft: draft({}, { 'child-protection': '1e3' }),
      field: 'points.child-protection',
      message: 'Points for child protection must be a number, like 8.',
    },
    {
      name: "child protection '-2'",
      draft: draft({}, { 'child-protection': '-2' }),
      field: 'points.child-protection',
      message: 'Points for child protection must not be negative.',
    },
    {
      name: "child protection '101'",
      draft: draft({}, { 'child-protection': '101' }),
      field: 'points.child-protection',
      message: 'Points for child protection must be 100 or less.',
    },
    {
      name: "child in need '5 points'",
      draft: draft({}, { 'child-in-need': '5 points' }),
      field: 'points.child-in-need',
      message: 'Points for child in need must be a number, like 5.',
    },
    {
      name: "looked after 'x'",
      draft: draft({}, { 'looked-after': 'x' }),
      field: 'points.looked-after',
      message: 'Points for looked-after children must be a number, like 7.',
    },
    {
      name: "care leavers '-1'",
      draft: draft({}, { 'care-leaver': '-1' }),
      field: 'points.care-leaver',
      message: 'Points for care leavers must not be negative.',
    },
    {
      name: 'empty other',
      draft: draft({}, { other: '' }),
      field: 'points.other',
      message: 'Enter the points for other cases.',
    },
    {
      name: 'empty court extra',
      draft: draft({ courtProceedingsExtra: '' }),
      field: 'courtProceedingsExtra',
      message: 'Enter the extra points in court proceedings (0 for none).',
    },
    {
      name: "court extra '-3'",
      draft: draft({ courtProceedingsExtra: '-3' }),
      field: 'courtProceedingsExtra',
      message: 'Extra points in court proceedings must not be negative.',
    },
    {
      name: "capacity 'lots'",
      draft: draft({ capacityPerFte: 'lots' }),
      field: 'capacityPerFte',
      message: 'Capacity points per FTE must be a number, like 100.',
    },
    {
      name: "capacity '0'",
      draft: draft({ capacityPerFte: '0' }),
      field: 'capacityPerFte',
      message: 'Capacity points per FTE must be more than 0.',
    },
    {
      name: "capacity '1001'",
      draft: draft({ capacityPerFte: '1001' }),
      field: 'capacityPerFte',
      message: 'Capacity points per FTE must be 1000 or less.',
    },
    {
      name: "ASYE capacity '0'",
      draft: draft({ asyeCapacityPerFte: '0' }),
      field: 'asyeCapacityPerFte',
      message: 'ASYE capacity points per FTE must be more than 0.',
    },
    {
      name: 'empty ASYE capacity',
      draft: draft({ asyeCapacityPerFte: '' }),
      field: 'asyeCapacityPerFte',
      message: 'Enter the ASYE capacity in points per FTE.',
    },
    {
      name: 'ASYE capacity 110 over a capacity of 100',
      draft: draft({ asyeCapacityPerFte: '110' }),
      field: 'asyeCapacityPerFte',
      message: 'ASYE capacity must not be more than the full capacity (100).',
    },
    {
      name: 'ASYE capacity 90 over a capacity of 80',
      draft: draft({ capacityPerFte: '80' }),
      field: 'asyeCapacityPerFte',
      message: 'ASYE capacity must not be more than the full capacity (80).',
    },
  ])('$name', ({ draft: edit, field, message }) => {
    expect(errorsOf(validateWeightingDrafts(edit))).toEqual([{ field, message }]);
  });

  it('lists every problem at once, in the order of the fields', () => {
    const edit = draft({ name: '', capacityPerFte: '0' }, { 'child-in-need': 'a', other: '-1' });
    expect(errorsOf(validateWeightingDrafts(edit)).map((error) => error.field)).toEqual([
      'name',
      'points.child-in-need',
      'points.other',
      'capacityPerFte',
    ]);
  });

  it('asks for a name of its own when an example is changed but keeps the example’s name', () => {
    const edit = draft({ name: 'Example A: points by case type' }, { 'child-protection': '9' });
    expect(errorsOf(validateWeightingDrafts(edit))).toEqual([
      {
        field: 'name',
        message:
          'Give the scheme a name of its own: “Example A: points by case type” is an example, and these numbers differ from it.',
      },
    ]);
  });
});

describe('validateWeightingDrafts: accepts good edits', () => {
  it.each(exampleWeightingSchemes.map((example) => ({ name: example.scheme.name, example })))(
    'accepts $name unchanged',
    ({ example }) => {
      expect(validateWeightingDrafts(toWeightingDrafts(example.scheme))).toEqual({
        ok: true,
        scheme: example.scheme,
      });
    },
  );

  it('accepts 0 points, decimals, spaces around numbers, and an ASYE capacity equal to the full one', () => {
    const edit = draft(
      { name: '  Our scheme  ', courtProceedingsExtra: '0', asyeCapacityPerFte: '100' },
      { other: '0', 'child-protection': ' 8.5 ' },
    );
    expect(validateWeightingDrafts(edit)).toEqual({
      ok: true,
      scheme: {
        ...exampleA,
        name: 'Our scheme',
        points: { ...exampleA.points, other: 0, 'child-protection': 8.5 },
        courtProceedingsExtra: 0,
        asyeCapacityPerFte: 100,
      },
    });
  });

  it('round-trips any valid scheme through its drafts', () => {
    const points = fc.integer({ min: 0, max: 100 });
    const scheme: fc.Arbitrary<WeightingScheme> = fc
      .record({
        points: fc.record({
          'child-in-need': points,
          'child-protection': points,
          'looked-after': points,
          'care-leaver': points,
          other: points,
        }),
        courtProceedingsExtra: points,
        capacityPerFte: fc.integer({ min: 1, max: 1000 }),
        asyeShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
      })
      .map(({ asyeShare, ...rest }) => ({
        name: 'Our scheme',
        ...rest,
        asyeCapacityPerFte: Math.max(1, Math.floor(rest.capacityPerFte * asyeShare)),
      }));
    fc.assert(
      fc.property(scheme, (original) => {
        expect(validateWeightingDrafts(toWeightingDrafts(original))).toEqual({
          ok: true,
          scheme: original,
        });
        expect(weightingSchemeSchema.safeParse(original).success).toBe(true);
      }),
    );
  });
});

describe('weightingSchemeSchema: what can be stored', () => {
  it.each<{ name: string; value: unknown }>([
    {
      name: 'a missing case type',
      value: { ...exampleA, points: { ...exampleA.points, other: undefined } },
    },
    { name: 'negative points', value: { ...exampleA, points: { ...exampleA.points, other: -1 } } },
    { name: 'points over 100', value: { ...exampleA, courtProceedingsExtra: 101 } },
    { name: 'a capacity of 0', value: { ...exampleA, capacityPerFte: 0 } },
    {
      name: 'ASYE capacity over the full capacity',
      value: { ...exampleA, asyeCapacityPerFte: 120 },
    },
    { name: 'an empty name', value: { ...exampleA, name: ' ' } },
    { name: 'points as text', value: { ...exampleA, capacityPerFte: '100' } },
  ])('refuses $name', ({ value }) => {
    expect(weightingSchemeSchema.safeParse(value).success).toBe(false);
  });
});

describe('the weighting scheme in a link', () => {
  const ours: WeightingScheme = {
    name: 'Northbridge: points, 2026',
    points: {
      'child-in-need': 4,
      'child-protection': 9,
      'looked-after': 6.5,
      'care-leaver': 3,
      other: 2,
    },
    courtProceedingsExtra: 4,
    capacityPerFte: 110,
    asyeCapacityPerFte: 85,
  };

  it('is written in the contract’s order of case types, with the name’s colon and comma encoded', () => {
    expect(weightingToLinkText(ours)).toBe('4,9,6.5,3,2,4,110,85:Northbridge%3A points%2C 2026');
  });

  it('reads back every scheme it writes', () => {
    expect(weightingFromLinkText(weightingToLinkText(ours))).toEqual(ours);
    for (const example of exampleWeightingSchemes) {
      expect(weightingFromLinkText(weightingToLinkText(example.scheme))).toEqual(example.scheme);
    }
  });

  it.each([
    ['no name part', '4,9,6.5,3,2,4,110,85'],
    ['a number missing', '4,9,6.5,3,2,4,110:x'],
    ['a word for a number', '4,nine,6.5,3,2,4,110,85:x'],
    ['an ASYE capacity above the full capacity', '4,9,6.5,3,2,4,110,120:x'],
    ['an empty name', '4,9,6.5,3,2,4,110,85:'],
    ['a broken escape', '4,9,6.5,3,2,4,110,85:%E0%A4%A'],
  ])('refuses %s', (_, text) => {
    expect(weightingFromLinkText(text)).toBeNull();
  });

  it('uses the link’s scheme over the saved one, and says so', () => {
    const inForce = resolveWeighting(weightingToLinkText(ours), DEFAULT_WEIGHTING);
    expect(inForce.scheme).toEqual(ours);
    expect(inForce.notice).toBe(
      'This link weighs cases by its own scheme, so this page does too: Northbridge: points, 2026. The scheme saved in this browser is not changed.',
    );
    expect(resolveWeighting(weightingToLinkText(ours), ours)).toEqual({
      scheme: ours,
      notice: null,
    });
    expect(resolveWeighting('rubbish', ours).scheme).toBe(ours);
    expect(resolveWeighting('rubbish', ours).notice).toMatch(/could not be read/);
  });
});
