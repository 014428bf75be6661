/**
 * The data source in words, as the page header's badge says it ("Demo data:
 * not a real council", "imported file caseloads.csv", "Case management
 * system"), for anything a view saves: a CSV found later in a folder must say
 * where its figures came from. Provided by the app, which knows the config.
 */
import { createContext, useContext } from 'react';

/** The label for the snapshot of a date (YYYY-MM-DD): imported files are named per snapshot. */
export type DataSourceLabelFor = (asAt: string) => string;

export const DataSourceLabelContext = createContext<DataSourceLabelFor>(() => 'Not recorded');

/** The data source of the snapshot of this date, in words. */
export function useDataSourceLabel(asAt: string): string {
  return useContext(DataSourceLabelContext)(asAt);
}
