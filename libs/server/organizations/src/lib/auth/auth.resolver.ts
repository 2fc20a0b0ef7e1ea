import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { packAbility } from '@continuum/domain';
import { originOf } from '@continuum/server/audit';
import { APP_CONFIG, Authenticated, CurrentPrincipal, Public } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { Inject } from '@nestjs/common';
import type { Response } from 'express';
import { MeModel } from '../users/user.models';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';

type GraphqlRequest = HttpRequestLike & { sessionExpiresAt?: Date };

@Resolver(() => MeModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => MeModel, {
    description: 'Ouvre une session : pose le cookie HttpOnly `continuum_session`.',
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
    res.cookie(this.config.session.cookieName, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.session.secureCookie,
      path: '/',
    });
    const found = await this.auth.principalFor(token);
    if (!found) throw new Error('session just created is not readable');
    req.principal = found.principal;
    return this.meOf(found.principal, session.expiresAt);
  }

  @Authenticated()
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

  @Authenticated()
  @Query(() => MeModel, { description: 'L’utilisateur connecté ; UNAUTHENTICATED sans session.' })
  me(@CurrentPrincipal() principal: RequestPrincipal, @Context('req') req: GraphqlRequest): Promise<MeModel> {
    return this.meOf(principal, req.sessionExpiresAt ?? new Date());
  }

  private async meOf(principal: RequestPrincipal, sessionExpiresAt: Date): Promise<MeModel> {
    const user = await this.users.get(principal.actor.userId, principal);
    return { ...user, rules: packAbility(principal.ability), sessionExpiresAt };
  }
}
