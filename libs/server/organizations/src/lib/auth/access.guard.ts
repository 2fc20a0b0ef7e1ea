import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ACCESS_KEY,
  AccessRequirement,
  APP_CONFIG,
  forbidden,
  requestOf,
  unauthenticated,
} from '@continuum/server/platform';
import { Inject } from '@nestjs/common';
import type { AppConfig } from '@continuum/server/platform';
import { AuthService } from './auth.service';

/**
 * The global guard: an operation that declares no access is refused (default deny); otherwise the
 * session cookie is turned into a principal once per request and the declared ability checked.
 * What the principal may then read is decided inside each query, by the policy.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.getAllAndOverride<AccessRequirement | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!requirement) throw forbidden('Opération sans règle d’accès déclarée : refusée.');
    if (requirement.kind === 'public') return true;

    const request = requestOf(context) as ReturnType<typeof requestOf> & { principalLoaded?: Promise<void> };
    if (!request.principalLoaded) {
      request.principalLoaded = (async () => {
        const token = request.cookies?.[this.config.session.cookieName];
        const found = token ? await this.auth.principalFor(token) : null;
        if (found) {
          request.principal = found.principal;
          (request as { sessionExpiresAt?: Date }).sessionExpiresAt = found.session.expiresAt;
        }
      })();
    }
    await request.principalLoaded;
    const principal = request.principal;
    if (!principal) throw unauthenticated('Session absente ou expirée : reconnectez-vous.');
    if (principal.pendingStep && !(requirement.kind === 'authenticated' && requirement.duringSecondFactor)) {
      throw forbidden(
        principal.pendingStep === 'code'
          ? 'Connexion inachevée : saisissez le code de votre application d’authentification.'
          : 'Connexion inachevée : configurez d’abord la double authentification de votre compte.',
      );
    }
    if (requirement.kind === 'ability' && !principal.ability.can(requirement.action, requirement.subject)) {
      throw forbidden();
    }
    return true;
  }
}
