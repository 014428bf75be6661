/**
 * Which demo data to show: the one demo council, or England at national
 * scale. Chosen by the runtime config (`"dataset": "national"` in a demo data
 * source) or by `?demo=national` in the address. Links keep the flag
 * (view-search.ts); this tab also remembers it, for an address typed without it.
 */
export const demoDatasets = ['council', 'national'] as const;
export type DemoDataset = (typeof demoDatasets)[number];

/** What the header's badge says on each demo dataset, so nobody takes it for real figures. */
export const demoBadgeText: Record<DemoDataset, string> = {
  council: 'Demo data: not a real council',
  national: 'Demo data: invented councils, not England’s real figures',
};

const STORAGE_KEY = 'loadline:demo-dataset';

function isDemoDataset(value: string | null): value is DemoDataset {
  return value !== null && (demoDatasets as readonly string[]).includes(value);
}

/** The dataset named by ?demo= in a query string, else the one this tab chose before, else null. */
export function demoDatasetFromUrl(queryString: string): DemoDataset | null {
  const named = new URLSearchParams(queryString).get('demo');
  if (isDemoDataset(named)) {
    remember(named);
    return named;
  }
  const remembered = recall();
  return isDemoDataset(remembered) ? remembered : null;
}

// Session storage can be missing or refuse writes (private modes, quotas): the flag then lasts one load.
function remember(dataset: DemoDataset): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, dataset);
  } catch {
    return;
  }
}

function recall(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
