import { useEffect, useRef } from 'react';
import type { CapError } from '../../../domain/validate-caps';
import { capFieldId } from './cap-row';

/** The GOV.UK error summary: focused on submit, each problem links to its field. */
interface ErrorSummaryProps {
  errors: readonly CapError[];
  /** Changes on each refused save: focus moves here then, not on every keystroke. */
  attempt: number;
}

export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [attempt]);
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={box}
      aria-labelledby="error-summary-title"
    >
      <h3 id="error-summary-title">There is a problem: the caps were not saved</h3>
      <ul>
        {errors.map((error) => (
          <li key={`${error.row ?? 'all'}-${error.field ?? ''}-${error.message}`}>
            {error.row !== null && error.field !== null ? (
              <a href={`#${capFieldId(error.row, error.field)}`}>{error.message}</a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
