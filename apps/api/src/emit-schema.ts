import 'reflect-metadata';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './bootstrap';

/** The public contract partners rely on: printed sorted, committed, checked by a test. */
export const SCHEMA_FILE = join(process.cwd(), 'apps', 'api', 'schema.graphql');

export async function currentSchema(): Promise<string> {
  const app = await createApp({ logLevel: 'error', role: 'api' });
  await app.init();
  try {
    return `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  currentSchema()
    .then((schema) => {
      writeFileSync(SCHEMA_FILE, schema);
      process.stdout.write(`Schéma écrit : ${SCHEMA_FILE}\n`);
    })
    .catch((error: Error) => {
      process.stderr.write(`Erreur : ${error.message}\n`);
      process.exit(1);
    });
}
