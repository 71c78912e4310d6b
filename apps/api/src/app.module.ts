import { AuthModule } from '@crossroads/auth';
import {
  AppConfig,
  CoreModule,
  databaseOptions,
  errorLanguagePlugin,
  formatGraphQLError,
  graphqlHardening,
} from '@crossroads/core';
import { CalendarModule } from '@crossroads/calendar';
import { CoproductionModule } from '@crossroads/coproduction';
import { DelegationsModule } from '@crossroads/delegations';
import { DirectoryModule } from '@crossroads/directory';
import { FestivalsModule } from '@crossroads/festivals';
import { NotificationsModule } from '@crossroads/notifications';
import { SearchModule } from '@crossroads/search';
import { TransferHttpModule } from '@crossroads/transfer';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { stdSerializers } from 'pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { redactRequest, redactUrl } from './log-redaction';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Levels at which pino-http's per-request completion line (logged at `info`) is written at all. */
const LOGS_REQUESTS = new Set(['info', 'debug', 'trace']);

function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const graphqlLogger = new Logger('GraphQL');
    const hardening = graphqlHardening(config.isProduction, config.REQUEST_TIME_BUDGET_MS);
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            // Readable lines for a developer at a terminal; JSON everywhere else (production, CI, log collectors).
            ...(!config.isProduction &&
              process.stdout.isTTY && {
                transport: { target: 'pino-pretty', options: { singleLine: true } },
              }),
            genReqId: (request, response) => {
              const id = requestId(request);
              response.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            // Above `info` the completion line is never written: skip its listeners and serialisers on every request
            // (docs/BENCHMARKS.md, API overhead); errors still carry the request id.
            autoLogging: LOGS_REQUESTS.has(config.LOG_LEVEL)
              ? { ignore: (request) => request.url === '/health' }
              : false,
            quietReqLogger: !LOGS_REQUESTS.has(config.LOG_LEVEL),
            // A request log line never holds a URL secret (calendar feed tokens, unsubscribe tokens).
            serializers: { req: redactRequest },
            // pino serialises a request's bindings when the request starts, logged or not: without request lines,
            // an error logged during a request names it by id, method and (redacted) path only.
            ...(!LOGS_REQUESTS.has(config.LOG_LEVEL) && {
              wrapSerializers: false,
              serializers: {
                req: (request: { id?: unknown; method?: string; url?: string }) => ({
                  id: request.id,
                  method: request.method,
                  url: typeof request.url === 'string' ? redactUrl(request.url) : request.url,
                }),
                res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
                err: stdSerializers.err,
              },
            }),
          },
        }),
        TypeOrmModule.forRoot({
          ...databaseOptions(config.databaseUrl, [], config.DATABASE_POOL_SIZE),
          autoLoadEntities: true,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !config.isProduction,
          graphiql: !config.isProduction,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          plugins: [...hardening.plugins, errorLanguagePlugin()] as ApolloDriverConfig['plugins'],
          validationRules: hardening.validationRules,
          transformSchema: hardening.transformSchema,
          parseOptions: hardening.parseOptions,
          documentStore: hardening.documentStore,
          persistedQueries: hardening.persistedQueries,
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          formatError: (formatted, error) =>
            formatGraphQLError(formatted, error, (internal) =>
              graphqlLogger.error(
                internal instanceof Error ? (internal.stack ?? internal.message) : internal,
              ),
            ),
        }),
        AuthModule,
        DirectoryModule,
        FestivalsModule,
        CoproductionModule,
        DelegationsModule,
        SearchModule,
        NotificationsModule,
        CalendarModule,
        TransferHttpModule,
      ],
    };
  }
}
