/**
 * Exports the v1 data contract as JSON Schema (draft 2020-12) into
 * docs/contract/, from the zod schemas in src/contract/v1.ts, so that a
 * council's data team can check its output without reading TypeScript.
 *
 *   npm run contract:schema
 *
 * The zod schemas stay the single source: never edit the JSON files by hand.
 * scripts/export-json-schema.test.ts fails when the committed files differ
 * from what this script would write now.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { isoDate, snapshotListSchema, snapshotSchema, workerSchema } from '../src/contract/v1';

/** Where the files are written, relative to the repository root. */
export const SCHEMA_DIR = 'docs/contract';

type JsonSchema = Record<string, unknown>;

const CALENDAR_DATE_RULE =
  'A real calendar date written YYYY-MM-DD, such as 2026-10-31. The pattern alone would let 2026-02-30 through; Loadline refuses it.';

const CASE_DETAILS_RULE =
  'When caseDetails is sent, it must list exactly casesHeld cases; a worker whose list is longer or shorter is rejected.';

const TEXT_RULES =
  'Ids and names are trimmed of leading and trailing spaces before their lengths are checked, so a value of spaces alone is refused.';

const STRUCTURE_RULES =
  'Loadline also checks what JSON Schema cannot say: exactly one unit has parentId null (the organisation); every other unit has a parent in the snapshot and no chain of parents loops; unit ids and worker ids are unique; a worker belongs to a unit with no units beneath it. Each unit and each worker is checked on its own: a bad record is rejected with its reasons and shown on screen, and the rest of the snapshot is kept.';

/**
 * The JSON Schema for each contract file, keyed by file name. Pure, so the
 * script and its test share it.
 */
export function contractJsonSchemas(): Record<string, JsonSchema> {
  return {
    'snapshot-list.schema.json': exportSchema(snapshotListSchema, {
      id: 'snapshot-list',
      title: 'Loadline snapshot list, contract v1',
      description: [
        'The response to GET {base}/snapshots: the organisation and the as-at dates for which a snapshot exists.',
        'Each date in snapshots must be a real calendar date (YYYY-MM-DD); the order does not matter and repeats are ignored.',
        'Generated from src/contract/v1.ts by npm run contract:schema; docs/data-contract.md explains every field.',
      ].join(' '),
    }),
    'snapshot.schema.json': exportSchema(snapshotSchema, {
      id: 'snapshot',
      title: 'Loadline snapshot, contract v1',
      description: [
        'The response to GET {base}/snapshots/{asAt}: one organisation as at one date, as flat lists of units and workers.',
        'asAt and every allocatedOn must be real calendar dates (YYYY-MM-DD).',
        CASE_DETAILS_RULE,
        TEXT_RULES,
        STRUCTURE_RULES,
        'Passing this schema is necessary but not sufficient.',
        'Generated from src/contract/v1.ts by npm run contract:schema; docs/data-contract.md explains every field.',
      ].join(' '),
    }),
  };
}

/** The text of one schema file: two-space indents and a trailing newline. */
export function schemaFileText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

interface Heading {
  id: string;
  title: string;
  description: string;
}

function exportSchema(schema: z.ZodType, heading: Heading): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // The contract describes what a producer sends. Zod ignores (and drops)
    // fields it does not know, so the input form, without
    // additionalProperties: false, is the honest description.
    io: 'input',
    // Refinements (the calendar-date check, the caseDetails count) have no
    // JSON Schema form and are left out by zod, not refused; they are put
    // back below as `format` and descriptions. Anything else that cannot be
    // represented still fails the export loudly, rather than becoming {}.
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === isoDate) {
        jsonSchema.format = 'date';
        jsonSchema.description = CALENDAR_DATE_RULE;
      }
      if (zodSchema === workerSchema) {
        jsonSchema.description = CASE_DETAILS_RULE;
      }
    },
  }) as JsonSchema;
  const { $schema, ...body } = generated;
  return {
    $schema,
    $id: `urn:loadline:contract:v1:${heading.id}`,
    title: heading.title,
    description: heading.description,
    ...body,
  };
}

/** Writes every schema file under the given repository root; returns the paths written. */
export function writeContractSchemas(rootDir: string): string[] {
  const dir = join(rootDir, SCHEMA_DIR);
  mkdirSync(dir, { recursive: true });
  return Object.entries(contractJsonSchemas()).map(([fileName, schema]) => {
    writeFileSync(join(dir, fileName), schemaFileText(schema));
    return `${SCHEMA_DIR}/${fileName}`;
  });
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  const rootDir = fileURLToPath(new URL('..', import.meta.url));
  for (const written of writeContractSchemas(rootDir)) {
    console.log(`Wrote ${written}`);
  }
}
