import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { snapshotListSchema, workerRoles } from '../src/contract/v1';
import { validateSnapshot } from '../src/contract/validate-snapshot';
import { DEMO_SNAPSHOT_DATES, demoSnapshot, demoSnapshotList } from '../src/mocks/demo/demo-store';
import { contractJsonSchemas, SCHEMA_DIR, schemaFileText } from './export-json-schema';

type JsonSchema = Record<string, unknown>;

const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '..', SCHEMA_DIR);
const schemas = contractJsonSchemas();
const listSchema = schemas['snapshot-list.schema.json']!;
const snapshotSchema = schemas['snapshot.schema.json']!;

const RERUN = 'run `npm run contract:schema` and commit the result';

describe('docs/contract/*.schema.json', () => {
  it('holds exactly the files the export writes', () => {
    const committed = readdirSync(schemaDir)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(
      committed,
      `${SCHEMA_DIR} holds other files than the export writes: delete stale ones and ${RERUN}.`,
    ).toEqual(Object.keys(schemas).sort());
  });

  it.each(Object.entries(schemas))('%s matches src/contract/v1.ts', (fileName, schema) => {
    const committed = readFileSync(join(schemaDir, fileName), 'utf8');
    expect(
      committed,
      `${SCHEMA_DIR}/${fileName} differs from the zod schemas in src/contract/v1.ts: ${RERUN}.`,
    ).toBe(schemaFileText(schema));
  });

  it('names itself and keeps the calendar-date rule that JSON Schema patterns cannot say', () => {
    for (const schema of Object.values(schemas)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^urn:loadline:contract:v1:/);
      expect(schema.title).toEqual(expect.any(String));
      expect(schema.description).toMatch(/real calendar date/);
    }
  });
});

describe('the demo council against the exported JSON Schema', () => {
  it('sends a snapshot list with every required key', () => {
    const list = demoSnapshotList();
    expect(missingKeys(list, listSchema)).toEqual([]);
    expect(check(list, listSchema)).toEqual([]);
  });

  it('offers a snapshot for every demo date', () => {
    expect(demoSnapshotList().snapshots).toEqual(DEMO_SNAPSHOT_DATES);
  });

  it.each(DEMO_SNAPSHOT_DATES)('sends a snapshot for %s that the schema accepts', (asAt) => {
    const snapshot = demoSnapshot(asAt);
    expect(snapshot).toBeDefined();
    expect(missingKeys(snapshot, snapshotSchema)).toEqual([]);
    expect(check(snapshot, snapshotSchema)).toEqual([]);
  });

  it('uses only worker roles the schema lists, and the schema lists the contract roles', () => {
    const roleEnum = workerProperty('role').enum;
    expect(roleEnum).toEqual([...workerRoles]);
    const used = new Set(
      DEMO_SNAPSHOT_DATES.flatMap((asAt) => demoSnapshot(asAt)?.workers ?? []).map(
        (worker) => worker.role,
      ),
    );
    expect([...used].filter((role) => !(roleEnum as unknown[]).includes(role))).toEqual([]);
  });
});

describe('the examples in docs/data-contract.md', () => {
  const markdown = readFileSync(join(schemaDir, '..', 'data-contract.md'), 'utf8');
  const examples = [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );

  it('include a snapshot list that the contract and the schema accept', () => {
    const lists = examples.filter((example) => 'snapshots' in example);
    expect(lists).toHaveLength(1);
    for (const list of lists) {
      expect(snapshotListSchema.safeParse(list).success).toBe(true);
      expect(check(list, listSchema)).toEqual([]);
    }
  });

  it('include a snapshot that passes every check, with no record rejected', () => {
    const snapshots = examples.filter((example) => 'asAt' in example);
    expect(snapshots).toHaveLength(1);
    for (const snapshot of snapshots) {
      const result = validateSnapshot(snapshot);
      expect(result.ok && result.value.rejected).toEqual([]);
      expect(check(snapshot, snapshotSchema)).toEqual([]);
    }
  });
});

describe('the structural checker used above', () => {
  const asAt = DEMO_SNAPSHOT_DATES[0]!;
  const snapshot = demoSnapshot(asAt)!;
  const worker = snapshot.workers[0]!;

  it.each<[string, unknown, string]>([
    ['an unknown role', { ...snapshot, workers: [{ ...worker, role: 'manager' }] }, 'role'],
    ['an FTE above 1', { ...snapshot, workers: [{ ...worker, fte: 1.2 }] }, 'fte'],
    ['a date that does not exist', { ...snapshot, asAt: '2026-02-30' }, 'asAt'],
    ['a missing envelope key', { ...snapshot, workers: undefined }, 'workers'],
    ['version 2', { ...snapshot, version: 2 }, 'version'],
  ])('finds %s', (_name, value, path) => {
    expect(check(value, snapshotSchema).join('\n')).toContain(path);
  });
});

function workerProperty(name: string): JsonSchema {
  const workers = (snapshotSchema.properties as Record<string, JsonSchema>).workers!;
  const item = workers.items as JsonSchema;
  return (item.properties as Record<string, JsonSchema>)[name]!;
}

function missingKeys(value: unknown, schema: JsonSchema): string[] {
  const required = (schema.required ?? []) as string[];
  // JSON has no undefined: a key set to undefined is as good as absent.
  return required.filter((key) => !isRecord(value) || value[key] === undefined);
}

// A checker for the few JSON Schema keywords the export uses. It refuses any
// keyword it does not know, so a change in the export cannot be skipped
// silently here: extend the checker, or add a validator, when that happens.
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description']);

function check(value: unknown, schema: JsonSchema, path = '$'): string[] {
  const problems: string[] = [];
  for (const [keyword, expected] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const fail = (what: string) => problems.push(`${path}: ${what}`);
    switch (keyword) {
      case 'type':
        if (!hasType(value, expected as string)) fail(`is not of type ${String(expected)}`);
        break;
      case 'const':
        if (value !== expected) fail(`is not ${JSON.stringify(expected)}`);
        break;
      case 'enum':
        if (!(expected as unknown[]).includes(value))
          fail(`${JSON.stringify(value)} is not listed`);
        break;
      case 'required':
        for (const key of missingKeys(value, schema)) fail(`lacks ${key}`);
        break;
      case 'properties':
        if (isRecord(value)) {
          for (const [key, sub] of Object.entries(expected as Record<string, JsonSchema>)) {
            if (value[key] !== undefined)
              problems.push(...check(value[key], sub, `${path}.${key}`));
          }
        }
        break;
      case 'items':
        if (Array.isArray(value)) {
          value.forEach((item, index) => {
            problems.push(...check(item, expected as JsonSchema, `${path}[${index}]`));
          });
        }
        break;
      case 'anyOf':
        if ((expected as JsonSchema[]).every((option) => check(value, option, path).length > 0)) {
          fail('matches none of the allowed forms');
        }
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (expected as number)) fail('is too small');
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (expected as number)) fail('is too large');
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < (expected as number)) fail('is too short');
        break;
      case 'maxLength':
        if (typeof value === 'string' && value.length > (expected as number)) fail('is too long');
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (expected as number)) fail('has too few items');
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(expected as string, 'u').test(value)) {
          fail(`does not match ${String(expected)}`);
        }
        break;
      case 'format':
        if (expected !== 'date')
          throw new Error(`The checker does not know format ${String(expected)}`);
        if (typeof value === 'string' && !isCalendarDate(value)) fail('is not a real date');
        break;
      default:
        throw new Error(`The checker does not know the JSON Schema keyword "${keyword}"`);
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
