import type { ReactNode } from 'react';

interface NoticeProps {
  tone?: 'info' | 'warning' | 'error';
  children: ReactNode;
  onDismiss?: () => void;
}

/** A message about the page itself: a fallback taken, data left out, a setting reset. */
export function Notice({ tone = 'info', children, onDismiss }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice__body">{children}</div>
      {onDismiss && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onDismiss}
        >
          Dismiss
        </button>
      )}
    </div>
  );
}
