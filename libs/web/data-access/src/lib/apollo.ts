import { HttpHeaders, provideHttpClient, withFetch } from '@angular/common/http';
import { EnvironmentProviders, inject, Injector, makeEnvironmentProviders } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { OperationTypeNode } from 'graphql';
import { LiveConnection } from './live-link';
import { Session } from './session';

/** The API is served on the same origin as the client (the API serves the built client). */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Apollo for the Continuum API: session cookie sent with every request, and the header the
 * server's CSRF prevention asks for (a simple cross-site form post cannot set it). Subscriptions
 * travel over the live WebSocket (`LiveConnection`), queries and mutations over HTTP.
 */
export function provideContinuumApi(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withFetch()),
    provideApollo(() => {
      const http = inject(HttpLink);
      const injector = inject(Injector);
      const live = inject(LiveConnection);
      const sessionExpiry = new ErrorLink(({ error, operation }) => {
        if (operation.operationName === 'Me' || operation.operationName === 'Login') return;
        const unauthenticated =
          CombinedGraphQLErrors.is(error) &&
          error.errors.some((item) => item.extensions?.['code'] === 'UNAUTHENTICATED');
        if (unauthenticated) void injector.get(Session).expired();
      });
      return {
        link: ApolloLink.from([
          sessionExpiry,
          ApolloLink.split(
            (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
            live.link,
            http.create({
              uri: GRAPHQL_ENDPOINT,
              withCredentials: true,
              headers: new HttpHeaders({ 'apollo-require-preflight': 'true' }),
            }),
          ),
        ]),
        cache: new InMemoryCache({
          typePolicies: {
            AppInfo: { keyFields: [] },
            Departement: { keyFields: ['code'] },
            Commune: { keyFields: ['code'] },
            Epci: { keyFields: ['siren'] },
          },
        }),
      };
    }),
  ]);
}
