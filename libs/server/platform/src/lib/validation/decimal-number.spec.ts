import { validate } from 'class-validator';
import { DecimalNumber } from './decimal-number';

class Amount {
  @DecimalNumber(2, { message: 'Deux décimales au plus.' })
  value!: unknown;
}

const problems = async (value: unknown) => {
  const amount = new Amount();
  amount.value = value;
  return (await validate(amount)).flatMap((error) => Object.values(error.constraints ?? {}));
};

describe('A number with at most so many decimals', () => {
  it('accepts whole numbers and two decimals', async () => {
    for (const value of [0, 12, 15000, 12.5, 0.01, 99999.99]) expect(await problems(value)).toEqual([]);
  });

  it('refuses more decimals, written with an exponent too, and what is not a finite number — never throwing', async () => {
    for (const value of [0.001, 1e-7, 12.345, Number.NaN, Number.POSITIVE_INFINITY, '12', null])
      expect(await problems(value)).toEqual(['Deux décimales au plus.']);
  });
});
