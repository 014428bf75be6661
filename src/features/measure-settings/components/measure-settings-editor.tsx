import { useEffect, useRef } from 'react';
import { AsyeRuleForm } from './asye-rule-form';
import { WeightingForm } from './weighting-form';
import './measure-settings.css';

interface MeasureSettingsEditorProps {
  onClose: () => void;
}

/** The panel for measures beyond a count: the weighting scheme and the ASYE protected cap. */
export function MeasureSettingsEditor({ onClose }: MeasureSettingsEditorProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the panel on open, so keyboard and screen reader users land in it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      id="measure-settings"
      className="caps-editor measure-settings"
      aria-labelledby="measure-settings-heading"
    >
      <h2 id="measure-settings-heading" ref={heading} tabIndex={-1}>
        Weighting and ASYE caps
      </h2>
      <p>
        A case is not a case: a weighting scheme gives each case points by its type and court work,
        and the ASYE rule sets the lower cap of newly qualified workers. Nothing is saved until it
        is valid; saved settings are kept in this browser.
      </p>
      <WeightingForm />
      <AsyeRuleForm />
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
