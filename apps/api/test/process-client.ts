import { DEMO_PASSWORD, type GraphqlResult } from './api-harness';
import type { ApiProcess } from './fault-rig';

/** GraphQL over HTTP to an API process the fault suites started, with a session cookie or none. */
export async function gql<T = Record<string, unknown>>(
  api: ApiProcess,
  cookie: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResult<T>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlResult<T>;
}

/** Signs a persona in with the demo password; the session cookie. */
export async function login(api: ApiProcess, email: string): Promise<string> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: DEMO_PASSWORD },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('continuum_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`Connexion de ${email} impossible : ${await response.text()}`);
  return cookie;
}

/** A manual alert to the landlords of Orléans (the cabinet sends it); its id. */
export async function sendLandlordAlert(api: ApiProcess, cookie: string, title: string): Promise<string> {
  const sent = await gql<{ sendAlert: { id: string } }>(
    api,
    cookie,
    'mutation($input: ManualAlertInput!) { sendAlert(input: $input) { id } }',
    {
      input: {
        title,
        body: 'Consignes aux gardiens : fermer les accès aux caves et signaler tout incident.',
        severity: 'VIGILANCE',
        communeCodes: ['45234'],
        audienceTypes: ['BAILLEUR'],
      },
    },
  );
  if (!sent.data) throw new Error(`sendAlert : ${JSON.stringify(sent.errors)}`);
  return sent.data.sendAlert.id;
}
