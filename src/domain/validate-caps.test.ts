import { builtInPresets, type BuiltInPresetId, type Cap } from './caps';
import {
  toDrafts,
  validateCapDrafts,
  type CapDraft,
  type CapError,
  type CapField,
  type CapValidation,
} from './validate-caps';

function errorsOf(result: CapValidation): CapError[] {
  if (result.ok) throw new Error('expected the caps to be refused');
  return result.errors;
}

function line(from: string, label = 'a cap'): CapDraft {
  return { kind: 'line', from, to: '', label };
}
function range(from: string, to: string, label = 'a range'): CapDraft {
  return { kind: 'range', from, to, label };
}

const ok15 = line('15', 'Setting the Bar maximum');

describe('validateCapDrafts: refuses bad rows, naming the cap', () => {
  it.each<{
    name: string;
    drafts: CapDraft[];
    row: number;
    field: CapField;
    message: RegExp;
  }>([
    {
      name: 'an empty value',
      drafts: [line('')],
      row: 0,
      field: 'from',
      message: /^Cap 1: enter a value/,
    },
    {
      name: 'a blank value',
      drafts: [line('   ')],
      row: 0,
      field: 'from',
      message: /^Cap 1: enter a value/,
    },
    {
      name: "'abc'",
      drafts: [line('abc')],
      row: 0,
      field: 'from',
      message: /^Cap 1: .*must be a number/,
    },
    {
      name: "'1e3'",
      drafts: [line('1e3')],
      row: 0,
      field: 'from',
      message: /^Cap 1: .*must be a number/,
    },
    {
      name: "'20abc'",
      drafts: [line('20abc')],
      row: 0,
      field: 'from',
      message: /^Cap 1: .*must be a number/,
    },
    {
      name: "'-5'",
      drafts: [line('-5')],
      row: 0,
      field: 'from',
      message: /^Cap 1: .*must not be negative/,
    },
    { name: "'0'", drafts: [line('0')], row: 0, field: 'from', message: /^Cap 1: .*more than 0/ },
    {
      name: "'0.0'",
      drafts: [line('0.0')],
      row: 0,
      field: 'from',
      message: /^Cap 1: .*more than 0/,
    },
    {
      name: "'201'",
      drafts: [line('201')],
      row: 0,
      field: 'from',
      message: /^Cap 1: .*200 or less/,
    },
    {
      name: "'201' as the second cap",
      drafts: [ok15, line('201')],
      row: 1,
      field: 'from',
      message: /^Cap 2: .*200 or less/,
    },
    {
      name: 'a range whose end is below its start',
      drafts: [range('20', '18')],
      row: 0,
      field: 'to',
      message: /^Cap 1: the end of the range must be higher than its start/,
    },
    {
      name: 'a range whose end equals its start',
      drafts: [ok15, range('20', '20')],
      row: 1,
      field: 'to',
      message: /^Cap 2: the end of the range must be higher than its start/,
    },
    {
      name: 'a range with no end ("enter an end")',
      drafts: [range('18', '')],
      row: 0,
      field: 'to',
      message: /^Cap 1: enter an end\./,
    },
    {
      name: 'an empty label',
      drafts: [line('15', '')],
      row: 0,
      field: 'label',
      message: /^Cap 1: enter a label/,
    },
    {
      name: 'a blank label',
      drafts: [ok15, line('20', '  ')],
      row: 1,
      field: 'label',
      message: /^Cap 2: enter a label/,
    },
    {
      name: 'a 61-character label',
      drafts: [line('15', 'x'.repeat(61))],
      row: 0,
      field: 'label',
      message: /^Cap 1: .*60 characters/,
    },
    {
      name: 'line 19 after range 18–20 (inside it)',
      drafts: [range('18', '20'), line('19')],
      row: 1,
      field: 'from',
      message: /^Cap 2 \(19\) overlaps cap 1 \(18–20\)/,
    },
    {
      name: 'line 20 after range 18–20 (touching it)',
      drafts: [range('18', '20'), line('20')],
      row: 1,
      field: 'from',
      message: /^Cap 2 \(20\) overlaps cap 1 \(18–20\)/,
    },
    {
      name: 'range 15–18 after line 15 (touching it)',
      drafts: [ok15, range('15', '18')],
      row: 1,
      field: 'from',
      message: /^Cap 2 \(15–18\) overlaps cap 1 \(15\)/,
    },
    {
      name: 'the same line twice',
      drafts: [ok15, line('15')],
      row: 1,
      field: 'from',
      message: /^Cap 2 \(15\) overlaps cap 1 \(15\)/,
    },
    {
      name: 'line 10 after line 15 (out of order)',
      drafts: [ok15, line('10')],
      row: 1,
      field: 'from',
      message: /^Cap 2 \(10\) is lower than cap 1 \(15\)/,
    },
    {
      name: 'range 10–12 after range 18–20 (out of order)',
      drafts: [range('18', '20'), range('10', '12')],
      row: 1,
      field: 'from',
      message: /^Cap 2 \(10–12\) is lower than cap 1 \(18–20\)/,
    },
  ])('$name', ({ drafts, row, field, message }) => {
    const errors = errorsOf(validateCapDrafts(drafts));
    const onRow = errors.filter((error) => error.row === row && error.field === field);
    expect(onRow).toHaveLength(1);
    expect(onRow[0]?.message).toMatch(message);
  });

  it('refuses zero caps with an error about the whole set', () => {
    const errors = errorsOf(validateCapDrafts([]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: null, field: null });
    expect(errors[0]?.message).toMatch(/at least one cap/);
  });

  it('refuses more than 6 caps, even when each is valid', () => {
    const seven = ['10', '15', '20', '25', '30', '35', '40'].map((value) => line(value));
    const errors = errorsOf(validateCapDrafts(seven));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: null, field: null });
    expect(errors[0]?.message).toMatch(/at most 6 caps/);
    expect(validateCapDrafts(seven.slice(0, 6)).ok).toBe(true);
  });

  it('reports every bad row, not only the first', () => {
    const errors = errorsOf(validateCapDrafts([line('abc'), line('25', ''), line('0')]));
    expect(errors.map((error) => error.row)).toEqual([0, 1, 2]);
    expect(errors.map((error) => error.message.slice(0, 5))).toEqual(['Cap 1', 'Cap 2', 'Cap 3']);
  });
});

