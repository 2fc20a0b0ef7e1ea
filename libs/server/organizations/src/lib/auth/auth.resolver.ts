import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { packAbility } from '@continuum/domain';
import { originOf } from '@continuum/server/audit';
import { APP_CONFIG, Authenticated, badInput, CurrentPrincipal, Public } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { Inject } from '@nestjs/common';
import type { Response } from 'express';
import { SecondFactorService } from '../second-factor/second-factor.service';
import { MeModel, SecondFactorStep } from '../users/user.models';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { setSessionCookie } from './session-cookie';

type GraphqlRequest = HttpRequestLike & { sessionExpiresAt?: Date };

@Resolver(() => MeModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly secondFactor: SecondFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => MeModel, {
    description:
      'Ouvre une session : pose le cookie HttpOnly `continuum_session`. Quand `pendingStep` est renseigné, ' +
      'la session n’ouvre rien avant le second facteur (`verifySecondFactor`, ou l’enrôlement).',
  })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') req: GraphqlRequest,
    @Context('res') res: Response,
  ): Promise<MeModel> {
    const { token, session } = await this.auth.login(
      email.slice(0, 254),
      password.slice(0, 200),
      originOf(req),
    );
    setSessionCookie(res, token, this.config);
    const found = await this.auth.principalFor(token);
    if (!found) throw new Error('session just created is not readable');
    req.principal = found.principal;
    return this.meOf(found.principal, session.expiresAt);
  }

  @Authenticated({ duringSecondFactor: true })
  @Mutation(() => MeModel, {
    description:
      'Termine la connexion avec le code de l’application d’authentification (ou un code de secours) : ' +
      'la session est remplacée par une session complète (nouveau cookie).',
  })
  async verifySecondFactor(
    @Args('code') code: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: GraphqlRequest,
    @Context('res') res: Response,
  ): Promise<MeModel> {
    if (principal.pendingStep !== 'code')
      throw badInput('code', 'Aucun code n’est attendu pour cette session.');
    await this.secondFactor.verify(principal, code.slice(0, 40), originOf(req));
    const opened = await this.auth.completeSecondFactor(principal);
    setSessionCookie(res, opened.token, this.config);
    req.principal = opened.principal;
    return this.meOf(opened.principal, opened.session.expiresAt);
  }

  @Authenticated({ duringSecondFactor: true })
  @Mutation(() => Boolean, { description: 'Ferme la session en cours.' })
  async logout(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: GraphqlRequest,
    @Context('res') res: Response,
  ): Promise<boolean> {
    await this.auth.logout(principal, originOf(req));
    res.clearCookie(this.config.session.cookieName, { path: '/' });
    return true;
  }

  @Authenticated({ duringSecondFactor: true })
  @Query(() => MeModel, { description: 'L’utilisateur connecté ; UNAUTHENTICATED sans session.' })
  me(@CurrentPrincipal() principal: RequestPrincipal, @Context('req') req: GraphqlRequest): Promise<MeModel> {
    return this.meOf(principal, req.sessionExpiresAt ?? new Date());
  }

  private async meOf(principal: RequestPrincipal, sessionExpiresAt: Date): Promise<MeModel> {
    return meModel(this.users, principal, sessionExpiresAt);
  }
}

/** The signed-in user as `me` answers: no rules while a second factor is due. */
export async function meModel(
  users: UsersService,
  principal: RequestPrincipal,
  sessionExpiresAt: Date,
): Promise<MeModel> {
  const user = await users.self(principal.actor.userId);
  return {
    ...user,
    rules: packAbility(principal.ability),
    sessionExpiresAt,
    pendingStep: (principal.pendingStep as SecondFactorStep | undefined) ?? null,
  };
}
