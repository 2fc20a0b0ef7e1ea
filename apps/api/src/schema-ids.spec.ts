import { EMPTY_ID_MEANS_NONE } from '@continuum/server/platform';
import { buildSchema, getNamedType, isInputObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('The ID fields of the public schema', () => {
  it('accept the empty string exactly where their description says what it means', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
    const documented = Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter(
            (field) => getNamedType(field.type).name === 'ID' && /chaîne vide/i.test(field.description ?? ''),
          )
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(documented.length).toBeGreaterThan(0);
    expect([...EMPTY_ID_MEANS_NONE].sort()).toEqual(documented.sort());
  });
});
