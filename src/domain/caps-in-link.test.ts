import fc from 'fast-check';
import { builtInPresets, type Cap } from './caps';
import {
  capsFromLinkText,
  capsToLinkText,
  sameCaps,
  teamTypeCapsFromLinkText,
  teamTypeCapsToLinkText,
} from './caps-in-link';
import { validateCapDrafts, toDrafts } from './validate-caps';

describe('caps in a link', () => {
  it('writes the default caps as short, readable text', () => {
    expect(capsToLinkText(builtInPresets.default.caps)).toBe(
      '15:Setting the Bar maximum,18-20:target range,25:25 and over',
    );
  });

  it('encodes only what would split the text', () => {
    const caps: Cap[] = [{ kind: 'line', value: 12.5, label: 'Ours: 12.5, 100% agreed' }];
    expect(capsToLinkText(caps)).toBe('12.5:Ours%3A 12.5%2C 100%25 agreed');
  });

  it('reads back a label with commas, colons and quotes whole', () => {
    const caps: Cap[] = [
      { kind: 'line', value: 12.5, label: 'Ours: 12.5, as agreed' },
      { kind: 'range', from: 16, to: 18, label: '“safe” range, 2026' },
    ];
    expect(capsFromLinkText(capsToLinkText(caps))).toEqual(caps);
  });

  it.each([
    ['nothing', ''],
    ['a value with no label part', '15'],
    ['a value that is not a number', 'fifteen:x'],
    ['a negative value', '-5:x'],
    ['an empty label', '15:'],
    ['caps out of order', '25:top,15:lower'],
    ['a broken percent-escape', '15:%E0%A4%A'],
    ['seven caps (six at most)', '1:a,2:b,3:c,4:d,5:e,6:f,7:g'],
  ])('refuses %s', (_, text) => {
    expect(capsFromLinkText(text)).toBeNull();
  });

  it('gives back any valid set of caps exactly as it was written', () => {
    const value = fc.integer({ min: 1, max: 400 }).map((tenths) => tenths / 2);
    const label = fc
      .string({ minLength: 1, maxLength: 60 })
      .filter((text) => text.trim() === text && text !== '');
    const cap = fc.oneof(
      fc.record({ kind: fc.constant('line' as const), value, label }),
      fc.record({ kind: fc.constant('range' as const), from: value, to: value, label }),
    );
    fc.assert(
      fc.property(fc.array(cap, { minLength: 1, maxLength: 6 }), (candidates) => {
        // Only sets the editor would accept can be saved, and so put in a link.
        const valid = validateCapDrafts(toDrafts(candidates));
        fc.pre(valid.ok);
        const back = capsFromLinkText(capsToLinkText(valid.caps));
        expect(back).toEqual(valid.caps);
        expect(back && sameCaps(back, valid.caps)).toBe(true);
      }),
    );
  });
});

describe('caps for kinds of team in a link', () => {
  const longTerm: Cap[] = [
    { kind: 'range', from: 12, to: 14, label: 'aim; agreed = 2026' },
    { kind: 'line', value: 18, label: 'limit' },
  ];

  it('writes each kind with its caps, in order of kind, and reads them back', () => {
    const byType = {
      'short-term': [{ kind: 'line' as const, value: 22, label: 'x' }],
      'long-term': longTerm,
    };
    const text = teamTypeCapsToLinkText(byType);
    expect(text).toBe('long-term=12-14:aim%3B agreed %3D 2026,18:limit;short-term=22:x');
    expect(teamTypeCapsFromLinkText(text ?? '')).toEqual(byType);
  });

  it('writes nothing when no kind has caps of its own', () => {
    expect(teamTypeCapsToLinkText({})).toBeUndefined();
    expect(teamTypeCapsToLinkText({ 'long-term': [] })).toBeUndefined();
  });

  it('keeps a kind named like an object’s own keys as a kind', () => {
    const byType = teamTypeCapsFromLinkText('__proto__=15:x;constructor=16:y');
    expect(byType && Object.keys(byType)).toEqual(['__proto__', 'constructor']);
  });

  it.each([
    ['no kind', '=15:x'],
    ['a kind twice', 'a=15:x;a=16:y'],
    ['caps that cannot be read', 'long-term=25:a,15:b'],
    ['no caps', 'long-term='],
  ])('refuses %s', (_, text) => {
    expect(teamTypeCapsFromLinkText(text)).toBeNull();
  });
});
