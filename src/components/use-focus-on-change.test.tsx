import { render, screen } from '@testing-library/react';

// The hook remembers the last view across mounts, as a page load does: each test loads it afresh.
async function loadPage() {
  vi.resetModules();
  const { useFocusOnChange } = await import('./use-focus-on-change');
  function Page({ viewKey, title }: { viewKey: string; title: string }) {
    const heading = useFocusOnChange<HTMLHeadingElement>(viewKey);
    return (
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
    );
  }
  function Layout({
    viewKey,
    title,
    fresh = true,
  }: {
    viewKey: string;
    title: string;
    fresh?: boolean;
  }) {
    return (
      <>
        <header>
          <button type="button">Edit caps</button>
        </header>
        <main>
          <a href="#somewhere">A link in the page</a>
          {/* Fresh: a new component for each view, as the dashboard swaps a unit's page for a
              worker's; otherwise one that stays mounted, as a unit's page does from unit to unit. */}
          <Page key={fresh ? viewKey : 'kept'} viewKey={viewKey} title={title} />
        </main>
      </>
    );
  }
  return Layout;
}

describe('useFocusOnChange', () => {
  it('leaves focus alone on the first view of a page load', async () => {
    const Layout = await loadPage();
    render(<Layout viewKey="unit:org" title="Northbridge" />);
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus to the heading of every later view, including one mounted fresh', async () => {
    const Layout = await loadPage();
    const { rerender } = render(<Layout viewKey="unit:org" title="Northbridge" />);
    rerender(<Layout viewKey="worker:w1" title="Alex Smith" />);
    expect(screen.getByRole('heading', { name: 'Alex Smith' })).toHaveFocus();
    rerender(<Layout viewKey="unit:team" title="Team South" />);
    expect(screen.getByRole('heading', { name: 'Team South' })).toHaveFocus();
  });

  it('moves focus from a control in the page on a change of view in a page that stays mounted', async () => {
    const Layout = await loadPage();
    const { rerender } = render(<Layout viewKey="unit:org" title="Northbridge" fresh={false} />);
    screen.getByRole('link', { name: 'A link in the page' }).focus();
    rerender(<Layout viewKey="unit:team" title="Team South" fresh={false} />);
    expect(screen.getByRole('heading', { name: 'Team South' })).toHaveFocus();
  });

  it('does not move focus when the same view is mounted again', async () => {
    const Layout = await loadPage();
    const { unmount } = render(<Layout viewKey="unit:org" title="Northbridge" />);
    unmount();
    render(<Layout viewKey="unit:org" title="Northbridge" />);
    expect(document.activeElement).toBe(document.body);
  });

  it('leaves focus on a control outside the page that changed the view', async () => {
    const Layout = await loadPage();
    const { rerender } = render(<Layout viewKey="unit:org" title="Northbridge" />);
    const control = screen.getByRole('button', { name: 'Edit caps' });
    control.focus();
    rerender(<Layout viewKey="unit:imported-org" title="Imported" />);
    expect(control).toHaveFocus();
  });
});
