import type { AppConfig } from '@continuum/server/platform';
import type { Response } from 'express';

/** The session cookie: HttpOnly, SameSite=Strict, Secure in production. */
export function setSessionCookie(res: Response, token: string, config: AppConfig): void {
  res.cookie(config.session.cookieName, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.session.secureCookie,
    path: '/',
  });
}
