/**
 * Imported snapshots (from a CSV export or a CSWW return), kept in this
 * browser's IndexedDB across reloads, one per as-at date. idb-keyval is a
 * small, well-kept wrapper: IndexedDB holds far more than localStorage and
 * does not block the page while writing a large council.
 */
import { queryOptions } from '@tanstack/react-query';
import { del, get, set } from 'idb-keyval';
import { z } from '../contract/zod';
import { isoDate } from '../contract/v1';

const IMPORTS_KEY = 'loadline.imports.v1';

const importProblemSchema = z.object({
  line: z.number().int().nullable(),
  subject: z.string().nullable(),
  reason: z.string(),
  rejected: z.boolean(),
  /** A kept row with a value to check; absent on imports saved before these checks. */
  check: z.boolean().optional(),
});

const storedImportSchema = z.object({
  asAt: isoDate,
  importedAt: z.string(),
  sourceName: z.string(),
  format: z.enum(['csv', 'csww']),
  rowsRead: z.number().int().min(0),
  rowsAccepted: z.number().int().min(0),
  problems: z.array(importProblemSchema),
  /** The snapshot as built by the importer; validated again at the boundary when it is shown. */
  snapshot: z.unknown(),
});

const storedImportsSchema = z.record(isoDate, storedImportSchema);

export type StoredImport = z.infer<typeof storedImportSchema>;
export type StoredImports = Record<string, StoredImport>;

export interface LoadedImports {
  imports: StoredImports;
  /** Set when stored imports could not be read and were cleared. */
  notice: string | null;
}

/** Every stored import by as-at date; unreadable storage is cleared with a notice, never thrown. */
export async function loadImports(): Promise<LoadedImports> {
  let raw: unknown;
  try {
    raw = await get(IMPORTS_KEY);
  } catch {
    return {
      imports: {},
      notice:
        'This browser would not let Loadline read its saved imports (IndexedDB is unavailable).',
    };
  }
  if (raw === undefined) return { imports: {}, notice: null };
  const parsed = storedImportsSchema.safeParse(raw);
  if (parsed.success) return { imports: parsed.data, notice: null };
  await del(IMPORTS_KEY).catch(() => undefined);
  return {
    imports: {},
    notice: 'Saved imports could not be read, so they were cleared. Import the files again.',
  };
}

/** Saves an import, replacing any earlier import for the same as-at date. */
export async function saveImport(record: StoredImport): Promise<void> {
  const { imports } = await loadImports();
  await set(IMPORTS_KEY, { ...imports, [record.asAt]: record });
}

/** Removes one import, or all of them when no date is given. */
export async function clearImports(asAt?: string): Promise<void> {
  if (asAt === undefined) {
    await del(IMPORTS_KEY);
    return;
  }
  const { imports } = await loadImports();
  const rest = Object.fromEntries(Object.entries(imports).filter(([date]) => date !== asAt));
  await set(IMPORTS_KEY, rest);
}

/** Query options for the stored imports, shared by the header badge and the import panel. */
export function importsQueryOptions() {
  return queryOptions({ queryKey: ['imports'], queryFn: loadImports, staleTime: Infinity });
}
