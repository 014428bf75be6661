import { render, screen, within } from '@testing-library/react';
import { bandsFromCaps } from '../domain/bands';
import { builtInPresets } from '../domain/caps';
import { SpreadTable } from './spread-table';

describe('SpreadTable', () => {
  it('writes counts over 999 with a thousands separator', () => {
    const bands = bandsFromCaps(builtInPresets.default.caps);
    render(
      <SpreadTable
        caption="Case holders in each band"
        bands={bands}
        rows={[
          {
            key: 'east',
            name: 'East of England',
            counts: [630, 409, 220, 1481, 185],
            total: 2925,
            totalsUnits: 0,
          },
        ]}
      />,
    );
    const row = within(screen.getByRole('table')).getByRole('row', { name: /^East of England/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['630', '409', '220', '1,481', '185', '2,925']);
  });
});
