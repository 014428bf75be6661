interface SettingsTextFieldProps {
  id: string;
  label: string;
  /** Read before the label by screen readers only, where the label alone is ambiguous. */
  context?: string;
  hint?: string;
  value: string;
  error: string | undefined;
  wide?: boolean;
  /** Numbers are typed as text (GOV.UK advice), with a numeric keyboard where one exists. */
  numeric?: boolean;
  onChange: (value: string) => void;
}

/** A labelled text field with an optional hint and an inline error, as in the GOV.UK pattern. */
export function SettingsTextField({
  id,
  label,
  context,
  hint,
  value,
  error,
  wide = false,
  numeric = true,
  onChange,
}: SettingsTextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--error' : ''}${wide ? ' field--wide' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {/* The space sits outside the hidden span so that the accessible name keeps it. */}
        {context && <span className="visually-hidden">{context}</span>} {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        id={id}
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        spellCheck={numeric ? false : undefined}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
