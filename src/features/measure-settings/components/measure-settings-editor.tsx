import { useEffect, useRef } from 'react';
import type { OrganisationSettings, SettingsDefaults } from '../../../domain/organisation-settings';
import { AsyeRuleForm } from './asye-rule-form';
import { WeightingForm } from './weighting-form';
import './measure-settings.css';

interface MeasureSettingsEditorProps {
  /** What everyone here starts from, and reset goes back to. */
  defaults: SettingsDefaults;
  /** What the organisation's config sets; its settings are named as the organisation's. */
  organisation: OrganisationSettings;
  onClose: () => void;
}

/** The panel for measures beyond a count: the weighting scheme and the ASYE protected cap. */
export function MeasureSettingsEditor({
  defaults,
  organisation,
  onClose,
}: MeasureSettingsEditorProps) {
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
      <WeightingForm
        defaultScheme={defaults.weighting}
        setByOrganisation={organisation.weighting !== null}
      />
      <AsyeRuleForm
        defaultRule={defaults.asyeRule}
        setByOrganisation={organisation.asyeRule !== null}
      />
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
