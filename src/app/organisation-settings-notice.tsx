import { Notice } from '../components/notice';
import type { SettingDifference } from '../domain/settings-differences';

interface OrganisationSettingsNoticeProps {
  differences: readonly SettingDifference[];
  onUseOrganisations: () => void;
}

/**
 * Says which settings on screen are not the ones the organisation set for
 * everyone: a manager may not realise that a colleague who kept them sees
 * other figures. Shown only when the organisation sets something.
 */
export function OrganisationSettingsNotice({
  differences,
  onUseOrganisations,
}: OrganisationSettingsNoticeProps) {
  if (differences.length === 0) return null;
  return (
    <Notice tone="info">
      <p>
        {differences.length === 1 ? 'A setting' : 'Some settings'} on this page{' '}
        {differences.length === 1 ? 'is' : 'are'} not the organisation’s, so colleagues who kept the
        organisation’s settings see other figures:
      </p>
      <ul className="notice__list">
        {differences.map((difference) => (
          <li key={difference.setting}>
            {difference.setting}: {difference.inUse} (the organisation’s: {difference.organisations}
            )
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={onUseOrganisations}
      >
        Use the organisation’s settings
      </button>
    </Notice>
  );
}
