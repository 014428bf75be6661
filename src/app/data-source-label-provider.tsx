import { useQuery } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { DataSourceLabelContext } from '../components/data-source-label';
import { demoBadgeText } from '../lib/demo-dataset';
import { importsQueryOptions } from '../lib/imported-data';
import { useViewSearch } from '../lib/view-search';
import { useConfig } from './config-context';
import { snapshotSourceFor } from './prefetch-first-view';

/**
 * Tells the views what the header's badge says about the data source, so a
 * file they save says it too: the demo's label on demo data, the imported
 * file's name on imported data, else the configured source.
 */
export function DataSourceLabelProvider({ children }: { children: ReactNode }) {
  const config = useConfig();
  const { search } = useViewSearch();
  // The same query as the dashboard's: one fetch from IndexedDB for both.
  const imports = useQuery({ ...importsQueryOptions(), enabled: config.allowsImports });
  const showingImported = snapshotSourceFor(config, search).kind === 'imported';
  const importedHere = imports.data?.imports;
  const labelFor = useCallback(
    (asAt: string) => {
      if (showingImported) return `imported file ${importedHere?.[asAt]?.sourceName ?? ''}`.trim();
      return config.isDemo ? demoBadgeText[config.dataset] : config.sourceLabel;
    },
    [showingImported, importedHere, config],
  );
  return (
    <DataSourceLabelContext.Provider value={labelFor}>{children}</DataSourceLabelContext.Provider>
  );
}
