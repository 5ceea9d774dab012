#!/usr/bin/env node
// Launcher for the `appsync-local` command: runs the TypeScript CLI through tsx, so the engine needs no
// build step on a fresh clone.
require('tsx/cjs/api').register();
require('../cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
