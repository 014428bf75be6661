/**
 * Caps: the caseload limits a dashboard compares each load with, and the
 * presets that name where each limit comes from (../docs/measures.md).
 */
import { z } from '../contract/zod';

export const MAX_CAPS = 6;
export const MAX_CAP_VALUE = 200;

const capValue = z.number().positive().max(MAX_CAP_VALUE);
const capLabel = z.string().trim().min(1).max(60);

export const lineCapSchema = z.object({
  kind: z.literal('line'),
  value: capValue,
  label: capLabel,
});
export const rangeCapSchema = z.object({
  kind: z.literal('range'),
  from: capValue,
  to: capValue,
  label: capLabel,
});
export const capSchema = z.discriminatedUnion('kind', [lineCapSchema, rangeCapSchema]);

export type LineCap = z.infer<typeof lineCapSchema>;
export type RangeCap = z.infer<typeof rangeCapSchema>;
export type Cap = z.infer<typeof capSchema>;

/**
 * 'organisation' is the caps a council sets for everyone in loadline.config.json
 * (organisation-settings.ts); 'custom' is caps set by a person in their browser.
 */
export const presetIds = [
  'organisation',
  'default',
  'setting-the-bar',
  'cafcass',
  'napo',
  'custom',
] as const;
export type PresetId = (typeof presetIds)[number];
export type BuiltInPresetId = Exclude<PresetId, 'custom' | 'organisation'>;

export interface CapPreset {
  id: PresetId;
  name: string;
  /** Who says so, and when: shown wherever these caps are used. */
  source: string;
  caps: readonly Cap[];
}

export const builtInPresets: Record<BuiltInPresetId, CapPreset> = {
  default: {
    id: 'default',
    name: 'Loadline default: 15, 18–20 and 25+',
    source:
      'Setting the Bar (Social Work Scotland, 2022) for 15; Cafcass (2024) for the 18–20 target range and 25+',
    caps: [
      { kind: 'line', value: 15, label: 'Setting the Bar maximum' },
      { kind: 'range', from: 18, to: 20, label: 'target range' },
      { kind: 'line', value: 25, label: '25 and over' },
    ],
  },
  'setting-the-bar': {
    id: 'setting-the-bar',
    name: 'Setting the Bar: 15',
    source:
      'Setting the Bar (Social Work Scotland, 2022): indicative maximum for children and families',
    caps: [{ kind: 'line', value: 15, label: 'Setting the Bar maximum' }],
  },
  cafcass: {
    id: 'cafcass',
    name: 'Cafcass: 18–20 target, tracks 20+ and 25+',
    source: 'Cafcass (2024): aim of 18–20 active cases; tracks the share at 20+ and 25+',
    caps: [
      { kind: 'range', from: 18, to: 20, label: 'target range' },
      { kind: 'line', value: 25, label: '25 and over' },
    ],
  },
  napo: {
    id: 'napo',
    name: 'Napo: 17–18',
    source: 'Napo survey of Cafcass family court advisers (2024): safe caseload 17–18',
    caps: [{ kind: 'range', from: 17, to: 18, label: 'Napo safe caseload' }],
  },
};

export const DEFAULT_PRESET_ID: BuiltInPresetId = 'default';

/** The value a load must reach to count as "at or over" this cap. */
export function capThreshold(cap: Cap): number {
  return cap.kind === 'line' ? cap.value : cap.to;
}

/** The lowest value a cap covers: its line, or the start of its range. */
export function capLowerEdge(cap: Cap): number {
  return cap.kind === 'line' ? cap.value : cap.from;
}

/** How a cap is written for people: "15", "18–20". */
export function formatCap(cap: Cap): string {
  return cap.kind === 'line'
    ? formatNumber(cap.value)
    : `${formatNumber(cap.from)}–${formatNumber(cap.to)}`;
}

/**
 * A list of caps as the built-in names give them: "15, 18–20 and 25+". A
 * name for caps set in a browser carries this, so a caption or a screenshot
 * says which caps it was drawn against, not only whose they were.
 */
export function describeCaps(caps: readonly Cap[]): string {
  const parts = caps.map((cap, index) =>
    index === caps.length - 1 && cap.kind === 'line' ? `${formatCap(cap)}+` : formatCap(cap),
  );
  const last = parts.pop();
  if (last === undefined) return 'none';
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}

/** "at 20+": the phrase used when counting loads at or over a cap. */
export function overCapPhrase(cap: Cap): string {
  return `at ${formatNumber(capThreshold(cap))}+`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
