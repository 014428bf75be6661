import type { CaseDetail } from '../contract/v1';
import { bandsFromCaps } from './bands';
import { builtInPresets, type Cap } from './caps';
import {
  countingLines,
  describeLoad,
  explainLoad,
  explainOverCap,
  explainOwnCap,
  loadFormula,
  ownCapDescription,
} from './explain';
import type { ViewMeasure } from './measure-options';
import type { OverCapCount } from './measures';
import { unitFigures, type GroupLoad } from './unit-figures';
import type { LoadSettings } from './worker-load';
import { worker, settings } from '../test/builders';

let nextCaseList = 1;
function children(count: number, siblingGroupId?: string): CaseDetail[] {
  const list = nextCaseList++;
  return Array.from({ length: count }, (_, i) => ({
    id: `${siblingGroupId ?? 'single'}-${list}-${i}`,
    type: 'child-in-need' as const,
    inCourtProceedings: false,
    allocatedOn: '2026-03-01',
    ...(siblingGroupId ? { siblingGroupId } : {}),
  }));
}

/** LoadSettings with example A weighting, the default ASYE rule (0.6 of FTE) and reference 20. */

function view(partial: Partial<ViewMeasure> = {}): ViewMeasure {
  return settings(partial).view;
}

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);

describe('describeLoad', () => {
  it.each<{ load: GroupLoad; text: string }>([
    { load: { status: 'ok', amount: 320_461, denominator: 20_803.5, value: 15.404 }, text: '15.4' },
    { load: { status: 'ok', amount: 39, denominator: 2, value: 19.96 }, text: '20.0' },
    { load: { status: 'empty' }, text: 'No one to count' },
    { load: { status: 'no-fte' }, text: 'Not known' },
  ])('$text', ({ load, text }) => {
    expect(describeLoad(load)).toBe(text);
  });
});

describe('loadFormula: the sum behind a load, with this unit’s own numbers', () => {
  it.each<{ name: string; load: GroupLoad; view: ViewMeasure; text: string }>([
    {
      // 2,847 / 147.3 = 19.328 -> 19.3.
      name: 'cases per FTE',
      load: { status: 'ok', amount: 2847, denominator: 147.3, value: 2847 / 147.3 },
      view: view(),
      text: '2,847 cases ÷ 147.3 FTE = 19.3 cases per FTE.',
    },
    {
      // DfE, England, 30 September 2024: 320,461 / 20,803.5 = 15.404 -> 15.4.
      name: 'England 2024',
      load: { status: 'ok', amount: 320_461, denominator: 20_803.5, value: 320_461 / 20_803.5 },
      view: view({ population: 'everyone' }),
      text: '320,461 cases ÷ 20,803.5 FTE = 15.4 cases per FTE.',
    },
    {
      // 4 / 1.5 = 2.67 -> 2.7.
      name: 'families per FTE',
      load: { status: 'ok', amount: 4, denominator: 1.5, value: 4 / 1.5 },
      view: view({ counting: 'families' }),
      text: '4 families ÷ 1.5 FTE = 2.7 families per FTE.',
    },
    {
      name: 'cases held per worker',
      load: { status: 'ok', amount: 42, denominator: 3, value: 14 },
      view: view({ measure: 'cases' }),
      text: '42 cases ÷ 3 workers = 14.0 cases per worker.',
    },
    {
      name: 'cases held by one worker',
      load: { status: 'ok', amount: 20, denominator: 1, value: 20 },
      view: view({ measure: 'cases' }),
      text: '20 cases ÷ 1 worker = 20.0 cases per worker.',
    },
    {
      name: 'families held per worker',
      load: { status: 'ok', amount: 3, denominator: 2, value: 1.5 },
      view: view({ measure: 'cases', counting: 'families' }),
      text: '3 families ÷ 2 workers = 1.5 families per worker.',
    },
    {
      // 43 / 1.5 = 28.67 -> 28.7.
      name: 'weighted points per FTE',
      load: { status: 'ok', amount: 43, denominator: 1.5, value: 43 / 1.5 },
      view: view({ measure: 'points' }),
      text: '43 points ÷ 1.5 FTE = 28.7 points per FTE.',
    },
    {
      name: 'no one to count',
      load: { status: 'empty' },
      view: view(),
      text: 'There is no one to count, so there is nothing to divide.',
    },
    {
      name: 'everyone left out',
      load: { status: 'no-fte' },
      view: view(),
      text: 'Everyone who would be counted is left out (see below), so there is nothing to divide.',
    },
  ])('$name', ({ load, view: v, text }) => {
    expect(loadFormula(load, v)).toBe(text);
  });

  it('writes a fractional points total as it is, so the sum on screen adds up', () => {
    // A scheme may give 1.5 points per case (weighting.ts accepts decimals): 3 such cases
    // are 4.5 points; at 0.5 FTE that is 9.0 per FTE. "5 points ÷ 0.5 FTE = 9.0" would not add up.
    const load: GroupLoad = { status: 'ok', amount: 4.5, denominator: 0.5, value: 9 };
    expect(loadFormula(load, view({ measure: 'points' }))).toBe(
      '4.5 points ÷ 0.5 FTE = 9.0 points per FTE.',
    );
  });
});

