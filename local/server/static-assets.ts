import { readFileSync } from 'node:fs';

/** Browser files the explorer needs, served from installed packages: nothing comes from a CDN. */
const ASSETS: Readonly<Record<string, { readonly module: string; readonly type: string }>> = {
  '/graphiql/react.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript' },
  '/graphiql/react-dom.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  '/graphiql/graphiql.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  '/graphiql/graphiql.css': { module: 'graphiql/graphiql.min.css', type: 'text/css' },
};

export interface StaticAsset {
  readonly body: Buffer;
  readonly type: string;
}

const loaded = new Map<string, StaticAsset>();

/** The asset served at `path`, read once from its package; undefined for any other path. */
export function staticAsset(path: string): StaticAsset | undefined {
  const asset = ASSETS[path];
  if (!asset) return undefined;
  let found = loaded.get(path);
  if (!found) {
    found = { body: readFileSync(require.resolve(asset.module)), type: asset.type };
    loaded.set(path, found);
  }
  return found;
}
