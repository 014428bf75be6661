/**
 * Runtime configuration, fetched from the same origin at start so that one
 * production build serves every deployment. Without a config file the app
 * runs on the built-in demo data, and says so.
 */
import { z } from 'zod';
import { demoDatasetFromUrl, demoDatasets, type DemoDataset } from './demo-dataset';

export const CONFIG_PATH = 'loadline.config.json';
export const DEMO_BASE_PATH = '/api/v1';

const runtimeConfigSchema = z.object({
  dataSource: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('demo'),
      /** Which demo data: one council (the default) or England at national scale. */
      dataset: z.enum(demoDatasets).optional(),
    }),
    z.object({
      kind: z.literal('api'),
      /** Same-origin path or absolute URL of the v1 endpoints. */
      baseUrl: z.string().min(1),
      label: z.string().min(1).max(80).optional(),
      /** Send the browser session's cookies to another origin too ('include'), or only to this one. */
      credentials: z.enum(['same-origin', 'include']).default('same-origin'),
      /** Ask the person for an API token when the page opens; it is kept in memory only. */
      askForToken: z.boolean().default(false),
    }),
    z.object({
      kind: z.literal('files'),
      label: z.string().min(1).max(80).optional(),
    }),
  ]),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export interface LoadedConfig {
  config: RuntimeConfig;
  /** Where the data comes from, in words for the header badge. */
  sourceLabel: string;
  isDemo: boolean;
  /** Base path of the v1 endpoints; null when the data comes from imported files only. */
  apiBasePath: string | null;
  /** Whether files can be imported in this deployment (demo and files modes). */
  allowsImports: boolean;
  credentials: RequestCredentials;
  askForToken: boolean;
  /** Set when the config file was missing or invalid and demo data is used instead. */
  notice: string | null;
  /**
   * 'national' when the data is England at national scale (30,000 workers, a
   * 6 MB snapshot): views that would fetch many snapshots (history) fetch few.
   */
  dataset: DemoDataset;
}

const demoConfig: RuntimeConfig = { dataSource: { kind: 'demo' } };

/** Describes a valid config for the rest of the app. */
export function describeConfig(config: RuntimeConfig, notice: string | null = null): LoadedConfig {
  const source = config.dataSource;
  const common = {
    config,
    notice,
    credentials: 'same-origin' as RequestCredentials,
    askForToken: false,
    dataset: 'council' as DemoDataset,
  };
  switch (source.kind) {
    case 'demo':
      return {
        ...common,
        dataset: source.dataset ?? 'council',
        sourceLabel: 'Demo data',
        isDemo: true,
        apiBasePath: DEMO_BASE_PATH,
        allowsImports: true,
      };
    case 'api':
      return {
        ...common,
        sourceLabel: source.label ?? `API at ${source.baseUrl}`,
        isDemo: false,
        apiBasePath: source.baseUrl,
        allowsImports: false,
        credentials: source.credentials,
        askForToken: source.askForToken,
      };
    case 'files':
      return {
        ...common,
        sourceLabel: source.label ?? 'Imported files',
        isDemo: false,
        apiBasePath: null,
        allowsImports: true,
      };
  }
}

/** Fetches and validates the config; falls back to demo data with a notice when it cannot. */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<LoadedConfig> {
  const loaded = await fetchRuntimeConfig(fetchImpl);
  // ?demo=national (or ?demo=council) picks the demo data without a config file.
  const fromUrl = loaded.isDemo ? demoDatasetFromUrl(window.location.search) : null;
  return fromUrl ? { ...loaded, dataset: fromUrl } : loaded;
}

async function fetchRuntimeConfig(fetchImpl: typeof fetch): Promise<LoadedConfig> {
  let response: Response;
  try {
    response = await fetchImpl(`${import.meta.env.BASE_URL}${CONFIG_PATH}`, { cache: 'no-store' });
  } catch {
    return describeConfig(
      demoConfig,
      `The configuration file ${CONFIG_PATH} could not be fetched, so demo data is shown.`,
    );
  }
  if (!response.ok) {
    return describeConfig(
      demoConfig,
      `No configuration file ${CONFIG_PATH} was found (HTTP ${response.status}), so demo data is shown.`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return describeConfig(
      demoConfig,
      `The configuration file ${CONFIG_PATH} is not valid JSON, so demo data is shown.`,
    );
  }
  const parsed = runtimeConfigSchema.safeParse(json);
  if (!parsed.success) {
    return describeConfig(
      demoConfig,
      `The configuration file ${CONFIG_PATH} is not valid (${parsed.error.issues[0]?.message ?? 'unknown problem'}), so demo data is shown.`,
    );
  }
  return describeConfig(parsed.data);
}
