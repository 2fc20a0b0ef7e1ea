// npm run schema — builds the server and writes apps/api/schema.graphql.
import { buildServer, runNode } from './lib.mjs';

await buildServer();
await runNode('dist/server/apps/api/src/emit-schema.js');
