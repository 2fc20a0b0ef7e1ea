import 'reflect-metadata';
import { APP_CONFIG, AppConfig, servesApi } from '@continuum/server/platform';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const app = await createApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, process.env['HOST'] ?? '127.0.0.1');
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // One line a launcher can wait for: `continuum-api-ready` where the API is served (api, all),
  // `continuum-worker-ready` for a worker process (its port answers /health and /metrics).
  const msg = servesApi(config) ? 'continuum-api-ready' : 'continuum-worker-ready';
  process.stdout.write(
    `${JSON.stringify({ msg, role: config.role, port: config.port, startupMs: Math.round(ms) })}\n`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`Démarrage impossible : ${error.message}\n`);
  process.exit(1);
});
