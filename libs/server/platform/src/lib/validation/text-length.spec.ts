import { validateSync } from 'class-validator';
import { TextLength, visibleText } from './text-length';

class Titled {
  @TextLength(3, 10, { message: 'Le titre doit compter de 3 à 10 caractères.' })
  title!: unknown;
}

const errors = (title: unknown) => {
  const titled = new Titled();
  titled.title = title;
  return validateSync(titled).map((error) => Object.values(error.constraints ?? {})[0]);
};

describe('TextLength', () => {
  it('refuses a text of blanks or invisible characters', () => {
    for (const title of ['     ', '\u200B\u200B\u200B\u200B', ' \uFEFF\u00AD\u2060 ', 'a\u200Bb'])
      expect(errors(title)).toEqual(['Le titre doit compter de 3 à 10 caractères.']);
  });

  it('counts characters as read: a letter and its combining accent are one', () => {
    expect(errors('e\u0301'.repeat(10))).toEqual([]);
    expect(errors('é'.repeat(11))).toHaveLength(1);
    expect(errors('🚓🚓🚓')).toEqual([]);
  });

  it('refuses combining marks piled on a letter, and what is not a string', () => {
    expect(errors(`abc${'\u0301'.repeat(40)}`)).toHaveLength(1);
    expect(errors(42)).toHaveLength(1);
    expect(errors(null)).toHaveLength(1);
  });

  it('keeps what a reader sees', () => {
    expect(visibleText('  Rodéos\u200B quai  ')).toBe('Rodéos quai');
  });
});
