import { resolve } from 'node:path';

/**
 * Everything the server reads from its environment, read once and checked. A wrong value stops
 * the process at start with the variable named, rather than failing on the first request.
 */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every Redis key, so that test runs and deployments sharing a Redis never meet. */
  redisPrefix: string;
  /** The département this platform serves (INSEE code, e.g. `45`). */
  departementCode: string;
  /** Shows « Démonstration — données fictives » in the client. */
  demoMode: boolean;
  /** The diagnostic's cells with fewer facts are masked for everyone below the cabinet. */
  diagnosticMinCell: number;
  /** Folder of the built web client served on the same URL, if any. */
  webDist: string | null;
  /** Map tiles for the client; empty means the map draws zones on a blank background. */
  tileUrl: string;
  tileAttribution: string;
  /** Absolute folder where attached files are stored (disk storage). */
  storageDir: string;
  session: { idleSeconds: number; absoluteSeconds: number; cookieName: string; secureCookie: boolean };
  loginLimits: { windowSeconds: number; perAccount: number; perAddress: number };
  /**
   * Local accounts with the admin or coordinator role must sign in with a second factor (TOTP);
   * one who has none is led to enrol at login. On by default in production, off in the demo.
   */
  requireSecondFactor: boolean;
  graphql: { maxDepth: number; maxComplexity: number };
  logLevel: string;
  /** Bearer token that opens /metrics from another machine (loopback is always allowed). */
  metricsToken: string | null;
  /** Where the platform is reached by its users: links in e-mails and invitations. */
  publicUrl: string;
  /** Dates in mails, documents and invitations are written in this zone. */
  timeZone: string;
  /**
   * Outgoing mail: an SMTP server (`smtp://host:port`, `smtps://user:pass@host:465`), the sender, the
   * first retry delay, the most recipients of one message when the same text goes to many (alerts).
   */
  mail: { smtpUrl: string; from: string; retryBaseMs: number; batchSize: number };
  /**
   * Calendar replies (RSVP): the mailbox a convocation's ORGANIZER points to (`MAIL_REPLY_ADDRESS`,
   * e.g. `reponses@continuum.prefecture.gouv.fr`; each invitee's copy carries a secret
   * `+<jeton>` in it) and the token the mail server presents when it hands a reply received there
   * to `POST /inbound/mail` (`INBOUND_MAIL_TOKEN`). Both set, invitations ask for an answer; either
   * missing, they do not (and the route answers 404).
   */
  inboundMail: { replyAddress: string | null; token: string | null };
  /**
   * Who answers for the processing in the « Données personnelles » notice (`CONTINUUM_CONTROLLER`,
   * the département's prefect by default) and how to reach the DPO (`CONTINUUM_DPO_CONTACT`).
   */
  privacy: { controller: string | null; dpoContact: string | null };
  /**
   * What this process does (`CONTINUUM_PROCESS`): `api` serves HTTP and WebSocket and never runs a
   * job, a sweep or a scheduler; `worker` runs the queues, their schedulers, the sweeps and the
   * outbox relay and serves only `/health` and `/metrics`; `all` does both (the demo's default).
   */
  role: ProcessRole;
  /**
   * Login with ProConnect, the State agents' identity federation (OpenID Connect): the issuer
   * (`PROCONNECT_ISSUER`, its discovery document at `/.well-known/openid-configuration`), the
   * client's id and secret (`PROCONNECT_CLIENT_ID`, `PROCONNECT_CLIENT_SECRET`) and the redirect URL
   * registered with it (`PROCONNECT_REDIRECT_URL`, by default `<public URL>/auth/proconnect/retour`).
   * Null when the issuer is not set: no button, and the routes answer 404.
   */
  proConnect: ProConnectConfig | null;
}

export interface ProConnectConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  /** Where the provider sends the browser back after logging out there. */
  postLogoutUrl: string;
}

