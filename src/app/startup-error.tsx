/** The whole page when Loadline cannot start: what went wrong, and what to do. */
export function StartupError({ reason }: { reason: string }) {
  return (
    <main id="main" className="page-main startup-error">
      <h1>Loadline could not start</h1>
      <div className="notice notice--error" role="alert">
        <div className="notice__body">
          <p>
            <strong>The configuration could not be used.</strong> {reason}
          </p>
          <p>
            Ask whoever looks after this Loadline site to check its loadline.config.json (the data
            contract documentation describes it), then reload this page.
          </p>
        </div>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </main>
  );
}
