import { useId, useState, type ReactNode } from 'react';

interface FigureTileProps {
  label: string;
  value: ReactNode;
  /** A short rule under the value, always visible. */
  rule: string;
  /** How the figure is worked out: formula, counting rule, what was left out. */
  explanation: readonly string[];
  /** Lines comparing the figure with earlier snapshots: "Previous (30 Sept 2026): down 0.6 from 22.6". */
  changes?: readonly string[];
  /** A figure for context (workload around the caps), drawn smaller than the key figures. */
  minor?: boolean;
  /** What to check before the figure is relied on, in words: it rests on a value far outside the usual. */
  check?: string | null;
}

/**
 * A key figure with its rule, and a button that shows how it is worked out on
 * hover, on keyboard focus or on a tap; Escape hides it (WCAG 1.4.13).
 */
export function FigureTile({
  label,
  value,
  rule,
  explanation,
  changes = [],
  minor = false,
  check = null,
}: FigureTileProps) {
  const id = useId();
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const state = pinned ? ' figure-explain--open' : dismissed ? ' figure-explain--dismissed' : '';
  return (
    <div className={minor ? 'kpi kpi--minor' : 'kpi'}>
      <dt>{label}</dt>
      <dd className="kpi__value">{value}</dd>
      <dd className="kpi__rule">{rule}</dd>
      {check && <dd className="kpi__check">{check}</dd>}
      {changes.map((change) => (
        <dd className="kpi__change" key={change}>
          {change}
        </dd>
      ))}
      <dd className={`figure-explain${state}`}>
        <button
          type="button"
          className="figure-explain__button"
          aria-describedby={id}
          aria-expanded={pinned}
          onClick={() => {
            setPinned((open) => !open);
            setDismissed(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setPinned(false);
              setDismissed(true);
            }
          }}
          onBlur={() => setDismissed(false)}
        >
          How is this worked out?
        </button>
        <div className="figure-explain__text" role="tooltip" id={id}>
          {explanation.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </dd>
    </div>
  );
}
