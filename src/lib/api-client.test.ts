import { delay, http, HttpResponse } from 'msw';
import { server } from '../mocks/node';
import {
  ApiError,
  DEFAULT_TIMEOUT_SECONDS,
  getJson,
  isRetryable,
  MAX_RETRY_DELAY_MS,
  readRetryAfter,
  retryDelayMs,
  setRequestTimeout,
} from './api-client';

const URL_ = 'http://localhost:3000/test/data';

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

afterEach(() => setRequestTimeout(DEFAULT_TIMEOUT_SECONDS));

describe('getJson: each fault named in plain words', () => {
  it('returns the parsed body of a 200', async () => {
    server.use(http.get(URL_, () => HttpResponse.json({ ok: 1 })));
    await expect(getJson(URL_)).resolves.toEqual({ ok: 1 });
  });

  it('reads the body as UTF-8, names with accents intact and a byte-order mark dropped', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('{"name":"Zoë Ó Briain"}'),
    ]);
    server.use(
      http.get(
        URL_,
        () => new HttpResponse(bytes, { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    await expect(getJson(URL_)).resolves.toEqual({ name: 'Zoë Ó Briain' });
  });

  it.each<{
    status: number;
    says: RegExp;
    headers?: Record<string, string>;
    retryAfter: number | null;
  }>([
    { status: 500, says: /internal error \(HTTP 500\)/, retryAfter: null },
    {
      status: 503,
      says: /unavailable for now \(HTTP 503\)/,
      headers: { 'Retry-After': '7' },
      retryAfter: 7000,
    },
    { status: 404, says: /has nothing at .* \(HTTP 404\)/, retryAfter: null },
    { status: 401, says: /refused access \(HTTP 401\)/, retryAfter: null },
    {
      status: 429,
      says: /too many requests \(HTTP 429\)/,
      headers: { 'Retry-After': '2' },
      retryAfter: 2000,
    },
    { status: 408, says: /gave up waiting .* \(HTTP 408\)/, retryAfter: null },
    { status: 418, says: /answered with an error \(HTTP 418\)/, retryAfter: null },
  ])('HTTP $status', async ({ status, says, headers, retryAfter }) => {
    server.use(http.get(URL_, () => HttpResponse.json({}, { status, headers })));
    const error = await failureOf(getJson(URL_));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.message).toMatch(says);
    expect(error.retryAfterMs).toBe(retryAfter);
  });

  it('a request that takes longer than the timeout', async () => {
    setRequestTimeout(0.2);
    server.use(
      http.get(URL_, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const error = await failureOf(getJson(URL_));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('The data service did not answer within 0.2 seconds (timed out).');
  });

  it('a network failure', async () => {
    server.use(http.get(URL_, () => HttpResponse.error()));
    const error = await failureOf(getJson(URL_));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/network is down/);
  });

  it('a network failure while the browser says it is offline', async () => {
    server.use(http.get(URL_, () => HttpResponse.error()));
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const error = await failureOf(getJson(URL_));
    expect(error.kind).toBe('offline');
    expect(error.message).toMatch(/offline/);
  });

  it.each([
    ['cut off', '{"version": 1, "units": [', /cut off or malformed/],
    ['an HTML page', '<!doctype html><h1>Bad gateway</h1>', /web page \(HTML\)/],
    ['empty', '', /the body is empty/],
  ])('a body that is %s', async (_label, body, says) => {
    server.use(
      http.get(
        URL_,
        () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const error = await failureOf(getJson(URL_));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.message).toMatch(says);
  });

  it('lets the caller’s own abort through as it is, not as a fault', async () => {
    server.use(
      http.get(URL_, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const request = getJson(URL_, controller.signal);
    controller.abort();
    await expect(request).rejects.not.toBeInstanceOf(ApiError);
  });
});

describe('which faults are retried, and when', () => {
  it.each<[string, ApiError, boolean]>([
    ['network', new ApiError('network', ''), true],
    ['timeout', new ApiError('timeout', ''), true],
    ['500', new ApiError('http', '', 500), true],
    ['503', new ApiError('http', '', 503), true],
    ['408', new ApiError('http', '', 408), true],
    ['429', new ApiError('http', '', 429), true],
    ['404', new ApiError('http', '', 404), false],
    ['401', new ApiError('http', '', 401), false],
    ['400', new ApiError('http', '', 400), false],
    ['offline', new ApiError('offline', ''), false],
    ['not JSON', new ApiError('not-json', '', 200), false],
    ['invalid', new ApiError('invalid', ''), false],
  ])('%s: retried %s', (_label, error, retried) => {
    expect(isRetryable(error)).toBe(retried);
  });

  it('does not retry an error that is not an ApiError (a bug, not a fault)', () => {
    expect(isRetryable(new TypeError('x is undefined'))).toBe(false);
  });

  it('backs off 1 s, 2 s, 4 s, and never beyond the cap', () => {
    const error = new ApiError('http', '', 500);
    expect([0, 1, 2].map((attempt) => retryDelayMs(attempt, error))).toEqual([1000, 2000, 4000]);
    expect(retryDelayMs(10, error)).toBe(MAX_RETRY_DELAY_MS);
  });

  it('waits as long as Retry-After says, capped', () => {
    expect(retryDelayMs(0, new ApiError('http', '', 503, [], 5000))).toBe(5000);
    expect(retryDelayMs(0, new ApiError('http', '', 503, [], 3_600_000))).toBe(MAX_RETRY_DELAY_MS);
  });

  it.each<[string | null, number | null]>([
    ['3', 3000],
    ['0', 0],
    [null, null],
    ['', null],
    ['soon', null],
    ['Wed, 21 Oct 2026 07:28:10 GMT', 10_000],
    ['Wed, 21 Oct 2026 07:27:00 GMT', 0],
  ])('reads Retry-After %s as %s ms', (value, ms) => {
    expect(readRetryAfter(value, Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(ms);
  });
});
