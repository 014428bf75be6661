import {
  amountNoun,
  DEFAULT_VIEW_MEASURE,
  measureCaption,
  usesCounting,
  valueUnit,
  type CountingRule,
  type Measure,
  type Population,
} from './measure-options';

describe('the default view measure', () => {
  it('is the DfE measure: cases per FTE, counting children, case holders only', () => {
    expect(DEFAULT_VIEW_MEASURE).toEqual({
      measure: 'per-fte',
      counting: 'children',
      population: 'case-holders',
    });
  });
});

const dfe = 'case holders only (the DfE rule).';
const all = 'everyone, managers and staff without cases included.';
const points = 'Weighted points per FTE (each child’s case weighted by type and court work);';

describe.each<{
  measure: Measure;
  counting: CountingRule;
  unit: string;
  noun: string;
  counts: boolean;
  caption: Record<Population, string>;
}>([
  {
    measure: 'per-fte',
    counting: 'children',
    unit: 'cases per FTE',
    noun: 'cases',
    counts: true,
    caption: {
      'case-holders': `Cases per FTE, counting children; ${dfe}`,
      everyone: `Cases per FTE, counting children; ${all}`,
    },
  },
  {
    measure: 'per-fte',
    counting: 'families',
    unit: 'families per FTE',
    noun: 'families',
    counts: true,
    caption: {
      'case-holders': `Cases per FTE, counting families (a sibling group counts once); ${dfe}`,
      everyone: `Cases per FTE, counting families (a sibling group counts once); ${all}`,
    },
  },
  {
    measure: 'cases',
    counting: 'children',
    unit: 'cases',
    noun: 'cases',
    counts: true,
    caption: {
      'case-holders': `Cases held, counting children; ${dfe}`,
      everyone: `Cases held, counting children; ${all}`,
    },
  },
  {
    measure: 'cases',
    counting: 'families',
    unit: 'families',
    noun: 'families',
    counts: true,
    caption: {
      'case-holders': `Cases held, counting families (a sibling group counts once); ${dfe}`,
      everyone: `Cases held, counting families (a sibling group counts once); ${all}`,
    },
  },
  {
    measure: 'points',
    counting: 'children',
    unit: 'points per FTE',
    noun: 'points',
    counts: false,
    caption: { 'case-holders': `${points} ${dfe}`, everyone: `${points} ${all}` },
  },
  {
    // Points always count each child: the families rule has no effect on the words.
    measure: 'points',
    counting: 'families',
    unit: 'points per FTE',
    noun: 'points',
    counts: false,
    caption: { 'case-holders': `${points} ${dfe}`, everyone: `${points} ${all}` },
  },
])('$measure, counting $counting', ({ measure, counting, unit, noun, counts, caption }) => {
  it.each<Population>(['case-holders', 'everyone'])('for %s', (population) => {
    const view = { measure, counting, population };
    expect(valueUnit(view)).toBe(unit);
    expect(amountNoun(view)).toBe(noun);
    expect(usesCounting(view)).toBe(counts);
    expect(measureCaption(view)).toBe(caption[population]);
  });
});
