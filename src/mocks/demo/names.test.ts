import { createNameSource } from './names';
import { createRng } from './random';

describe('createNameSource', () => {
  it('never repeats a name, even well beyond a council', () => {
    const next = createNameSource(createRng(11));
    const names = Array.from({ length: 5000 }, next);
    expect(new Set(names).size).toBe(names.length);
  });

  it('is deterministic for a seed', () => {
    const a = createNameSource(createRng(11));
    const b = createNameSource(createRng(11));
    expect(Array.from({ length: 50 }, a)).toEqual(Array.from({ length: 50 }, b));
  });

  it('gives "First Last" names without a doubled word', () => {
    const next = createNameSource(createRng(2));
    for (const name of Array.from({ length: 300 }, next)) {
      expect(name).toMatch(/^[A-Z][\w'-]+ [A-Z][\w'-]+$/);
      const [first, last] = name.split(' ');
      expect(first).not.toBe(last);
    }
  });
});
