import type { ReactNode } from 'react';

interface BusyButtonProps {
  /** While busy the button says busyLabel and ignores clicks, but keeps keyboard focus. */
  busy: boolean;
  busyLabel: string;
  /** Truly unavailable (nothing to act on yet): a plain disabled button. */
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/**
 * A button for work that takes a moment. The `disabled` attribute would drop
 * keyboard focus to the page while the work runs (WCAG 2.4.3), so a busy
 * button is only marked aria-disabled and does nothing when pressed again.
 */
export function BusyButton({ busy, busyLabel, disabled, onClick, children }: BusyButtonProps) {
  return (
    <button
      type="button"
      className="button"
      disabled={disabled}
      aria-disabled={busy ? true : undefined}
      onClick={() => {
        if (!busy) onClick();
      }}
    >
      {busy ? busyLabel : children}
    </button>
  );
}
