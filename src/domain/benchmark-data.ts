/**
 * Loads the bundled DfE benchmarks (dfe-benchmarks.json) as a chunk of its
 * own, so that the first page load does not carry them, and checks them on
 * the way in like any other data.
 */
import { z } from '../contract/zod';
import { suppressionMarkers } from '../contract/v1';
import type { DfeBenchmarks } from './benchmarks';

const published = z.union([z.number().min(0), z.enum(suppressionMarkers), z.null()]);
const figure = z.object({ caseload: published, cases: published, fte: published });
const area = z.object({
  code: z.string(),
  name: z.string().min(1),
  figures: z.record(z.string().regex(/^\d{4}$/), figure),
});

export const dfeBenchmarksSchema = z.object({
  source: z.object({
    title: z.string(),
    publisher: z.string(),
    url: z.string(),
    licence: z.string(),
    referenceDay: z.string(),
    file: z.string(),
  }),
  years: z.array(z.number().int()).min(1),
  england: area,
  regions: z.array(area),
  councils: z.array(area.extend({ oldCode: z.string(), region: z.string() })),
});

/** The DfE benchmarks, fetched as their own chunk and checked. */
export async function loadDfeBenchmarks(): Promise<DfeBenchmarks> {
  const module = await import('./dfe-benchmarks.json');
  return dfeBenchmarksSchema.parse(module.default);
}
