/**
 * Named faults for the mock API, switched on in the demo by a URL flag
 * (`?scenario=slow`) for demonstrations and end-to-end tests, and usable in
 * unit tests with server.use(...faultScenario('slow')). Each changes only
 * what its name says; everything else is the demo council as usual.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { demoSnapshot, demoSnapshotList } from './demo/demo-store';
import { hugeSnapshot, withBadRecords } from './fault-data';
import { DEFAULT_BASE_PATH } from './handlers';
import { endpointPattern, snapshotResponse } from './handlers/snapshots';

const SERVER_ERROR = { error: 'Internal server error' };

/** Each scenario's name and what it does, in one line (shown in the docs and notices). */
export const faultScenarios = {
  '500': 'every snapshot answers HTTP 500 (the list of dates still works)',
  '503': 'every snapshot answers HTTP 503 with Retry-After: 1',
  'list-500': 'the list of snapshot dates answers HTTP 500',
  flaky: 'each snapshot fails twice with HTTP 500, then works',
  slow: 'every snapshot arrives after 5 seconds',
  timeout: 'snapshots never arrive, so the request times out',
  'network-down': 'snapshot requests fail as if the network were down',
  truncated: 'snapshots arrive cut off halfway (not valid JSON)',
  html: 'snapshots arrive as an HTML error page',
  'wrong-version': 'snapshots say contract version 2',
  'bad-records': 'snapshots carry one broken record of every kind, among the valid ones',
  huge: 'the latest snapshot is about 10 MB (4,200 more workers, with their cases)',
  empty: 'the list of snapshot dates is empty',
  'older-500': 'only the latest snapshot loads; every older one answers HTTP 500',
} as const;

export type FaultScenario = keyof typeof faultScenarios;

export function isFaultScenario(name: string): name is FaultScenario {
  return Object.hasOwn(faultScenarios, name);
}

type SnapshotReply = (asAt: string) => Response | Promise<Response>;

function onSnapshots(basePath: string, reply: SnapshotReply): HttpHandler[] {
  return [
    http.get<{ asAt: string }>(endpointPattern(basePath, '/snapshots/:asAt'), ({ params }) =>
      reply(params.asAt),
    ),
  ];
}

/** The demo snapshot changed by `change`; unknown dates still answer 404. */
function changed(asAt: string, change: (snapshot: object) => object): Response {
  const snapshot = demoSnapshot(asAt);
  return snapshotResponse(asAt, snapshot && change(snapshot));
}

/** Handlers that make the mock API misbehave as the scenario says. */
export function faultScenario(name: FaultScenario, basePath = DEFAULT_BASE_PATH): HttpHandler[] {
  switch (name) {
    case '500':
      return onSnapshots(basePath, () => HttpResponse.json(SERVER_ERROR, { status: 500 }));
    case '503':
      return onSnapshots(basePath, () =>
        HttpResponse.json(
          { error: 'Service unavailable' },
          { status: 503, headers: { 'Retry-After': '1' } },
        ),
      );
    case 'list-500':
      return [
        http.get(endpointPattern(basePath, '/snapshots'), () =>
          HttpResponse.json(SERVER_ERROR, { status: 500 }),
        ),
      ];
    case 'flaky': {
      const failures = new Map<string, number>();
      return onSnapshots(basePath, (asAt) => {
        const count = failures.get(asAt) ?? 0;
        failures.set(asAt, count + 1);
        return count < 2
          ? HttpResponse.json(SERVER_ERROR, { status: 500 })
          : snapshotResponse(asAt, demoSnapshot(asAt));
      });
    }
    case 'slow':
      return onSnapshots(basePath, async (asAt) => {
        await delay(5_000);
        return snapshotResponse(asAt, demoSnapshot(asAt));
      });
    case 'timeout':
      return onSnapshots(basePath, async (asAt) => {
        await delay('infinite');
        return snapshotResponse(asAt, demoSnapshot(asAt));
      });
    case 'network-down':
      return onSnapshots(basePath, () => HttpResponse.error());
    case 'truncated':
      return onSnapshots(basePath, (asAt) => {
        const text = JSON.stringify(demoSnapshot(asAt) ?? {});
        return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), {
          headers: { 'Content-Type': 'application/json' },
        });
      });
    case 'html':
      return onSnapshots(basePath, () =>
        HttpResponse.html('<!doctype html><html><body><h1>Bad gateway</h1></body></html>'),
      );
    case 'wrong-version':
      return onSnapshots(basePath, (asAt) =>
        changed(asAt, (snapshot) => ({ ...snapshot, version: 2 })),
      );
    case 'bad-records':
      return onSnapshots(basePath, (asAt) => {
        const snapshot = demoSnapshot(asAt);
        return snapshotResponse(asAt, snapshot && withBadRecords(snapshot));
      });
    case 'huge': {
      const latest = demoSnapshotList().snapshots.at(-1);
      return onSnapshots(basePath, (asAt) => {
        const snapshot = demoSnapshot(asAt);
        return snapshotResponse(
          asAt,
          snapshot && asAt === latest ? hugeSnapshot(snapshot) : snapshot,
        );
      });
    }
    case 'empty':
      return [
        http.get(endpointPattern(basePath, '/snapshots'), () =>
          HttpResponse.json({ ...demoSnapshotList(), snapshots: [] }),
        ),
      ];
    case 'older-500': {
      const latest = demoSnapshotList().snapshots.at(-1);
      return onSnapshots(basePath, (asAt) =>
        asAt === latest
          ? snapshotResponse(asAt, demoSnapshot(asAt))
          : HttpResponse.json(SERVER_ERROR, { status: 500 }),
      );
    }
  }
}
