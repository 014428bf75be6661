import type { CsvCell } from '../../../domain/csv-export';

/**
 * The table behind a board chart, for screen readers: the very cells the
 * CSV download holds, so what is heard and what is saved never differ.
 * Hidden on screen, where the chart and its CSV stand for it.
 */
export function BoardTable({ cells, caption }: { cells: readonly CsvCell[][]; caption: string }) {
  const [header = [], ...body] = cells;
  return (
    // The wrapper hides it: a table itself grows to fit its cells whatever its height says.
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header.map((cell, position) => (
              <th scope="col" key={position}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((row, rowPosition) => (
            <tr key={rowPosition}>
              {row.map((cell, position) =>
                position === 0 ? (
                  <th scope="row" key={position}>
                    {cell}
                  </th>
                ) : (
                  <td key={position}>{cell ?? '–'}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
