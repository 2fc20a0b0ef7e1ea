import { Controller, Get, Inject, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { originOf } from '@continuum/server/audit';
import { APP_CONFIG, HttpErrorFilter, notFound, Public } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { AuthService } from '../auth/auth.service';
import { setSessionCookie } from '../auth/session-cookie';
import { ProConnectRefused } from './proconnect.client';
import { ProConnectService } from './proconnect.service';

/** Binds a login's callback to the browser that left for ProConnect. */
const BINDING_COOKIE = 'continuum_proconnect';
const BINDING_PATH = '/auth/proconnect';

/**
 * The browser's side of the ProConnect login, by navigation (no GraphQL): `connexion` leaves for
 * the provider, `retour` is its redirect URL, `deconnexion` ends the session here and there. Every
 * route answers 404 when ProConnect is not configured. A refusal lands on the login page with its
 * reason (`/connexion?proconnect=<raison>`), whose French message the page shows.
 */
@Controller('auth/proconnect')
@UseFilters(new HttpErrorFilter())
export class ProConnectController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly proConnect: ProConnectService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Get('connexion')
  async start(
    @Query('retour') retour: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    this.assertEnabled(req);
    try {
      const { url, binding } = await this.proConnect.start(safeReturnUrl(retour));
      res.cookie(BINDING_COOKIE, binding, {
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level navigation from another site.
        sameSite: 'lax',
        secure: this.config.session.secureCookie,
        path: BINDING_PATH,
        maxAge: 10 * 60 * 1000,
      });
      res.redirect(303, url.href);
    } catch (error) {
      if (!(error instanceof ProConnectRefused)) throw error;
      res.redirect(303, `/connexion?proconnect=${error.reason}`);
    }
  }

  @Public()
  @Get('retour')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.assertEnabled(req);
    const binding = (req.cookies as Record<string, string> | undefined)?.[BINDING_COOKIE];
    res.clearCookie(BINDING_COOKIE, { path: BINDING_PATH });
    // The URL the provider redirected to, as registered with it (this process may sit behind a proxy).
    const callback = new URL(this.config.proConnect!.redirectUrl);
    callback.search = new URL(req.originalUrl, 'http://localhost').search;
    try {
      const outcome = await this.proConnect.finish(callback, binding, originOf(req));
      if (outcome.kind === 'access-request') {
        const query = new URLSearchParams({ etat: outcome.state });
        if (outcome.organization) query.set('organisation', outcome.organization);
        res.redirect(303, `/connexion/demande-acces?${query}`);
        return;
      }
      setSessionCookie(res, outcome.token, this.config);
      const retour = encodeURIComponent(outcome.returnUrl);
      if (outcome.secondFactor === 'code') res.redirect(303, `/connexion/code?retour=${retour}`);
      else if (outcome.secondFactor === 'enrolment')
        res.redirect(303, `/connexion/double-authentification?retour=${retour}`);
      else res.redirect(303, outcome.returnUrl);
    } catch (error) {
      if (!(error instanceof ProConnectRefused)) throw error;
      res.redirect(303, `/connexion?proconnect=${error.reason}`);
    }
  }

  /** Ends the session, then at ProConnect when it was opened there (its `id_token_hint`). */
  @Public()
  @Get('deconnexion')
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.assertEnabled(req);
    const token = (req.cookies as Record<string, string> | undefined)?.[this.config.session.cookieName];
    const found = token ? await this.auth.principalFor(token) : null;
    let provider: URL | null = null;
    if (found) {
      provider = await this.proConnect.endSessionUrl(found.principal.sessionId).catch(() => null);
      await this.auth.logout(found.principal, originOf(req));
    }
    res.clearCookie(this.config.session.cookieName, { path: '/' });
    res.redirect(303, provider?.href ?? '/connexion');
  }

  private assertEnabled(req: Request): void {
    if (!this.proConnect.enabled) throw notFound(`Adresse inconnue : ${req.method} ${req.path}.`);
  }
}

/** A path of this site only (never `//autre.site` nor a full URL): where to go once signed in. */
export function safeReturnUrl(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/connexion') || value.startsWith('/auth/')) return '/';
  return value.slice(0, 500);
}
