import { useState } from 'react';
import { caseTypes, type CaseType } from '../../../contract/v1';
import {
  caseTypePointsLabels,
  describeWeightingScheme,
  exampleWeightingSchemes,
  toWeightingDrafts,
  validateWeightingDrafts,
  type WeightingDraft,
  type WeightingError,
  type WeightingExample,
  type WeightingField,
  type WeightingScheme,
} from '../../../domain/weighting';
import { useMeasureSettingsStore } from '../../../stores/measure-settings-store';
import { SettingsErrorSummary } from './settings-error-summary';
import { SettingsTextField } from './settings-text-field';

/** The id of a weighting field, used by the error summary's links: "weighting-points-child-protection". */
export function weightingFieldId(field: WeightingField): string {
  return `weighting-${field.replace('.', '-')}`;
}

// The examples share one source today; list each distinct source once.
const exampleSources = [...new Set(exampleWeightingSchemes.map((example) => example.source))];

interface WeightingFormProps {
  /** The scheme everyone here starts from, and reset goes back to. */
  defaultScheme: WeightingScheme;
  /** True when that scheme is the organisation's, set in its config, not Loadline's example. */
  setByOrganisation: boolean;
}

/** Edits the weighting scheme as text; saves only when every field is valid. */
export function WeightingForm({ defaultScheme, setByOrganisation }: WeightingFormProps) {
  const ownScheme = useMeasureSettingsStore((state) => state.weighting);
  const weighting = ownScheme ?? defaultScheme;
  const saveWeighting = useMeasureSettingsStore((state) => state.saveWeighting);
  const resetWeighting = useMeasureSettingsStore((state) => state.resetWeighting);
  const [draft, setDraft] = useState<WeightingDraft>(() => toWeightingDrafts(weighting));
  // Errors from the last refused save: GOV.UK forms check on submit, not on every key.
  const [errors, setErrors] = useState<WeightingError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<string | null>(null);

  const errorFor = (field: WeightingField) =>
    errors.find((error) => error.field === field)?.message;
  const hasErrorIn = (fields: readonly WeightingField[]) =>
    errors.some((error) => fields.includes(error.field));
  const pointFields = [
    ...caseTypes.map((type) => `points.${type}` as const),
    'courtProceedingsExtra' as const,
  ];
  const capacityFields = ['capacityPerFte', 'asyeCapacityPerFte'] as const;

  function edit(patch: Partial<WeightingDraft>) {
    setStatus(null);
    setDraft((current) => ({ ...current, ...patch }));
  }

  function editPoints(type: CaseType, value: string) {
    setStatus(null);
    setDraft((current) => ({ ...current, points: { ...current.points, [type]: value } }));
  }

  function loadExample(example: WeightingExample) {
    setErrors([]);
    setDraft(toWeightingDrafts(example.scheme));
    setStatus(`Loaded “${example.scheme.name}”. Save to use it as your weighting scheme.`);
  }

  function save(event: { preventDefault: () => void }) {
    event.preventDefault();
    const validation = validateWeightingDrafts(draft);
    if (!validation.ok) {
      setErrors(validation.errors);
      setAttempt((count) => count + 1);
      setStatus(null);
      return;
    }
    saveWeighting(validation.scheme);
    setErrors([]);
    setStatus(
      `Your weighting scheme “${validation.scheme.name}” is saved and in use. It is kept in this browser.`,
    );
  }

  function reset() {
    resetWeighting();
    setErrors([]);
    setDraft(toWeightingDrafts(defaultScheme));
    setStatus(
      `Weighting reset to ${setByOrganisation ? 'the organisation’s scheme, ' : ''}“${defaultScheme.name}”.`,
    );
  }

  return (
    <form
      className="measure-settings__form"
      aria-labelledby="weighting-form-heading"
      onSubmit={save}
      noValidate
    >
      <h3 id="weighting-form-heading">Weighting scheme (points)</h3>
      <p>
        Now in use: <strong>{weighting.name}</strong>. {describeWeightingScheme(weighting)}
        {setByOrganisation &&
          (ownScheme === null
            ? ' This is the organisation’s scheme, set for everyone.'
            : ` This is your own scheme; the organisation’s is “${defaultScheme.name}”.`)}
      </p>
      <div className="caps-editor__presets">
        <p id="weighting-examples-label">
          Examples of council practice, not a standard: replace them with your own scheme.
        </p>
        <ul aria-labelledby="weighting-examples-label">
          {exampleWeightingSchemes.map((example) => (
            <li key={example.id}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => loadExample(example)}
              >
                Load example {example.letter}
              </button>
              <span className="caps-editor__source">
                {example.scheme.name}. {describeWeightingScheme(example.scheme)}
              </span>
            </li>
          ))}
        </ul>
        {exampleSources.map((source) => (
          <p key={source} className="hint">
            {source}
          </p>
        ))}
      </div>
      {errors.length > 0 && (
        <SettingsErrorSummary
          id="weighting-errors"
          title="There is a problem: the weighting scheme was not saved"
          focusKey={attempt}
          errors={errors.map((error) => ({
            fieldId: weightingFieldId(error.field),
            message: error.message,
          }))}
        />
      )}
      <SettingsTextField
        id={weightingFieldId('name')}
        label="Scheme name"
        hint="Shown with every weighted figure. If you change an example, give it your council’s name."
        value={draft.name}
        error={errorFor('name')}
        numeric={false}
        wide
        onChange={(name) => edit({ name })}
      />
      <fieldset className={hasErrorIn(pointFields) ? 'cap-row cap-row--error' : 'cap-row'}>
        <legend>Points per case</legend>
        {caseTypes.map((type) => (
          <SettingsTextField
            key={type}
            id={weightingFieldId(`points.${type}`)}
            label={caseTypePointsLabels[type]}
            value={draft.points[type]}
            error={errorFor(`points.${type}`)}
            onChange={(value) => editPoints(type, value)}
          />
        ))}
        <SettingsTextField
          id={weightingFieldId('courtProceedingsExtra')}
          label="Extra points in court proceedings"
          hint="Added to a case of any type while it is in court; 0 for none."
          value={draft.courtProceedingsExtra}
          error={errorFor('courtProceedingsExtra')}
          onChange={(courtProceedingsExtra) => edit({ courtProceedingsExtra })}
        />
      </fieldset>
      <fieldset className={hasErrorIn(capacityFields) ? 'cap-row cap-row--error' : 'cap-row'}>
        <legend>Capacity</legend>
        <SettingsTextField
          id={weightingFieldId('capacityPerFte')}
          label="Capacity points per FTE"
          hint="The points a full-time worker can hold; pro rata for part-time workers."
          value={draft.capacityPerFte}
          error={errorFor('capacityPerFte')}
          onChange={(capacityPerFte) => edit({ capacityPerFte })}
        />
        <SettingsTextField
          id={weightingFieldId('asyeCapacityPerFte')}
          label="ASYE capacity points per FTE"
          hint="Lower for newly qualified workers in their ASYE; not more than the capacity."
          value={draft.asyeCapacityPerFte}
          error={errorFor('asyeCapacityPerFte')}
          onChange={(asyeCapacityPerFte) => edit({ asyeCapacityPerFte })}
        />
      </fieldset>
      <p className="caps-editor__status" role="status">
        {status}
      </p>
      <div className="button-group">
        <button type="submit" className="button">
          Save weighting scheme
        </button>
        <button type="button" className="button button--secondary" onClick={reset}>
          {setByOrganisation ? 'Reset to the organisation’s scheme' : 'Reset to example A'}
        </button>
      </div>
    </form>
  );
}
