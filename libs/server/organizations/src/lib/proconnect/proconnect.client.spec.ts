import { safeReturnUrl } from './proconnect.controller';
import { refusalOf } from './proconnect.client';

describe('refusalOf: openid-client’s errors as the reason a person reads', () => {
  const error = (code: string, claim?: string) =>
    Object.assign(new Error('checked'), { code, cause: claim ? { claim } : undefined });

  it('names an expired token, another audience and another nonce', () => {
    expect(refusalOf(error('OAUTH_JWT_TIMESTAMP_CHECK_FAILED', 'exp')).reason).toBe('expired');
    expect(refusalOf(error('OAUTH_JWT_CLAIM_COMPARISON_FAILED', 'aud')).reason).toBe('audience');
    expect(refusalOf(error('OAUTH_JWT_CLAIM_COMPARISON_FAILED', 'nonce')).reason).toBe('nonce');
    expect(refusalOf(error('OAUTH_JWT_CLAIM_COMPARISON_FAILED', 'aud')).message).toBe(
      'Le jeton d’identité reçu de ProConnect n’est pas destiné à Continuum : connexion refusée.',
    );
  });

  it('finds the reason under a wrapping error, and calls anything else invalid', () => {
    const wrapped = Object.assign(new Error('outer'), { cause: error('OAUTH_JWT_TIMESTAMP_CHECK_FAILED') });
    expect(refusalOf(wrapped).reason).toBe('expired');
    expect(refusalOf(new Error('signature verification failed')).reason).toBe('invalid');
  });
});

describe('safeReturnUrl: where the browser goes once signed in', () => {
  it('keeps a path of this site and refuses anything else', () => {
    expect(safeReturnUrl('/dossiers/123?onglet=actions')).toBe('/dossiers/123?onglet=actions');
    for (const value of [
      undefined,
      'https://autre.site/',
      '//autre.site/x',
      '/\\autre.site',
      '/connexion/code',
    ])
      expect(safeReturnUrl(value)).toBe('/');
  });
});
