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

/** GETs a URL and returns its parsed JSON body, or throws an ApiError. */
export async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
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
