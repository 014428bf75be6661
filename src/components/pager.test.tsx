import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { pageOf } from '../domain/paging';
import { Pager } from './pager';

const hundred = Array.from({ length: 100 }, (_, position) => position);

describe('Pager', () => {
  it('says which rows are shown and turns to the next page', async () => {
    const onPage = vi.fn();
    render(
      <Pager
        page={pageOf(hundred, 1, 40)}
        noun="bars"
        order="highest first"
        label="Pages of the chart"
        onPage={onPage}
      />,
    );
    expect(screen.getByText('41–80 of 100 bars, highest first')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next bars' }));
    expect(onPage).toHaveBeenCalledWith(2);
    await userEvent.click(screen.getByRole('button', { name: 'Previous bars' }));
    expect(onPage).toHaveBeenCalledWith(0);
  });

  it('cannot go before the first page or past the last', () => {
    const { rerender } = render(
      <Pager
        page={pageOf(hundred, 0, 40)}
        noun="rows"
        order="by name"
        label="Pages"
        onPage={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Previous rows' })).toBeDisabled();
    rerender(
      <Pager
        page={pageOf(hundred, 2, 40)}
        noun="rows"
        order="by name"
        label="Pages"
        onPage={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Next rows' })).toBeDisabled();
    expect(screen.getByText('81–100 of 100 rows, by name')).toBeInTheDocument();
  });

  it('is not there when everything fits on one page', () => {
    render(
      <Pager
        page={pageOf([1, 2], 0, 40)}
        noun="rows"
        order="by name"
        label="Pages"
        onPage={vi.fn()}
      />,
    );
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
