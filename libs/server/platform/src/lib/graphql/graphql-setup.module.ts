import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { parse as parseCookies } from 'cookie';
import { getOperationAST, GraphQLError, GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { nulCharacterRefused } from '../validation/nul-characters';
import { complexityPlugin, operationCost, tooCostly } from './complexity.plugin';
import { depthLimit } from './depth-limit.rule';
import { AppError } from './errors';
import { formatError } from './format-error';
import { frenchGraphqlMessage } from './graphql-messages';
import { jsonDepthRule } from './json.scalar';
import { findNulInOperation, nulCharactersPlugin } from './nul-characters.plugin';
import { ReadRetryInterceptor } from './service-unavailable';
import { findInvalidIdInOperation, invalidId, uuidIdsPlugin } from './uuid-ids.plugin';

const schemaHolder: { schema: GraphQLSchema | null } = { schema: null };

/** The upgrade request of a WebSocket, shaped as the access guard reads an HTTP request. */
function webSocketRequest(request: IncomingMessage) {
  return {
    headers: request.headers,
    cookies: parseCookies(request.headers.cookie ?? ''),
    ip: request.socket.remoteAddress,
  };
}

export interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * What HTTP operations go through, for one sent over the WebSocket: graphql's rules, the depth
 * limit and the JSON depth, the NUL characters, the ids that are not UUIDs, the cost. Errors in
 * French, as `formatError` would say them.
 */
export function checkSubscription(
  schema: GraphQLSchema,
  payload: SubscribePayload,
  limits: AppConfig['graphql'],
): GraphQLError[] | undefined {
  try {
    const document = parse(payload.query);
    const errors = validate(schema, document, [
      ...specifiedRules,
      depthLimit(limits.maxDepth),
      jsonDepthRule(),
    ]);
    if (errors.length)
      return errors.map((error) =>
        error.originalError || error instanceof AppError
          ? error
          : new GraphQLError(frenchGraphqlMessage(error.message), error),
      );
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [new GraphQLError(frenchGraphqlMessage('Must provide an operation.'))];
    const field = findNulInOperation(document, operation, payload.variables);
    if (field) return [nulCharacterRefused(field)];
    const id = findInvalidIdInOperation(schema, document, operation, payload.variables);
    if (id) return [invalidId(id)];
    const cost = operationCost({ schema, document, ...payload });
    if (cost !== null && cost > limits.maxComplexity) return [tooCostly(cost, limits.maxComplexity)];
    return undefined;
  } catch (error) {
    return [new GraphQLError(frenchGraphqlMessage((error as Error).message))];
  }
}

/**
 * With persisted queries off, Apollo answers an operation sent by hash with a 200: it is a client
 * error, a 400 (its message is said in French by `formatError`).
 */
function persistedQueriesRefused(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          const refused =
            body.kind === 'single' &&
            body.singleResult.errors?.some(
              (error) => error.extensions?.['code'] === 'PERSISTED_QUERY_NOT_SUPPORTED',
            );
          if (refused) response.http.status = 400;
        },
      };
    },
  };
}

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const production = config.env === 'production';
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !production,
          playground: false,
          csrfPrevention: true,
          // The client sends its operations in full: no cache of operations by hash to feed.
          persistedQueries: false,
          includeStacktraceInErrorResponses: false,
          formatError,
          validationRules: [depthLimit(config.graphql.maxDepth), jsonDepthRule()],
          plugins: [
            nulCharactersPlugin(),
            uuidIdsPlugin(),
            // No HTTP caching of GraphQL answers (POST, per-user): its per-field hook would only cost.
            ApolloServerPluginCacheControlDisabled(),
            production
              ? ApolloServerPluginLandingPageDisabled()
              : ApolloServerPluginLandingPageLocalDefault(),
            complexityPlugin(config.graphql.maxComplexity),
            persistedQueriesRefused(),
          ],
          // Live subscriptions over graphql-ws, authenticated by the same session cookie as HTTP
          // (sent with the WebSocket upgrade); the access guard loads the principal from it.
          subscriptions: {
            'graphql-ws': {
              path: '/graphql',
              onSubscribe: (_ctx: unknown, _id: unknown, payload: SubscribePayload) =>
                // Apollo's validation rules and plugins do not run on WebSocket operations.
                schemaHolder.schema
                  ? checkSubscription(schemaHolder.schema, payload, config.graphql)
                  : undefined,
            },
          },
          transformSchema: (schema: GraphQLSchema) => {
            schemaHolder.schema = schema;
            return schema;
          },
          context: (input: { req?: unknown; res?: unknown; extra?: { request: IncomingMessage } }) =>
            input.extra ? { req: webSocketRequest(input.extra.request) } : { req: input.req, res: input.res },
        };
      },
    }),
  ],
  // A read that lost its database connection is run once more (see ReadRetryInterceptor).
  providers: [{ provide: APP_INTERCEPTOR, useClass: ReadRetryInterceptor }],
})
export class GraphqlSetupModule {}