export const PROCESS_ROLES = ['api', 'worker', 'all'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

/** Whether this process runs the background work: queues, schedulers, sweeps, the outbox relay. */
export function runsWorkers(config: Pick<AppConfig, 'role'>): boolean {
  return config.role !== 'api';
}

/** Whether this process serves the API (GraphQL over HTTP and WebSocket, downloads, the client). */
export function servesApi(config: Pick<AppConfig, 'role'>): boolean {
  return config.role !== 'worker';
}

/** `CONTINUUM_PROCESS`, checked; read on its own by the application module, which depends on it. */
export function processRole(env: NodeJS.ProcessEnv = process.env): ProcessRole {
  // The variable it replaces is refused rather than ignored: ignored, an API-only process set up
  // with it would start the workers.
  if (env['CONTINUUM_WORKERS'] !== undefined)
    throw new Error(
      'CONTINUUM_WORKERS n’existe plus : utilisez CONTINUUM_PROCESS=api (au lieu de false) ou all (au lieu de true).',
    );
  const role = env['CONTINUUM_PROCESS'] || 'all';
  if (!(PROCESS_ROLES as readonly string[]).includes(role))
    throw new Error(`CONTINUUM_PROCESS invalide : « ${role} » (api, worker ou all).`);
  return role as ProcessRole;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv =
    env['NODE_ENV'] === 'production' ? 'production' : env['NODE_ENV'] === 'test' ? 'test' : 'development';
  const departementCode = env['CONTINUUM_DEPARTEMENT'] ?? '45';
  if (!/^(\d{2}|2A|2B|97\d)$/.test(departementCode)) {
    throw new Error(
      `CONTINUUM_DEPARTEMENT invalide : « ${departementCode} » n’est pas un code de département.`,
    );
  }
  const publicUrl = (env['CONTINUUM_PUBLIC_URL'] || `http://localhost:${integer(env, 'PORT', 3000)}`).replace(
    /\/$/,
    '',
  );
  return {
    env: nodeEnv,
    port: integer(env, 'PORT', 3000),
    databaseUrl: env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/continuum',
    redisUrl: env['REDIS_URL'] ?? 'redis://127.0.0.1:6379/0',
    redisPrefix: env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum:',
    departementCode,
    diagnosticMinCell: integer(env, 'CONTINUUM_DIAGNOSTIC_MIN_CELL', 5),
    demoMode: (env['CONTINUUM_DEMO'] ?? (nodeEnv === 'production' ? 'false' : 'true')) === 'true',
    webDist: env['CONTINUUM_WEB_DIST'] || null,
    tileUrl: env['CONTINUUM_TILE_URL'] ?? '',
    tileAttribution: env['CONTINUUM_TILE_ATTRIBUTION'] ?? '',
    storageDir: resolve(env['CONTINUUM_STORAGE_DIR'] || 'var/storage'),
    session: {
      idleSeconds: integer(env, 'SESSION_IDLE_SECONDS', 30 * 60),
      absoluteSeconds: integer(env, 'SESSION_ABSOLUTE_SECONDS', 12 * 60 * 60),
      cookieName: 'continuum_session',
      secureCookie: nodeEnv === 'production' && env['CONTINUUM_INSECURE_COOKIE'] !== 'true',
    },
    loginLimits: {
      windowSeconds: integer(env, 'LOGIN_LIMIT_WINDOW_SECONDS', 15 * 60),
      perAccount: integer(env, 'LOGIN_LIMIT_PER_ACCOUNT', 5),
      perAddress: integer(env, 'LOGIN_LIMIT_PER_ADDRESS', 30),
    },
    requireSecondFactor:
      (env['CONTINUUM_REQUIRE_SECOND_FACTOR'] ??
        String(nodeEnv === 'production' && env['CONTINUUM_DEMO'] !== 'true')) === 'true',
    graphql: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxComplexity: integer(env, 'GRAPHQL_MAX_COMPLEXITY', 1000),
    },
    logLevel: env['LOG_LEVEL'] ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    metricsToken: env['CONTINUUM_METRICS_TOKEN'] || null,
    publicUrl,
    timeZone: env['CONTINUUM_TIME_ZONE'] || 'Europe/Paris',
    mail: {
      smtpUrl: env['SMTP_URL'] || 'smtp://127.0.0.1:1025',
      from: env['MAIL_FROM'] || 'Continuum <ne-pas-repondre@continuum.demo>',
      retryBaseMs: integer(env, 'MAIL_RETRY_BASE_MS', 30_000),
      batchSize: integer(env, 'MAIL_BATCH_SIZE', 50),
    },
    privacy: {
      controller: env['CONTINUUM_CONTROLLER']?.trim() || null,
      dpoContact: env['CONTINUUM_DPO_CONTACT']?.trim() || null,
    },
    inboundMail: {
      replyAddress: replyAddress(env['MAIL_REPLY_ADDRESS']),
      token: inboundToken(env['INBOUND_MAIL_TOKEN']),
    },
    role: processRole(env),
    proConnect: proConnect(env, publicUrl),
  };
}

function proConnect(env: NodeJS.ProcessEnv, publicUrl: string): ProConnectConfig | null {
  const issuer = env['PROCONNECT_ISSUER']?.trim();
  if (!issuer) return null;
  const url = (name: string, raw: string): string => {
    try {
      const parsed = new URL(raw);
      const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
      if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) throw new Error();
      return raw.replace(/\/$/, '');
    } catch {
      throw new Error(`${name} invalide : « ${raw} » (une adresse https://, ou http:// sur cette machine).`);
    }
  };
  const clientId = env['PROCONNECT_CLIENT_ID']?.trim();
  const clientSecret = env['PROCONNECT_CLIENT_SECRET']?.trim();
  if (!clientId) throw new Error('PROCONNECT_CLIENT_ID manquant : PROCONNECT_ISSUER est renseigné.');
  if (!clientSecret) throw new Error('PROCONNECT_CLIENT_SECRET manquant : PROCONNECT_ISSUER est renseigné.');
  const redirectUrl = url(
    'PROCONNECT_REDIRECT_URL',
    env['PROCONNECT_REDIRECT_URL']?.trim() || `${publicUrl}/auth/proconnect/retour`,
  );
  return {
    issuer: url('PROCONNECT_ISSUER', issuer),
    clientId,
    clientSecret,
    redirectUrl,
    // The site the provider sends the browser back to, whatever the public URL says.
    postLogoutUrl: new URL('/connexion?deconnexion=proconnect', redirectUrl).href,
  };
}

function replyAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  if (!/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(raw))
    throw new Error(
      `MAIL_REPLY_ADDRESS invalide : « ${raw} » (une adresse simple, sans « + », par exemple reponses@exemple.gouv.fr).`,
    );
  return raw.toLowerCase();
}

function inboundToken(raw: string | undefined): string | null {
  if (!raw) return null;
  if (raw.length < 32)
    throw new Error(
      'INBOUND_MAIL_TOKEN trop court : 32 caractères au moins (par exemple : openssl rand -hex 32).',
    );
  return raw;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} invalide : « ${raw} » n’est pas un entier positif.`);
  return value;
}
