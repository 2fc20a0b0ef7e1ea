import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CaseByReferenceGQL,
  describeProblem,
  forControls,
  LinkCasesGQL,
  Problem,
  UnlinkCasesGQL,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { SensitivityBadgeComponent, StatusBadgeComponent } from '../shared/case-badges.component';
import { DisclosureComponent } from '../shared/disclosure.component';
import { CaseDetail } from './case-section';

const REFERENCE = /^\d{2,3}-\d{4}-\d{6}$/;

/** Cases linked to this one that the viewer may read; the owner links another by its reference. */
@Component({
  selector: 'cnt-case-links',
  imports: [
    DisclosureComponent,
    RouterLink,
    ProblemAlertComponent,
    SensitivityBadgeComponent,
    StatusBadgeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = case();
    <section class="fr-mb-5w" aria-labelledby="links-title" data-testid="case-links">
      <h2 id="links-title" class="fr-h4">Dossiers liés</h2>
      <cnt-problem-alert [problem]="unlinkProblem()" />
      @for (linked of item.linkedCases; track linked.id) {
        <div class="cnt-linked">
          <p class="fr-text--xs fr-mb-0 cnt-muted">{{ linked.reference }}</p>
          <a class="fr-link fr-text--sm" [routerLink]="['/dossiers', linked.id]">{{ linked.title }}</a>
          <ul class="fr-badges-group fr-mt-1v">
            <li><cnt-status-badge [status]="linked.status" [small]="true" /></li>
            <li><cnt-sensitivity-badge [sensitivity]="linked.sensitivity" [small]="true" /></li>
          </ul>
          @if (item.viewerCan.update) {
            <button
              type="button"
              class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-icon-close-line fr-btn--icon-left"
              [disabled]="busy()"
              (click)="unlink(linked.id, linked.reference)"
            >
              Délier
            </button>
          }
        </div>
      } @empty {
        <p class="fr-text--sm">Aucun dossier lié.</p>
      }
      @if (item.viewerCan.update) {
        <cnt-disclosure label="Lier un dossier">
          <form novalidate (submit)="link($event)" aria-label="Lier un dossier">
            <div class="fr-input-group" [class.fr-input-group--error]="error()">
              <label class="fr-label" for="link-reference">
                Référence du dossier à lier
                <span class="fr-hint-text">Par exemple 45-2026-000123</span>
              </label>
              <input
                class="fr-input"
                id="link-reference"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="link-reference-messages"
                [attr.aria-invalid]="error() ? true : null"
                [value]="reference()"
                (input)="reference.set($any($event.target).value)"
              />
              <div class="fr-messages-group" id="link-reference-messages" aria-live="polite">
                @if (error(); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>
            <button class="fr-btn fr-btn--sm" type="submit" [disabled]="busy()">Lier</button>
          </form>
        </cnt-disclosure>
      }
    </section>
  `,
  styles: `
    .cnt-linked {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class CaseLinksComponent {
  private readonly byReference = inject(CaseByReferenceGQL);
  private readonly linkCases = inject(LinkCasesGQL);
  private readonly unlinkCases = inject(UnlinkCasesGQL);

  readonly case = input.required<CaseDetail>();
  readonly changed = output<string>();

  protected readonly reference = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly unlinkProblem = signal<Problem | null>(null);

  protected async link(event: Event): Promise<void> {
    event.preventDefault();
    const reference = this.reference().trim();
    this.error.set(null);
    if (!REFERENCE.test(reference)) {
      this.error.set('Saisissez une référence complète, par exemple 45-2026-000123.');
      return;
    }
    this.busy.set(true);
    try {
      const found = await firstValueFrom(
        this.byReference.fetch({ variables: { search: reference }, fetchPolicy: 'network-only' }),
      );
      const other = found.data?.cases.edges
        .map((edge) => edge.node)
        .find((node) => node.reference === reference);
      if (!other) {
        this.error.set(`Aucun dossier ${reference} parmi ceux que vous pouvez lire.`);
        return;
      }
      await firstValueFrom(
        this.linkCases.mutate({ variables: { id: this.case().id, otherCaseId: other.id } }),
      );
      this.reference.set('');
      this.changed.emit(`Dossier ${reference} lié.`);
    } catch (failure) {
      const problem = describeProblem(failure);
      this.error.set(problem.fields['otherCaseId'] ?? problem.message);
    } finally {
      this.busy.set(false);
    }
  }

  protected async unlink(otherCaseId: string, reference: string): Promise<void> {
    this.busy.set(true);
    this.unlinkProblem.set(null);
    try {
      await firstValueFrom(this.unlinkCases.mutate({ variables: { id: this.case().id, otherCaseId } }));
      this.changed.emit(`Dossier ${reference} délié.`);
    } catch (failure) {
      this.unlinkProblem.set(forControls(describeProblem(failure)));
    } finally {
      this.busy.set(false);
    }
  }
}
