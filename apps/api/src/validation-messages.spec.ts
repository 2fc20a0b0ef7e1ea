import { FRENCH_CONSTRAINTS } from '@continuum/server/platform';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
// Loads every module, hence every input class and its validation decorators.
import './app.module';

/** Constraints that never produce a message: conditions and markers. */
const SILENT = new Set(['conditionalValidation', 'isOptional']);

describe('class-validator constraints used by the API', () => {
  it('each have a French message, so no English default can reach a user', () => {
    const storage = getMetadataStorage();
    const all = (storage as unknown as { validationMetadatas: Map<{ name: string }, ValidationMetadata[]> })
      .validationMetadatas;
    const used = new Map<string, string>();
    for (const [target, metadatas] of all)
      for (const metadata of metadatas) {
        const custom = metadata.constraintCls
          ? storage.getTargetValidatorConstraints(metadata.constraintCls)[0]?.name
          : undefined;
        const name = custom ?? metadata.type;
        if (!SILENT.has(name)) used.set(name, `${target.name}.${metadata.propertyName}`);
      }
    // The decorators of the inputs are there: the walk above saw them.
    expect([...used.keys()]).toEqual(expect.arrayContaining(['arrayMaxSize', 'isUuid', 'textLength']));
    const untranslated = [...used].filter(([name]) => !(name in FRENCH_CONSTRAINTS));
    expect(untranslated).toEqual([]);
  });
});
