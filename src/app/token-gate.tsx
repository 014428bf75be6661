import { useState, type ReactNode } from 'react';
import { hasApiToken, setApiToken } from '../lib/api-client';

interface TokenGateProps {
  required: boolean;
  sourceLabel: string;
  children: ReactNode;
}

/**
 * Asks for the API token when the deployment says so. The token is held in
 * memory for this tab only: never written to storage, never in the bundle.
 */
export function TokenGate({ required, sourceLabel, children }: TokenGateProps) {
  const [given, setGiven] = useState(hasApiToken());
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!required || given) return children;

  function submit(event: { preventDefault: () => void }) {
    event.preventDefault();
    if (value.trim() === '') {
      setError('Enter the API token.');
      return;
    }
    setApiToken(value);
    setGiven(true);
  }

  return (
    <main id="main" className="page-main token-gate">
      <h1>Sign in to the data service</h1>
      <p>
        This Loadline reads {sourceLabel}, which needs an API token. Your data team can give you
        one. It is kept only while this tab is open and is never saved.
      </p>
      <form onSubmit={submit} noValidate>
        <div className={`field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="api-token">
            API token
          </label>
          {error && (
            <p className="field__error" id="api-token-error">
              <span className="visually-hidden">Error:</span> {error}
            </p>
          )}
          <input
            id="api-token"
            type="password"
            autoComplete="off"
            className="input--wide"
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'api-token-error' : undefined}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            Continue
          </button>
        </div>
      </form>
    </main>
  );
}
