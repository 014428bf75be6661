/**
 * The benchmark's baseline: the obvious Recharts chart of the same data,
 * one bar per worker coloured by band, cap lines across, and a caps select.
 * Nothing memoised, paged or aggregated. `?dataset=national` or `council`.
 */
import { useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, Cell, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Snapshot } from '../../src/contract/v1';
import { bandsFromCaps, bandFor } from '../../src/domain/bands';
import { builtInPresets, capThreshold, type BuiltInPresetId } from '../../src/domain/caps';
import { bandColour } from '../../src/domain/band-colours';
import { DEMO_SNAPSHOT_DATES, demoSnapshot } from '../../src/mocks/demo/demo-store';
import { generateNational } from '../../src/mocks/national/generate-national';

const latest = DEMO_SNAPSHOT_DATES[DEMO_SNAPSHOT_DATES.length - 1] ?? '2026-10-31';
const national = new URLSearchParams(window.location.search).get('dataset') === 'national';
const snapshot: Snapshot | undefined = national
  ? generateNational({ asAt: latest, month: DEMO_SNAPSHOT_DATES.length - 1 })
  : demoSnapshot(latest);

function PlainChart() {
  const [presetId, setPresetId] = useState<BuiltInPresetId>('default');
  const caps = builtInPresets[presetId].caps;
  const bands = bandsFromCaps(caps);
  const rows = (snapshot?.workers ?? [])
    .filter((worker) => worker.fte > 0)
    .map((worker) => ({ name: worker.displayName, value: worker.casesHeld / worker.fte }));
  useLayoutEffect(() => {
    document.body.dataset.caps = presetId;
  }, [presetId]);
  return (
    <main>
      <h1>Plain Recharts: {rows.length} workers</h1>
      <label htmlFor="caps-select">Caps</label>
      <select
        id="caps-select"
        value={presetId}
        onChange={(event) => setPresetId(event.target.value as BuiltInPresetId)}
      >
        {Object.values(builtInPresets).map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.name}
          </option>
        ))}
      </select>
      <BarChart width={1200} height={380} data={rows}>
        <XAxis dataKey="name" tick={false} />
        <YAxis />
        {caps.map((cap) => (
          <ReferenceLine key={capThreshold(cap)} y={capThreshold(cap)} stroke="#0b0c0c" />
        ))}
        <Bar dataKey="value" isAnimationActive={false}>
          {/* Cell is deprecated in Recharts 3 but still the usual way to colour each bar. */}
          {rows.map((row, position) => (
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            <Cell
              key={position}
              fill={bandColour(bandFor(row.value, bands).severity, bands.length)}
            />
          ))}
        </Bar>
      </BarChart>
    </main>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<PlainChart />);
