import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimals. class-validator's `IsNumber({ maxDecimalPlaces })`
 * reads the decimals from the number's text and throws on « 1e-7 » (no dot): a 500 for the user.
 * Here the number itself is scaled: 1e-7 has more than two decimals, 1e21 none.
 */
export function DecimalNumber(places: number, options: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'decimalNumber',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [places],
      options,
      validator: {
        validate(value: unknown): boolean {
          if (typeof value !== 'number' || !Number.isFinite(value)) return false;
          const scaled = value * 10 ** places;
          return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
        },
      },
    });
}
