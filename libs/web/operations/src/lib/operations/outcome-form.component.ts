import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import {
  describeProblem,
  EnterOperationOutcomeGQL,
  OutcomeFieldsFragment,
  Problem,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';

interface SeizureRow {
  nature: string;
  quantity: string;
  unit: string;
}

/** My organisation's outcome of a done operation: entered, or changed from the version I read. */
@Component({
  selector: 'cnt-outcome-form',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="save($event)" data-testid="outcome-form" novalidate>
      <fieldset class="fr-fieldset">
        <legend class="fr-fieldset__legend">Bilan de mon organisation</legend>
        <div class="fr-fieldset__element">
          <div class="fr-grid-row fr-grid-row--gutters">
            @for (field of counts; track field.name) {
              <div class="fr-col-12 fr-col-sm-6 fr-col-lg-3">
                <div class="fr-input-group" [class.fr-input-group--error]="error(field.name)">
                  <label class="fr-label" [for]="'o-' + field.name">{{ field.label }}</label>
                  <input
                    class="fr-input"
                    type="number"
                    min="0"
                    [step]="field.step"
                    [id]="'o-' + field.name"
                    [name]="field.name"
                    [value]="initial(field.name)"
                    [attr.aria-describedby]="'o-' + field.name + '-error'"
                  />
                  @if (error(field.name); as message) {
                    <p class="fr-error-text" [id]="'o-' + field.name + '-error'">{{ message }}</p>
                  }
                </div>
              </div>
            }
          </div>
        </div>
      </fieldset>
      <fieldset class="fr-fieldset">
        <legend class="fr-fieldset__legend fr-text--md">Saisies</legend>
        @for (row of seizures(); track $index; let i = $index) {
          <div class="fr-fieldset__element fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-md-5 fr-input-group">
              <label class="fr-label" [for]="'s-nature-' + i">Nature</label>
              <input
                class="fr-input"
                [id]="'s-nature-' + i"
                [value]="row.nature"
                (input)="edit(i, 'nature', $event)"
              />
            </div>
            <div class="fr-col-6 fr-col-md-3 fr-input-group">
              <label class="fr-label" [for]="'s-qty-' + i">Quantité</label>
              <input
                class="fr-input"
                type="number"
                min="0"
                step="any"
                [id]="'s-qty-' + i"
                [value]="row.quantity"
                (input)="edit(i, 'quantity', $event)"
              />
            </div>
            <div class="fr-col-6 fr-col-md-2 fr-input-group">
              <label class="fr-label" [for]="'s-unit-' + i">Unité</label>
              <input
                class="fr-input"
                [id]="'s-unit-' + i"
                [value]="row.unit"
                (input)="edit(i, 'unit', $event)"
              />
            </div>
            <div class="fr-col-12 fr-col-md-2">
              <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-4w" (click)="remove(i)">
                Retirer
              </button>
            </div>
          </div>
        }
        <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm" (click)="add()">
          Ajouter une saisie
        </button>
      </fieldset>
      <div class="fr-input-group">
        <label class="fr-label" for="o-comment">Commentaire</label>
        <textarea class="fr-input" id="o-comment" name="comment" rows="2">{{
          mine()?.comment ?? ''
        }}</textarea>
      </div>
      <cnt-problem-alert [problem]="problem()" />
      <button class="fr-btn" type="submit" [disabled]="saving()">Enregistrer le bilan</button>
    </form>
  `,
})
export class OutcomeFormComponent {
  readonly operationId = input.required<string>();
  readonly mine = input<OutcomeFieldsFragment | null>(null);
  readonly saved = output<void>();
  private readonly mutation = inject(EnterOperationOutcomeGQL);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly saving = signal(false);
  protected readonly counts = [
    { name: 'interpellations', label: 'Interpellations', step: '1' },
    { name: 'verbalisations', label: 'Verbalisations', step: '1' },
    { name: 'fermeturesAdministratives', label: 'Fermetures administratives', step: '1' },
    { name: 'montantsRecouvres', label: 'Montants recouvrés (€)', step: '0.01' },
  ] as const;
  private readonly edited = signal<SeizureRow[] | null>(null);
  protected readonly seizures = computed<SeizureRow[]>(
    () =>
      this.edited() ??
      (this.mine()?.seizures ?? []).map((s) => ({
        nature: s.nature,
        quantity: String(s.quantity),
        unit: s.unit,
      })),
  );

  protected initial(name: (typeof this.counts)[number]['name']): number {
    return this.mine()?.[name] ?? 0;
  }
  protected error(field: string): string | null {
    return this.problem()?.fields[field] ?? null;
  }
  protected add(): void {
    this.edited.set([...this.seizures(), { nature: '', quantity: '', unit: 'kg' }]);
  }
  protected remove(index: number): void {
    this.edited.set(this.seizures().filter((_, i) => i !== index));
  }
  protected edit(index: number, key: keyof SeizureRow, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.edited.set(this.seizures().map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const number = (name: string) => Number((form.elements.namedItem(name) as HTMLInputElement).value || 0);
    this.saving.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.mutation.mutate({
          variables: {
            operationId: this.operationId(),
            input: {
              interpellations: number('interpellations'),
              verbalisations: number('verbalisations'),
              fermeturesAdministratives: number('fermeturesAdministratives'),
              montantsRecouvres: number('montantsRecouvres'),
              seizures: this.seizures()
                .filter((s) => s.nature.trim())
                .map((s) => ({ nature: s.nature, quantity: Number(s.quantity), unit: s.unit })),
              comment: (form.elements.namedItem('comment') as HTMLTextAreaElement).value,
              version: this.mine()?.version ?? null,
            },
          },
        }),
      );
      this.edited.set(null);
      this.saved.emit();
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.saving.set(false);
    }
  }
}
