import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, ROOT, within } from './fault-rig';

/** The provider's client as the tests register it, and the API's ProConnect settings for it. */
export const CLIENT_ID = 'continuum';
export const CLIENT_SECRET = 'continuum-test-secret-0123456789abcdef';

export interface ProviderAccount {
  email: string;
  given_name: string;
  usual_name: string;
  siret?: string;
  amr?: string[];
}

export interface ProviderOptions {
  /** The API's base URL: its redirect and post-logout URLs are registered with the provider. */
  apiUrl: string;
  accounts: Record<string, ProviderAccount>;
  /** Shifts the provider's clock (negative: the tokens it signs are already expired). */
  clockOffsetSeconds?: number;
  /** Signs ID tokens for this audience instead of the client. */
  idTokenAudience?: string;
}

/**
 * A real OpenID provider (oidc-provider, tools/testing/oidc-provider.mjs) in its own Node process,
 * on a free port. Its login page takes the account's `sub` as the login, any password.
 */
export class OidcProvider {
  private constructor(
    readonly port: number,
    private readonly child: ChildProcess,
  ) {}

  static async start(port: number, options: ProviderOptions): Promise<OidcProvider> {
    const child = spawn('node', [join(ROOT, 'tools/testing/oidc-provider.mjs')], {
      cwd: ROOT,
      env: {
        ...process.env,
        OIDC_PORT: String(port),
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_REDIRECT_URIS: `${options.apiUrl}/auth/proconnect/retour`,
        OIDC_LOGOUT_URIS: `${options.apiUrl}/connexion?deconnexion=proconnect`,
        OIDC_ACCOUNTS: JSON.stringify(options.accounts),
        ...(options.clockOffsetSeconds && { OIDC_CLOCK_OFFSET_SECONDS: String(options.clockOffsetSeconds) }),
        ...(options.idTokenAudience && { OIDC_ID_TOKEN_AUDIENCE: options.idTokenAudience }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('oidc-provider-ready')) resolve();
      });
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`oidc-provider arrêté (${code}) :\n${output}`)));
    });
    await within(ready, 30_000, `démarrage du fournisseur OpenID sur le port ${port}`);
    return new OidcProvider(port, child);
  }

  static freePort = freePort;

  get issuer(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The API's environment for this provider. */
  apiEnv(): Record<string, string> {
    return {
      PROCONNECT_ISSUER: this.issuer,
      PROCONNECT_CLIENT_ID: CLIENT_ID,
      PROCONNECT_CLIENT_SECRET: CLIENT_SECRET,
    };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    await new Promise((resolve) => this.child.once('exit', resolve));
  }
}

/**
 * A browser as far as the flow needs one: cookies per origin, redirects followed by hand (so that
 * a test can stop at the callback), forms posted. It runs the provider's real login and consent.
 */
export class FlowBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name);
  }

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jar.get(target.origin) ?? new Map<string, string>())]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        accept: 'text/html',
        ...(cookies && { cookie: cookies }),
        ...(init.form && { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    const jar = this.jar.get(target.origin) ?? new Map<string, string>();
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const cleared = !value || attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a));
      if (cleared) jar.delete(name);
      else jar.set(name, value);
    }
    this.jar.set(target.origin, jar);
    return response;
  }

  /**
   * From the API's « S’identifier avec ProConnect » to the callback URL the provider sends the
   * browser back to (not followed): login with `sub` at the provider, then consent.
   */
  async loginAtProvider(apiUrl: string, sub: string): Promise<string> {
    let url = `${apiUrl}/auth/proconnect/connexion`;
    for (let step = 0; step < 20; step++) {
      const response = await this.request(url);
      if (response.status >= 300 && response.status < 400) {
        url = new URL(response.headers.get('location')!, url).href;
        if (url.startsWith(`${apiUrl}/auth/proconnect/retour`)) return url;
        continue;
      }
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (response.status !== 200 || !action)
        throw new Error(`Page inattendue du fournisseur (${response.status}) : ${html.slice(0, 300)}`);
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      const form: Record<string, string> =
        prompt === 'login' ? { prompt, login: sub, password: 'x' } : { prompt: prompt ?? 'consent' };
      const posted = await this.request(new URL(action, url).href, { method: 'POST', form });
      if (posted.status < 300 || posted.status >= 400)
        throw new Error(`Formulaire du fournisseur refusé (${posted.status}) : ${await posted.text()}`);
      url = new URL(posted.headers.get('location')!, url).href;
      if (url.startsWith(`${apiUrl}/auth/proconnect/retour`)) return url;
    }
    throw new Error('Trop de redirections entre l’API et le fournisseur.');
  }

  /** The callback, as the browser would open it: where it leads, and the session cookie if any. */
  async callback(url: string): Promise<{ location: string; session: string | null }> {
    const response = await this.request(url);
    if (response.status !== 303) throw new Error(`Retour : ${response.status} ${await response.text()}`);
    const session = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('continuum_session='))
      ?.split(';')[0];
    return { location: response.headers.get('location')!, session: session ?? null };
  }
}
