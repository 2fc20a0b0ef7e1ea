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
