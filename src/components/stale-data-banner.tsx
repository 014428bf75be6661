import { formatClockTime, formatDate } from '../domain/format';
import { ErrorDetails, RetryButton } from './query-status';

interface StaleDataBannerProps {
  /** The snapshot date asked for. */
  requestedAsAt: string;
  /** The snapshot date whose figures are on screen. */
  shownAsAt: string;
  /** When the data on screen was fetched (ms since the epoch). */
  fetchedAt: number;
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * A failed load or refresh while earlier data is still on screen: says what
 * failed and why, which snapshot the page shows and when it was fetched, and
 * offers to try again. The page below stays as it was.
 */
export function StaleDataBanner(props: StaleDataBannerProps) {
  const { requestedAsAt, shownAsAt, fetchedAt, error } = props;
  const fetched = `fetched at ${formatClockTime(fetchedAt)}`;
  const sameDate = requestedAsAt === shownAsAt;
  return (
    <div className="notice notice--error stale-banner" role="alert">
      <div className="notice__body">
        <p>
          <strong>
            {sameDate
              ? `Could not refresh the snapshot for ${formatDate(requestedAsAt)}.`
              : `Could not load the snapshot for ${formatDate(requestedAsAt)}.`}
          </strong>{' '}
          {error.message}
        </p>
        <ErrorDetails error={error} />
        <p>
          {sameDate
            ? `The figures below are the copy ${fetched}, and may be out of date.`
            : `The page below still shows the snapshot for ${formatDate(shownAsAt)} (${fetched}), not ${formatDate(requestedAsAt)}.`}
        </p>
      </div>
      <RetryButton onRetry={props.onRetry} retrying={props.retrying} />
    </div>
  );
}
