// Resolves the `@continuum/*` path aliases inside the compiled server (dist/server), so that
// `node -r ./tools/scripts/dist-paths.cjs dist/server/apps/api/src/main.js` runs without ts-node.
const { join } = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');

const paths = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  paths[alias] = [target.replace(/\.ts$/, '')];
}
tsconfigPaths.register({ baseUrl: join(__dirname, '..', '..', 'dist', 'server'), paths });
