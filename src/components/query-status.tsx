import { useEffect, useState } from 'react';
import { ApiError } from '../lib/api-client';

/** After this long a load says it is taking longer than usual. */
export const SLOW_AFTER_MS = 3_000;

interface LoadingProps {
  what: string;
  /** Failed tries so far (TanStack Query's failureCount), while it retries. */
  failureCount?: number;
  failureReason?: Error | null;
  /** Tries in all: the first and its retries. */
  maxAttempts?: number;
  /** What stays on screen meanwhile, e.g. "The page below still shows 31 October 2026." */
  meanwhile?: string;
}

/** A loading message that screen readers announce, and that says so when it is slow or retrying. */
export function Loading({
  what,
  failureCount = 0,
  failureReason = null,
  maxAttempts,
  meanwhile,
}: LoadingProps) {
  const slow = useElapsed(SLOW_AFTER_MS);
  return (
    <div className="loading" role="status">
      <p>Loading {what}…</p>
      {failureCount > 0 && failureReason ? (
        <p>
          Still trying (attempt {failureCount + 1}
          {maxAttempts ? ` of ${maxAttempts}` : ''}): the last try failed. {failureReason.message}
        </p>
      ) : (
        slow && <p>This is taking longer than usual.</p>
      )}
      {meanwhile && <p>{meanwhile}</p>}
    </div>
  );
}

/** True once `ms` have passed since the component mounted. */
function useElapsed(ms: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setElapsed(true), ms);
    return () => window.clearTimeout(timer);
  }, [ms]);
  return elapsed;
}

interface LoadErrorProps {
  what: string;
  error: Error;
  onRetry: () => void;
  retrying?: boolean;
  /** When the error is all the page shows, it is the page's heading: a page needs an h1. */
  isPage?: boolean;
}

/** What failed, why in plain words, the details of a validation failure, and a retry. */
export function LoadError({
  what,
  error,
  onRetry,
  retrying = false,
  isPage = false,
}: LoadErrorProps) {
  return (
    <div className="notice notice--error" role="alert">
      <div className="notice__body">
        {isPage ? (
          <>
            <h1 className="notice__heading">Could not load {what}</h1>
            <p>{error.message}</p>
          </>
        ) : (
          <p>
            <strong>Could not load {what}.</strong> {error.message}
          </p>
        )}
        <ErrorDetails error={error} />
      </div>
      <RetryButton onRetry={onRetry} retrying={retrying} />
    </div>
  );
}

/** The reasons behind a validation failure, the first 20. */
export function ErrorDetails({ error }: { error: Error }) {
  const details = error instanceof ApiError ? error.details : [];
  if (details.length === 0) return null;
  return (
    <ul className="notice__list">
      {details.slice(0, 20).map((detail, position) => (
        <li key={position}>{detail}</li>
      ))}
      {details.length > 20 && <li>and {details.length - 20} more problems</li>}
    </ul>
  );
}

export function RetryButton({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  return (
    // Not disabled while retrying: a disabled button would drop keyboard focus to the page.
    <button
      type="button"
      className="button"
      onClick={() => {
        if (!retrying) onRetry();
      }}
      aria-disabled={retrying}
    >
      {retrying ? 'Retrying…' : 'Try again'}
    </button>
  );
}
