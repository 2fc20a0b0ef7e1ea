import { smtpEndpoint } from './mail-sender';

describe('smtpEndpoint', () => {
  it('reads host, port and TLS from the URL', () => {
    expect(smtpEndpoint('smtp://127.0.0.1:1025')).toEqual({ host: '127.0.0.1', port: 1025, secure: false });
    expect(smtpEndpoint('smtps://smtp.interieur.gouv.fr')).toEqual({
      host: 'smtp.interieur.gouv.fr',
      secure: true,
    });
  });

  it('decodes the credentials and reads the options of the query', () => {
    expect(
      smtpEndpoint(
        'smtp://continuum%40pref:p%40ss%3Aw0rd@relais.pref.test:587?requireTLS=true&tls.rejectUnauthorized=false&name=continuum',
      ),
    ).toEqual({
      host: 'relais.pref.test',
      port: 587,
      secure: false,
      auth: { user: 'continuum@pref', pass: 'p@ss:w0rd' },
      requireTLS: true,
      tls: { rejectUnauthorized: false },
      name: 'continuum',
    });
  });

  it('refuses another scheme and ignores keys that would reach the prototype', () => {
    expect(() => smtpEndpoint('http://127.0.0.1:1025')).toThrow(/smtp: ou smtps:/);
    const options = smtpEndpoint('smtp://h.test?__proto__.polluted=1&constructor.prototype.x=1') as Record<
      string,
      unknown
    >;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(options).toEqual({ host: 'h.test', secure: false });
  });
});
