// npm run db:migrate | db:revert | db:reset | db:generate -- Name | seed | seed:territory -- 45
import { buildServer, ensureInstalled, ensureServices, ensurePostgis, runNode } from './lib.mjs';

const [command, ...rest] = process.argv.slice(2);
await ensureInstalled();
await ensureServices();
await ensurePostgis();
await buildServer();
try {
  await runNode('dist/server/tools/db/db-cli.js', [command, ...rest]);
} catch {
  process.exit(1);
}
