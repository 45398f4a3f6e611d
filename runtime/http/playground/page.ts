/**
 * The GraphiQL playground at /. Every asset comes from installed packages,
 * so it works with no network. The page carries the API key in its default
 * headers, which is why the runtime listens on loopback unless told not to.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

/** A file inside an installed package, whatever its exports map allows. */
const fromPackage = (name: string, file: string) =>
  path.join(path.dirname(require.resolve(`${name}/package.json`)), file);

/** URL path → file on disk, read once. */
const assetFiles: Record<string, { file: string; type: string }> = {
  '/playground/react.js': {
    file: fromPackage('react', 'umd/react.production.min.js'),
    type: 'text/javascript',
  },
  '/playground/react-dom.js': {
    file: fromPackage('react-dom', 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  '/playground/graphiql.js': {
    file: fromPackage('graphiql', 'graphiql.min.js'),
    type: 'text/javascript',
  },
  '/playground/graphiql.css': {
    file: fromPackage('graphiql', 'graphiql.min.css'),
    type: 'text/css',
  },
  '/playground/fetcher.js': { file: path.join(here, 'fetcher.js'), type: 'text/javascript' },
};

export interface Asset {
  body: Buffer;
  type: string;
}

export function loadPlaygroundAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [urlPath, { file, type }] of Object.entries(assetFiles)) {
    assets.set(urlPath, { body: readFileSync(file), type });
  }
  return assets;
}

// Send selects every field Watch does, recipient included: as on AppSync, a
// subscriber receives only the fields the mutation selected, and its
// recipient argument is matched against the mutation's result, so a Send that
// left recipient out would never reach Watch.
const EXAMPLE = `# Send a message, then list the recipient's messages.
# Run Watch, then Send from a second window.
mutation Send {
  sendMessage(input: {
    recipient: "alice"
    body: "Hello from the playground"
    emailAddress: "alice@example.com"
  }) {
    id
    recipient
    body
    createdAt
    deliveries { channel status providerMessageId errorCode }
  }
}

query List {
  messagesByRecipient(recipient: "alice") {
    items { id body deliveries { channel status } }
    nextToken
  }
}

subscription Watch {
  onMessageSent(recipient: "alice") { id body createdAt }
}
`;

export function playgroundHtml(apiKey: string): string {
  const config = JSON.stringify({
    headers: JSON.stringify({ 'x-api-key': apiKey }, null, 2),
    query: EXAMPLE,
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Messaging API playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script src="/playground/fetcher.js"></script>
<script>
  const config = ${config};
  const realtime = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql/realtime';
  const fetcher = window.createAppSyncFetcher('/graphql', realtime);
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: config.query,
      defaultHeaders: config.headers,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: true,
    }),
  );
</script>
</body>
</html>
`;
}
