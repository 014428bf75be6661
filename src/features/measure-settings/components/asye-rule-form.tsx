import { useState, type ReactNode } from 'react';
import {
  describeAsyeRule,
  ownCapInCases,
  toAsyeRuleDraft,
  validateAsyeRuleDraft,
  type AsyeRule,
  type AsyeRuleDraft,
  type AsyeRuleError,
  type AsyeRuleField,
  type AsyeRuleKind,
} from '../../../domain/asye-rule';
import { useMeasureSettingsStore } from '../../../stores/measure-settings-store';
import { SettingsErrorSummary } from './settings-error-summary';
import { SettingsTextField } from './settings-text-field';

/** The id of an ASYE rule field, used by the error summary's links. */
export function asyeRuleFieldId(field: AsyeRuleField): string {
  return field === 'factor' ? 'asye-rule-factor' : 'asye-rule-cases-per-fte';
}

// The worked example under the form: a cap people know (Cafcass's 20).
const EXAMPLE_REFERENCE_CAP = 20;

interface AsyeRuleFormProps {
  /** The rule everyone here starts from, and reset goes back to. */
  defaultRule: AsyeRule;
  /** True when that rule is the organisation's, set in its config, not Loadline's own. */
  setByOrganisation: boolean;
}

/** Edits the rule that protects ASYE caseloads; saves only when it is valid. */
export function AsyeRuleForm({ defaultRule, setByOrganisation }: AsyeRuleFormProps) {
  const ownRule = useMeasureSettingsStore((state) => state.asyeRule);
  const asyeRule = ownRule ?? defaultRule;
  const saveAsyeRule = useMeasureSettingsStore((state) => state.saveAsyeRule);
  const resetAsyeRule = useMeasureSettingsStore((state) => state.resetAsyeRule);
  const [draft, setDraft] = useState<AsyeRuleDraft>(() => toAsyeRuleDraft(asyeRule));
  // Errors from the last refused save: GOV.UK forms check on submit, not on every key.
  const [errors, setErrors] = useState<AsyeRuleError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<string | null>(null);

  const errorFor = (field: AsyeRuleField) => errors.find((error) => error.field === field)?.message;
  const preview = validateAsyeRuleDraft(draft);

  function edit(patch: Partial<AsyeRuleDraft>) {
    setStatus(null);
    setDraft((current) => ({ ...current, ...patch }));
  }

  function save(event: { preventDefault: () => void }) {
    event.preventDefault();
    const validation = validateAsyeRuleDraft(draft);
    if (!validation.ok) {
      setErrors(validation.errors);
      setAttempt((count) => count + 1);
      setStatus(null);
      return;
    }
    saveAsyeRule(validation.rule);
    setErrors([]);
    setStatus(
      `Saved and in use: ${describeAsyeRule(validation.rule)}. It is kept in this browser.`,
    );
  }

  function reset() {
    resetAsyeRule();
    setErrors([]);
    setDraft(toAsyeRuleDraft(defaultRule));
    setStatus(
      `ASYE rule reset to ${setByOrganisation ? 'the organisation’s' : 'the default'}: ${describeAsyeRule(defaultRule)}.`,
    );
  }

  return (
    <form
      className="measure-settings__form"
      aria-labelledby="asye-rule-form-heading"
      onSubmit={save}
      noValidate
    >
      <h3 id="asye-rule-form-heading">Protected caseload for ASYE workers</h3>
      <p>
        Newly qualified workers in their Assessed and Supported Year in Employment carry fewer
        cases. Now in use: <strong>{describeAsyeRule(asyeRule)}</strong>.
        {setByOrganisation &&
          (ownRule === null
            ? ' This is the organisation’s rule, set for everyone.'
            : ` This is your own rule; the organisation’s is: ${describeAsyeRule(defaultRule)}.`)}
      </p>
      {errors.length > 0 && (
        <SettingsErrorSummary
          id="asye-rule-errors"
          title="There is a problem: the ASYE rule was not saved"
          focusKey={attempt}
          errors={errors.map((error) => ({
            fieldId: asyeRuleFieldId(error.field),
            message: error.message,
          }))}
        />
      )}
      <fieldset
        className={`measure-settings__radios${errors.length > 0 ? ' measure-settings__radios--error' : ''}`}
      >
        <legend>How is an ASYE worker’s cap protected?</legend>
        <KindOption kind="none" draft={draft} onChoose={(kind) => edit({ kind })}>
          No protected cap: the same cap as everyone else
        </KindOption>
        <KindOption kind="fte-factor" draft={draft} onChoose={(kind) => edit({ kind })}>
          Count the cap at a share of their FTE
        </KindOption>
        {draft.kind === 'fte-factor' && (
          <div className="measure-settings__conditional">
            <SettingsTextField
              id={asyeRuleFieldId('factor')}
              label="Share of FTE"
              context="ASYE"
              hint="Between 0 and 1: 0.6 counts a full-time ASYE worker as 0.6 FTE."
              value={draft.factor}
              error={errorFor('factor')}
              onChange={(factor) => edit({ factor })}
            />
          </div>
        )}
        <KindOption kind="fixed-cap" draft={draft} onChoose={(kind) => edit({ kind })}>
          A fixed cap in cases per FTE
        </KindOption>
        {draft.kind === 'fixed-cap' && (
          <div className="measure-settings__conditional">
            <SettingsTextField
              id={asyeRuleFieldId('casesPerFte')}
              label="Fixed cap in cases per FTE"
              context="ASYE"
              hint="Used when lower than the cap in use; pro rata for part-time workers."
              value={draft.casesPerFte}
              error={errorFor('casesPerFte')}
              onChange={(casesPerFte) => edit({ casesPerFte })}
            />
          </div>
        )}
      </fieldset>
      <p className="hint" aria-live="polite">
        {preview.ok ? workedExample(preview.rule) : 'The example appears when the rule is valid.'}
      </p>
      <p className="caps-editor__status" role="status">
        {status}
      </p>
      <div className="button-group">
        <button type="submit" className="button">
          Save ASYE rule
        </button>
        <button type="button" className="button button--secondary" onClick={reset}>
          {setByOrganisation ? 'Reset to the organisation’s rule' : 'Reset to 0.6 of FTE'}
        </button>
      </div>
    </form>
  );
}

interface KindOptionProps {
  kind: AsyeRuleKind;
  draft: AsyeRuleDraft;
  onChoose: (kind: AsyeRuleKind) => void;
  children: ReactNode;
}

function KindOption({ kind, draft, onChoose, children }: KindOptionProps) {
  return (
    <label className="measure-settings__radio">
      <input
        type="radio"
        name="asye-rule-kind"
        value={kind}
        checked={draft.kind === kind}
        onChange={() => onChoose(kind)}
      />
      {children}
    </label>
  );
}

/** The rule at work on a cap of 20, so that a factor or fixed cap reads as cases. */
function workedExample(rule: AsyeRule): string {
  const reference = EXAMPLE_REFERENCE_CAP;
  const fullTime = ownCapInCases(reference, 1, true, rule);
  const halfTime = ownCapInCases(reference, 0.5, true, rule);
  return `For example, with a cap of ${reference} cases per FTE an ASYE worker’s own cap would be ${fullTime} cases full time, or ${halfTime} at 0.5 FTE.`;
}
