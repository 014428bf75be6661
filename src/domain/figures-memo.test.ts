import { describe, expect, it } from 'vitest';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import { DEFAULT_ASYE_RULE } from './asye-rule';
import { DEFAULT_VIEW_MEASURE } from './measure-options';
import { referenceCapPerFte, unitFigures } from './unit-figures';
import { DEFAULT_WEIGHTING } from './weighting';
import type { Worker } from '../contract/v1';

function worker(id: string, casesHeld: number, fte = 1): Worker {
  return {
    id,
    unitId: 'team',
    displayName: id,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte,
    casesHeld,
  };
}

// 12, 19 and 26 cases, full time.
const workers = [worker('a', 12), worker('b', 19), worker('c', 26)];
const units = [{ id: 'team', parentId: null, name: 'Team', kind: 'team' }];

function settingsFor(preset: 'default' | 'setting-the-bar') {
  return {
    view: DEFAULT_VIEW_MEASURE,
    weighting: DEFAULT_WEIGHTING,
    asyeRule: DEFAULT_ASYE_RULE,
    referenceCapPerFte: referenceCapPerFte(builtInPresets[preset].caps),
  };
}

describe('memoised unit figures', () => {
  it('gives the same object for the same lists, caps and settings equal by value', () => {
    const caps = builtInPresets.default.caps;
    const bands = bandsFromCaps(caps);
    const first = unitFigures(workers, units, caps, bands, settingsFor('default'));
    expect(unitFigures(workers, units, caps, bands, settingsFor('default'))).toBe(first);
  });

  it('re-bands on a cap change and redoes own caps when the reference cap moves', () => {
    const before = unitFigures(
      workers,
      units,
      builtInPresets.default.caps,
      bandsFromCaps(builtInPresets.default.caps),
      settingsFor('default'),
    );
    // Default caps: own cap 20, so only c (26) is at or over it; 15+: b and c; 25+: c.
    expect(before.overOwnCap.count).toBe(1);
    expect(before.overCaps.map((over) => over.count)).toEqual([2, 1, 1]);
    const caps = builtInPresets['setting-the-bar'].caps;
    const after = unitFigures(
      workers,
      units,
      caps,
      bandsFromCaps(caps),
      settingsFor('setting-the-bar'),
    );
    // Setting the Bar: one cap at 15, own cap 15: b (19) and c (26) are over both.
    expect(after.overCaps.map((over) => over.count)).toEqual([2]);
    expect(after.overOwnCap.count).toBe(2);
    expect(after.counted.map((load) => load.ownCap)).toEqual([15, 15, 15]);
    expect(after.spread.map((entry) => entry.count)).toEqual([1, 2]);
    // The loads themselves are the same: (12 + 19 + 26) / 3 FTE = 19.
    expect(after.load).toEqual(before.load);
    expect(after.medianLoad).toBe(19);
  });
});
