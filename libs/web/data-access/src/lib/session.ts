import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AppInfoGQL,
  AppInfoQuery,
  LoginGQL,
  LogoutGQL,
  MeFieldsFragment,
  MeGQL,
  SecondFactorStep,
  VerifySecondFactorGQL,
} from '../generated/graphql';
import { abilityFromPackedRules, Action, SubjectName, SubjectRow } from './ability';
import { LiveConnection } from './live-link';
import { describeProblem } from './problem';

export type ServerInfo = AppInfoQuery['appInfo'];
export type SessionUser = MeFieldsFragment;

/**
 * Who is signed in, what they may do, and what the server says about itself (demo mode, tiles).
 * Loaded once before the first page renders; login and logout go through here.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly appInfoQuery = inject(AppInfoGQL);
  private readonly meQuery = inject(MeGQL);
  private readonly loginMutation = inject(LoginGQL);
  private readonly logoutMutation = inject(LogoutGQL);
  private readonly verifyMutation = inject(VerifySecondFactorGQL);
  private readonly live = inject(LiveConnection);

  private readonly currentUser = signal<SessionUser | null>(null);
  /** Password accepted, second factor still due: nobody is signed in yet. */
  private readonly pending = signal<SecondFactorStep | null>(null);
  private readonly info = signal<ServerInfo | null>(null);
  private readonly serverDown = signal(false);
  private loading: Promise<void> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly pendingStep = this.pending.asReadonly();
  readonly appInfo = this.info.asReadonly();
  /** True when the server could not be reached at start-up. */
  readonly unreachable = this.serverDown.asReadonly();
  readonly demoMode = computed(() => this.info()?.demoMode ?? false);
  readonly ability = computed(() => abilityFromPackedRules(this.currentUser()?.rules));

  /** Reads the application info and the current session (once; later calls share the result). */
  load(): Promise<void> {
    this.loading ??= Promise.all([this.loadAppInfo(), this.loadUser()]).then(() => undefined);
    return this.loading;
  }

  can(action: Action, subject: SubjectName | SubjectRow): boolean {
    return this.ability().can(action, subject);
  }

  /**
   * Signs in; throws the server's error (French message) when refused. When the account has (or
   * must set up) a second factor, nobody is signed in yet: `pendingStep` says what is due.
   */
  async login(email: string, password: string): Promise<SessionUser> {
    const result = await firstValueFrom(this.loginMutation.mutate({ variables: { email, password } }));
    const user = result.data?.login;
    if (!user) throw new Error('Réponse de connexion vide.');
    // A socket opened before (another user's, or none) must not carry this session's alerts.
    this.live.close();
    await this.apollo.client.clearStore();
    this.accept(user);
    return user;
  }

  /** The code of the authenticator application (or a recovery code) completes the login. */
  async verifySecondFactor(code: string): Promise<SessionUser> {
    const result = await firstValueFrom(this.verifyMutation.mutate({ variables: { code } }));
    const user = result.data?.verifySecondFactor;
    if (!user) throw new Error('Réponse de connexion vide.');
    this.accept(user);
    return user;
  }

  /** After an enrolment that completed the login: the session is now a complete one. */
  async reload(): Promise<void> {
    await this.apollo.client.clearStore();
    await this.loadUser();
  }

  /** Where a half-open session must go before anything else, or null. */
  stepUrl(): string | null {
    const step = this.pending();
    if (step === 'CODE') return '/connexion/code';
    if (step === 'ENROLMENT') return '/connexion/double-authentification';
    return null;
  }

  private accept(user: SessionUser): void {
    this.pending.set(user.pendingStep ?? null);
    this.currentUser.set(user.pendingStep ? null : user);
  }

  async logout(): Promise<void> {
    if (this.currentUser()?.proConnect) {
      // Opened through ProConnect: the server ends it, then the browser goes to ProConnect's logout.
      this.live.close();
      window.location.assign('/auth/proconnect/deconnexion');
      return;
    }
    try {
      await firstValueFrom(this.logoutMutation.mutate());
    } catch {
      // The session may already be gone on the server; signing out locally is what matters.
    }
    await this.forget();
    await this.router.navigateByUrl('/connexion');
  }

  /** Called when the server answers UNAUTHENTICATED to a signed-in user: the session expired. */
  async expired(): Promise<void> {
    if (!this.currentUser()) return;
    const back = this.router.url;
    await this.forget();
    await this.router.navigate(['/connexion'], { queryParams: { expiree: 1, retour: back } });
  }

  private async forget(): Promise<void> {
    this.currentUser.set(null);
    this.pending.set(null);
    this.live.close();
    await this.apollo.client.clearStore();
  }

  private async loadAppInfo(): Promise<void> {
    try {
      const result = await firstValueFrom(this.appInfoQuery.fetch({ fetchPolicy: 'network-only' }));
      this.info.set(result.data?.appInfo ?? null);
    } catch {
      this.serverDown.set(true);
    }
  }

  private async loadUser(): Promise<void> {
    try {
      const result = await firstValueFrom(this.meQuery.fetch({ fetchPolicy: 'network-only' }));
      const me = result.data?.me;
      if (me) this.accept(me);
      else this.currentUser.set(null);
    } catch (error) {
      // No session is the ordinary case before login; anything else means the server is down.
      if (describeProblem(error).code !== 'UNAUTHENTICATED') this.serverDown.set(true);
      this.currentUser.set(null);
    }
  }
}
