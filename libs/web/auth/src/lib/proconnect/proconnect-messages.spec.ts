import { accessRequestText, proConnectRefusal } from './proconnect-messages';

describe('ProConnect messages on the login pages', () => {
  it('says each refusal in French, and an unknown reason as an invalid answer', () => {
    expect(proConnectRefusal(undefined)).toBeNull();
    expect(proConnectRefusal('expired')).toBe(
      'Le jeton d’identité reçu de ProConnect a expiré : recommencez la connexion.',
    );
    expect(proConnectRefusal('<script>')).toBe('La réponse de ProConnect est invalide : connexion refusée.');
  });

  it('names the organisation an access request went to', () => {
    expect(accessRequestText('sent', 'Police municipale d’Orléans').text).toContain(
      'transmise aux responsables de Police municipale d’Orléans',
    );
    expect(accessRequestText('refused', undefined).title).toBe('Demande d’accès refusée');
    expect(accessRequestText('anything', 'X').title).toBe('Organisation inconnue');
  });
});
