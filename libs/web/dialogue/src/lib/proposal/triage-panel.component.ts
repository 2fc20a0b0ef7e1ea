import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  CASE_CATEGORIES,
  CaseCategory as DomainCategory,
  Sensitivity,
  SENSITIVITY_LABELS,
} from '@continuum/domain';
import {
  AnswerProposalGQL,
  CaseByReferenceGQL,
  CaseCategory,
  describeProblem,
  MergeProposalGQL,
  OpenCaseFromProposalGQL,
  Problem,
  ProposalDetailFragment,
  Sensitivity as ApiSensitivity,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';

type Choice = 'answer' | 'merge' | 'open';

/**
 * The triage of a released proposal: answer it, merge it into a case the triager may read (found
 * by reference or title), or open a case from it (the place comes with it, its text masked). The
 * server refuses what the triager may not do, and tells the loser of two triagers at once.
 */
@Component({
  selector: 'cnt-triage-panel',
  imports: [FormsModule, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mt-4w" aria-labelledby="triage-title">
      <h2 id="triage-title" class="fr-h4">Suite à donner</h2>
      <cnt-problem-alert [problem]="problem()" />
      <fieldset class="fr-fieldset" aria-labelledby="triage-choice-legend">
        <legend class="fr-fieldset__legend" id="triage-choice-legend">
          Que faire de cette proposition ?
        </legend>
        @for (option of choices; track option.value) {
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <div class="fr-radio-group">
              <input
                type="radio"
                name="triage-choice"
                [id]="'triage-' + option.value"
                [value]="option.value"
                [checked]="choice() === option.value"
                (change)="choice.set(option.value)"
              />
              <label class="fr-label" [for]="'triage-' + option.value">{{ option.label }}</label>
            </div>
          </div>
        }
      </fieldset>

      @if (choice() === 'merge') {
        <div class="fr-input-group">
          <label class="fr-label" for="triage-search">Dossier : référence ou mots du titre</label>
          <div class="fr-search-bar" role="search">
            <input
              class="fr-input"
              id="triage-search"
              type="search"
              [(ngModel)]="search"
              (keydown.enter)="find($event)"
            />
            <button class="fr-btn" type="button" (click)="find()">Chercher</button>
          </div>
        </div>
        @if (found().length) {
          <fieldset class="fr-fieldset" aria-labelledby="triage-cases-legend">
            <legend class="fr-fieldset__legend" id="triage-cases-legend">Dossiers trouvés</legend>
            @for (item of found(); track item.id) {
              <div class="fr-fieldset__element">
                <div class="fr-radio-group">
                  <input
                    type="radio"
                    name="triage-case"
                    [id]="'case-' + item.id"
                    [checked]="caseId() === item.id"
                    (change)="caseId.set(item.id)"
                  />
                  <label class="fr-label" [for]="'case-' + item.id"
                    >{{ item.reference }} — {{ item.title }}</label
                  >
                </div>
              </div>
            }
          </fieldset>
        } @else if (searched()) {
          <p class="fr-text--sm">Aucun dossier trouvé parmi ceux que vous pouvez lire.</p>
        }
      }
      @if (choice() === 'open') {
        <div class="fr-input-group">
          <label class="fr-label" for="triage-title-input">Titre du dossier</label>
          <input class="fr-input" id="triage-title-input" [(ngModel)]="title" />
        </div>
        <div class="fr-select-group">
          <label class="fr-label" for="triage-category">Catégorie du dossier</label>
          <select class="fr-select" id="triage-category" [(ngModel)]="category">
            @for (option of caseCategories; track option.value) {
              <option [value]="option.value">{{ option.label }}</option>
            }
          </select>
        </div>
        <div class="fr-select-group">
          <label class="fr-label" for="triage-sensitivity">Diffusion</label>
          <select class="fr-select" id="triage-sensitivity" [(ngModel)]="sensitivity">
            @for (option of sensitivities; track option.value) {
              <option [value]="option.value">{{ option.label }}</option>
            }
          </select>
        </div>
      }
      <div class="fr-input-group">
        <label class="fr-label" for="triage-message">
          {{ choice() === 'answer' ? 'Réponse à l’auteur' : 'Un mot à l’auteur (facultatif)' }}
          <span class="fr-hint-text"
            >Lue par l’auteur sur sa page de suivi, et par courriel s’il a laissé son adresse.</span
          >
        </label>
        <textarea class="fr-input" id="triage-message" rows="5" [(ngModel)]="message"></textarea>
      </div>
      <button class="fr-btn" type="button" [disabled]="busy()" (click)="send()">
        {{
          choice() === 'answer'
            ? 'Envoyer la réponse'
            : choice() === 'merge'
              ? 'Rattacher au dossier'
              : 'Ouvrir le dossier'
        }}
      </button>
    </section>
  `,
})
export class TriagePanelComponent {
  readonly proposal = input.required<ProposalDetailFragment>();
  readonly changed = output<ProposalDetailFragment>();

  private readonly answerGql = inject(AnswerProposalGQL);
  private readonly mergeGql = inject(MergeProposalGQL);
  private readonly openGql = inject(OpenCaseFromProposalGQL);
  private readonly casesGql = inject(CaseByReferenceGQL);

  protected readonly choices: { value: Choice; label: string }[] = [
    { value: 'answer', label: 'Répondre' },
    { value: 'merge', label: 'Rattacher à un dossier existant' },
    { value: 'open', label: 'Ouvrir un dossier' },
  ];
  protected readonly caseCategories = (Object.keys(CASE_CATEGORIES) as DomainCategory[]).map((value) => ({
    value,
    label: CASE_CATEGORIES[value].label,
  }));
  protected readonly sensitivities = [Sensitivity.GREEN, Sensitivity.AMBER, Sensitivity.AMBER_STRICT].map(
    (value) => ({
      value,
      label: SENSITIVITY_LABELS[value],
    }),
  );

  protected readonly choice = signal<Choice>('answer');
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly found = signal<{ id: string; reference: string; title: string }[]>([]);
  protected readonly searched = signal(false);
  protected readonly caseId = signal<string | null>(null);
  protected search = '';
  protected message = '';
  protected title = '';
  protected category: string = DomainCategory.NUISANCES_SONORES;
  protected sensitivity: string = Sensitivity.GREEN;

  protected async find(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.search.trim().length < 2) return;
    const result = await firstValueFrom(
      this.casesGql.fetch({ variables: { search: this.search.trim() }, fetchPolicy: 'network-only' }),
    ).catch((error: unknown) => {
      this.problem.set(describeProblem(error));
      return null;
    });
    this.found.set(result?.data?.cases.edges.map((edge) => edge.node) ?? []);
    this.searched.set(true);
    this.caseId.set(this.found()[0]?.id ?? null);
  }

  protected async send(): Promise<void> {
    const id = this.proposal().id;
    const message = this.message.trim() || null;
    this.busy.set(true);
    this.problem.set(null);
    try {
      if (this.choice() === 'answer') {
        const result = await firstValueFrom(
          this.answerGql.mutate({ variables: { id, answer: this.message } }),
        );
        this.changed.emit(result.data!.answerProposal);
      } else if (this.choice() === 'merge') {
        if (!this.caseId()) {
          this.problem.set({
            message: 'Cherchez puis choisissez le dossier auquel rattacher la proposition.',
            code: null,
            fields: {},
          });
          return;
        }
        const result = await firstValueFrom(
          this.mergeGql.mutate({ variables: { id, caseId: this.caseId()!, message } }),
        );
        this.changed.emit(result.data!.mergeProposal);
      } else {
        const input = {
          title: this.title,
          category: this.category as CaseCategory,
          sensitivity: this.sensitivity as ApiSensitivity,
        };
        const result = await firstValueFrom(this.openGql.mutate({ variables: { id, input, message } }));
        this.changed.emit(result.data!.openCaseFromProposal);
      }
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
