/**
 * Fetch with typed errors: every failure becomes an ApiError that says in
 * plain words what went wrong, so a view can show it and offer a retry.
 */
export type ApiErrorKind = 'network' | 'http' | 'not-json' | 'invalid';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly details: readonly string[];

  constructor(
    kind: ApiErrorKind,
    message: string,
    status: number | null = null,
    details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.details = details;
  }
}

// Held in memory only: never in storage, never in the bundle. Closing the tab forgets it.
let apiToken: string | null = null;
let requestCredentials: RequestCredentials = 'same-origin';

/** Sets the token typed in by the person, sent as a bearer token until the tab closes. */
export function setApiToken(token: string | null): void {
  apiToken = token && token.trim() !== '' ? token.trim() : null;
}

/** True once a token has been entered in this tab. */
export function hasApiToken(): boolean {
  return apiToken !== null;
}

/** Whether cookies go to the API's origin too ('include') or only to this one. */
export function setRequestCredentials(credentials: RequestCredentials): void {
  requestCredentials = credentials;
}

/** GETs a URL and returns its parsed JSON body, or throws an ApiError. */
export async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (apiToken) headers.Authorization = `Bearer ${apiToken}`;
  try {
    response = await fetch(url, { signal, credentials: requestCredentials, headers });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(
      'network',
      `Could not reach the data service (${url}). Check the connection and try again.`,
    );
  }
  if (!response.ok) {
    throw new ApiError(
      'http',
      response.status === 404
        ? `The data service has nothing at ${url} (HTTP 404).`
        : response.status === 401 || response.status === 403
          ? `The data service refused access (HTTP ${response.status}). Sign in to it, or check the API token.`
          : `The data service answered with an error (HTTP ${response.status}).`,
      response.status,
    );
  }
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ApiError(
      'not-json',
      `The data service sent something that is not valid JSON (${url}).`,
      response.status,
    );
  }
}
