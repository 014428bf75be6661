import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportResult } from '../../../importers/import-result';
import { saveImport } from '../../../lib/imported-data';
import { navigate, type ViewSearch } from '../../../lib/view-search';

/** Saves an import in this browser, refreshes the data, and shows it on the dashboard. */
export function useSaveImport(search: ViewSearch, onSaved: () => void) {
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(result: ImportResult, format: 'csv' | 'csww') {
    // A second press while saving is ignored: the button stays focusable, so it can be pressed.
    if (!result.snapshot || saving) return;
    setSaving(true);
    setError(null);
    try {
      await saveImport({
        asAt: result.snapshot.asAt,
        importedAt: new Date().toISOString(),
        sourceName: result.sourceName,
        format,
        rowsRead: result.rowsRead,
        rowsAccepted: result.rowsAccepted,
        problems: result.problems,
        snapshot: result.snapshot,
      });
      await queryClient.invalidateQueries({ queryKey: ['imports'] });
      await queryClient.invalidateQueries({ queryKey: ['snapshot-list'] });
      await queryClient.invalidateQueries({ queryKey: ['snapshot'] });
      navigate({
        ...search,
        source: 'imported',
        asAt: result.snapshot.asAt,
        unit: undefined,
        worker: undefined,
      });
      onSaved();
    } catch {
      setError('The import could not be saved in this browser (storage may be full or blocked).');
    } finally {
      setSaving(false);
    }
  }

  return { save, saving, error };
}
