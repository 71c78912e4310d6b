import {
  AppConfig,
  bodyParserErrorHandler,
  createValidationPipe,
  generateJwtSecret,
  GraphQLPassThroughFilter,
} from '@crossroads/core';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { useSecurityHeaders } from './security-headers';
import { serveWebApp } from './web-app';

/** Request bodies above this are refused before parsing (GraphQL documents are small). */
export const MAX_BODY = '100kb';

/** Builds the API exactly as `npm start` runs it; tests boot it through here too. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  // An app built without a secret (tests, benchmarks) signs with a random one of its own: never a shared default.
  config.JWT_SECRET ??= generateJwtSecret();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
    // Throw instead of exiting, so start-up failures reach main.ts (one clear line) and tests (a failed suite).
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: MAX_BODY });
  app.use(bodyParserErrorHandler);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphQLPassThroughFilter());
  app.disable('x-powered-by');
  useSecurityHeaders(app, { isProduction: config.isProduction, mapTileOrigin: config.mapTileOrigin });
  if (config.TRUST_PROXY) {
    const hops = /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY;
    app.set('trust proxy', hops);
  }
  serveWebApp(app);
  return app;
}
