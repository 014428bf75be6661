/**
 * A web worker that generates one national snapshot and writes it as JSON,
 * so the page stays responsive while 30,000 workers are made up.
 */
import { generateNational, type NationalOptions } from './generate-national';

// The DOM library types `self` as a window; in a dedicated worker it is the worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<NationalOptions>) => void) | null;
  postMessage(message: { asAt: string; json: string }): void;
};

scope.onmessage = (event) => {
  scope.postMessage({ asAt: event.data.asAt, json: JSON.stringify(generateNational(event.data)) });
};
