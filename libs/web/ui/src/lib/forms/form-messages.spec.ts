import { blankToNull, messageFor, phoneError } from './form-messages';

describe('form messages in French', () => {
  it('asks for a missing field by name', () => {
    expect(messageFor({ required: true }, { what: 'le nom complet' })).toBe('Saisissez le nom complet.');
    expect(messageFor({ required: true }, { what: 'l’organisation', choice: true })).toBe(
      'Choisissez l’organisation.',
    );
  });

  it('explains lengths, bounds and formats', () => {
    expect(
      messageFor({ minlength: { requiredLength: 12, actualLength: 3 } }, { what: 'le mot de passe' }),
    ).toBe('Au moins 12 caractères.');
    expect(messageFor({ max: { max: 2100, actual: 3000 } }, { what: 'l’année' })).toBe(
      'La valeur doit être au plus 2100.',
    );
    expect(messageFor({ email: true }, { what: 'l’adresse' })).toMatch(/^Adresse électronique invalide/);
    expect(messageFor({ invalid: 'Date invalide.' }, { what: 'la date' })).toBe('Date invalide.');
  });

  it('prefers the message the server wrote for the field', () => {
    expect(messageFor({ required: true, server: 'Un compte existe déjà pour x@y.fr.' }, { what: 'x' })).toBe(
      'Un compte existe déjà pour x@y.fr.',
    );
  });

  it('says nothing for a valid field', () => {
    expect(messageFor(null, { what: 'x' })).toBeNull();
  });

  it('accepts usual French phone numbers and refuses letters', () => {
    expect(phoneError('02 38 79 45 45')).toBeNull();
    expect(phoneError('+33 2 38 79 45 45')).toBeNull();
    expect(phoneError('')).toBeNull();
    expect(phoneError('appelez-moi')).toEqual({ phone: true });
  });

  it('turns blank optional values into null', () => {
    expect(blankToNull('  ')).toBeNull();
    expect(blankToNull(' Orléans ')).toBe('Orléans');
  });
});
