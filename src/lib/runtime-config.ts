/**
 * Runtime configuration, fetched from the same origin at start so that one
 * production build serves every deployment. Without a config file the app
 * runs on the built-in demo data, and says so.
 */
import { z } from '../contract/zod';
import { DEFAULT_TIMEOUT_SECONDS } from './api-client';
import { demoDatasetFromUrl, demoDatasets, type DemoDataset } from './demo-dataset';
import type { OrganisationSettings } from '../domain/organisation-settings';
import {
  organisationSettingsFrom,
  organisationSettingsSchema,
} from './organisation-settings-config';

export const CONFIG_PATH = 'loadline.config.json';
export const DEMO_BASE_PATH = '/api/v1';

const runtimeConfigSchema = z.object({
  /** How long one request may take before it counts as timed out (default 20). */
  requestTimeoutSeconds: z.number().min(1).max(300).optional(),
  /** How many times a retryable fault is retried before it is shown (default 2). */
  retries: z.number().int().min(0).max(5).optional(),
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
  /** Caps, caps for kinds of team, ASYE rule and weighting set for everyone (ADR 13). */
  settings: organisationSettingsSchema.optional(),
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
  /** Set when there was no config file and demo data is used instead. */
  notice: string | null;
  requestTimeoutSeconds: number;
  retries: number;
  /**
   * 'national' when the data is England at national scale (30,000 workers, a
   * 6 MB snapshot): views that would fetch many snapshots (history) fetch few.
   */
  dataset: DemoDataset;
  /** What the organisation sets for everyone; every part null or empty when it sets nothing. */
  organisationSettings: OrganisationSettings;
}

/** What start-up found: a config to run with, or the reason Loadline cannot start. */
export type ConfigLoad = { ok: true; loaded: LoadedConfig } | { ok: false; reason: string };

export const DEFAULT_RETRIES = 2;

const demoConfig: RuntimeConfig = { dataSource: { kind: 'demo' } };

/** Describes a valid config for the rest of the app. */
export function describeConfig(config: RuntimeConfig, notice: string | null = null): LoadedConfig {
  const source = config.dataSource;
  const common = {
    config,
    notice,
    requestTimeoutSeconds: config.requestTimeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    retries: config.retries ?? DEFAULT_RETRIES,
    credentials: 'same-origin' as RequestCredentials,
    askForToken: false,
    dataset: 'council' as DemoDataset,
    organisationSettings: organisationSettingsFrom(config.settings),
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

/**
 * Fetches and validates the config, then lets `?demo=national` (or
 * `?demo=council`) pick the demo data without a config file.
 */
export async function loadRuntimeConfig(
  fetchImpl: typeof fetch = fetch,
  pageUrl: string = window.location.href,
): Promise<ConfigLoad> {
  const result = await fetchRuntimeConfig(fetchImpl, pageUrl);
  if (!result.ok || !result.loaded.isDemo) return result;
  const fromUrl = demoDatasetFromUrl(new URL(pageUrl).search);
  return fromUrl ? { ok: true, loaded: { ...result.loaded, dataset: fromUrl } } : result;
}

/**
 * Fetches and validates the config file. Only a missing file (HTTP 404) means
 * demo data; anything else wrong is a reason not to start, because a
 * deployment with a broken config must never quietly show invented data.
 */
async function fetchRuntimeConfig(fetchImpl: typeof fetch, pageUrl: string): Promise<ConfigLoad> {
  const url = new URL(`${import.meta.env.BASE_URL}${CONFIG_PATH}`, pageUrl);
  if (url.origin !== new URL(pageUrl).origin) {
    return fail(`The configuration must come from this site, not from ${url.origin}.`);
  }
  let response: Response;
  try {
    response = await fetchImpl(url.href, { cache: 'no-store', credentials: 'same-origin' });
  } catch {
    return fail(
      `The configuration file ${CONFIG_PATH} could not be fetched: the network or the server is down.`,
    );
  }
  if (response.status === 404) {
    return {
      ok: true,
      loaded: describeConfig(
        demoConfig,
        `No configuration file ${CONFIG_PATH} was found, so demo data is shown.`,
      ),
    };
  }
  if (!response.ok) {
    return fail(
      `The configuration file ${CONFIG_PATH} could not be read (HTTP ${response.status}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    return fail(`The configuration file ${CONFIG_PATH} is not valid JSON.`);
  }
  const parsed = runtimeConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    );
    return fail(`The configuration file ${CONFIG_PATH} is not valid (${issues.join('; ')}).`);
  }
  return { ok: true, loaded: describeConfig(parsed.data) };
}

function fail(reason: string): ConfigLoad {
  return { ok: false, reason };
}
