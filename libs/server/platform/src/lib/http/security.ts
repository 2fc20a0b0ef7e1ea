import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';

/**
 * Security headers for everything the server sends. The content security policy allows what the
 * client needs (its own scripts, DSFR inline styles, map tiles from the configured host); the
 * GraphQL sandbox, outside production only, loads from Apollo's CDN and is left without a CSP.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const tiles = config.tileUrl ? [new URL(config.tileUrl.replace(/\{[a-z]\}/g, 'a')).origin] : [];
  const strict = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...tiles],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: config.env === 'production' ? [] : null,
      },
    },
    strictTransportSecurity: config.env === 'production',
  });
  const sandbox = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false });
  return (req: Request, res: Response, next: NextFunction) =>
    config.env !== 'production' && req.path === '/graphql' && req.method === 'GET'
      ? sandbox(req, res, next)
      : strict(req, res, next);
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Headers a reverse proxy adds: a request carrying one was relayed, whatever its socket says. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * A request from the machine itself: from loopback and relayed by no proxy. Behind a reverse proxy
 * on the same host every request comes from loopback; the proxy's forwarding headers tell them apart.
 */
function fromThisMachine(req: Request): boolean {
  if (FORWARDING_HEADERS.some((header) => req.headers[header] !== undefined)) return false;
  return LOOPBACK.has(req.socket.remoteAddress ?? '');
}

/** /metrics is for the monitoring on the machine, or whoever holds CONTINUUM_METRICS_TOKEN. */
export function metricsAccess(config: AppConfig): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path !== '/metrics') return next();
    const token = config.metricsToken;
    const bearer = req.headers.authorization === `Bearer ${token}`;
    if ((token && bearer) || fromThisMachine(req)) return next();
    res.status(403).json({ code: 'FORBIDDEN', message: 'Métriques réservées à la supervision.' });
  };
}
