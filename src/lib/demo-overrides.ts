/**
 * Settings a demonstration can put in the URL when the data is the built-in
 * demo: a fault scenario for the mock API (`?scenario=slow`) and shorter
 * request timeouts or fewer retries (`?timeoutSeconds=2&retries=0`), so a
 * fault can be shown, and tested, without waiting 20 seconds. Read once at
 * start; ignored for a real data source.
 */
import { z } from '../contract/zod';

const overridesSchema = z.object({
  scenario: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional()
    .catch(undefined),
  timeoutSeconds: z.coerce.number().min(0.5).max(300).optional().catch(undefined),
  retries: z.coerce.number().int().min(0).max(5).optional().catch(undefined),
});

export interface DemoOverrides {
  scenario: string | null;
  requestTimeoutSeconds: number | null;
  retries: number | null;
}

/** Reads the demo overrides from a query string; anything unreadable is left unset. */
export function readDemoOverrides(queryString: string): DemoOverrides {
  const params = new URLSearchParams(queryString);
  const parsed = overridesSchema.parse({
    scenario: params.get('scenario') ?? undefined,
    timeoutSeconds: params.get('timeoutSeconds') ?? undefined,
    retries: params.get('retries') ?? undefined,
  });
  return {
    scenario: parsed.scenario ?? null,
    requestTimeoutSeconds: parsed.timeoutSeconds ?? null,
    retries: parsed.retries ?? null,
  };
}
