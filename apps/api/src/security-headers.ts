import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response (helmet): a Content-Security-Policy that fits the web app (its own scripts,
 * styles and API only; map tiles from `mapTileOrigin` when set), no framing, nosniff, a strict referrer policy.
 * Outside production, the GraphiQL page at GET /graphql loads its editor from a CDN: it alone goes without a CSP.
 */
export function useSecurityHeaders(
  app: NestExpressApplication,
  { isProduction, mapTileOrigin }: { isProduction: boolean; mapTileOrigin?: string },
): void {
  const imgSrc = ["'self'", 'data:', 'blob:', ...(mapTileOrigin ? [mapTileOrigin] : [])];
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc,
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(isProduction && { upgradeInsecureRequests: [] }),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    // HSTS only where TLS terminates in front of the app (production); on http://localhost it would pin https.
    strictTransportSecurity: isProduction,
  });
  const withoutCsp = helmet({
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const graphiql = !isProduction && request.method === 'GET' && request.path === '/graphql';
    (graphiql ? withoutCsp : headers)(request, response, next);
  });
}
