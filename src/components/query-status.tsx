import { ApiError } from '../lib/api-client';

/** A loading message that screen readers announce. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

interface LoadErrorProps {
  what: string;
  error: Error;
  onRetry: () => void;
  retrying?: boolean;
}

/** What failed, why in plain words, the details of a validation failure, and a retry. */
export function LoadError({ what, error, onRetry, retrying = false }: LoadErrorProps) {
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="notice notice--error" role="alert">
      <div className="notice__body">
        <p>
          <strong>Could not load {what}.</strong> {error.message}
        </p>
        {details.length > 0 && (
          <ul className="notice__list">
            {details.slice(0, 20).map((detail, position) => (
              <li key={position}>{detail}</li>
            ))}
            {details.length > 20 && <li>and {details.length - 20} more problems</li>}
          </ul>
        )}
      </div>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Try again'}
      </button>
    </div>
  );
}
