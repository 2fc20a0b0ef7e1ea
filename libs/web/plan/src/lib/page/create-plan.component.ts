import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CreatePlanGQL, describeProblem, Session } from '@continuum/web/data-access';
import { FormState, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';

/** Opens the plan of a year (its first version, a draft), with its title — the cabinet's. */
@Component({
  selector: 'cnt-create-plan',
  imports: [ReactiveFormsModule, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      [formGroup]="form"
      novalidate
      (ngSubmit)="save()"
      aria-labelledby="create-plan-heading"
      class="cnt-panel fr-mb-4w"
      data-testid="create-plan"
    >
      <h2 class="fr-h5" id="create-plan-heading">Ouvrir le plan {{ year() }}</h2>
      <cnt-problem-alert [problem]="state.problem()" />
      <div class="fr-input-group" [class.fr-input-group--error]="state.error('title')">
        <label class="fr-label" for="create-plan-title">
          Titre du plan *
          <span class="fr-hint-text">De 3 à 200 caractères ; il figure en tête du document signé</span>
        </label>
        <input
          class="fr-input"
          id="create-plan-title"
          formControlName="title"
          [class.fr-input--error]="state.error('title')"
          aria-describedby="create-plan-title-messages"
          [attr.aria-invalid]="state.error('title') ? true : null"
        />
        <div class="fr-messages-group" id="create-plan-title-messages" aria-live="polite">
          @if (state.error('title') || state.error('year'); as message) {
            <p class="fr-message fr-message--error">{{ message }}</p>
          }
        </div>
      </div>
      <button class="fr-btn fr-icon-add-line fr-btn--icon-left" type="submit" [disabled]="state.busy()">
        Ouvrir le plan {{ year() }}
      </button>
    </form>
  `,
  styles: `
    .cnt-panel {
      padding: 1.5rem;
      background: var(--background-alt-grey);
    }
  `,
})
export class CreatePlanComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly createPlan = inject(CreatePlanGQL);
  private readonly session = inject(Session);

  readonly year = input.required<number>();
  /** The new version's id. */
  readonly created = output<string>();

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    year: [0],
  });
  protected readonly state = new FormState(
    this.form,
    { title: { what: 'le titre du plan' }, year: { what: 'l’année' } },
    'create-plan',
  );

  constructor() {
    effect(() => {
      const year = this.year();
      const departement = this.session.appInfo()?.departement.name;
      untracked(() =>
        this.form.reset({
          title: `Plan d’action départemental de restauration de la sécurité du quotidien${departement ? ` — ${departement}` : ''} ${year}`,
          year,
        }),
      );
    });
  }

  protected async save(): Promise<void> {
    if (!this.state.check()) return;
    this.state.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.createPlan.mutate({
          variables: { input: { year: this.year(), title: this.form.controls.title.value.trim() } },
        }),
      );
      const id = result.data?.createPlan.id;
      if (id) this.created.emit(id);
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }
}
