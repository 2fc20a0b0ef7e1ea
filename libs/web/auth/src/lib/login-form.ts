/** Client-side checks of the login form, in French; the server checks again and decides. */
export interface LoginErrors {
  email?: string;
  password?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function loginErrors(email: string, password: string): LoginErrors {
  const errors: LoginErrors = {};
  if (email.trim() === '') errors.email = 'Saisissez votre adresse électronique.';
  else if (!EMAIL.test(email.trim()))
    errors.email = 'Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.';
  if (password === '') errors.password = 'Saisissez votre mot de passe.';
  return errors;
}

/** Only a path of this application: never an absolute URL an attacker put in `?retour=`. */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/connexion')) return '/';
  return value;
}
