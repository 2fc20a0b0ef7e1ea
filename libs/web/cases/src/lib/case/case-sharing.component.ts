import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import {
  ChangeCaseSensitivityGQL,
  describeProblem,
  forControls,
  liveQuery,
  OrganizationNamesGQL,
  Problem,
  Sensitivity,
  ShareCaseGQL,
  UnshareCaseGQL,
  UserNamesGQL,
} from '@continuum/web/data-access';
import {
  blankToNull,
  debounced,
  DialogComponent,
  FrDatePipe,
  ProblemAlertComponent,
} from '@continuum/web/ui';
import { firstValueFrom, map, of } from 'rxjs';
import { SensitivityBadgeComponent } from '../shared/case-badges.component';
import { lowersSensitivity, SENSITIVITY_OPTIONS, sensitivityLabel } from '../shared/case-labels';
import { DisclosureComponent } from '../shared/disclosure.component';
import { CaseDetail } from './case-section';

type Share = CaseDetail['shares'][number];

/**
 * Who else may read the case, for who may share it (the owner, the cabinet): shares with an
 * organisation — or, on a TLP:RED case, with a named person — withdrawn with a reason; and the
 * sensitivity, whose lowering asks why. Every change is journaled by the server.
 */
@Component({
  selector: 'cnt-case-sharing',
  imports: [
    DisclosureComponent,
    DialogComponent,
    FrDatePipe,
    ProblemAlertComponent,
    SensitivityBadgeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = case();
    <section class="fr-mb-5w cnt-sharing" aria-labelledby="sharing-title" data-testid="case-sharing">
      <h2 id="sharing-title" class="fr-h4">Diffusion et partage</h2>
      <p class="fr-mb-1w"><cnt-sensitivity-badge [sensitivity]="item.sensitivity" /></p>
      <p class="fr-text--sm">{{ label(item.sensitivity) }}</p>

      @if (item.viewerCan.share) {
        <h3 class="fr-h6 fr-mb-1w">Partagé avec</h3>
        <cnt-problem-alert [problem]="withdrawing() ? null : withdrawProblem()" />
        @for (share of item.shares; track share.id) {
          <div class="cnt-share" data-testid="case-share">
            <p class="fr-text--sm fr-mb-0 fr-text--bold">{{ shareName(share) }}</p>
            <p class="fr-text--xs fr-mb-1v cnt-muted">
              le {{ share.createdAt | frDate: 'short' }}
              @if (share.reason) {
                · {{ share.reason }}
              }
            </p>
            <button
              type="button"
              class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-icon-close-line fr-btn--icon-left"
              (click)="startWithdraw(share)"
            >
              Retirer le partage
            </button>
          </div>
        } @empty {
          <p class="fr-text--sm">Aucun partage en dehors des organisations impliquées.</p>
        }

        <cnt-disclosure
          [label]="red() ? 'Partager avec une personne nommée' : 'Partager avec une organisation'"
        >
          <form novalidate (submit)="share($event)" aria-label="Partager le dossier">
            <cnt-problem-alert [problem]="shareGeneral()" />
            @if (red()) {
              <div class="fr-input-group">
                <label class="fr-label" for="share-user-search">
                  Rechercher une personne
                  <span class="fr-hint-text">TLP:RED : le dossier se partage avec des personnes nommées</span>
                </label>
                <input
                  class="fr-input"
                  id="share-user-search"
                  type="search"
                  autocomplete="off"
                  [value]="userSearch()"
                  (input)="userSearch.set($any($event.target).value)"
                />
              </div>
              <div class="fr-select-group" [class.fr-select-group--error]="targetError()">
                <label class="fr-label" for="share-target">Personne *</label>
                <select
                  class="fr-select"
                  id="share-target"
                  aria-describedby="share-target-messages"
                  (change)="target.set($any($event.target).value)"
                >
                  <option value="" [selected]="target() === ''">
                    {{ (users.value() ?? []).length ? 'Choisir une personne' : 'Tapez au moins 2 lettres' }}
                  </option>
                  @for (user of users.value() ?? []; track user.id) {
                    <option [value]="user.id" [selected]="target() === user.id">
                      {{ user.fullName }} — {{ user.organization.name }}
                    </option>
                  }
                </select>
                <div class="fr-messages-group" id="share-target-messages" aria-live="polite">
                  @if (targetError(); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>
            } @else {
              <div class="fr-select-group" [class.fr-select-group--error]="targetError()">
                <label class="fr-label" for="share-target">Organisation *</label>
                <select
                  class="fr-select"
                  id="share-target"
                  aria-describedby="share-target-messages"
                  (change)="target.set($any($event.target).value)"
                >
                  <option value="" [selected]="target() === ''">Choisir une organisation</option>
                  @for (org of organizationChoices(); track org.id) {
                    <option [value]="org.id" [selected]="target() === org.id">{{ org.name }}</option>
                  }
                </select>
                <div class="fr-messages-group" id="share-target-messages" aria-live="polite">
                  @if (targetError(); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>
            }
            <div class="fr-input-group">
              <label class="fr-label" for="share-reason">
                Motif
                <span class="fr-hint-text">Inscrit au journal d’audit</span>
              </label>
              <input
                class="fr-input"
                id="share-reason"
                maxlength="1000"
                [value]="shareReason()"
                (input)="shareReason.set($any($event.target).value)"
              />
            </div>
            <button class="fr-btn fr-btn--sm" type="submit" [disabled]="busy()">Partager</button>
          </form>
        </cnt-disclosure>
      }

      @if (item.viewerCan.changeSensitivity) {
        <cnt-disclosure label="Changer le niveau de diffusion">
          <form novalidate (submit)="changeSensitivity($event)" aria-label="Changer le niveau de diffusion">
            <cnt-problem-alert [problem]="levelGeneral()" />
            <div class="fr-select-group" [class.fr-select-group--error]="levelError()">
              <label class="fr-label" for="sensitivity-level">Nouveau niveau *</label>
              <select
                class="fr-select"
                id="sensitivity-level"
                aria-describedby="sensitivity-level-messages"
                (change)="level.set($any($event.target).value)"
              >
                @for (option of levels; track option.value) {
                  <option [value]="option.value" [selected]="chosenLevel() === option.value">
                    {{ option.label }}
                  </option>
                }
              </select>
              <div class="fr-messages-group" id="sensitivity-level-messages" aria-live="polite">
                @if (levelError(); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>
            <div class="fr-input-group" [class.fr-input-group--error]="levelReasonError()">
              <label class="fr-label" for="sensitivity-reason">
                Motif{{ lowering() ? ' *' : '' }}
                <span class="fr-hint-text">{{
                  lowering()
                    ? 'Obligatoire pour abaisser le niveau ; inscrit au journal d’audit'
                    : 'Inscrit au journal d’audit'
                }}</span>
              </label>
              <textarea
                class="fr-input"
                id="sensitivity-reason"
                rows="2"
                maxlength="1000"
                aria-describedby="sensitivity-reason-messages"
                [attr.aria-invalid]="levelReasonError() ? true : null"
                [value]="levelReason()"
                (input)="levelReason.set($any($event.target).value)"
              ></textarea>
              <div class="fr-messages-group" id="sensitivity-reason-messages" aria-live="polite">
                @if (levelReasonError(); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>
            <button
              class="fr-btn fr-btn--sm fr-btn--secondary"
              type="submit"
              [disabled]="busy() || chosenLevel() === item.sensitivity"
            >
              Changer le niveau
            </button>
          </form>
        </cnt-disclosure>
      }
    </section>

    <cnt-dialog heading="Retirer le partage" [open]="withdrawing() !== null" (closed)="withdrawing.set(null)">
      <p>
        {{ withdrawing() ? shareName(withdrawing()!) : '' }} ne pourra plus lire ce dossier, sauf si elle y
        est impliquée autrement.
      </p>
      <cnt-problem-alert [problem]="withdrawProblem()" />
      <form novalidate (submit)="withdraw($event)" aria-label="Retirer le partage">
        <div class="fr-input-group">
          <label class="fr-label" for="unshare-reason">
            Motif
            <span class="fr-hint-text">Inscrit au journal d’audit</span>
          </label>
          <input
            class="fr-input"
            id="unshare-reason"
            maxlength="1000"
            [value]="withdrawReason()"
            (input)="withdrawReason.set($any($event.target).value)"
          />
        </div>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
          <li>
            <button class="fr-btn fr-btn--secondary" type="button" (click)="withdrawing.set(null)">
              Annuler
            </button>
          </li>
          <li><button class="fr-btn" type="submit" [disabled]="busy()">Retirer le partage</button></li>
        </ul>
      </form>
    </cnt-dialog>
  `,
  styles: `
    .cnt-share {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class CaseSharingComponent {
  private readonly organizationNames = inject(OrganizationNamesGQL);
  private readonly userNames = inject(UserNamesGQL);
  private readonly shareCase = inject(ShareCaseGQL);
  private readonly unshareCase = inject(UnshareCaseGQL);
  private readonly changeLevel = inject(ChangeCaseSensitivityGQL);

  readonly case = input.required<CaseDetail>();
  readonly changed = output<string>();

  protected readonly levels = SENSITIVITY_OPTIONS;
  protected readonly busy = signal(false);
  protected readonly red = computed(() => this.case().sensitivity === 'RED');

  // Sharing.
  protected readonly target = signal('');
  protected readonly shareReason = signal('');
  protected readonly shareProblem = signal<Problem | null>(null);
  protected readonly missingTarget = signal(false);
  protected readonly userSearch = signal('');
  private readonly userTerm = debounced(this.userSearch, 250);
  protected readonly targetError = computed(() => {
    if (this.missingTarget()) return this.red() ? 'Choisissez la personne.' : 'Choisissez l’organisation.';
    const fields = this.shareProblem()?.fields ?? {};
    return fields['organizationId'] ?? fields['userId'] ?? null;
  });
  protected readonly shareGeneral = computed(() => {
    const problem = this.shareProblem();
    return problem && !problem.fields['organizationId'] && !problem.fields['userId'] ? problem : null;
  });

  private readonly organizations = liveQuery(
    () => this.case().viewerCan.share && !this.red(),
    (load) =>
      load ? this.organizationNames.fetch().pipe(map((result) => result.data?.organizations ?? [])) : of([]),
  );
  protected readonly users = liveQuery(
    () => (this.red() ? this.userTerm().trim() : ''),
    (search) =>
      search.length >= 2
        ? this.userNames
            .fetch({ variables: { filter: { search } } })
            .pipe(map((result) => result.data?.users ?? []))
        : of([]),
  );
  /** Not the owner, not already shared with; no private partner on an AMBER+STRICT case (it could never read it). */
  protected readonly organizationChoices = computed(() => {
    const item = this.case();
    const taken = new Set([
      item.owner.id,
      ...item.shares.flatMap((share) => (share.organization ? [share.organization.id] : [])),
    ]);
    const strict = item.sensitivity === 'AMBER_STRICT';
    return (this.organizations.value() ?? [])
      .filter((org) => !taken.has(org.id) && (!strict || org.publicAuthority))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  });

  // Withdrawing a share.
  protected readonly withdrawing = signal<Share | null>(null);
  protected readonly withdrawReason = signal('');
  protected readonly withdrawProblem = signal<Problem | null>(null);

  // Sensitivity.
  protected readonly level = signal<string | null>(null);
  protected readonly chosenLevel = computed(() => this.level() ?? this.case().sensitivity);
  protected readonly levelReason = signal('');
  protected readonly levelProblem = signal<Problem | null>(null);
  protected readonly missingLevelReason = signal(false);
  protected readonly lowering = computed(() =>
    lowersSensitivity(this.case().sensitivity, this.chosenLevel()),
  );
  protected readonly levelError = computed(() => this.levelProblem()?.fields['sensitivity'] ?? null);
  protected readonly levelReasonError = computed(() =>
    this.missingLevelReason()
      ? 'Indiquez pourquoi vous abaissez le niveau de diffusion.'
      : (this.levelProblem()?.fields['reason'] ?? null),
  );
  protected readonly levelGeneral = computed(() => {
    const problem = this.levelProblem();
    return problem && !problem.fields['sensitivity'] && !problem.fields['reason'] ? problem : null;
  });

  protected label(sensitivity: string): string {
    return sensitivityLabel(sensitivity);
  }

  protected shareName(share: Share): string {
    if (share.organization) return share.organization.name;
    if (share.user) return `${share.user.fullName} (${share.user.organization.name})`;
    return 'Destinataire retiré';
  }

  protected async share(event: Event): Promise<void> {
    event.preventDefault();
    this.shareProblem.set(null);
    this.missingTarget.set(!this.target());
    if (this.missingTarget()) {
      document.getElementById('share-target')?.focus();
      return;
    }
    const target = this.target();
    const name = this.red()
      ? (this.users.value() ?? []).find((user) => user.id === target)?.fullName
      : this.organizationChoices().find((org) => org.id === target)?.name;
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.shareCase.mutate({
          variables: {
            id: this.case().id,
            organizationId: this.red() ? null : target,
            userId: this.red() ? target : null,
            reason: blankToNull(this.shareReason()),
          },
        }),
      );
      this.target.set('');
      this.shareReason.set('');
      this.changed.emit(`Dossier partagé avec ${name ?? 'le destinataire choisi'}.`);
    } catch (error) {
      this.shareProblem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected startWithdraw(share: Share): void {
    this.withdrawReason.set('');
    this.withdrawProblem.set(null);
    this.withdrawing.set(share);
  }

  protected async withdraw(event: Event): Promise<void> {
    event.preventDefault();
    const share = this.withdrawing();
    if (!share) return;
    this.busy.set(true);
    this.withdrawProblem.set(null);
    try {
      await firstValueFrom(
        this.unshareCase.mutate({
          variables: { shareId: share.id, reason: blankToNull(this.withdrawReason()) },
        }),
      );
      this.withdrawing.set(null);
      this.changed.emit(`Partage avec ${this.shareName(share)} retiré.`);
    } catch (error) {
      this.withdrawProblem.set(forControls(describeProblem(error)));
    } finally {
      this.busy.set(false);
    }
  }

  protected async changeSensitivity(event: Event): Promise<void> {
    event.preventDefault();
    this.levelProblem.set(null);
    const to = this.chosenLevel() as Sensitivity;
    this.missingLevelReason.set(this.lowering() && !this.levelReason().trim());
    if (this.missingLevelReason()) {
      document.getElementById('sensitivity-reason')?.focus();
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.changeLevel.mutate({
          variables: { id: this.case().id, sensitivity: to, reason: blankToNull(this.levelReason()) },
        }),
      );
      this.level.set(null);
      this.levelReason.set('');
      this.changed.emit(`Niveau de diffusion passé à ${sensitivityLabel(to)}.`);
    } catch (error) {
      this.levelProblem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
