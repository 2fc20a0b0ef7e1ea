import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Problem, RetryConvocationGQL } from '@continuum/web/data-access';
import { formatDate, formatTime, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { mailBadge, mailBadgeText, mailDetail } from '../shared/coordination-labels';
import { actionProblem } from '../shared/problem';
import { ConvocationMail } from './meeting-section';

/**
 * The convocation sent to each person and how its delivery goes: sent, waiting for another attempt
 * (when), or failed (why) — a failed one can be sent again.
 */
@Component({
  selector: 'cnt-convocation-mails',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w" aria-labelledby="mails-title" data-testid="convocation-mails">
      <div class="cnt-head">
        <h2 id="mails-title" class="fr-h4 fr-mb-1w">Convocations</h2>
        <button
          type="button"
          class="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-refresh-line fr-btn--icon-left"
          (click)="refresh.emit()"
        >
          Actualiser
        </button>
      </div>
      <cnt-problem-alert [problem]="problem()" />
      <div class="fr-table fr-table--sm fr-table--no-caption">
        <div class="fr-table__wrapper">
          <!-- Scrolls sideways on a phone: reachable from the keyboard, and named. -->
          <div
            class="fr-table__container"
            tabindex="0"
            role="region"
            aria-label="Acheminement des convocations"
          >
            <div class="fr-table__content">
              <table>
                <caption>
                  Acheminement des convocations
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Destinataire</th>
                    <th scope="col">État</th>
                    <th scope="col">Essais</th>
                    <th scope="col"><span class="fr-sr-only">Action</span></th>
                  </tr>
                </thead>
                <tbody>
                  @for (mail of mails(); track mail.id) {
                    <tr data-testid="convocation-mail" [attr.data-status]="mail.status">
                      <th scope="row">
                        {{ mail.toName ?? mail.toAddress }}
                        <br /><span class="fr-text--xs cnt-muted">{{ mail.toAddress }}</span>
                      </th>
                      <td>
                        <p class="fr-badge fr-badge--sm fr-mb-1v" [class]="badge(mail.status)">
                          {{ badgeText(mail.status) }}
                        </p>
                        <br /><span class="fr-text--sm" data-testid="mail-detail">{{ detail(mail) }}</span>
                      </td>
                      <td>{{ mail.attempts }}</td>
                      <td>
                        @if (mail.status === 'FAILED') {
                          <button
                            type="button"
                            class="fr-btn fr-btn--sm fr-btn--secondary"
                            [disabled]="busy()"
                            [attr.aria-label]="'Renvoyer la convocation à ' + (mail.toName ?? mail.toAddress)"
                            (click)="retry(mail)"
                          >
                            Renvoyer
                          </button>
                        }
                      </td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="4">Aucune convocation n’a encore été écrite.</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </section>
  `,
  styles: `
    .cnt-head {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      justify-content: space-between;
      align-items: baseline;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class ConvocationMailsComponent {
  private readonly retryConvocation = inject(RetryConvocationGQL);

  readonly mails = input.required<readonly ConvocationMail[]>();
  readonly changed = output<string>();
  readonly refresh = output<void>();

  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected detail(mail: ConvocationMail): string {
    return mailDetail(mail, formatDate(mail.sentAt), formatTime(mail.nextAttemptAt));
  }

  protected badge(status: string): string {
    return mailBadge(status);
  }

  protected badgeText(status: string): string {
    return mailBadgeText(status);
  }

  protected async retry(mail: ConvocationMail): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.retryConvocation.mutate({ variables: { mailId: mail.id } }));
      this.changed.emit(`Convocation renvoyée à ${mail.toName ?? mail.toAddress}.`);
    } catch (error) {
      this.problem.set(actionProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
