export interface GraphiqlPageOptions {
  /** The page title. */
  readonly title: string;
  /** Headers the header editor starts with (the local API key, typically). */
  readonly defaultHeaders: Readonly<Record<string, string>>;
  /** Where the sign-in form posts `{ username, password }`; no form when undefined. */
  readonly signInPath?: string;
}

/**
 * The explorer at `GET /`: GraphiQL from local files, its header editor prefilled. Signing in from the
 * form swaps the prefilled headers for `Authorization: <id token>`, as a browser client would send it.
 */
export function graphiqlPage(options: GraphiqlPageOptions): string {
  const config = JSON.stringify({ headers: options.defaultHeaders, signInPath: options.signInPath ?? null }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(options.title)}</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>
    body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
    #sign-in { display: flex; gap: 8px; align-items: center; padding: 6px 12px; border-bottom: 1px solid #ddd; font-size: 14px; }
    #sign-in[hidden] { display: none; }
    #graphiql { flex: 1; min-height: 0; }
  </style>
</head>
<body>
  <form id="sign-in" hidden>
    <strong>Sign in</strong>
    <input name="username" placeholder="username" autocomplete="username" aria-label="username">
    <input name="password" type="password" placeholder="password" autocomplete="current-password" aria-label="password">
    <button type="submit">Sign in</button>
    <span id="sign-in-status" role="status"></span>
  </form>
  <div id="graphiql"></div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const config = ${config};
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    const root = ReactDOM.createRoot(document.getElementById('graphiql'));
    let generation = 0;
    function render(headers) {
      generation += 1;
      root.render(React.createElement(GraphiQL, {
        key: generation,
        fetcher,
        defaultHeaders: JSON.stringify(headers, null, 2),
        defaultEditorToolsVisibility: 'headers',
        shouldPersistHeaders: false,
        isHeadersEditorEnabled: true,
      }));
    }
    render(config.headers);
    if (config.signInPath) {
      const form = document.getElementById('sign-in');
      const status = document.getElementById('sign-in-status');
      form.hidden = false;
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const body = { username: form.username.value, password: form.password.value };
        const response = await fetch(config.signInPath, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const answer = await response.json();
        if (!response.ok) { status.textContent = answer.message || 'Sign-in failed'; return; }
        status.textContent = 'Signed in as ' + body.username;
        render({ Authorization: answer.idToken });
      });
    }
  </script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
