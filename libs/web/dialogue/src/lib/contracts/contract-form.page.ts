import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  ContractFormOptionsGQL,
  ContractGQL,
  ContractInput,
  ContractKind,
  ContractPartyRole,
  CreateContractGQL,
  describeProblem,
  liveQuery,
  Problem,
  Session,
  UpdateContractGQL,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map, of } from 'rxjs';
import { CONTRACT_KIND_OPTIONS, PARTY_ROLE_OPTIONS } from './contract-labels';

interface PartyRow {
  organizationId: string;
  role: ContractPartyRole;
}

/**
 * A contract's form (`/contrats/nouveau`, `/contrats/:id/modifier`): its kind and title, its communes
 * or EPCI, its parties (the State — the préfecture —, the commune or EPCI, other organisations of
 * the directory), its dates and its document. The server checks everything and names the field.
 */
@Component({
  selector: 'cnt-contract-form-page',
  imports: [FormsModule, RouterLink, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <p>
        <a
          class="fr-link fr-icon-arrow-left-line fr-link--icon-left"
          [routerLink]="id() ? ['/contrats', id()] : '/contrats'"
          >Retour</a
        >
      </p>
      <h1>{{ id() ? 'Modifier le contrat' : 'Nouveau contrat' }}</h1>
      <cnt-problem-alert [problem]="problem() ?? options.problem() ?? existing.problem()" />
      @if (options.value(); as opts) {
        <form (submit)="save($event)" data-testid="contract-form" class="fr-col-12 fr-col-md-8">
          <div class="fr-select-group">
            <label class="fr-label" for="contract-kind">Type de contrat</label>
            <select class="fr-select" id="contract-kind" name="kind" [(ngModel)]="kind">
              @for (option of kinds; track option.value) {
                <option [value]="option.value">{{ option.label }}</option>
              }
            </select>
          </div>
          <div class="fr-input-group" [class.fr-input-group--error]="error('title')">
            <label class="fr-label" for="contract-title">Intitulé</label>
            <input class="fr-input" id="contract-title" name="title" [(ngModel)]="title" />
            @if (error('title'); as message) {
              <p class="fr-error-text">{{ message }}</p>
            }
          </div>
          <div class="fr-select-group" [class.fr-select-group--error]="error('communeCodes')">
            <label class="fr-label" for="contract-commune"
              >Communes
              <span class="fr-hint-text"
                >Ajoutez-les une à une, ou choisissez un EPCI ci-dessous.</span
              ></label
            >
            <select
              class="fr-select"
              id="contract-commune"
              #communePick
              (change)="addCommune(communePick.value); communePick.value = ''"
            >
              <option value="">Ajouter une commune…</option>
              @for (commune of opts.communes; track commune.code) {
                <option [value]="commune.code">{{ commune.name }}</option>
              }
            </select>
            @if (error('communeCodes'); as message) {
              <p class="fr-error-text">{{ message }}</p>
            }
          </div>
          <ul class="fr-tags-group" aria-label="Communes choisies">
            @for (code of communeCodes(); track code) {
              <li>
                <button
                  type="button"
                  class="fr-tag fr-tag--dismiss"
                  [attr.aria-label]="'Retirer ' + communeName(code)"
                  (click)="removeCommune(code)"
                >
                  {{ communeName(code) }}
                </button>
              </li>
            }
          </ul>
          <div class="fr-select-group">
            <label class="fr-label" for="contract-epci">EPCI (facultatif)</label>
            <select class="fr-select" id="contract-epci" name="epci" [(ngModel)]="epciSiren">
              <option value="">Aucun</option>
              @for (epci of opts.epcis; track epci.siren) {
                <option [value]="epci.siren">{{ epci.name }}</option>
              }
            </select>
          </div>
          <fieldset
            class="fr-fieldset"
            aria-labelledby="parties-legend"
            [class.fr-fieldset--error]="error('parties')"
          >
            <legend class="fr-fieldset__legend" id="parties-legend">Parties</legend>
            @for (party of parties(); track $index; let i = $index) {
              <div class="fr-fieldset__element fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
                <div class="fr-col-12 fr-col-md-4 fr-select-group">
                  <label class="fr-label" [for]="'party-role-' + i">Qualité</label>
                  <select
                    class="fr-select"
                    [id]="'party-role-' + i"
                    [name]="'role' + i"
                    [(ngModel)]="party.role"
                  >
                    @for (option of roles; track option.value) {
                      <option [value]="option.value">{{ option.label }}</option>
                    }
                  </select>
                </div>
                <div class="fr-col-12 fr-col-md-6 fr-select-group">
                  <label class="fr-label" [for]="'party-org-' + i">Organisation</label>
                  <select
                    class="fr-select"
                    [id]="'party-org-' + i"
                    [name]="'org' + i"
                    [(ngModel)]="party.organizationId"
                  >
                    <option value="" disabled>Choisir dans l’annuaire</option>
                    @for (org of opts.organizations; track org.id) {
                      <option [value]="org.id">{{ org.name }}</option>
                    }
                  </select>
                </div>
                <div class="fr-col-12 fr-col-md-2">
                  <button
                    type="button"
                    class="fr-btn fr-btn--tertiary fr-btn--sm fr-mb-3v"
                    [attr.aria-label]="'Retirer la partie ' + (i + 1)"
                    (click)="removeParty(i)"
                  >
                    Retirer
                  </button>
                </div>
              </div>
            }
            @if (error('parties'); as message) {
              <p class="fr-error-text fr-fieldset__element">{{ message }}</p>
            }
            <div class="fr-fieldset__element">
              <button
                type="button"
                class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-add-line fr-btn--icon-left"
                (click)="addParty()"
              >
                Ajouter une partie
              </button>
            </div>
          </fieldset>
          <div class="fr-grid-row fr-grid-row--gutters">
            @for (field of dateFields; track field.key) {
              <div
                class="fr-col-12 fr-col-md-4 fr-input-group"
                [class.fr-input-group--error]="error(field.key)"
              >
                <label class="fr-label" [for]="'contract-' + field.key">{{ field.label }}</label>
                <input
                  class="fr-input"
                  type="date"
                  [id]="'contract-' + field.key"
                  [name]="field.key"
                  [(ngModel)]="dates[field.key]"
                />
                @if (error(field.key); as message) {
                  <p class="fr-error-text">{{ message }}</p>
                }
              </div>
            }
          </div>
          <div class="fr-input-group">
            <label class="fr-label" for="contract-reference"
              >Référence du document (délibération, n° d’enregistrement…)</label
            >
            <input
              class="fr-input"
              id="contract-reference"
              name="reference"
              [(ngModel)]="documentReference"
            />
          </div>
          <div class="fr-input-group">
            <label class="fr-label" for="contract-text">Texte du contrat (facultatif)</label>
            <textarea
              class="fr-input"
              id="contract-text"
              name="text"
              rows="8"
              [(ngModel)]="documentText"
            ></textarea>
          </div>
          <button class="fr-btn" type="submit" [disabled]="busy()">
            {{ id() ? 'Enregistrer' : 'Créer le contrat' }}
          </button>
        </form>
      } @else if (!options.problem()) {
        <p>Chargement…</p>
      }
    </div>
  `,
})
export class ContractFormPage {
  readonly id = input<string | undefined>(undefined);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly createGql = inject(CreateContractGQL);
  private readonly updateGql = inject(UpdateContractGQL);
  private readonly contractGql = inject(ContractGQL);
  private readonly optionsGql = inject(ContractFormOptionsGQL);

  protected readonly kinds = CONTRACT_KIND_OPTIONS;
  protected readonly roles = PARTY_ROLE_OPTIONS;
  protected readonly dateFields = [
    { key: 'signedOn', label: 'Signature' },
    { key: 'startsOn', label: 'Début' },
    { key: 'endsOn', label: 'Fin' },
  ] as const;
  protected readonly options = liveQuery(
    () => null,
    () => this.optionsGql.fetch().pipe(map((result) => result.data!)),
  );
  protected readonly existing = liveQuery(
    () => this.id(),
    (id) =>
      id
        ? this.contractGql
            .fetch({ variables: { id }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data!.contract))
        : of(null),
  );
  protected readonly communeCodes = signal<string[]>([]);
  protected readonly parties = signal<PartyRow[]>([]);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly names = computed(
    () => new Map((this.options.value()?.communes ?? []).map((commune) => [commune.code, commune.name])),
  );
  protected kind: ContractKind = 'CSI';
  protected title = '';
  protected epciSiren = '';
  protected dates: Record<'signedOn' | 'startsOn' | 'endsOn', string> = {
    signedOn: '',
    startsOn: '',
    endsOn: '',
  };
  protected documentReference = '';
  protected documentText = '';
  private updatedAt: string | null = null;

  constructor() {
    // A new contract starts with the State (the préfecture) and, for a mairie, itself.
    effect(() => {
      const opts = this.options.value();
      if (!opts || this.id() || this.parties().length) return;
      const prefecture = opts.organizations.find(
        (org) => org.type === 'PREFECTURE' && /cabinet/i.test(org.name),
      );
      const mine = this.session.user()?.organization;
      const rows: PartyRow[] = [{ organizationId: prefecture?.id ?? '', role: 'STATE' }];
      if (mine && mine.type !== 'PREFECTURE') rows.push({ organizationId: mine.id, role: 'TERRITORY' });
      else rows.push({ organizationId: '', role: 'TERRITORY' });
      this.parties.set(rows);
    });
    effect(() => {
      const contract = this.existing.value();
      if (!contract) return;
      this.kind = contract.kind;
      this.title = contract.title;
      this.epciSiren = contract.epci?.siren ?? '';
      this.communeCodes.set(contract.epci ? [] : contract.communes.map((commune) => commune.code));
      this.parties.set(
        contract.parties.map((party) => ({ organizationId: party.organizationId, role: party.role })),
      );
      this.dates = {
        signedOn: contract.signedOn ?? '',
        startsOn: contract.startsOn ?? '',
        endsOn: contract.endsOn ?? '',
      };
      this.documentReference = contract.documentReference ?? '';
      this.documentText = contract.documentText ?? '';
      this.updatedAt = contract.updatedAt;
    });
  }

  protected error(field: string): string | null {
    return this.problem()?.fields[field] ?? null;
  }
  protected communeName(code: string): string {
    return this.names().get(code) ?? code;
  }
  protected addCommune(code: string): void {
    if (code && !this.communeCodes().includes(code)) this.communeCodes.set([...this.communeCodes(), code]);
  }
  protected removeCommune(code: string): void {
    this.communeCodes.set(this.communeCodes().filter((item) => item !== code));
  }
  protected addParty(): void {
    this.parties.set([...this.parties(), { organizationId: '', role: 'PARTNER' }]);
  }
  protected removeParty(index: number): void {
    this.parties.set(this.parties().filter((_, i) => i !== index));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const input: ContractInput = {
      kind: this.kind,
      title: this.title,
      communeCodes: this.communeCodes(),
      epciSiren: this.epciSiren || null,
      parties: this.parties().filter((party) => party.organizationId),
      signedOn: this.dates.signedOn || null,
      startsOn: this.dates.startsOn || null,
      endsOn: this.dates.endsOn || null,
      documentReference: this.documentReference || null,
      documentText: this.documentText || null,
    };
    this.busy.set(true);
    this.problem.set(null);
    try {
      const id = this.id();
      const saved = id
        ? (
            await firstValueFrom(
              this.updateGql.mutate({ variables: { id, input, expectedUpdatedAt: this.updatedAt ?? '' } }),
            )
          ).data!.updateContract
        : (await firstValueFrom(this.createGql.mutate({ variables: { input } }))).data!.createContract;
      await this.router.navigate(['/contrats', saved.id]);
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
