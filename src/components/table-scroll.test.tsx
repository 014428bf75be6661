import { render, screen } from '@testing-library/react';
import { TableScroll } from './table-scroll';

/** jsdom lays nothing out: give every element the widths a narrow screen would. */
function withWidths(scrollWidth: number, clientWidth: number) {
  const scroll = vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  const client = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
  return () => {
    scroll.mockRestore();
    client.mockRestore();
  };
}

function renderTable() {
  return render(
    <TableScroll label="Workers in North Team">
      <table>
        <tbody>
          <tr>
            <td>1</td>
          </tr>
        </tbody>
      </table>
    </TableScroll>,
  );
}

describe('TableScroll', () => {
  it('while the table scrolls sideways, is a named region the keyboard can reach', () => {
    const restore = withWidths(900, 320);
    renderTable();
    const region = screen.getByRole('region', { name: 'Workers in North Team (scrolls sideways)' });
    expect(region).toHaveAttribute('tabindex', '0');
    restore();
  });

  it('when the table fits, is a plain box with no tab stop', () => {
    const restore = withWidths(600, 600);
    const { container } = renderTable();
    expect(screen.queryByRole('region')).toBeNull();
    expect(container.querySelector('.table-scroll')).not.toHaveAttribute('tabindex');
    restore();
  });
});
