import { ArrayMaxSize, IsEnum, IsOptional, IsString, Matches, validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { TextLength } from './text-length';
import {
  constraintsOf,
  frenchConstraint,
  frenchConstraintMessage,
  FRENCH_CONSTRAINTS,
} from './validation-messages';

enum Colour {
  RED = 'RED',
  GREEN = 'GREEN',
}

class Sample {
  @ArrayMaxSize(4)
  roles!: string[];

  @IsOptional()
  @IsEnum(Colour)
  colour?: Colour;

  @IsOptional()
  @TextLength(3, 200, {})
  title?: string;

  @IsOptional()
  @IsString()
  @Matches(/^\d{5}$/, { message: 'Code INSEE invalide.' })
  code?: string;
}

async function problems(plain: object) {
  const errors = await validate(plainToInstance(Sample, plain), { dismissDefaultMessages: true });
  return errors.flatMap((error) =>
    Object.entries(error.constraints ?? {}).map(
      ([name, message]) =>
        message || frenchConstraintMessage(error.property, name, constraintsOf(error, name)),
    ),
  );
}

describe('French messages of class-validator constraints', () => {
  it('name the field and give the figures of the decorator', async () => {
    expect(await problems({ roles: ['A', 'B', 'C', 'D', 'E'] })).toEqual(['roles : 4 éléments au plus.']);
    expect(await problems({ roles: [], title: 'ab' })).toEqual(['title : entre 3 et 200 caractères.']);
    expect(await problems({ roles: [], colour: 'BLUE' })).toEqual([
      'colour : valeur non prévue (valeurs possibles : RED, GREEN).',
    ]);
  });

  it('leave the decorator’s own French message as it is', async () => {
    expect(await problems({ roles: [], code: '4523' })).toEqual(['Code INSEE invalide.']);
  });

  it('say one item and several items', () => {
    expect(frenchConstraint('arrayMaxSize', [1])).toBe('1 élément au plus');
    expect(frenchConstraint('maxLength', [200])).toBe('200 caractères au plus');
  });

  it('fall back on a French sentence for a constraint not in the map', () => {
    expect(frenchConstraintMessage('input.x', 'isMagicNumber')).toBe('input.x : valeur invalide.');
  });

  it('are all French: no English default leaks through the map', () => {
    for (const [name, say] of Object.entries(FRENCH_CONSTRAINTS))
      expect([name, say([4, 10])]).not.toEqual([name, expect.stringMatching(/\b(must|should|be|the|of)\b/)]);
  });
});
