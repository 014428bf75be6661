import { loadRuntimeConfig, type ConfigLoad } from './runtime-config';

const PAGE = 'https://loadline.example.org/';

function answering(status: number, body: string): typeof fetch {
  return () => Promise.resolve(new Response(body, { status }));
}

function reasonOf(result: ConfigLoad): string {
  if (result.ok) throw new Error('expected start-up to be refused');
  return result.reason;
}

describe('loadRuntimeConfig', () => {
  it('reads a valid API config, with its timeout and retries', async () => {
    const body = JSON.stringify({
      requestTimeoutSeconds: 5,
      retries: 1,
      dataSource: { kind: 'api', baseUrl: '/api/v1', label: 'Our API' },
    });
    const result = await loadRuntimeConfig(answering(200, body), PAGE);
    expect(result.ok && result.loaded).toMatchObject({
      isDemo: false,
      apiBasePath: '/api/v1',
      sourceLabel: 'Our API',
      requestTimeoutSeconds: 5,
      retries: 1,
      notice: null,
    });
  });

  it('uses 20 seconds and 2 retries when the config does not say', async () => {
    const result = await loadRuntimeConfig(answering(200, '{"dataSource":{"kind":"demo"}}'), PAGE);
    expect(result.ok && result.loaded).toMatchObject({ requestTimeoutSeconds: 20, retries: 2 });
  });

  it('falls back to demo data, with a notice, only when there is no config (404)', async () => {
    const result = await loadRuntimeConfig(answering(404, 'Not found'), PAGE);
    expect(result.ok && result.loaded).toMatchObject({
      isDemo: true,
      notice: 'No configuration file loadline.config.json was found, so demo data is shown.',
    });
  });

  it.each<[string, typeof fetch, RegExp]>([
    ['not JSON', answering(200, '{"dataSource":'), /is not valid JSON\.$/],
    [
      'an unknown kind of source',
      answering(200, '{"dataSource":{"kind":"ftp"}}'),
      /is not valid \(dataSource\.kind: /,
    ],
    [
      'a timeout of 0 seconds',
      answering(200, '{"requestTimeoutSeconds":0,"dataSource":{"kind":"demo"}}'),
      /requestTimeoutSeconds: /,
    ],
    ['HTTP 500', answering(500, 'boom'), /could not be read \(HTTP 500\)\.$/],
    ['HTTP 403', answering(403, 'no'), /could not be read \(HTTP 403\)\.$/],
    [
      'a network failure',
      () => Promise.reject(new TypeError('Failed to fetch')),
      /could not be fetched: the network or the server is down\.$/,
    ],
  ])(
    'refuses to start on %s, saying why, and never shows demo data',
    async (_l, fetchImpl, reason) => {
      expect(reasonOf(await loadRuntimeConfig(fetchImpl, PAGE))).toMatch(reason);
    },
  );

  it('asks this origin for the config, without the browser cache', async () => {
    const fetchImpl = vi.fn(answering(404, ''));
    await loadRuntimeConfig(fetchImpl, 'https://loadline.example.org/dashboard/?unit=x');
    expect(fetchImpl).toHaveBeenCalledWith('https://loadline.example.org/loadline.config.json', {
      cache: 'no-store',
      credentials: 'same-origin',
    });
  });
});
