import { loadConfig, processRole, runsWorkers, servesApi } from './app-config';

describe('CONTINUUM_PROCESS, the role of a process', () => {
  it('is `all` by default (the demo), and says what each role runs', () => {
    expect(loadConfig({}).role).toBe('all');
    expect(['api', 'worker', 'all'].map((role) => processRole({ CONTINUUM_PROCESS: role }))).toEqual([
      'api',
      'worker',
      'all',
    ]);
    expect(servesApi({ role: 'api' }) && !runsWorkers({ role: 'api' })).toBe(true);
    expect(!servesApi({ role: 'worker' }) && runsWorkers({ role: 'worker' })).toBe(true);
    expect(servesApi({ role: 'all' }) && runsWorkers({ role: 'all' })).toBe(true);
  });

  it('refuses an unknown role, and the variable it replaced, naming what to write instead', () => {
    expect(() => processRole({ CONTINUUM_PROCESS: 'workers' })).toThrow(
      'CONTINUUM_PROCESS invalide : « workers » (api, worker ou all).',
    );
    // Ignored, CONTINUUM_WORKERS=false would start the workers in what was meant as an API process.
    expect(() => loadConfig({ CONTINUUM_WORKERS: 'false' })).toThrow(
      'CONTINUUM_WORKERS n’existe plus : utilisez CONTINUUM_PROCESS=api (au lieu de false) ou all (au lieu de true).',
    );
  });
});

describe('CONTINUUM_DIAGNOSTIC_MIN_CELL, the diagnostic’s masking threshold', () => {
  it('is 5 facts by default, and what the variable says otherwise', () => {
    expect(loadConfig({}).diagnosticMinCell).toBe(5);
    expect(loadConfig({ CONTINUUM_DIAGNOSTIC_MIN_CELL: '11' }).diagnosticMinCell).toBe(11);
  });

  it('refuses a threshold that would mask nothing', () => {
    expect(() => loadConfig({ CONTINUUM_DIAGNOSTIC_MIN_CELL: '0' })).toThrow(
      'CONTINUUM_DIAGNOSTIC_MIN_CELL invalide : « 0 » n’est pas un entier positif.',
    );
  });
});

describe('PROCONNECT_*, the login with ProConnect', () => {
  const complete = {
    PROCONNECT_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2',
    PROCONNECT_CLIENT_ID: 'client',
    PROCONNECT_CLIENT_SECRET: 'secret',
    CONTINUUM_PUBLIC_URL: 'https://continuum.loiret.gouv.fr/',
  };

  it('is off without an issuer, and derives the redirect and post-logout URLs from the public URL', () => {
    expect(loadConfig({}).proConnect).toBeNull();
    expect(loadConfig(complete).proConnect).toEqual({
      issuer: 'https://auth.agentconnect.gouv.fr/api/v2',
      clientId: 'client',
      clientSecret: 'secret',
      redirectUrl: 'https://continuum.loiret.gouv.fr/auth/proconnect/retour',
      postLogoutUrl: 'https://continuum.loiret.gouv.fr/connexion?deconnexion=proconnect',
    });
  });

  it('refuses a half configuration and an issuer in clear text away from this machine', () => {
    expect(() => loadConfig({ ...complete, PROCONNECT_CLIENT_SECRET: '' })).toThrow(
      'PROCONNECT_CLIENT_SECRET manquant : PROCONNECT_ISSUER est renseigné.',
    );
    expect(() => loadConfig({ ...complete, PROCONNECT_ISSUER: 'http://proconnect.example.fr' })).toThrow(
      'PROCONNECT_ISSUER invalide : « http://proconnect.example.fr » (une adresse https://, ou http:// sur cette machine).',
    );
    expect(loadConfig({ ...complete, PROCONNECT_ISSUER: 'http://127.0.0.1:4600' }).proConnect?.issuer).toBe(
      'http://127.0.0.1:4600',
    );
  });
});
