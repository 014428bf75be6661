import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from './error-boundary';

let chartFails = true;
function Chart() {
  if (chartFails) throw new Error('Cannot read properties of undefined');
  return <p>The chart</p>;
}

describe('ErrorBoundary around one panel', () => {
  it('names the failed panel, keeps the rest of the page, and retries', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    chartFails = true;
    render(
      <main>
        <h1>Team North</h1>
        <ErrorBoundary label="the chart">
          <Chart />
        </ErrorBoundary>
        <table aria-label="Workers">
          <tbody>
            <tr>
              <td>Sam: 18 cases</td>
            </tr>
          </tbody>
        </table>
      </main>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong while showing the chart.');
    expect(alert).toHaveTextContent('The rest of the page still works.');
    expect(screen.getByRole('heading', { name: 'Team North' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Workers' })).toHaveTextContent('Sam: 18 cases');

    chartFails = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The chart')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
