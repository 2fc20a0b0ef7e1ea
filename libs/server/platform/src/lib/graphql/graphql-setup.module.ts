import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { parse as parseCookies } from 'cookie';
import { GraphQLError, GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { IncomingMessage } from 'node:http';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { complexityPlugin } from './complexity.plugin';
import { formatError } from './format-error';

const schemaHolder: { schema: GraphQLSchema | null } = { schema: null };

/** The upgrade request of a WebSocket, shaped as the access guard reads an HTTP request. */
function webSocketRequest(request: IncomingMessage) {
  return {
    headers: request.headers,
    cookies: parseCookies(request.headers.cookie ?? ''),
    ip: request.socket.remoteAddress,
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
          includeStacktraceInErrorResponses: false,
          formatError,
          validationRules: [depthLimit(config.graphql.maxDepth)],
          plugins: [
            // No HTTP caching of GraphQL answers (POST, per-user): its per-field hook would only cost.
            ApolloServerPluginCacheControlDisabled(),
            production
              ? ApolloServerPluginLandingPageDisabled()
              : ApolloServerPluginLandingPageLocalDefault(),
            complexityPlugin(config.graphql.maxComplexity),
          ],
          // Live subscriptions over graphql-ws, authenticated by the same session cookie as HTTP
          // (sent with the WebSocket upgrade); the access guard loads the principal from it.
          subscriptions: {
            'graphql-ws': {
              path: '/graphql',
              onSubscribe: (_ctx: unknown, _id: unknown, payload: { query: string }) => {
                // Apollo's validation rules do not run on WebSocket operations: apply the depth limit here.
                if (!schemaHolder.schema) return undefined;
                try {
                  const errors = validate(schemaHolder.schema, parse(payload.query), [
                    ...specifiedRules,
                    depthLimit(config.graphql.maxDepth),
                  ]);
                  return errors.length ? errors : undefined;
                } catch (error) {
                  return [new GraphQLError((error as Error).message)];
                }
              },
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
})
export class GraphqlSetupModule {}
