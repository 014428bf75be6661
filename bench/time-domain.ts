/** Times the national generator and the unit computations in Node, for profiling by hand. */
import { generateNational } from '../src/mocks/national/generate-national';
import { validateSnapshot } from '../src/contract/validate-snapshot';
import { buildOrgIndex } from '../src/domain/org-index';
import { builtInPresets } from '../src/domain/caps';
import { bandsFromCaps } from '../src/domain/bands';
import { unitFigures, referenceCapPerFte, capsForMeasure } from '../src/domain/unit-figures';
import { childRows } from '../src/domain/chart-rows';
import { spreadRows } from '../src/domain/spread-rows';
import { DEFAULT_VIEW_MEASURE } from '../src/domain/measure-options';
import { DEFAULT_WEIGHTING } from '../src/domain/weighting';
import { DEFAULT_ASYE_RULE } from '../src/domain/asye-rule';

function time<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(label.padEnd(24), (performance.now() - start).toFixed(1), 'ms');
  return result;
}

const snapshot = time('generate', () => generateNational({ asAt: '2026-10-31' }));
console.log('units', snapshot.units.length, 'workers', snapshot.workers.length);
const text = time('stringify', () => JSON.stringify(snapshot));
console.log('bytes', text.length);
const json = time('parse', () => JSON.parse(text) as unknown);
const validated = time('validate', () => validateSnapshot(json));
if (!validated.ok) throw new Error('invalid');
const index = time('index', () => buildOrgIndex(validated.value.snapshot));
for (const presetId of ['default', 'cafcass', 'default'] as const) {
  const preset = builtInPresets[presetId];
  const caps = capsForMeasure(preset.caps, DEFAULT_VIEW_MEASURE, DEFAULT_WEIGHTING);
  const bands = bandsFromCaps(caps);
  const settings = {
    view: DEFAULT_VIEW_MEASURE,
    weighting: DEFAULT_WEIGHTING,
    asyeRule: DEFAULT_ASYE_RULE,
    referenceCapPerFte: referenceCapPerFte(preset.caps),
  };
  const id = index.root.id;
  time(`figures ${presetId}`, () =>
    unitFigures(index.workersUnder(id), index.unitsUnder(id), caps, bands, settings),
  );
  time(`childRows ${presetId}`, () => childRows(index, id, caps, bands, settings));
  time(`spreadRows ${presetId}`, () => spreadRows(index, id, caps, bands, settings));
}
