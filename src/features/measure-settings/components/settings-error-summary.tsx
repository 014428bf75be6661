import { useEffect, useRef } from 'react';

export interface SummaryError {
  /** The id of the field the error is about, to link to it. */
  fieldId: string;
  message: string;
}

interface SettingsErrorSummaryProps {
  /** Unique on the page: two forms may each show a summary. */
  id: string;
  title: string;
  errors: readonly SummaryError[];
  /** Changes on each refused save, so that the summary takes focus again even if the errors are the same. */
  focusKey: number;
}

/** The GOV.UK error summary: focused when a save is refused, each problem links to its field. */
export function SettingsErrorSummary({ id, title, errors, focusKey }: SettingsErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  // Keyed on the save attempt, not on the errors: focus must not leave a field while typing.
  useEffect(() => box.current?.focus(), [focusKey]);
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={box}
      aria-labelledby={`${id}-title`}
    >
      <h4 id={`${id}-title`}>{title}</h4>
      <ul>
        {errors.map((error) => (
          <li key={`${error.fieldId}-${error.message}`}>
            <a href={`#${error.fieldId}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
