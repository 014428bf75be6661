import { isWrittenByLoadline, labelAfterValueEdit } from './cap-labels';
import type { CapDraft } from './validate-caps';

const line = (from: string, label: string): CapDraft => ({ kind: 'line', from, to: '', label });
const range = (from: string, to: string, label: string): CapDraft => ({
  kind: 'range',
  from,
  to,
  label,
});

describe('labelAfterValueEdit', () => {
  it('replaces a source’s name once the value is no longer the source’s', () => {
    const original = line('15', 'Setting the Bar maximum');
    expect(labelAfterValueEdit(line('12', 'Setting the Bar maximum'), original)).toBe('custom cap');
    expect(
      labelAfterValueEdit(range('18', '22', 'target range'), range('18', '20', 'target range')),
    ).toBe('custom range');
    expect(
      labelAfterValueEdit(
        range('17', '19', 'Napo safe caseload'),
        range('17', '18', 'Napo safe caseload'),
      ),
    ).toBe('custom range');
  });

  it('gives the original label back when the values return to it', () => {
    expect(
      labelAfterValueEdit(line(' 15 ', 'custom cap'), line('15', 'Setting the Bar maximum')),
    ).toBe('Setting the Bar maximum');
  });

  it('keeps “N and over” true to its value, even after the field was cleared on the way', () => {
    const original = line('25', '25 and over');
    expect(labelAfterValueEdit(line('28', '25 and over'), original)).toBe('28 and over');
    expect(labelAfterValueEdit(line('', '28 and over'), original)).toBe('custom cap');
    expect(labelAfterValueEdit(line('30', 'custom cap'), original)).toBe('30 and over');
  });

  it('never changes a label the person wrote', () => {
    expect(
      labelAfterValueEdit(line('12', 'Our local maximum'), line('15', 'Our local maximum')),
    ).toBe('Our local maximum');
  });
});

describe('isWrittenByLoadline', () => {
  it('knows the presets’ labels and its own, and nothing else', () => {
    expect(isWrittenByLoadline('Setting the Bar maximum')).toBe(true);
    expect(isWrittenByLoadline('Napo safe caseload')).toBe(true);
    expect(isWrittenByLoadline('30 and over')).toBe(true);
    expect(isWrittenByLoadline('custom range')).toBe(true);
    expect(isWrittenByLoadline('Our team’s limit')).toBe(false);
  });
});