describe('countingLines: who was counted, not counted and left out, with reasons and counts', () => {
  // Under families: one case holder with 2 families (g1 twice, one single child), a manager
  // with 1 family, two case holders with no case detail, and one with detail but FTE 0.
  const holder = worker({ casesHeld: 3, caseDetails: [...children(2, 'g1'), ...children(1)] });
  const manager = worker({ role: 'team-manager', casesHeld: 1, caseDetails: children(1) });
  const noDetailA = worker({ casesHeld: 4 });
  const noDetailB = worker({ casesHeld: 2, fte: 0.5 });
  const noFte = worker({ casesHeld: 2, fte: 0, caseDetails: children(2) });
  const workers = [holder, manager, noDetailA, noDetailB, noFte];
  const figuresFor = (population: ViewMeasure['population']) =>
    unitFigures(workers, [], caps, bands, settings({ counting: 'families', population }));

  it('everyone: counts, then each reason once with how many it left out', () => {
    expect(countingLines(figuresFor('everyone'))).toEqual([
      'Counted: everyone, managers included, 2 workers.',
      'Left out of both sides of the sum: 2 workers with no case-level detail to count families.',
      'Left out of both sides of the sum: 1 worker with no FTE recorded.',
    ]);
  });

  it('case holders: says how many managers are not counted', () => {
    const lines = countingLines(figuresFor('case-holders'));
    expect(lines).toHaveLength(4);
    expect(lines.slice(1)).toEqual([
      'Not counted: 1 manager or worker without cases.',
      'Left out of both sides of the sum: 2 workers with no case-level detail to count families.',
      'Left out of both sides of the sum: 1 worker with no FTE recorded.',
    ]);
  });

  it('case holders: names the DfE rule with its capitals', () => {
    // populationNames['case-holders'] is “Case holders only (DfE rule)”: only the first letter
    // should drop to lower case inside the sentence, never the acronym DfE.
    expect(countingLines(figuresFor('case-holders'))[0]).toBe(
      'Counted: case holders only (DfE rule), 1 worker.',
    );
  });

  it('plural managers, and no left-out lines when no one is left out', () => {
    const figures = unitFigures(
      [
        worker({ casesHeld: 20 }),
        worker({ role: 'team-manager', casesHeld: 2 }),
        worker({ role: 'qualified-without-cases', casesHeld: 0 }),
      ],
      [],
      caps,
      bands,
      settings(),
    );
    expect(countingLines(figures).slice(1)).toEqual([
      'Not counted: 2 managers or workers without cases.',
    ]);
  });
});

