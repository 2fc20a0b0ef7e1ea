import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from './errors';

/** Refuses an operation whose estimated cost passes the limit, before anything is resolved. */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Invalid variables: execution reports them as BAD_USER_INPUT with the field named.
            return;
          }
          if (complexity > maxComplexity) {
            throw new AppError(
              'BAD_USER_INPUT',
              `Requête trop coûteuse (${complexity} pour un maximum de ${maxComplexity}) : demandez moins de champs ou de lignes.`,
              { field: 'query' },
            );
          }
        },
      };
    },
  };
}
