import { afterEach, describe, expect, it } from 'vitest';
import { demoDatasetFromUrl } from './demo-dataset';

afterEach(() => window.sessionStorage.clear());

describe('demoDatasetFromUrl', () => {
  it('reads ?demo=national and remembers it for this tab', () => {
    expect(demoDatasetFromUrl('?demo=national&unit=region-london')).toBe('national');
    // Links drop the flag: the tab still knows.
    expect(demoDatasetFromUrl('?unit=region-london')).toBe('national');
    expect(demoDatasetFromUrl('?demo=council')).toBe('council');
    expect(demoDatasetFromUrl('')).toBe('council');
  });

  it('ignores a value it does not know, and says nothing when none was ever given', () => {
    expect(demoDatasetFromUrl('?demo=planet')).toBeNull();
    expect(demoDatasetFromUrl('')).toBeNull();
  });
});
