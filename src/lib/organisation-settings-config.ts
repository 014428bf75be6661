/**
 * The `settings` part of loadline.config.json: the caps, caps for kinds of
 * team, ASYE rule and weighting scheme a council sets for everyone. Every part
 * is optional, unknown keys are refused (a misspelt "asye" must not be quietly
 * ignored), and each value passes the same checks as the editor a person would
 * use, so a config cannot put on screen what the editor would refuse.
 */
import { z } from '../contract/zod';
import { asyeRuleSchema, toAsyeRuleDraft, validateAsyeRuleDraft } from '../domain/asye-rule';
import { capSchema, type Cap } from '../domain/caps';
import {
  NO_ORGANISATION_SETTINGS,
  organisationCapsPreset,
  type OrganisationSettings,
} from '../domain/organisation-settings';
import { toDrafts, validateCapDrafts } from '../domain/validate-caps';
import {
  toWeightingDrafts,
  validateWeightingDrafts,
  weightingSchemeSchema,
} from '../domain/weighting';

export const MAX_CAPS_NAME_LENGTH = 80;
export const MAX_CAPS_SOURCE_LENGTH = 200;

/** A list of caps, checked by the caps editor's own rules (order, overlap, labels, values). */
const capListSchema = z.array(capSchema).superRefine((caps, context) => {
  const checked = validateCapDrafts(toDrafts(caps));
  if (checked.ok) return;
  for (const error of checked.errors) {
    context.addIssue({
      code: 'custom',
      message: error.message,
      path: error.row === null ? [] : [error.row],
    });
  }
});

const organisationCapsSchema = z.strictObject({
  /** How the caps are named in the caps select and every caption: "Anytown caseload policy 2026". */
  name: z.string().trim().min(1).max(MAX_CAPS_NAME_LENGTH),
  /** Who says so, and when: shown wherever these caps are used. */
  source: z.string().trim().min(1).max(MAX_CAPS_SOURCE_LENGTH),
  caps: capListSchema,
});

const organisationWeightingSchema = weightingSchemeSchema.superRefine((scheme, context) => {
  const checked = validateWeightingDrafts(toWeightingDrafts(scheme));
  if (checked.ok) return;
  for (const error of checked.errors) {
    context.addIssue({ code: 'custom', message: error.message, path: error.field.split('.') });
  }
});

const organisationAsyeRuleSchema = asyeRuleSchema.superRefine((rule, context) => {
  const checked = validateAsyeRuleDraft(toAsyeRuleDraft(rule));
  if (checked.ok) return;
  for (const error of checked.errors) {
    context.addIssue({ code: 'custom', message: error.message, path: [] });
  }
});

export const organisationSettingsSchema = z.strictObject({
  caps: organisationCapsSchema.optional(),
  /** Caps for kinds of team ("long-term", "short-term" …), in place of the organisation's caps. */
  teamTypeCaps: z.record(z.string().min(1).max(100), capListSchema).optional(),
  asyeRule: organisationAsyeRuleSchema.optional(),
  weighting: organisationWeightingSchema.optional(),
});

export type OrganisationSettingsConfig = z.infer<typeof organisationSettingsSchema>;

/** The config's settings as the domain uses them; none set gives Loadline's own defaults. */
export function organisationSettingsFrom(
  config: OrganisationSettingsConfig | undefined,
): OrganisationSettings {
  if (!config) return NO_ORGANISATION_SETTINGS;
  const teamTypeCaps: Record<string, readonly Cap[]> = Object.fromEntries(
    Object.entries(config.teamTypeCaps ?? {}),
  );
  return {
    caps: config.caps
      ? organisationCapsPreset(config.caps.name, config.caps.source, config.caps.caps)
      : null,
    teamTypeCaps,
    asyeRule: config.asyeRule ?? null,
    weighting: config.weighting ?? null,
  };
}