describe('explainLoad, explainOverCap, explainOwnCap', () => {
  // 22 + 18 = 40 cases over 2.0 FTE = 20; a manager not counted.
  const workers = [
    worker({ casesHeld: 22 }),
    worker({ casesHeld: 18 }),
    worker({ role: 'team-manager', casesHeld: 2 }),
  ];

  it('per FTE: the formula, the ratio-of-sums rule, then who is counted', () => {
    const lines = explainLoad(unitFigures(workers, [], caps, bands, settings()));
    expect(lines.slice(0, 2)).toEqual([
      '40 cases ÷ 2.0 FTE = 20.0 cases per FTE.',
      'A ratio of sums, as DfE computes caseload: the total divided by the total FTE, not an average of each worker’s figure.',
    ]);
    expect(lines.at(-1)).toBe('Not counted: 1 manager or worker without cases.');
  });

  it('cases held: divided by how many they are', () => {
    const lines = explainLoad(
      unitFigures(workers, [], caps, bands, settings({ measure: 'cases', population: 'everyone' })),
    );
    // (22 + 18 + 2) / 3 workers = 14.
    expect(lines.slice(0, 3)).toEqual([
      '42 cases ÷ 3 workers = 14.0 cases per worker.',
      'Cases held by the counted workers divided by how many they are.',
      'Counted: everyone, managers included, 3 workers.',
    ]);
  });

  it.each<{ name: string; over: OverCapCount; second: string }>([
    {
      name: 'some over',
      over: { cap: caps[1] as Cap, threshold: 20, count: 1, of: 2, share: 0.5 },
      second: '1 of 2 = 50%.',
    },
    {
      name: 'no one to count',
      over: { cap: caps[1] as Cap, threshold: 20, count: 0, of: 0, share: null },
      second: 'No one to count.',
    },
  ])('explainOverCap: $name', ({ over, second }) => {
    const figures = unitFigures(workers, [], caps, bands, settings());
    expect(explainOverCap(over, figures)).toEqual([
      'Each counted worker’s own cases per FTE compared with 20.0, at one decimal place; a figure exactly on the cap counts as over it.',
      second,
      'Not counted: 1 manager or worker without cases.',
    ]);
  });

  it('explainOwnCap: the rule, then how many are at or over their own cap', () => {
    // 22 is over the own cap 20; 18 is not.
    const figures = unitFigures(workers, [], caps, bands, settings());
    expect(explainOwnCap(figures, 'the rule')).toEqual([
      'the rule',
      '1 of 2 counted workers are at or over their own cap.',
    ]);
  });
});

describe('ownCapDescription', () => {
  it.each<{ name: string; settings: LoadSettings; text: string }>([
    {
      name: 'the defaults',
      settings: settings(),
      text: '20 cases per FTE, pro rata to FTE; ASYE workers’ caps are counted at 60% (as if 0.6 of their FTE)',
    },
    {
      name: 'a fixed ASYE cap against Napo’s 18',
      settings: settings(
        {},
        { asyeRule: { kind: 'fixed-cap', casesPerFte: 12 }, referenceCapPerFte: 18 },
      ),
      text: '18 cases per FTE, pro rata to FTE; ASYE workers have a fixed cap of 12 cases per FTE (or the reference cap, if lower)',
    },
    {
      name: 'a reference cap with a decimal',
      settings: settings({}, { referenceCapPerFte: 17.5 }),
      text: '17.5 cases per FTE, pro rata to FTE; ASYE workers’ caps are counted at 60% (as if 0.6 of their FTE)',
    },
    {
      name: 'weighted points: the scheme’s capacity',
      settings: settings({ measure: 'points' }),
      text: 'capacity of 100 points per FTE, 90 for ASYE workers',
    },
  ])('$name', ({ settings: given, text }) => {
    expect(ownCapDescription(given)).toBe(text);
  });
});
