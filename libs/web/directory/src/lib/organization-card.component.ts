import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { DirectoryQuery } from '@continuum/web/data-access';
import { plural, roleLabel } from '@continuum/web/ui';

export type DirectoryOrganization = DirectoryQuery['organizations'][number];

const SHOWN_COMMUNES = 6;

/** One organisation of the directory: who they are, where they act, how to reach their people. */
@Component({
  selector: 'cnt-organization-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let org = organization();
    <article class="cnt-org fr-p-3w" [attr.aria-labelledby]="'org-' + org.id" data-testid="organization">
      <p class="fr-text--xs fr-mb-1v cnt-org__type">{{ org.typeLabel }}</p>
      <div class="cnt-org__head">
        <h3 class="fr-h5 fr-mb-1v" [id]="'org-' + org.id">{{ org.name }}</h3>
        <ul class="fr-badges-group">
          @if (org.publicAuthority) {
            <li><p class="fr-badge fr-badge--sm fr-badge--blue-ecume">Autorité publique</p></li>
          } @else {
            <li><p class="fr-badge fr-badge--sm fr-badge--green-menthe">Partenaire</p></li>
          }
          @if (org.disabled) {
            <li><p class="fr-badge fr-badge--sm fr-badge--error">Désactivée</p></li>
          }
        </ul>
      </div>
      <p class="fr-text--sm fr-mb-1v">
        <span class="fr-icon-map-pin-2-line fr-icon--sm" aria-hidden="true"></span>
        @if (org.seat) {
          Siège : {{ org.seat.name }} ·
        }
        Compétence : {{ competence() }}
      </p>
      @if (org.email || org.phone) {
        <p class="fr-text--sm fr-mb-1v">
          @if (org.email) {
            <a class="fr-link fr-link--sm" [href]="'mailto:' + org.email">{{ org.email }}</a>
          }
          @if (org.email && org.phone) {
            ·
          }
          @if (org.phone) {
            <a class="fr-link fr-link--sm" [href]="'tel:' + org.phone">{{ org.phone }}</a>
          }
        </p>
      }
      <h4 class="fr-text--md fr-text--bold fr-mt-2w fr-mb-1v">{{ peopleTitle() }}</h4>
      @if (org.members.length > 0) {
        <ul class="cnt-org__people">
          @for (person of org.members; track person.id) {
            <li class="fr-text--sm fr-mb-1v" data-testid="person">
              <span class="fr-text--bold">{{ person.fullName }}</span>
              @if (person.title) {
                — {{ person.title }}
              }
              <span class="cnt-org__roles">({{ roles(person.roles) }})</span>
              <br />
              <a class="fr-link fr-link--sm" [href]="'mailto:' + person.email">{{ person.email }}</a>
              @if (person.phone) {
                · <a class="fr-link fr-link--sm" [href]="'tel:' + person.phone">{{ person.phone }}</a>
              }
            </li>
          }
        </ul>
      } @else {
        <p class="fr-text--sm fr-mb-0">Aucune personne inscrite pour l’instant.</p>
      }
    </article>
  `,
  styles: `
    .cnt-org {
      border: 1px solid var(--border-default-grey);
      border-bottom: 3px solid var(--border-plain-blue-france);
      height: 100%;
      background: var(--background-default-grey);
    }
    .cnt-org__type {
      text-transform: uppercase;
      letter-spacing: 0.04em;
      font-weight: 700;
      color: var(--text-mention-grey);
    }
    .cnt-org__head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: baseline;
      justify-content: space-between;
    }
    .cnt-org__people {
      list-style: none;
      padding-left: 0;
      margin: 0;
    }
    .cnt-org__roles {
      color: var(--text-mention-grey);
    }
  `,
})
export class OrganizationCardComponent {
  readonly organization = input.required<DirectoryOrganization>();

  protected readonly competence = computed(() => {
    const org = this.organization();
    if (org.wholeDepartement) return 'tout le département';
    const names = org.competenceCommunes.map((commune) => commune.name);
    if (names.length === 0) return 'non renseignée';
    const shown = names.slice(0, SHOWN_COMMUNES).join(', ');
    return names.length > SHOWN_COMMUNES
      ? `${shown} et ${plural(names.length - SHOWN_COMMUNES, 'autre commune', 'autres communes')}`
      : shown;
  });
  protected readonly peopleTitle = computed(() => {
    const count = this.organization().members.length;
    return count === 0 ? 'Personnes' : `Personnes (${count})`;
  });

  protected roles(roles: readonly string[]): string {
    return roles.map(roleLabel).join(', ');
  }
}
