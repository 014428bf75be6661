import type { CapDraft, CapError, CapField } from '../../../domain/validate-caps';

interface CapRowProps {
  row: number;
  draft: CapDraft;
  errors: readonly CapError[];
  canRemove: boolean;
  onChange: (patch: Partial<CapDraft>) => void;
  onRemove: () => void;
}

/** The id of a cap field, used by the error summary's links. */
export function capFieldId(row: number, field: CapField): string {
  return `cap-${row}-${field}`;
}

/** One cap: single line or range, its value(s) and label, with errors beside the fields. */
export function CapRow({ row, draft, errors, canRemove, onChange, onRemove }: CapRowProps) {
  const errorFor = (field: CapField) => errors.find((error) => error.field === field);
  const number = row + 1;
  return (
    <fieldset className={errors.length > 0 ? 'cap-row cap-row--error' : 'cap-row'}>
      <legend>Cap {number}</legend>
      <label className="field">
        <span className="field__label">Kind</span>
        <select
          value={draft.kind}
          onChange={(event) => onChange({ kind: event.target.value as CapDraft['kind'] })}
        >
          <option value="line">Single line</option>
          <option value="range">Range</option>
        </select>
      </label>
      <TextField
        id={capFieldId(row, 'from')}
        context={`Cap ${number}`}
        label={draft.kind === 'line' ? 'Value' : 'From'}
        value={draft.from}
        error={errorFor('from')}
        inputMode="decimal"
        onChange={(from) => onChange({ from })}
      />
      {draft.kind === 'range' && (
        <TextField
          id={capFieldId(row, 'to')}
          context={`Cap ${number}`}
          label="To"
          value={draft.to}
          error={errorFor('to')}
          inputMode="decimal"
          onChange={(to) => onChange({ to })}
        />
      )}
      <TextField
        id={capFieldId(row, 'label')}
        context={`Cap ${number}`}
        label="Label"
        value={draft.label}
        error={errorFor('label')}
        wide
        onChange={(label) => onChange({ label })}
      />
      {canRemove && (
        <button type="button" className="button button--secondary button--small" onClick={onRemove}>
          Remove cap {number}
        </button>
      )}
    </fieldset>
  );
}

interface TextFieldProps {
  id: string;
  /** Read before the label by screen readers only: "Cap 2". */
  context: string;
  label: string;
  value: string;
  error: CapError | undefined;
  inputMode?: 'decimal';
  wide?: boolean;
  onChange: (value: string) => void;
}

function TextField({
  id,
  context,
  label,
  value,
  error,
  inputMode,
  wide = false,
  onChange,
}: TextFieldProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}${wide ? ' field--wide' : ''}`}>
      <label className="field__label" htmlFor={id}>
        <span className="visually-hidden">{context} </span>
        {label}
      </label>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {error.message}
        </p>
      )}
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
