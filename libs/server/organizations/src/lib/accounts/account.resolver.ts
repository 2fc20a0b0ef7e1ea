import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { APP_CONFIG, Authenticated, CurrentPrincipal, Public } from '@continuum/server/platform';
import type { AppConfig, HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { Inject } from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { setSessionCookie } from '../auth/session-cookie';
import { SecondFactorService } from '../second-factor/second-factor.service';
import { UsersService } from '../users/users.service';
import { RecoveryCodesModel, SecondFactorEnrolmentModel, SecondFactorStatusModel } from './account.models';
import { PasswordService } from './password.service';

/** « Mon compte » and the links mailed to a person: their password and their second factor. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly passwords: PasswordService,
    private readonly secondFactor: SecondFactorService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Authenticated()
  @Mutation(() => Boolean, {
    description: 'Change son propre mot de passe (l’actuel est demandé) ; ferme ses autres sessions.',
  })
  async changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ): Promise<boolean> {
    await this.passwords.change(
      principal,
      currentPassword.slice(0, 201),
      newPassword.slice(0, 201),
      originOf(req),
    );
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mot de passe oublié : envoie un lien à usage unique valable 30 minutes si l’adresse a un compte. ' +
      'La réponse est la même dans tous les cas.',
  })
  async requestPasswordReset(
    @Args('email') email: string,
    @Context('req') req: HttpRequestLike,
  ): Promise<boolean> {
    await this.passwords.requestReset(email.slice(0, 254), originOf(req));
    return true;
  }

  @Public()
  @Mutation(() => String, {
    description:
      'Choisit son mot de passe avec le jeton d’un lien reçu (réinitialisation ou invitation) ; ferme toutes ' +
      'les sessions du compte. Renvoie l’adresse électronique du compte, pour se connecter.',
  })
  setPasswordWithToken(
    @Args('token') token: string,
    @Args('password') password: string,
    @Context('req') req: HttpRequestLike,
  ): Promise<string> {
    return this.passwords.setWithToken(token.slice(0, 100), password.slice(0, 201), originOf(req));
  }

  @Authenticated({ duringSecondFactor: true })
  @Query(() => SecondFactorStatusModel, { description: 'La double authentification de son compte' })
  mySecondFactor(@CurrentPrincipal() principal: RequestPrincipal): Promise<SecondFactorStatusModel> {
    return this.secondFactor.status(principal);
  }

  @Authenticated({ duringSecondFactor: true })
  @Mutation(() => SecondFactorEnrolmentModel, {
    description:
      'Commence l’enrôlement : une nouvelle clé, sans effet tant qu’un premier code ne l’a pas confirmée.',
  })
  async startSecondFactorEnrolment(
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<SecondFactorEnrolmentModel> {
    const user = await this.users.self(principal.actor.userId);
    const { secret, uri } = await this.secondFactor.startEnrolment(principal, user.email);
    return { secret, otpauthUri: uri };
  }

  @Authenticated({ duringSecondFactor: true })
  @Mutation(() => RecoveryCodesModel, {
    description:
      'Confirme l’enrôlement par un premier code ; renvoie les codes de secours. Pendant une connexion qui ' +
      'l’exigeait, la session devient complète (nouveau cookie).',
  })
  async confirmSecondFactorEnrolment(
    @Args('code') code: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Context('res') res: Response,
  ): Promise<RecoveryCodesModel> {
    const codes = await this.secondFactor.confirmEnrolment(principal, code.slice(0, 40), originOf(req));
    if (principal.pendingStep === 'enrolment') {
      const opened = await this.auth.completeSecondFactor(principal);
      setSessionCookie(res, opened.token, this.config);
      req.principal = opened.principal;
    }
    return { codes };
  }
}
