import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { CASE_CATEGORIES, CASE_STATUS_LABELS, CaseCategory, CaseStatus } from '@continuum/domain';
import { liveQuery, SubjectAccessSearchGQL, SubjectAccessTerms } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent, SensitivityBadgeComponent } from '@continuum/web/ui';
import { map, of } from 'rxjs';
import { subjectAccessUrl } from './dpo-urls';

const PERSON_ROLES: Record<string, string> = {
  VICTIME: 'Victime',
  MIS_EN_CAUSE: 'Mis en cause',
  TEMOIN: 'Témoin',
  SIGNALANT: 'Signalant',
  AUTRE: 'Autre',
};

/**
 * « Accès d’une personne »: the DPO searches a person across every case (the server journals each
 * search), sees each case that records them, and exports the whole file as JSON or PDF.
 */
@Component({
  selector: 'cnt-subject-access',
  imports: [FormsModule, FrDatePipe, ProblemAlertComponent, SensitivityBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      Répondre à une demande d’accès (RGPD, article 15) : la recherche porte sur les personnes inscrites dans
      tous les dossiers, quel que soit leur niveau de diffusion. Chaque recherche et chaque export sont
      inscrits au journal.
    </p>
    <form class="fr-mb-3w" (ngSubmit)="search()" aria-label="Rechercher une personne">
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-5 fr-input-group">
          <label class="fr-label" for="subject-name"
            >Nom et prénom <span class="fr-hint-text">Accents et majuscules ignorés</span></label
          >
          <input
            class="fr-input"
            id="subject-name"
            name="fullName"
            required
            maxlength="200"
            autocomplete="off"
            [(ngModel)]="fullName"
          />
        </div>
        <div class="fr-col-12 fr-col-md-2 fr-input-group">
          <label class="fr-label" for="subject-year"
            >Année de naissance <span class="fr-hint-text">Facultative</span></label
          >
          <input
            class="fr-input"
            id="subject-year"
            name="birthYear"
            inputmode="numeric"
            pattern="[0-9]{4}"
            [(ngModel)]="birthYear"
          />
        </div>
        <div class="fr-col-12 fr-col-md-5 fr-input-group">
          <label class="fr-label" for="subject-address"
            >Adresse <span class="fr-hint-text">Facultative, une partie suffit</span></label
          >
          <input class="fr-input" id="subject-address" name="address" maxlength="300" [(ngModel)]="address" />
        </div>
      </div>
      <button class="fr-btn fr-mt-2w" type="submit">Rechercher</button>
    </form>
    <cnt-problem-alert [problem]="result.problem()" />
    @if (terms(); as searched) {
      @if (result.value(); as found) {
        <p role="status">
          {{ found.matches.length }} inscription{{ found.matches.length > 1 ? 's' : '' }} trouvée{{
            found.matches.length > 1 ? 's' : ''
          }}
          pour « {{ searched.fullName }} ».
          @if (found.truncated) {
            Liste limitée : préciser la recherche.
          }
        </p>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          <li>
            <a
              class="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left"
              [href]="url('json', searched)"
              download
              data-testid="export-json"
              >Exporter en JSON</a
            >
          </li>
          <li>
            <a
              class="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left"
              [href]="url('pdf', searched)"
              download
              >Exporter en PDF</a
            >
          </li>
        </ul>
        @for (match of found.matches; track match.personId) {
          <section
            class="fr-card fr-card--no-arrow fr-mb-2w"
            [attr.aria-labelledby]="'match-' + match.personId"
          >
            <div class="fr-card__body">
              <div class="fr-card__content">
                <h3 class="fr-card__title" [id]="'match-' + match.personId">
                  {{ match.reference }} — {{ match.title }}
                </h3>
                <div class="fr-card__desc">
                  <cnt-sensitivity-badge [sensitivity]="match.sensitivity" [small]="true" />
                  <dl class="cnt-person">
                    <dt>Catégorie</dt>
                    <dd>{{ category(match.category) }}</dd>
                    <dt>Statut</dt>
                    <dd>{{ status(match.status) }}</dd>
                    <dt>Rôle de la personne</dt>
                    <dd>{{ role(match.role) }}</dd>
                    <dt>Nom</dt>
                    <dd>{{ match.fullName }}</dd>
                    <dt>Année de naissance</dt>
                    <dd>{{ match.birthYear ?? '—' }}</dd>
                    <dt>Adresse</dt>
                    <dd>{{ match.address ?? '—' }}</dd>
                    <dt>Notes</dt>
                    <dd>{{ match.notes ?? '—' }}</dd>
                    <dt>Inscrite le</dt>
                    <dd>{{ match.recordedAt | frDate }}</dd>
                  </dl>
                </div>
              </div>
            </div>
          </section>
        }
      }
    }
  `,
  styles: `
    .cnt-person {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) 1fr;
      gap: 0.25rem 1rem;
      margin-top: 0.75rem;
    }
    .cnt-person dt {
      font-weight: 700;
    }
    @media (max-width: 36em) {
      .cnt-person {
        grid-template-columns: 1fr;
        gap: 0 1rem;
      }
      .cnt-person dd {
        margin-bottom: 0.5rem;
      }
    }
    .cnt-person dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
})
export class SubjectAccessComponent {
  private readonly query = inject(SubjectAccessSearchGQL);
  protected fullName = '';
  protected birthYear = '';
  protected address = '';
  protected readonly terms = signal<SubjectAccessTerms | null>(null);
  protected readonly result = liveQuery(
    () => this.terms(),
    (terms) =>
      terms
        ? this.query
            .fetch({ variables: { terms }, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.subjectAccessSearch))
        : of(undefined),
  );

  protected search(): void {
    const year = this.birthYear.trim();
    this.terms.set({
      fullName: this.fullName,
      // Not a whole number: sent as 0, which the server refuses naming the field (« année de naissance »).
      birthYear: year === '' ? null : /^\d{1,4}$/.test(year) ? Number(year) : 0,
      address: this.address.trim() || null,
    });
  }

  protected url(format: 'json' | 'pdf', terms: SubjectAccessTerms): string {
    return subjectAccessUrl(format, terms);
  }

  protected category(value: string): string {
    return CASE_CATEGORIES[value as CaseCategory]?.label ?? value;
  }

  protected status(value: string): string {
    return CASE_STATUS_LABELS[value as CaseStatus] ?? value;
  }

  protected role(value: string): string {
    return PERSON_ROLES[value] ?? value;
  }
}
