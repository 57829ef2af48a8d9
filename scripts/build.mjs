// Bundles the entry points (client, server, CLI and its lint worker); the engine is bundled into each so the .vsix needs no node_modules.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({
    ...common,
    entryPoints: ['cli/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  // `lint --jobs` starts this beside dist/cli.js as a worker thread.
  build({ ...common, entryPoints: ['cli/src/lintWorker.ts'], outfile: 'dist/lintWorker.js' }),
]);
