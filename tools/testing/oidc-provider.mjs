// A real OpenID provider for the tests of the ProConnect login (oidc-provider, the certified
// implementation): discovery, keys, authorisation code with PKCE, ID token, signed userinfo, and
// RP-initiated logout, with the library's own login and consent pages (any password; the login is
// the account's `sub`). Configured by environment:
//   OIDC_PORT            port (default 4600)
//   OIDC_CLIENT_ID       client id (default continuum)
//   OIDC_CLIENT_SECRET   client secret (default continuum-test-secret-0123456789abcdef)
//   OIDC_REDIRECT_URIS   comma-separated redirect URIs (the API's /auth/proconnect/retour)
//   OIDC_LOGOUT_URIS     comma-separated post-logout redirect URIs
//   OIDC_ACCOUNTS        JSON: { "<sub>": { email, given_name, usual_name, siret, amr? } }; besides
//                        them, any login `nouvel-agent-<nom>` is a new agent of the Police
//                        municipale d'Orléans (<nom>@pm-orleans.demo), so that a run can meet
//                        an agent Continuum has never seen
//   OIDC_CLOCK_OFFSET_SECONDS  the provider's clock shifted (negative: tokens issued already expired)
//   OIDC_ID_TOKEN_AUDIENCE     signs ID tokens for this audience instead of the client (a provider
//                              misbehaving, or a token meant for another service)
// Prints `oidc-provider-ready <issuer>` once it listens.
const offset = Number(process.env.OIDC_CLOCK_OFFSET_SECONDS ?? 0) * 1000;
if (offset) {
  // Before the library loads: every iat/exp it signs comes from Date.now().
  const now = Date.now.bind(Date);
  Date.now = () => now() + offset;
}
const { default: Provider } = await import('oidc-provider');

const port = Number(process.env.OIDC_PORT ?? 4600);
const issuer = `http://127.0.0.1:${port}`;
const list = (value) => (value ?? '').split(',').filter(Boolean);

const DEFAULT_ACCOUNTS = {
  // A known agent: Marc Petit, Mairie d'Orléans (demo persona).
  'pc-marc-petit': {
    email: 'marc.petit@orleans.demo',
    given_name: 'Marc',
    usual_name: 'Petit',
    siret: '21450234500015',
    amr: ['pwd'],
  },
  // An agent Continuum does not know yet, of the Police municipale d'Orléans.
  'pc-lea-nouvel': {
    email: 'lea.nouvel@pm-orleans.demo',
    given_name: 'Léa',
    usual_name: 'Nouvel',
    siret: '21450234500114',
    amr: ['pwd'],
  },
};
const accounts = process.env.OIDC_ACCOUNTS ? JSON.parse(process.env.OIDC_ACCOUNTS) : DEFAULT_ACCOUNTS;

function accountOf(sub) {
  if (accounts[sub]) return accounts[sub];
  const name = /^nouvel-agent-([a-z0-9.-]{1,40})$/.exec(sub)?.[1];
  if (!name) return undefined;
  return {
    email: `${name}@pm-orleans.demo`,
    given_name: 'Léa',
    usual_name: `Nouvel ${name.split('-').pop()}`,
    siret: '21450234500114',
    amr: ['pwd'],
  };
}

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID ?? 'continuum',
      client_secret: process.env.OIDC_CLIENT_SECRET ?? 'continuum-test-secret-0123456789abcdef',
      redirect_uris: list(process.env.OIDC_REDIRECT_URIS),
      post_logout_redirect_uris: list(process.env.OIDC_LOGOUT_URIS),
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: 'RS256',
      userinfo_signed_response_alg: 'RS256',
    },
  ],
  // ProConnect's scopes and claims (https://github.com/numerique-gouv/proconnect-documentation).
  scopes: ['openid', 'email', 'given_name', 'usual_name', 'siret'],
  claims: {
    openid: ['sub'],
    email: ['email'],
    given_name: ['given_name'],
    usual_name: ['usual_name'],
    siret: ['siret'],
  },
  features: {
    jwtUserinfo: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  pkce: { required: () => true },
  cookies: { keys: ['continuum-test-provider-cookie-key'] },
  async findAccount(_ctx, sub) {
    const account = accountOf(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      async claims() {
        return { sub, ...account };
      },
    };
  },
  conformIdTokenClaims: false,
});

const audience = process.env.OIDC_ID_TOKEN_AUDIENCE;
if (audience) {
  const issue = provider.IdToken.prototype.issue;
  provider.IdToken.prototype.issue = function (options) {
    const client = this.client;
    this.client = new Proxy(client, {
      get: (target, key) => (key === 'clientId' ? audience : Reflect.get(target, key, target)),
    });
    return issue.call(this, options).finally(() => (this.client = client));
  };
}

// Each account's `amr` in its ID token, as ProConnect does.
const payload = provider.IdToken.prototype.payload;
provider.IdToken.prototype.payload = async function () {
  const claims = await payload.call(this);
  const account = accountOf(claims.sub);
  return account?.amr ? { ...claims, amr: account.amr } : claims;
};

provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`oidc-provider-ready ${issuer}\n`);
});
