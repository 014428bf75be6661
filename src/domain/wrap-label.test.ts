import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it.each([
    ['Care Leavers', 20, 3, ['Care Leavers']],
    ['Court and Pre-proceedings Team', 12, 3, ['Court and', 'Pre-', 'proceedings…']],
    ['Court and Pre-proceedings Team', 16, 3, ['Court and', 'Pre-proceedings', 'Team']],
    ['Supercalifragilistic', 8, 3, ['Supercal', 'ifragili', 'stic']],
    ['Child in Need and Child Protection', 12, 3, ['Child in', 'Need and', 'Child…']],
    ['Child in Need and Child Protection', 18, 2, ['Child in Need and', 'Child Protection']],
    ['Front Door and Assessment', 10, 2, ['Front Door', 'and…']],
    ['Supercalifragilistic', 6, 1, ['Super…']],
    ['', 10, 2, []],
    // A word a little over the width stays whole rather than leave one letter on a line.
    ['Front Door and Assessment', 9, 4, ['Front', 'Door and', 'Assessment']],
    ['Child in Need and Child Protection', 9, 4, ['Child in', 'Need and', 'Child', 'Protection']],
  ])('%j in %i characters and %i lines is %j', (text, chars, lines, expected) => {
    expect(wrapLabel(text, chars, lines)).toEqual(expected);
  });
});
