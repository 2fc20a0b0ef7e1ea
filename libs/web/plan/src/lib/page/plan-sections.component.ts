import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { PlanSection } from '@continuum/domain/plan';
import { describeProblem, type PlanTextsInput, UpdatePlanTextsGQL } from '@continuum/web/data-access';
import { FormState, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import type { PlanDetail } from '../shared/plan-types';
import { DiagnosticSnapshotComponent } from './diagnostic-snapshot.component';

type TextKey = 'diagnostic' | 'results' | 'modesOfAction' | 'continuum' | 'dialogue';

/** Each section's field in `PlanTextsInput`. */
const KEYS: Record<PlanSection, TextKey> = {
  [PlanSection.DIAGNOSTIC]: 'diagnostic',
  [PlanSection.RESULTS]: 'results',
  [PlanSection.MODES_OF_ACTION]: 'modesOfAction',
  [PlanSection.CONTINUUM]: 'continuum',
  [PlanSection.DIALOGUE]: 'dialogue',
};
const TEXT_MAX = 20_000;

/**
 * The five sections' texts (the diagnostic's figures under the first). On a draft the cabinet edits
 * the title and the five texts and saves them at once, sending the version it read: when someone
 * saved in between, the refusal shows beside the button, the focus on it, the texts typed kept.
 */
@Component({
  selector: 'cnt-plan-sections',
  imports: [ReactiveFormsModule, ProblemAlertComponent, DiagnosticSnapshotComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="plan-texts-title" class="fr-mb-6w" data-testid="plan-sections">
      <h2 id="plan-texts-title" class="fr-h3">Le plan</h2>
      @if (editable()) {
        <form [formGroup]="form" novalidate (ngSubmit)="save()" aria-label="Textes du plan">
          <div class="fr-input-group" [class.fr-input-group--error]="state.error('title')">
            <label class="fr-label" for="plan-text-title">Titre du plan *</label>
            <input
              class="fr-input"
              id="plan-text-title"
              formControlName="title"
              [class.fr-input--error]="state.error('title')"
              aria-describedby="plan-text-title-messages"
            />
            <div class="fr-messages-group" id="plan-text-title-messages" aria-live="polite">
              @if (state.error('title'); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
          @for (section of plan().sections; track section.section) {
            <div class="fr-input-group" [class.fr-input-group--error]="state.error(key(section.section))">
              <label class="fr-label fr-h5 fr-mb-1w" [for]="'plan-text-' + key(section.section)">
                {{ section.label }}
              </label>
              <textarea
                class="fr-input"
                rows="6"
                [id]="'plan-text-' + key(section.section)"
                [formControlName]="key(section.section)"
                [class.fr-input--error]="state.error(key(section.section))"
                [attr.aria-describedby]="'plan-text-' + key(section.section) + '-messages'"
              ></textarea>
              <div
                class="fr-messages-group"
                [id]="'plan-text-' + key(section.section) + '-messages'"
                aria-live="polite"
              >
                @if (state.error(key(section.section)); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>
            @if (section.section === 'DIAGNOSTIC' && plan().diagnosticSnapshot; as snapshot) {
              <cnt-diagnostic-snapshot [snapshot]="snapshot" [frozen]="false" />
            }
          }
          <div #problemBox tabindex="-1" class="cnt-problem-box">
            <cnt-problem-alert [problem]="state.problem()" />
            @if (conflict()) {
              <ul
                class="fr-btns-group fr-btns-group--sm fr-btns-group--inline-md"
                data-testid="plan-texts-conflict"
              >
                <li>
                  <button class="fr-btn fr-btn--secondary" type="button" (click)="overwrite()">
                    Enregistrer mes textes à la place
                  </button>
                </li>
                <li>
                  <button class="fr-btn fr-btn--tertiary" type="button" (click)="takeSaved()">
                    Abandonner mes modifications
                  </button>
                </li>
              </ul>
            }
          </div>
          <button class="fr-btn fr-icon-check-line fr-btn--icon-left" type="submit" [disabled]="state.busy()">
            Enregistrer les textes
          </button>
        </form>
      } @else {
        @for (section of plan().sections; track section.section) {
          <h3 class="fr-h5 fr-mt-4w">{{ section.label }}</h3>
          @if (section.text) {
            <p class="cnt-text">{{ section.text }}</p>
          } @else {
            <p class="cnt-muted">Partie non rédigée.</p>
          }
          @if (section.section === 'DIAGNOSTIC' && plan().diagnosticSnapshot; as snapshot) {
            <cnt-diagnostic-snapshot [snapshot]="snapshot" [frozen]="plan().status === 'ADOPTED'" />
          }
        }
      }
    </section>
  `,
  styles: `
    .cnt-text {
      white-space: pre-line;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-problem-box:focus {
      outline-offset: 4px;
    }
  `,
})
export class PlanSectionsComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly updateTexts = inject(UpdatePlanTextsGQL);

  readonly plan = input.required<PlanDetail>();
  readonly editable = input(false);
  readonly saved = output<string>();
  /** The texts were saved by someone else meanwhile: the page reads the plan again (the form keeps its texts). */
  readonly stale = output<void>();

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    diagnostic: ['', [Validators.maxLength(TEXT_MAX)]],
    results: ['', [Validators.maxLength(TEXT_MAX)]],
    modesOfAction: ['', [Validators.maxLength(TEXT_MAX)]],
    continuum: ['', [Validators.maxLength(TEXT_MAX)]],
    dialogue: ['', [Validators.maxLength(TEXT_MAX)]],
  });
  protected readonly state = new FormState(
    this.form,
    {
      title: { what: 'le titre du plan' },
      diagnostic: { what: 'le diagnostic' },
      results: { what: 'les résultats recherchés' },
      modesOfAction: { what: 'les modes d’action' },
      continuum: { what: 'la mobilisation du continuum' },
      dialogue: { what: 'le dialogue' },
    },
    'plan-text',
  );
  /** Someone saved the texts since they were read: the user chooses what to keep. */
  protected readonly conflict = signal(false);
  /** The version the texts being edited were read at. */
  private readUpdatedAt = '';
  private readPlanId = '';
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');

  constructor() {
    // The texts typed are never replaced behind the user's back: only a new plan, or untouched fields.
    effect(() => {
      const plan = this.plan();
      untracked(() => {
        if (plan.id !== this.readPlanId || this.form.pristine) this.fill(plan);
      });
    });
  }

  protected key(section: string): TextKey {
    return KEYS[section as PlanSection];
  }

  protected async save(): Promise<void> {
    this.conflict.set(false);
    if (!this.state.check()) return;
    // Only what the user changed: saving over a concurrent save keeps the other sections' new texts.
    const value = this.form.getRawValue();
    const input: PlanTextsInput = Object.fromEntries(
      (Object.keys(value) as (keyof typeof value)[])
        .filter((name) => this.form.controls[name].dirty)
        .map((name) => [name, name === 'title' ? value.title.trim() : value[name]]),
    );
    this.state.busy.set(true);
    try {
      await firstValueFrom(
        this.updateTexts.mutate({
          variables: { id: this.plan().id, input, expectedUpdatedAt: this.readUpdatedAt },
        }),
      );
      this.form.markAsPristine();
      this.state.submitted.set(false);
      this.saved.emit('Textes du plan enregistrés.');
    } catch (error) {
      const problem = describeProblem(error);
      const stale = 'expectedUpdatedAt' in problem.fields;
      this.conflict.set(stale);
      if (stale) this.stale.emit();
      this.state.refused(stale ? { ...problem, message: problem.fields['expectedUpdatedAt'] } : problem);
      if (!Object.keys(this.form.controls).some((name) => this.form.get(name)?.invalid))
        setTimeout(() => this.problemBox()?.nativeElement.focus());
    } finally {
      this.state.busy.set(false);
    }
  }

  /** After a conflict, by choice: the user's texts replace those saved meanwhile (read again since). */
  protected overwrite(): Promise<void> {
    this.readUpdatedAt = this.plan().updatedAt;
    return this.save();
  }

  /** After a conflict, by choice: the texts saved by the other person replace the user's. */
  protected takeSaved(): void {
    this.conflict.set(false);
    this.state.problem.set(null);
    this.fill(this.plan());
  }

  private fill(plan: PlanDetail): void {
    const texts = Object.fromEntries(
      plan.sections.map((section) => [this.key(section.section), section.text]),
    ) as Record<TextKey, string>;
    this.form.reset({ title: plan.title, ...texts });
    this.readUpdatedAt = plan.updatedAt;
    this.readPlanId = plan.id;
  }
}
