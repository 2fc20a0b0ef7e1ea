import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ORGANIZATION_TYPES, OrganizationType } from '@continuum/domain';
import {
  CreateOperationGQL,
  describeProblem,
  liveQuery,
  OperationFormChoicesGQL,
  OperationGQL,
  Problem,
  Session,
  UpdateOperationGQL,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map, of } from 'rxjs';
import { KINDS, kindLabel } from '../shared/operation-labels';

/** Paris wall-clock « 2026-03-02T08:00 » for a datetime-local field, from an instant. */
function local(value: string | undefined): string {
  if (!value) return '';
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(value));
  return parts.replace(' ', 'T');
}

/** Creating an operation (`/operations/nouvelle`) or changing a planned one (`/operations/:id/modifier`). */
@Component({
  selector: 'cnt-operation-form-page',
  imports: [RouterLink, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/operations">Opérations coordonnées</a></li>
          <li>
            <a class="fr-breadcrumb__link" aria-current="page">{{
              id() ? 'Modifier' : 'Nouvelle opération'
            }}</a>
          </li>
        </ol>
      </nav>
      <h1>{{ id() ? 'Modifier l’opération' : 'Nouvelle opération coordonnée' }}</h1>
      @if (ready()) {
        @let op = existing.value();
        <form (submit)="save($event)" novalidate data-testid="operation-form">
          <div class="fr-input-group" [class.fr-input-group--error]="error('title')">
            <label class="fr-label" for="op-title">Intitulé</label>
            <input class="fr-input" id="op-title" name="title" [value]="op?.title ?? ''" required />
            @if (error('title'); as m) {
              <p class="fr-error-text">{{ m }}</p>
            }
          </div>
          <div class="fr-select-group">
            <label class="fr-label" for="op-kind">Type d’opération</label>
            <select class="fr-select" id="op-kind" name="kind">
              @for (k of kinds; track k) {
                <option [value]="k" [selected]="op?.kind === k">{{ kindText(k) }}</option>
              }
            </select>
          </div>
          <div class="fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-md-6 fr-input-group">
              <label class="fr-label" for="op-starts">Début</label>
              <input
                class="fr-input"
                type="datetime-local"
                id="op-starts"
                name="startsAt"
                [value]="startValue(op?.startsAt)"
              />
            </div>
            <div class="fr-col-12 fr-col-md-6 fr-input-group" [class.fr-input-group--error]="error('endsAt')">
              <label class="fr-label" for="op-ends">Fin</label>
              <input
                class="fr-input"
                type="datetime-local"
                id="op-ends"
                name="endsAt"
                [value]="startValue(op?.endsAt)"
              />
              @if (error('endsAt'); as m) {
                <p class="fr-error-text">{{ m }}</p>
              }
            </div>
          </div>
          <div class="fr-input-group" [class.fr-input-group--error]="error('communeCodes')">
            <label class="fr-label" for="op-communes">
              Communes
              <span class="fr-hint-text"
                >Codes INSEE séparés par des virgules, par exemple 45234 pour Orléans</span
              >
            </label>
            <input class="fr-input" id="op-communes" name="communes" [value]="communesOf(op)" />
            @if (error('communeCodes'); as m) {
              <p class="fr-error-text">{{ m }}</p>
            }
          </div>
          <fieldset class="fr-fieldset" aria-labelledby="op-participants-legend">
            <legend class="fr-fieldset__legend" id="op-participants-legend">
              Organisations participantes (la vôtre est incluse)
            </legend>
            @for (org of partners(); track org.id) {
              <div class="fr-fieldset__element fr-col-12 fr-col-md-6">
                <div class="fr-checkbox-group fr-checkbox-group--sm">
                  <input
                    type="checkbox"
                    name="participants"
                    [id]="'p-' + org.id"
                    [value]="org.id"
                    [checked]="isParticipant(op, org.id)"
                  />
                  <label class="fr-label" [for]="'p-' + org.id">{{ org.name }}</label>
                </div>
              </div>
            }
          </fieldset>
          <div class="fr-input-group">
            <label class="fr-label" for="op-description">Description</label>
            <textarea class="fr-input" id="op-description" name="description" rows="3">{{
              op?.description ?? ''
            }}</textarea>
          </div>
          <cnt-problem-alert [problem]="problem()" />
          <button class="fr-btn" type="submit" [disabled]="saving()">
            {{ id() ? 'Enregistrer' : 'Créer l’opération' }}
          </button>
        </form>
      } @else {
        <cnt-problem-alert [problem]="existing.problem()" />
        <p>Chargement…</p>
      }
    </div>
  `,
})
export class OperationFormPage {
  readonly id = input<string | undefined>(undefined);
  private readonly router = inject(Router);
  private readonly createMutation = inject(CreateOperationGQL);
  private readonly updateMutation = inject(UpdateOperationGQL);
  private readonly operationQuery = inject(OperationGQL);
  private readonly choicesQuery = inject(OperationFormChoicesGQL);
  private readonly myOrganization = inject(Session).user()?.organization.id;
  protected readonly kinds = KINDS;
  protected readonly problem = signal<Problem | null>(null);
  protected readonly saving = signal(false);
  protected readonly existing = liveQuery(
    () => this.id(),
    (id) =>
      id
        ? this.operationQuery
            .fetch({ variables: { id }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data?.operation ?? null))
        : of(null),
  );
  private readonly choices = liveQuery(
    () => null,
    () => this.choicesQuery.fetch().pipe(map((r) => r.data?.organizations ?? [])),
  );
  protected readonly partners = computed(() =>
    (this.choices.value() ?? []).filter(
      (org) =>
        org.id !== this.myOrganization && ORGANIZATION_TYPES[org.type as OrganizationType]?.publicAuthority,
    ),
  );
  protected readonly ready = computed(
    () => this.choices.value() !== undefined && (!this.id() || !!this.existing.value()),
  );

  protected kindText = kindLabel;
  protected startValue = local;
  protected error(field: string): string | null {
    return this.problem()?.fields[field] ?? null;
  }
  protected communesOf(op: { communes: { code: string }[] } | null | undefined): string {
    return op?.communes.map((c) => c.code).join(', ') ?? '';
  }
  protected isParticipant(op: { participants: { id: string }[] } | null | undefined, id: string): boolean {
    return op?.participants.some((p) => p.id === id) ?? false;
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const instant = (value: string) => (value ? new Date(value).toISOString() : '');
    const input = {
      title: text('title'),
      kind: text('kind') as never,
      description: text('description'),
      startsAt: instant(text('startsAt')),
      endsAt: instant(text('endsAt')),
      communeCodes: text('communes')
        .split(/[\s,;]+/)
        .filter(Boolean),
      participantOrganizationIds: [
        ...form.querySelectorAll<HTMLInputElement>('input[name=participants]:checked'),
      ].map((i) => i.value),
      caseIds: this.existing.value()?.linkedCases.map((c) => c.id) ?? [],
      objectiveLineageIds: this.existing.value()?.objectiveLineageIds ?? [],
    };
    this.saving.set(true);
    this.problem.set(null);
    try {
      const id = this.id();
      if (id) {
        await firstValueFrom(this.updateMutation.mutate({ variables: { id, input } }));
        await this.router.navigate(['/operations', id]);
      } else {
        const result = await firstValueFrom(this.createMutation.mutate({ variables: { input } }));
        await this.router.navigate(['/operations', result.data?.createOperation.id]);
      }
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.saving.set(false);
    }
  }
}
