import {
  countingNames,
  measureNames,
  measures,
  countingRules,
  populationNames,
  populations,
  usesCounting,
  type CountingRule,
  type Measure,
  type Population,
  type ViewMeasure,
} from '../domain/measure-options';

interface ViewOptionsProps {
  view: ViewMeasure;
  onChange: (patch: { measure?: Measure; count?: CountingRule; who?: Population }) => void;
  settingsOpen: boolean;
  onToggleSettings: () => void;
}

/** What is measured and who is counted: changes every figure, caption and the URL. */
export function ViewOptions({ view, onChange, settingsOpen, onToggleSettings }: ViewOptionsProps) {
  return (
    <div className="view-options" role="group" aria-label="What the figures measure">
      <div className="field">
        <label className="field__label" htmlFor="measure-select">
          Measure
        </label>
        <select
          id="measure-select"
          value={view.measure}
          onChange={(event) => onChange({ measure: event.target.value as Measure })}
        >
          {measures.map((measure) => (
            <option key={measure} value={measure}>
              {measureNames[measure]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="count-select">
          Count
        </label>
        <select
          id="count-select"
          value={view.counting}
          disabled={!usesCounting(view)}
          aria-describedby={usesCounting(view) ? undefined : 'count-hint'}
          onChange={(event) => onChange({ count: event.target.value as CountingRule })}
        >
          {countingRules.map((rule) => (
            <option key={rule} value={rule}>
              {countingNames[rule]}
            </option>
          ))}
        </select>
        {!usesCounting(view) && (
          <span className="hint" id="count-hint">
            Weighted points count each child
          </span>
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor="who-select">
          Who is counted
        </label>
        <select
          id="who-select"
          value={view.population}
          onChange={(event) => onChange({ who: event.target.value as Population })}
        >
          {populations.map((population) => (
            <option key={population} value={population}>
              {populationNames[population]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={settingsOpen}
        aria-controls="measure-settings"
        onClick={onToggleSettings}
      >
        {settingsOpen ? 'Close weighting and ASYE settings' : 'Weighting and ASYE caps'}
      </button>
    </div>
  );
}
