import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { liveQuery, ManagedOrganizationsGQL, Session } from '@continuum/web/data-access';
import { debounced, plural, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { Flash } from '../flash';

/** Organisations, disabled ones included; editing follows the rules (admin, or own organisation). */
@Component({
  selector: 'cnt-organizations-page',
  imports: [RouterLink, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cnt-title-row">
      <h1>Organisations</h1>
      @if (canCreate()) {
        <a class="fr-btn fr-icon-add-line fr-btn--icon-left" routerLink="nouvelle">Créer une organisation</a>
      }
    </div>
    @if (flash) {
      <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
        <p>{{ flash }}</p>
      </div>
    }
    <form class="fr-grid-row fr-grid-row--gutters fr-mb-2w" role="search" (submit)="$event.preventDefault()">
      <div class="fr-col-12 fr-col-md-6">
        <div class="fr-input-group fr-mb-0">
          <label class="fr-label" for="organizations-search">Rechercher une organisation</label>
          <input
            class="fr-input"
            id="organizations-search"
            type="search"
            autocomplete="off"
            [value]="search()"
            (input)="search.set($any($event.target).value)"
          />
        </div>
      </div>
    </form>

    <cnt-problem-alert [problem]="organizations.problem()" />
    <p class="fr-text--sm" role="status" aria-live="polite">{{ count() }}</p>

    @if (organizations.value(); as list) {
      <div class="fr-table fr-table--sm fr-table--no-caption">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table data-testid="organizations-table">
                <caption>
                  Organisations
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Type</th>
                    <th scope="col">Siège</th>
                    <th scope="col">Compétence</th>
                    <th scope="col">État</th>
                  </tr>
                </thead>
                <tbody>
                  @for (org of list; track org.id) {
                    <tr>
                      <th scope="row">
                        @if (canUpdate(org.id)) {
                          <a class="fr-link" [routerLink]="org.id">{{ org.name }}</a>
                        } @else {
                          {{ org.name }}
                        }
                      </th>
                      <td>{{ org.typeLabel }}</td>
                      <td>{{ org.seat?.name ?? '—' }}</td>
                      <td>{{ competence(org.wholeDepartement, org.competenceCommunes.length) }}</td>
                      <td>
                        @if (org.disabled) {
                          <p class="fr-badge fr-badge--sm fr-badge--error">Désactivée</p>
                        } @else {
                          <p class="fr-badge fr-badge--sm fr-badge--success">Active</p>
                        }
                      </td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="5">Aucune organisation ne correspond à cette recherche.</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    }
  `,
  styles: `
    .cnt-title-row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      justify-content: space-between;
      align-items: baseline;
    }
  `,
})
export class OrganizationsPage {
  private readonly session = inject(Session);
  private readonly organizationsQuery = inject(ManagedOrganizationsGQL);
  protected readonly flash = inject(Flash).take();

  protected readonly search = signal('');
  private readonly searchTerm = debounced(this.search, 250);

  protected readonly organizations = liveQuery(
    () => this.searchTerm().trim() || null,
    (search) =>
      this.organizationsQuery
        .fetch({ variables: { filter: { search, includeDisabled: true } }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.organizations ?? [])),
  );
  protected readonly count = computed(() => {
    const list = this.organizations.value();
    return list ? plural(list.length, 'organisation', 'organisations', 'Aucune organisation') : 'Chargement…';
  });
  protected readonly canCreate = computed(() => this.session.can('create', 'Organization'));

  protected canUpdate(id: string): boolean {
    return this.session.can('update', { __typename: 'Organization', id });
  }

  protected competence(whole: boolean, communes: number): string {
    return whole ? 'Tout le département' : plural(communes, 'commune', 'communes', 'Non renseignée');
  }
}
