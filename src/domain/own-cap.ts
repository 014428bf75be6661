/**
 * One worker's own cap worked out with their own numbers, and where their
 * load sits against it in words, for the supervision page: the reference cap,
 * the ASYE protection if any, and the pro rata share for their FTE.
 */
import type { Worker } from '../contract/v1';
import { ownCapPerFte } from './asye-rule';
import { roundToTenth } from '../contract/rounding';
import { capitalise, formatFte, formatLoad } from './format';
import { amountNoun } from './measure-options';
import type { LoadSettings } from './worker-load';

// 20, 12.5: caps read as people write them, without a trailing ".0".
function plain(value: number): string {
  return formatLoad(value).replace(/\.0$/, '');
}

/** "20 cases per FTE × 0.6 for ASYE = 12 per FTE; pro rata at 0.8 FTE: 9.6 cases." */
export function ownCapWorking(worker: Worker, settings: LoadSettings): string {
  const { view, weighting, asyeRule, referenceCapPerFte } = settings;
  const noun = amountNoun(view);
  let perFte: number;
  let basis: string;
  if (view.measure === 'points') {
    perFte = worker.asye ? weighting.asyeCapacityPerFte : weighting.capacityPerFte;
    basis = worker.asye
      ? `ASYE capacity of ${plain(perFte)} points per FTE`
      : `capacity of ${plain(perFte)} points per FTE`;
  } else {
    perFte = ownCapPerFte(referenceCapPerFte, worker.asye, asyeRule);
    const reference = `${plain(referenceCapPerFte)} ${noun} per FTE`;
    if (!worker.asye || asyeRule.kind === 'none') {
      basis = `${reference}${worker.asye ? ' (no ASYE protection set)' : ''}`;
    } else if (asyeRule.kind === 'fte-factor') {
      basis = `${reference} × ${String(asyeRule.factor)} for ASYE = ${plain(perFte)} per FTE`;
    } else {
      basis = `ASYE cap of ${plain(perFte)} ${noun} per FTE`;
    }
  }
  const proRata = `pro rata at ${formatFte(worker.fte)} FTE: ${plain(perFte * worker.fte)} ${noun}`;
  return `${capitalise(basis)}; ${proRata}.`;
}

/** "At or over their own cap: 12.0 above it", "Below their own cap: 3.5 under it". */
export function ownCapStatus(value: number, ownCap: number): string {
  const difference = roundToTenth(roundToTenth(value) - roundToTenth(ownCap));
  if (difference === 0) return 'At or over their own cap: exactly on it';
  return difference > 0
    ? `At or over their own cap: ${formatLoad(difference)} above it`
    : `Below their own cap: ${formatLoad(-difference)} under it`;
}
