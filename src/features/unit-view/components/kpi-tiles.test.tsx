import { render, screen } from '@testing-library/react';
import type { Worker } from '../../../contract/v1';
import { bandsFromCaps } from '../../../domain/bands';
import { builtInPresets } from '../../../domain/caps';
import { buildOrgIndex } from '../../../domain/org-index';
import { unitFigures } from '../../../domain/unit-figures';
import { DEFAULT_WEIGHTING } from '../../../domain/weighting';
import { settings, worker } from '../../../test/builders';
import { KpiTiles } from './kpi-tiles';

function renderTiles(workers: Worker[]) {
  const index = buildOrgIndex({
    version: 1,
    asAt: '2026-09-30',
    organisation: { id: 'org', name: 'Testborough' },
    units: [
      { id: 'org', parentId: null, name: 'Testborough', kind: 'organisation' },
      { id: 'team', parentId: 'org', name: 'CIN Team A', kind: 'team' },
    ],
    workers,
  });
  const preset = builtInPresets.default;
  const figures = unitFigures(
    index.workersUnder('team'),
    index.unitsUnder('team'),
    preset.caps,
    bandsFromCaps(preset.caps),
    settings(),
  );
  render(
    <KpiTiles
      figures={figures}
      preset={preset}
      ownCapRule="Pro rata"
      weighting={DEFAULT_WEIGHTING}
    />,
  );
}

/** The tile whose label is exactly this, as a definition list item. */
function tile(label: string): HTMLElement {
  return screen.getByText(label, { selector: 'dt' }).parentElement!;
}

describe('KpiTiles', () => {
  it('says beside the load and the highest that they rest on records to check', () => {
    // (18 + 150 + 3 + 22) cases ÷ 3.05 FTE = 63.3 per FTE; Ben's 150 and Chloe's 0.05 FTE are to check.
    renderTiles([
      worker({ casesHeld: 18 }),
      worker({ casesHeld: 150 }),
      worker({ fte: 0.05, casesHeld: 3 }),
      worker({ casesHeld: 22 }),
    ]);
    expect(tile('Cases per FTE')).toHaveTextContent('63.3');
    expect(tile('Cases per FTE')).toHaveTextContent('Includes 2 records to check (see the notes)');
    expect(tile('Highest / median per worker')).toHaveTextContent(
      'The highest is a record to check (see the notes)',
    );
  });

  it('adds no check line when every value is usual', () => {
    renderTiles([worker({ casesHeld: 18 }), worker({ casesHeld: 24 })]);
    expect(screen.queryByText(/to check/)).not.toBeInTheDocument();
  });
});
