import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { ApproveMinutesGQL, Problem } from '@continuum/web/data-access';
import { DialogComponent, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { actionProblem } from '../shared/problem';
import { Meeting } from './meeting-section';

/**
 * The last step of a meeting, visible once it is held: the minutes are submitted (the secretary
 * sees who approves them), approved by whoever the policy names (`canApprove`: the chair other
 * than the secretary; for a restricted group, a member who signed its charter, other than the
 * secretary), then circulated — each person convened receives a mail with the link.
 */
@Component({
  selector: 'cnt-minutes-approval',
  imports: [DialogComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (meeting().status === 'HELD') {
      <section class="fr-callout fr-mb-6w" aria-labelledby="approve-title" data-testid="approve">
        <h2 id="approve-title" class="fr-callout__title fr-h5">Approbation du compte rendu</h2>
        <ol class="cnt-steps fr-text--sm">
          <li>Le secrétariat rédige le compte rendu : synthèse, présences, notes et décisions.</li>
          <li data-testid="approvers">
            Il est approuvé par
            @if (approvers(); as names) {
              {{ names }}.
            } @else {
              personne pour l’instant : aucune personne ne remplit la règle d’approbation.
            }
            {{ rule() }}
          </li>
          <li>
            Une fois approuvé, il est figé et diffusé : chaque personne convoquée reçoit un courriel avec le
            lien vers la séance, où elle le lit et le télécharge.
          </li>
        </ol>
        @if (meeting().canApprove) {
          <button type="button" class="fr-btn" data-testid="approve-open" (click)="open()">
            Approuver le compte rendu
          </button>
        } @else if (meeting().canPrepare) {
          <p class="fr-callout__text fr-text--sm fr-mb-0">
            Prévenez l’une de ces personnes quand le compte rendu est prêt : elle l’approuve depuis cette
            page.
          </p>
        }
      </section>
      <cnt-dialog heading="Approuver le compte rendu" [open]="asking()" (closed)="asking.set(false)">
        <div #problemBox tabindex="-1" class="cnt-focus-target">
          <cnt-problem-alert [problem]="problem()" />
        </div>
        <p>Une fois approuvé, le compte rendu est figé : notes, décisions et présences ne changent plus.</p>
        <p>Chaque personne convoquée en est prévenue par courriel.</p>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
          <li>
            <button class="fr-btn fr-btn--secondary" type="button" (click)="asking.set(false)">
              Annuler
            </button>
          </li>
          <li>
            <button class="fr-btn" type="button" [disabled]="busy()" (click)="approve()">
              Approuver et diffuser
            </button>
          </li>
        </ul>
      </cnt-dialog>
    }
  `,
  styles: `
    .cnt-steps {
      padding-left: 1.25rem;
    }
    .cnt-focus-target:focus {
      outline: none;
    }
  `,
})
export class MinutesApprovalComponent {
  private readonly approveMinutes = inject(ApproveMinutesGQL);

  readonly meeting = input.required<Meeting>();
  readonly changed = output<string>();

  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  protected readonly asking = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected readonly approvers = computed(() =>
    this.meeting()
      .minutesApprovers.map((user) => `${user.fullName} (${user.organization.name})`)
      .join(', '),
  );
  protected readonly rule = computed(() =>
    this.meeting().workingGroup
      ? 'Un groupe restreint approuve son compte rendu : un membre signataire de la charte, autre que le secrétariat.'
      : 'La présidence de l’instance l’approuve, hors secrétariat.',
  );

  protected open(): void {
    this.problem.set(null);
    this.asking.set(true);
  }

  protected async approve(): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.approveMinutes.mutate({ variables: { id: this.meeting().id } }));
      this.asking.set(false);
      this.changed.emit(
        'Compte rendu approuvé : la séance est figée, et chaque personne convoquée en est prévenue.',
      );
    } catch (error) {
      this.problem.set(actionProblem(error));
      setTimeout(() => this.problemBox()?.nativeElement.focus());
    } finally {
      this.busy.set(false);
    }
  }
}
