/**
 * How each kind of team behaves, month to month. The figures are plausible
 * rather than measured: short-term teams turn cases over fast, long-term
 * teams hold children for years, court work clusters in CP and care teams.
 */
import type { CaseType } from '../../contract/v1';
import type { TeamProfileId } from './council-shape';

type Weights<T> = readonly (readonly [T, number])[];

export interface TeamProfile {
  /** Share of new cases of each type. */
  caseTypes: Weights<CaseType>;
  /** Chance that a new case of a given type is already in court proceedings. */
  courtShare: Partial<Record<CaseType, number>>;
  /** Chance that a family's cases close in a month. */
  monthlyClosure: number;
  /** Oldest allocation, in days, among the cases held at the first snapshot. */
  maxInitialAgeDays: number;
  /** How many children arrive together as one sibling group. */
  familySizes: Weights<number>;
  /** Monthly chance that a child-in-need family becomes child protection. */
  escalate: number;
  /** Monthly chance that a child-protection family steps down to child in need. */
  stepDown: number;
  /** Monthly chances that proceedings start (CP or looked-after) or end. */
  courtStart: number;
  courtEnd: number;
}

// About 30% of children overall sit in sibling groups of 2 to 4.
const USUAL_FAMILIES: Weights<number> = [
  [1, 0.82],
  [2, 0.115],
  [3, 0.045],
  [4, 0.02],
];

const NO_TRANSITIONS = { escalate: 0, stepDown: 0, courtStart: 0, courtEnd: 0 };

export const teamProfiles: Readonly<Record<TeamProfileId, TeamProfile>> = {
  'front-door': {
    caseTypes: [
      ['child-in-need', 0.45],
      ['child-protection', 0.15],
      ['other', 0.4],
    ],
    courtShare: {},
    monthlyClosure: 0.6,
    maxInitialAgeDays: 45,
    familySizes: USUAL_FAMILIES,
    ...NO_TRANSITIONS,
    escalate: 0.05,
  },
  assessment: {
    caseTypes: [
      ['child-in-need', 0.5],
      ['child-protection', 0.2],
      ['other', 0.3],
    ],
    courtShare: { 'child-protection': 0.03 },
    monthlyClosure: 0.45,
    maxInitialAgeDays: 75,
    familySizes: USUAL_FAMILIES,
    ...NO_TRANSITIONS,
    escalate: 0.04,
  },
  'cin-cp': {
    caseTypes: [
      ['child-in-need', 0.45],
      ['child-protection', 0.42],
      ['looked-after', 0.05],
      ['other', 0.08],
    ],
    courtShare: { 'child-protection': 0.1, 'looked-after': 0.5 },
    monthlyClosure: 0.08,
    maxInitialAgeDays: 540,
    familySizes: USUAL_FAMILIES,
    escalate: 0.02,
    stepDown: 0.05,
    courtStart: 0.015,
    courtEnd: 0.08,
  },
  court: {
    caseTypes: [
      ['child-protection', 0.35],
      ['looked-after', 0.55],
      ['child-in-need', 0.1],
    ],
    courtShare: { 'child-protection': 0.8, 'looked-after': 0.85 },
    monthlyClosure: 0.06,
    maxInitialAgeDays: 365,
    familySizes: USUAL_FAMILIES,
    escalate: 0.02,
    stepDown: 0.01,
    courtStart: 0.1,
    courtEnd: 0.08,
  },
  'children-in-care': {
    caseTypes: [
      ['looked-after', 0.9],
      ['child-protection', 0.04],
      ['other', 0.06],
    ],
    courtShare: { 'looked-after': 0.2 },
    monthlyClosure: 0.04,
    maxInitialAgeDays: 1460,
    familySizes: [
      [1, 0.8],
      [2, 0.12],
      [3, 0.055],
      [4, 0.025],
    ],
    ...NO_TRANSITIONS,
    courtStart: 0.005,
    courtEnd: 0.1,
  },
  'care-leavers': {
    caseTypes: [
      ['care-leaver', 0.88],
      ['looked-after', 0.12],
    ],
    courtShare: {},
    monthlyClosure: 0.03,
    maxInitialAgeDays: 1095,
    familySizes: [
      [1, 0.95],
      [2, 0.05],
    ],
    ...NO_TRANSITIONS,
  },
  'disabled-children': {
    caseTypes: [
      ['child-in-need', 0.65],
      ['looked-after', 0.15],
      ['child-protection', 0.1],
      ['other', 0.1],
    ],
    courtShare: { 'looked-after': 0.1, 'child-protection': 0.05 },
    monthlyClosure: 0.035,
    maxInitialAgeDays: 1095,
    familySizes: USUAL_FAMILIES,
    escalate: 0.01,
    stepDown: 0.05,
    courtStart: 0.005,
    courtEnd: 0.1,
  },
};
