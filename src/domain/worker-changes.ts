/**
 * What changed for one worker between two snapshots, for supervision: cases
 * allocated and no longer held (by case id), cases held, load and own cap,
 * FTE and team, each in words ("up 2.0 from 16.0"). Both dates are measured
 * with today's caps and settings, so a change is the worker's, not the rules'.
 * It says nothing of where a case went: that would name another worker.
 */
import type { CaseDetail, Worker } from '../contract/v1';
import { roundToTenth } from '../contract/rounding';
import { roleNames } from './chart-rows';
import { formatCount, formatDate, formatFte, formatLoad } from './format';
import { workerLoad, type LoadSettings } from './worker-load';

/** A worker as found in one snapshot, with the name of their team then. */
export interface WorkerAt {
  asAt: string;
  worker: Worker;
  teamName: string;
}

/** One figure on both dates, with the change in words. */
export interface FigureChange {
  label: string;
  then: string;
  now: string;
  /** "up 2.0 from 16.0", "no change", "was 1.0" and the like. */
  change: string;
}

export type WorkerChanges =
  | { present: false; since: string; sentence: string }
  | {
      present: true;
      since: string;
      /** Cases in now and not then; null when either date has no case detail. */
      allocated: readonly CaseDetail[] | null;
      /** Cases in then and not now; null when either date has no case detail. */
      noLongerHeld: readonly CaseDetail[] | null;
      figures: readonly FigureChange[];
      sentence: string;
    };

/** Compares the worker now with the same worker at an earlier date (undefined: not there). */
export function workerChanges(
  now: WorkerAt,
  then: WorkerAt | undefined,
  since: string,
  settings: LoadSettings,
): WorkerChanges {
  if (!then) {
    return {
      present: false,
      since,
      sentence: `${now.worker.displayName} is not in the snapshot for ${formatDate(since)}, so there is nothing to compare with.`,
    };
  }
  const { allocated, noLongerHeld } = caseMovements(now.worker, then.worker);
  const loadNow = workerLoad(now.worker, settings);
  const loadThen = workerLoad(then.worker, settings);
  const unit = settings.view.measure === 'cases' ? formatAmountCount : formatLoad;
  const figures: FigureChange[] = [
    numberChange('Cases held', then.worker.casesHeld, now.worker.casesHeld, formatCount),
    {
      label: loadLabel(settings),
      then: loadThen.ok ? unit(loadThen.load.value) : `Not known (${loadThen.reason})`,
      now: loadNow.ok ? unit(loadNow.load.value) : `Not known (${loadNow.reason})`,
      change:
        loadThen.ok && loadNow.ok
          ? describeChange(loadThen.load.value, loadNow.load.value, unit)
          : 'cannot be compared',
    },
    {
      label: 'Own cap',
      then: loadThen.ok ? unit(loadThen.load.ownCap) : 'Not known',
      now: loadNow.ok ? unit(loadNow.load.ownCap) : 'Not known',
      change:
        loadThen.ok && loadNow.ok
          ? describeChange(loadThen.load.ownCap, loadNow.load.ownCap, unit)
          : 'cannot be compared',
    },
    numberChange('FTE', then.worker.fte, now.worker.fte, formatFte),
    textChange('Team', then.teamName, now.teamName),
    textChange('Role', describeRole(then.worker), describeRole(now.worker)),
  ];
  return {
    present: true,
    since,
    allocated,
    noLongerHeld,
    figures,
    sentence: changeSentence(allocated, noLongerHeld, figures, since),
  };
}

/** "up 2.0 from 16.0", "down 1.5 from 20.0" or "no change from 18.0", as rounded on screen. */
export function describeChange(
  then: number,
  now: number,
  format: (value: number) => string = formatLoad,
): string {
  const difference = roundToTenth(roundToTenth(now) - roundToTenth(then));
  if (difference === 0) return `no change from ${format(then)}`;
  return `${difference > 0 ? 'up' : 'down'} ${format(Math.abs(difference))} from ${format(then)}`;
}

function caseMovements(
  now: Worker,
  then: Worker,
): { allocated: CaseDetail[] | null; noLongerHeld: CaseDetail[] | null } {
  if (!now.caseDetails || !then.caseDetails) return { allocated: null, noLongerHeld: null };
  const idsThen = new Set(then.caseDetails.map((detail) => detail.id));
  const idsNow = new Set(now.caseDetails.map((detail) => detail.id));
  return {
    allocated: now.caseDetails.filter((detail) => !idsThen.has(detail.id)),
    noLongerHeld: then.caseDetails.filter((detail) => !idsNow.has(detail.id)),
  };
}

function numberChange(
  label: string,
  then: number,
  now: number,
  format: (value: number) => string,
): FigureChange {
  return { label, then: format(then), now: format(now), change: describeChange(then, now, format) };
}

function textChange(label: string, then: string, now: string): FigureChange {
  return { label, then, now, change: then === now ? 'no change' : `was ${then}` };
}

function describeRole(worker: Worker): string {
  return `${roleNames[worker.role]}${worker.asye ? ' (ASYE)' : ''}`;
}

function loadLabel(settings: LoadSettings): string {
  const { measure, counting } = settings.view;
  if (measure === 'points') return 'Weighted points per FTE';
  const counted = counting === 'families' ? 'Families' : 'Cases';
  return measure === 'per-fte' ? `${counted} per FTE` : `${counted} counted`;
}

// A count of cases or families is whole; an own cap in cases may not be (0.8 × 20 = 16, 0.7 × 18 = 12.6).
function formatAmountCount(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : formatLoad(value);
}

/** The changes in one sentence, led by the cases that moved and the load. */
function changeSentence(
  allocated: readonly CaseDetail[] | null,
  noLongerHeld: readonly CaseDetail[] | null,
  figures: readonly FigureChange[],
  since: string,
): string {
  const parts: string[] = [];
  if (allocated && noLongerHeld) {
    parts.push(
      `${formatCount(allocated.length)} case${allocated.length === 1 ? '' : 's'} allocated and ${formatCount(noLongerHeld.length)} no longer held`,
    );
  }
  const [cases, load] = figures;
  if (cases) parts.push(`cases held ${cases.change}`);
  if (load) parts.push(`${lowerFirst(load.label)} ${load.change}`);
  const others = figures
    .slice(2)
    .filter(
      (figure) => !figure.change.startsWith('no change') && figure.change !== 'cannot be compared',
    )
    .map((figure) => `${lowerFirst(figure.label)} ${figure.change}`);
  parts.push(...others);
  return `Since ${formatDate(since)}: ${parts.join('; ')}.`;
}

// "Cases per FTE" mid-sentence is "cases per FTE"; "FTE" stays as it is.
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}
