import * as argon2 from 'argon2';
import { Api, ok, Session } from './api-harness';

/** A password good enough for the policy (12+ characters, not a common one). */
export const STRONG_PASSWORD = 'girafe orageuse sous le préau';

/**
 * The token of the last link mailed to an address (invitation or reset), read from the outbox row
 * the API wrote — suites without a mail worker read it there; the workers suite reads the mail the
 * SMTP catcher received.
 */
export async function lastLinkToken(api: Api, email: string, topic = 'account.invitation'): Promise<string> {
  const [row]: { text: string }[] = await api.dataSource.query(
    `select text from mail_messages where to_address = $1 and topic = $2 order by created_at desc limit 1`,
    [email, topic],
  );
  if (!row) throw new Error(`Aucun courriel « ${topic} » pour ${email}.`);
  return tokenIn(row.text);
}

export function tokenIn(text: string): string {
  const token = /\/connexion\/nouveau-mot-de-passe#([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (!token) throw new Error(`Pas de lien dans le courriel : ${text}`);
  return token;
}

export const SET_PASSWORD = `mutation($token: String!, $password: String!) { setPasswordWithToken(token: $token, password: $password) }`;

/** The invited person follows their link, chooses a password and signs in. */
export async function acceptInvitation(
  api: Api,
  email: string,
  password = STRONG_PASSWORD,
): Promise<Session> {
  const token = await lastLinkToken(api, email);
  ok(await api.visitor().gql(SET_PASSWORD, { token, password }));
  const session = api.visitor();
  ok(await session.login(email, password));
  return session;
}

/**
 * An account written straight into the database, with a password of its own (for the second factor
 * and role-grant suites, which need fresh admins and coordinators that no other suite touches).
 */
export async function aLocalAccount(
  api: Api,
  options: { roles: string[]; organization?: string; password?: string; name?: string },
): Promise<{ id: string; email: string; password: string }> {
  const password = options.password ?? STRONG_PASSWORD;
  const stamp = Math.random().toString(36).slice(2, 8);
  const email = `${options.roles.join('-')}.${stamp}@prefecture.demo`;
  const [{ id }]: { id: string }[] = await api.dataSource.query(
    `insert into users (email, full_name, organization_id, roles, password_hash)
     select $1, $2, o.id, $3::user_role[], $4 from organizations o where o.name = $5 returning id`,
    [
      email,
      options.name ?? `Compte ${stamp}`,
      options.roles,
      await argon2.hash(password, { type: argon2.argon2id }),
      // The SIDSIC is the technical administration only while its members are administrators only:
      // an agent there would make it a partner (a pilot, a referral target) for every later suite.
      options.organization ??
        (options.roles.every((role) => role === 'admin')
          ? 'Préfecture du Loiret — SIDSIC'
          : 'Préfecture du Loiret — cabinet'),
    ],
  );
  return { id, email, password };
}
