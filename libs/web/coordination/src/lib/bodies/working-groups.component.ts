import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { Problem, Session, SignCharterGQL } from '@continuum/web/data-access';
import { formatDate, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { charterStatus } from '../shared/coordination-labels';
import { actionProblem } from '../shared/problem';
import { BodyDetail } from './body-section';

type Group = BodyDetail['workingGroups'][number];
type Member = Group['members'][number];

/**
 * The body's restricted working groups (article L132-5 CSI) with each member and where they stand
 * with the charter: only a member who signed its current version reads the group's RED cases.
 */
@Component({
  selector: 'cnt-working-groups',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w" aria-labelledby="groups-title" data-testid="working-groups">
      <h2 id="groups-title" class="fr-h4">Groupes de travail restreints</h2>
      <p class="fr-text--sm">
        Les faits et informations confidentiels échangés en groupe restreint ne peuvent être communiqués à des
        tiers (article L132-5 du code de la sécurité intérieure). Seuls les membres ayant signé la version en
        vigueur de la charte voient les dossiers confidentiels du groupe.
      </p>
      <cnt-problem-alert [problem]="problem()" />
      @for (group of body().workingGroups; track group.id) {
        <div class="cnt-group fr-mb-3w" data-testid="working-group">
          <h3 class="fr-h6 fr-mb-1w">
            Groupe « {{ group.name }} »
            <span class="fr-text--sm cnt-muted">— charte en vigueur : v{{ group.charterVersion }}</span>
          </h3>
          <ul class="cnt-members">
            @for (member of group.members; track member.user.id) {
              <li data-testid="working-group-member">
                <span class="fr-text--bold">{{ member.user.fullName }}</span>
                <span class="cnt-muted"> — {{ member.user.organization.name }}</span>
                <p
                  class="fr-badge fr-badge--sm fr-ml-1w"
                  [class]="member.charterCurrent ? 'fr-badge--success' : 'fr-badge--warning'"
                >
                  {{ charter(member, group.charterVersion) }}
                </p>
              </li>
            } @empty {
              <li>Aucun membre.</li>
            }
          </ul>
          @if (mustSign(group)) {
            <button
              type="button"
              class="fr-btn fr-btn--sm fr-icon-check-line fr-btn--icon-left"
              [disabled]="busy()"
              (click)="sign(group)"
            >
              Signer la charte (v{{ group.charterVersion }})
            </button>
          }
        </div>
      } @empty {
        <p>Cette instance n’a pas de groupe de travail restreint.</p>
      }
    </section>
  `,
  styles: `
    .cnt-group {
      padding: 1rem;
      background: var(--background-alt-grey);
    }
    .cnt-members {
      list-style: none;
      padding-left: 0;
    }
    .cnt-members li {
      padding: 0.25rem 0;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
      font-weight: 400;
    }
  `,
})
export class WorkingGroupsComponent {
  private readonly session = inject(Session);
  private readonly signCharter = inject(SignCharterGQL);

  readonly body = input.required<BodyDetail>();
  readonly changed = output<string>();

  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly userId = computed(() => this.session.user()?.id ?? null);

  protected charter(member: Member, version: string): string {
    return charterStatus(member, version, formatDate(member.charterSignedAt, 'date'));
  }

  /** I am a member who has not signed the version in force. */
  protected mustSign(group: Group): boolean {
    return group.members.some((member) => member.user.id === this.userId() && !member.charterCurrent);
  }

  protected async sign(group: Group): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.signCharter.mutate({
          variables: { workingGroupId: group.id, version: group.charterVersion },
        }),
      );
      this.changed.emit(`Charte v${group.charterVersion} du groupe « ${group.name} » signée.`);
    } catch (error) {
      this.problem.set(actionProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
