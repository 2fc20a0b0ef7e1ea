import type * as OpenIdClient from 'openid-client' with { 'resolution-mode': 'import' };
import { PROCONNECT_REFUSALS, type ProConnectRefusal } from '@continuum/domain';
import type { ProConnectConfig } from '@continuum/server/platform';

/**
 * openid-client is an ES module; the server is CommonJS. Node 20.19+ loads it with `require()`,
 * here and only here — on first use, never when the module loads — so that a process (or a Jest
 * suite) without ProConnect configured never evaluates it.
 */
function openIdClient(): typeof OpenIdClient {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('openid-client') as typeof OpenIdClient;
}

/** What the login at ProConnect must bring back: checked at the callback. */
export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The identity ProConnect vouches for, from its ID token and its (signed) userinfo. */
export interface ProConnectIdentity {
  subject: string;
  email: string;
  givenName: string;
  usualName: string;
  siret: string | null;
  /** Authentication methods (`amr`) the identity provider used, e.g. ["pwd", "mfa"]. */
  amr: string[];
  /** Kept in the session for the logout at the provider (`id_token_hint`). */
  idToken: string;
}

export class ProConnectRefused extends Error {
  constructor(
    readonly reason: ProConnectRefusal,
    readonly detail?: string,
  ) {
    super(PROCONNECT_REFUSALS[reason]);
  }
}

/** ProConnect's scopes: the identity, the e-mail, the names and the establishment's SIRET. */
const SCOPE = 'openid email given_name usual_name siret';

/**
 * The relying party: the issuer's discovery document (its endpoints and keys) read once and
 * kept, an authorisation URL with PKCE (S256), state and nonce, and the callback's code exchanged
 * and checked (state, issuer, audience, nonce, expiry, signature with the issuer's keys).
 */
export class ProConnectClient {
  private configuration: Promise<OpenIdClient.Configuration> | null = null;

  constructor(private readonly settings: ProConnectConfig) {}

  async authorizationUrl(checks: AuthorizationChecks): Promise<URL> {
    const oidc = openIdClient();
    const config = await this.discovered();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: SCOPE,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** The callback's URL (its query string) exchanged for a checked identity. */
  async identityFrom(callback: URL, checks: AuthorizationChecks): Promise<ProConnectIdentity> {
    const oidc = openIdClient();
    const config = await this.discovered();
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new ProConnectRefused('invalid', 'no ID token');
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      const email = text(info['email']).toLowerCase();
      const givenName = text(info['given_name']);
      const usualName = text(info['usual_name']) || text(info['family_name']);
      if (!email || !givenName || !usualName) throw new ProConnectRefused('identity');
      const siret = text(info['siret']).replace(/\s/g, '');
      return {
        subject: claims.sub,
        email,
        givenName,
        usualName,
        siret: /^\d{14}$/.test(siret) ? siret : null,
        amr: Array.isArray(claims['amr']) ? claims['amr'].filter((m) => typeof m === 'string') : [],
        idToken: tokens.id_token,
      };
    } catch (error) {
      throw refusalOf(error);
    }
  }

  /** The provider's logout, back to Continuum's login page. */
  async endSessionUrl(idToken: string, state: string): Promise<URL> {
    const oidc = openIdClient();
    return oidc.buildEndSessionUrl(await this.discovered(), {
      id_token_hint: idToken,
      state,
      post_logout_redirect_uri: this.settings.postLogoutUrl,
    });
  }

  /** Read once; a failed read is forgotten, so that the next login tries again. */
  private discovered(): Promise<OpenIdClient.Configuration> {
    if (!this.configuration) {
      const oidc = openIdClient();
      const issuer = new URL(this.settings.issuer);
      const loopback = issuer.protocol === 'http:';
      this.configuration = oidc
        .discovery(
          issuer,
          this.settings.clientId,
          { id_token_signed_response_alg: 'RS256', userinfo_signed_response_alg: 'RS256' },
          oidc.ClientSecretPost(this.settings.clientSecret),
          // http:// only on this machine (the configuration refuses it elsewhere): the tests' provider.
          loopback ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
        )
        .catch((error: unknown) => {
          this.configuration = null;
          throw new ProConnectRefused('unavailable', error instanceof Error ? error.message : String(error));
        });
    }
    return this.configuration;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** openid-client's errors (and oauth4webapi's under them) as the refusal a person can read. */
export function refusalOf(error: unknown): ProConnectRefused {
  if (error instanceof ProConnectRefused) return error;
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const { code, cause, message } = current as { code?: string; cause?: unknown; message?: string };
    const claim = (cause as { claim?: string } | undefined)?.claim;
    const detail = message ?? String(current);
    if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return new ProConnectRefused('expired', detail);
    if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && (claim === 'aud' || claim === 'azp'))
      return new ProConnectRefused('audience', detail);
    if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce')
      return new ProConnectRefused('nonce', detail);
    if (/state/i.test(detail) && code === 'OAUTH_INVALID_RESPONSE')
      return new ProConnectRefused('state', detail);
    if (code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR') return new ProConnectRefused('cancelled', detail);
    if (/fetch failed|ECONNREFUSED|timed? ?out|aborted/i.test(detail))
      return new ProConnectRefused('unavailable', detail);
    current = cause;
  }
  return new ProConnectRefused('invalid', error instanceof Error ? error.message : String(error));
}
