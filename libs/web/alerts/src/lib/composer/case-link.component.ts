import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { CaseByReferenceGQL, liveQuery } from '@continuum/web/data-access';
import { debounced } from '@continuum/web/ui';
import { map, of } from 'rxjs';

export interface LinkedCase {
  id: string;
  reference: string;
  title: string;
}

/**
 * The case an alert is about, found by its reference or words of its title among the cases I may
 * read. Recipients who may not read it receive the alert without it.
 */
@Component({
  selector: 'cnt-case-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (linked(); as chosen) {
      <p class="fr-label fr-mb-1v">Dossier lié</p>
      <p class="fr-mb-1w" data-testid="linked-case">
        <span class="fr-text--bold">{{ chosen.reference }}</span> — {{ chosen.title }}
      </p>
      <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm" (click)="changed.emit(null)">
        Retirer le dossier lié
      </button>
    } @else {
      <div class="fr-input-group fr-mb-1w">
        <label class="fr-label" for="composer-case">
          Dossier lié (facultatif)
          <span class="fr-hint-text"
            >Référence (45-2026-000123) ou mots du titre ; seuls les destinataires qui peuvent lire le dossier
            le verront.</span
          >
        </label>
        <input
          class="fr-input"
          id="composer-case"
          type="search"
          autocomplete="off"
          [value]="search()"
          (input)="search.set($any($event.target).value)"
        />
      </div>
      @if (results.value(); as found) {
        @if (found.length > 0) {
          <ul class="fr-btns-group fr-btns-group--sm fr-btns-group--icon-left" aria-label="Dossiers trouvés">
            @for (item of found; track item.id) {
              <li>
                <button
                  type="button"
                  class="fr-btn fr-btn--tertiary fr-icon-add-line cnt-case-choice"
                  (click)="choose(item)"
                >
                  {{ item.reference }} — {{ item.title }}
                </button>
              </li>
            }
          </ul>
        } @else if (term().length >= 3) {
          <p class="fr-text--sm" role="status">Aucun dossier ne correspond.</p>
        }
      }
    }
  `,
  styles: `
    .cnt-case-choice {
      text-align: left;
      justify-content: flex-start;
    }
  `,
})
export class CaseLinkComponent {
  private readonly casesQuery = inject(CaseByReferenceGQL);

  readonly linked = input<LinkedCase | null>(null);
  readonly changed = output<LinkedCase | null>();

  protected readonly search = signal('');
  protected readonly term = debounced(this.search, 300);
  protected readonly results = liveQuery(
    () => this.term().trim(),
    (term) =>
      term.length < 3
        ? of([])
        : this.casesQuery
            .fetch({ variables: { search: term } })
            .pipe(map((result) => (result.data?.cases.edges ?? []).map((edge) => edge.node))),
  );

  protected choose(item: LinkedCase): void {
    this.search.set('');
    this.changed.emit({ id: item.id, reference: item.reference, title: item.title });
  }
}
