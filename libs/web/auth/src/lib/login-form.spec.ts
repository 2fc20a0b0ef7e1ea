import { loginErrors, safeReturnUrl } from './login-form';

describe('login form', () => {
  it('asks for both fields, in French', () => {
    expect(loginErrors('', '')).toEqual({
      email: 'Saisissez votre adresse électronique.',
      password: 'Saisissez votre mot de passe.',
    });
  });

  it('refuses an address without a domain', () => {
    expect(loginErrors('sophie.bernard', 'x').email).toMatch(/adresse électronique valide/);
    expect(loginErrors(' sophie.bernard@orleans.demo ', 'x')).toEqual({});
  });

  it('only returns to a page of the application after login', () => {
    expect(safeReturnUrl('/territoire')).toBe('/territoire');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('/connexion?retour=/x')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
