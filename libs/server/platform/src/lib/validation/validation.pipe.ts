import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidateIf } from 'class-validator';
import { AppError, badInput } from '../graphql/errors';
import { constraintsOf, frenchConstraintMessage } from './validation-messages';

/**
 * Validates GraphQL inputs with class-validator. The first problem is answered as BAD_USER_INPUT
 * naming the field by its path (`input.email`); the message is the French one on its decorator or,
 * for a decorator without one, the French of its constraint (« roles : 4 éléments au plus. »):
 * class-validator's English defaults are never used.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      dismissDefaultMessages: true,
      // The object each error was found in: its class's metadata gives the constraint's figures.
      validationError: { target: true },
      exceptionFactory: (errors: ValidationError[]) => {
        const [path, message] = firstProblem(errors, []);
        return badInput(path, message);
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof AppError && metadata.data && typeof error.extensions['field'] === 'string') {
        throw badInput(`${metadata.data}.${error.extensions['field']}`, error.message);
      }
      throw error;
    }
  }
}

function firstProblem(errors: ValidationError[], parents: string[]): [string, string] {
  for (const error of errors) {
    const path = [...parents, error.property];
    const [first] = Object.entries(error.constraints ?? {});
    if (first) {
      const [name, message] = first;
      const field = path.join('.');
      return [field, message || frenchConstraintMessage(field, name, constraintsOf(error, name))];
    }
    if (error.children?.length) return firstProblem(error.children, path);
  }
  return [parents.join('.') || 'input', 'Saisie invalide.'];
}

/**
 * For optional input fields that may be left out but not cleared: `undefined` skips validation,
 * `null` is validated (and refused) like any other value. Use `@IsOptional()` for clearable ones.
 */
export const OmittableNotNull = () => ValidateIf((_object, value) => value !== undefined);

/** An optional text field: left out (`undefined`) keeps it, `null` or blank clears it. */
export function clearableText(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : value?.trim() || null;
}
