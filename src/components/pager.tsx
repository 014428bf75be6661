import './pager.css';
import type { Page } from '../domain/paging';

interface PagerProps {
  page: Page<unknown>;
  /** What is being paged, for the label: "bars", "rows". */
  noun: string;
  /** The order the list is in, in words: "highest first". */
  order: string;
  /** Names the pager for assistive technology: "Chart pages". */
  label: string;
  onPage: (page: number) => void;
}

/** "41–80 of 312 bars, highest first", with buttons to the previous and next page. */
export function Pager({ page, noun, order, label, onPage }: PagerProps) {
  if (page.pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__status" aria-live="polite">
        {page.first}–{page.last} of {page.total} {noun}, {order}
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={page.page === 0}
        onClick={() => onPage(page.page - 1)}
      >
        Previous {noun}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={page.page >= page.pageCount - 1}
        onClick={() => onPage(page.page + 1)}
      >
        Next {noun}
      </button>
    </nav>
  );
}
