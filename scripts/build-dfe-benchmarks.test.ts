import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BENCHMARKS_JSON, benchmarksFileText, buildDfeBenchmarks } from './build-dfe-benchmarks';
import { DEFAULT_CSV } from './convert-dfe-table';

const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('src/domain/dfe-benchmarks.json', () => {
  it('is what `npm run dfe:benchmarks` builds from the DfE table in data/dfe/', () => {
    const csv = readFileSync(join(rootDir, DEFAULT_CSV), 'utf8');
    const built = benchmarksFileText(buildDfeBenchmarks(csv, 'csww_indicators_2017_to_2025.csv'));
    const committed = readFileSync(join(rootDir, BENCHMARKS_JSON), 'utf8');
    expect(
      committed === built,
      `${BENCHMARKS_JSON} differs from the table: run \`npm run dfe:benchmarks\` and commit the result.`,
    ).toBe(true);
  });

  it('fails loudly on a table without the columns it needs', () => {
    expect(() => buildDfeBenchmarks('time_period,cases\n2025,10\n', 'bad.csv')).toThrow(
      /lacks the columns/,
    );
  });
});
