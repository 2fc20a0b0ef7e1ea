import { APIRequestContext } from 'playwright-core';
import { DEMO_PASSWORD } from './browser';

/**
 * GraphQL with the session of a browser context (`context.request` shares its cookies): to find,
 * as a given persona, the demo case a scenario needs, rather than hard-coding seeded ids.
 */
export async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  });
  return response.json();
}

/** Signs the context in through the API (sets the session cookie), without the login page. */
export async function apiLogin(request: APIRequestContext, email: string): Promise<void> {
  const result = await graphql<{ login: { id: string } }>(
    request,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
    { email, password: DEMO_PASSWORD },
  );
  if (!result.data?.login)
    throw new Error(`Connexion de ${email} refusée : ${JSON.stringify(result.errors)}`);
}

export interface CaseRow {
  id: string;
  reference: string;
  title: string;
}

/** Every case of a filter the context may read (all pages). */
export async function readableCases(
  request: APIRequestContext,
  filter: Record<string, unknown>,
  extra = '',
): Promise<(CaseRow & Record<string, unknown>)[]> {
  const rows: (CaseRow & Record<string, unknown>)[] = [];
  let after: string | null = null;
  for (;;) {
    const result: {
      data: {
        cases: {
          edges: { node: CaseRow & Record<string, unknown> }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } | null;
    } = await graphql(
      request,
      `query ($filter: CaseFilter, $after: String) {
        cases(filter: $filter, first: 100, after: $after) {
          edges { node { id reference title ${extra} } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { filter, after },
    );
    const page = result.data?.cases;
    if (!page) throw new Error('Liste des dossiers indisponible.');
    rows.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}
