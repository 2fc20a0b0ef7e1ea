import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Characters that show nothing: soft hyphen, zero-width spaces and joiners, direction marks. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The text a reader sees: composed (NFC), without invisible characters, without outer blanks. */
export function visibleText(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, '').trim();
}

/**
 * Like class-validator's `Length`, counted on what a reader sees: « é » written as e + accent is
 * one character, and a title of blanks or zero-width spaces is empty. The raw text may not exceed
 * four times `max` (combining marks piled on one letter).
 */
export function TextLength(min: number, max: number, options: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'textLength',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [min, max],
      options,
      validator: {
        validate(value: unknown): boolean {
          if (typeof value !== 'string' || value.length > max * 4) return false;
          const length = [...visibleText(value)].length;
          return length >= min && length <= max;
        },
      },
    });
}
