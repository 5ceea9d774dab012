import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Browser files the explorer needs, served from installed packages: nothing comes from a CDN. Files are
 * found from each package's directory, since a package's `exports` map may hide them from
 * `require.resolve` (react-dom 18 does not export `umd/`).
 */
const ASSETS: Readonly<Record<string, { readonly packageName: string; readonly file: string; readonly type: string }>> = {
  '/graphiql/react.js': { packageName: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  '/graphiql/react-dom.js': { packageName: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  '/graphiql/graphiql.js': { packageName: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  '/graphiql/graphiql.css': { packageName: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

export interface StaticAsset {
  readonly body: Buffer;
  readonly type: string;
}

const loaded = new Map<string, StaticAsset>();

/** The asset served at `path`, read once from its package; undefined for any other path. */
export function staticAsset(urlPath: string): StaticAsset | undefined {
  const asset = ASSETS[urlPath];
  if (!asset) return undefined;
  let found = loaded.get(urlPath);
  if (!found) {
    const packageDirectory = path.dirname(require.resolve(`${asset.packageName}/package.json`));
    found = { body: readFileSync(path.join(packageDirectory, asset.file)), type: asset.type };
    loaded.set(urlPath, found);
  }
  return found;
}
