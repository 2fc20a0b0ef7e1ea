import { passwordProblem } from './password-policy';

describe('the password policy', () => {
  it('refuses fewer than 12 characters, in French', () => {
    expect(passwordProblem('Court-1!')).toBe('Le mot de passe doit compter au moins 12 caractères.');
  });

  it('refuses more than 200 characters', () => {
    expect(passwordProblem('a'.repeat(201))).toMatch(/limité à 200 caractères/);
  });

  it.each(['motdepasse123', 'azertyuiop123', 'bonjour1234567', '123456789012', 'aaaaaaaaaaaaaaa'])(
    'refuses the common or guessable « %s »',
    (password) => {
      expect(passwordProblem(password)).toMatch(/trop courant ou trop facile à deviner/);
    },
  );

  it('refuses a password built on the person’s own name', () => {
    expect(passwordProblem('Camille-Durand-2026!', ['Camille Durand', 'c.durand@gien.demo'])).toMatch(
      /reprend votre nom/,
    );
    expect(passwordProblem('mon c.durand à moi', ['Camille Durand', 'c.durand@gien.demo'])).toMatch(
      /reprend votre nom ou votre adresse/,
    );
  });

  it('accepts a phrase of unrelated words', () => {
    expect(passwordProblem('girafe orageuse sous le préau')).toBeNull();
    expect(passwordProblem('Tournesol-Quinze-Brouette')).toBeNull();
  });
});