describe('validateCapDrafts: accepts good caps', () => {
  it('turns the three default caps typed as text into Cap objects', () => {
    const result = validateCapDrafts([
      line('15', 'Setting the Bar maximum'),
      range('18', '20', 'target range'),
      line('25', '25 and over'),
    ]);
    expect(result).toEqual({
      ok: true,
      caps: [
        { kind: 'line', value: 15, label: 'Setting the Bar maximum' },
        { kind: 'range', from: 18, to: 20, label: 'target range' },
        { kind: 'line', value: 25, label: '25 and over' },
      ],
    });
  });

  it.each<{ name: string; drafts: CapDraft[]; caps: Cap[] }>([
    {
      name: 'decimals and surrounding spaces',
      drafts: [line(' 17.5 ', '  half  '), range('18.25', '20')],
      caps: [
        { kind: 'line', value: 17.5, label: 'half' },
        { kind: 'range', from: 18.25, to: 20, label: 'a range' },
      ],
    },
    {
      name: 'the smallest gap between caps',
      drafts: [range('18', '20'), line('20.1')],
      caps: [
        { kind: 'range', from: 18, to: 20, label: 'a range' },
        { kind: 'line', value: 20.1, label: 'a cap' },
      ],
    },
    {
      name: 'the largest value',
      drafts: [line('200')],
      caps: [{ kind: 'line', value: 200, label: 'a cap' }],
    },
    {
      name: 'a line that ignores a stray end value',
      drafts: [{ kind: 'line', from: '15', to: '99', label: 'a cap' }],
      caps: [{ kind: 'line', value: 15, label: 'a cap' }],
    },
  ])('$name', ({ drafts, caps }) => {
    expect(validateCapDrafts(drafts)).toEqual({ ok: true, caps });
  });
});

describe('toDrafts', () => {
  it('writes caps as text rows', () => {
    expect(toDrafts(builtInPresets.default.caps)).toEqual<CapDraft[]>([
      { kind: 'line', from: '15', to: '', label: 'Setting the Bar maximum' },
      { kind: 'range', from: '18', to: '20', label: 'target range' },
      { kind: 'line', from: '25', to: '', label: '25 and over' },
    ]);
  });

  it.each<BuiltInPresetId>(['default', 'setting-the-bar', 'cafcass', 'napo'])(
    'round-trips the %s preset through validateCapDrafts',
    (id) => {
      const caps = builtInPresets[id].caps;
      expect(validateCapDrafts(toDrafts(caps))).toEqual({ ok: true, caps: [...caps] });
    },
  );
});
