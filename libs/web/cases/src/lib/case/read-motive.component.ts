import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MAX_MOTIVE_DETAIL, READ_MOTIVE_LABELS, ReadMotive } from '@continuum/domain';
import { DeclareReadMotiveGQL, describeProblem, Problem } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';

/**
 * Before a case's persons are shown, the reader says why (SHARING.md: a motive from a closed list,
 * once per case and session, written in the journal beside each read).
 */
@Component({
  selector: 'cnt-read-motive',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form novalidate (submit)="give($event)" aria-labelledby="read-motive-legend" data-testid="read-motive">
      <cnt-problem-alert [problem]="general()" />
      <fieldset
        class="fr-fieldset"
        [class.fr-fieldset--error]="motiveError()"
        aria-labelledby="read-motive-legend read-motive-messages"
      >
        <legend class="fr-fieldset__legend" id="read-motive-legend">
          Motif de votre consultation *
          <span class="fr-hint-text">
            Les données nominatives ne s’affichent qu’une fois le motif donné ; il est inscrit au journal
            d’audit avec chaque lecture, et vaut pour ce dossier jusqu’à la fin de votre session.
          </span>
        </legend>
        @for (option of options; track option.value) {
          <div class="fr-fieldset__element">
            <div class="fr-radio-group">
              <input
                type="radio"
                name="read-motive"
                [id]="'read-motive-' + option.value"
                [value]="option.value"
                [checked]="motive() === option.value"
                (change)="motive.set(option.value)"
              />
              <label class="fr-label" [for]="'read-motive-' + option.value">{{ option.label }}</label>
            </div>
          </div>
        }
        <div class="fr-messages-group" id="read-motive-messages" aria-live="polite">
          @if (motiveError(); as message) {
            <p class="fr-message fr-message--error">{{ message }}</p>
          }
        </div>
      </fieldset>
      @if (motive() === 'OTHER') {
        <div class="fr-input-group" [class.fr-input-group--error]="detailError()">
          <label class="fr-label" for="read-motive-detail">Précisez le motif *</label>
          <input
            class="fr-input"
            id="read-motive-detail"
            [attr.maxlength]="maxDetail"
            [class.fr-input--error]="detailError()"
            [attr.aria-invalid]="detailError() ? true : null"
            aria-describedby="read-motive-detail-messages"
            [value]="detail()"
            (input)="detail.set($any($event.target).value)"
          />
          <div class="fr-messages-group" id="read-motive-detail-messages" aria-live="polite">
            @if (detailError(); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
      }
      <button class="fr-btn fr-btn--sm" type="submit" [disabled]="busy()">Afficher les personnes</button>
    </form>
  `,
})
export class ReadMotiveComponent {
  private readonly declare = inject(DeclareReadMotiveGQL);

  readonly caseId = input.required<string>();
  /** The motive was recorded: the page reads the case again, persons included. */
  readonly given = output<string>();

  protected readonly options = (Object.keys(READ_MOTIVE_LABELS) as ReadMotive[]).map((value) => ({
    value,
    label: READ_MOTIVE_LABELS[value],
  }));
  protected readonly maxDetail = MAX_MOTIVE_DETAIL;
  protected readonly motive = signal<ReadMotive | null>(null);
  protected readonly detail = signal('');
  protected readonly busy = signal(false);
  protected readonly motiveError = signal<string | null>(null);
  protected readonly detailError = signal<string | null>(null);
  protected readonly general = signal<Problem | null>(null);

  protected async give(event: Event): Promise<void> {
    event.preventDefault();
    const motive = this.motive();
    const detail = this.detail().trim();
    this.general.set(null);
    this.motiveError.set(motive ? null : 'Choisissez le motif de votre consultation.');
    this.detailError.set(motive === 'OTHER' && !detail ? 'Précisez le motif « Autre ».' : null);
    if (!motive || this.detailError()) {
      document
        .getElementById(motive ? 'read-motive-detail' : `read-motive-${this.options[0].value}`)
        ?.focus();
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.declare.mutate({
          variables: { caseId: this.caseId(), input: { motive, detail: motive === 'OTHER' ? detail : null } },
        }),
      );
      this.given.emit(`Motif inscrit au journal : ${READ_MOTIVE_LABELS[motive]}.`);
    } catch (error) {
      const problem = describeProblem(error);
      if (problem.fields['input.detail']) this.detailError.set(problem.fields['input.detail']);
      else this.general.set(problem);
    } finally {
      this.busy.set(false);
    }
  }
}
