import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  DEFAULT_SURVEY_QUESTIONS,
  ORGANIZATION_TYPES,
  OrganizationType as DomainType,
} from '@continuum/domain';
import {
  CreateSurveyWaveGQL,
  describeProblem,
  liveQuery,
  OrganizationType,
  Problem,
  SurveyOrganizationsGQL,
  SurveyQuestionKind,
  SurveyWaveGQL,
  SurveyWaveInput,
  UpdateSurveyWaveGQL,
} from '@continuum/web/data-access';
import { foldText, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map, of } from 'rxjs';
import { SurveyQuestionsEditorComponent, type QuestionDraft } from './survey-questions-editor.component';

const parisToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
const plusDays = (day: string, days: number) => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * « Préparer une vague » (`/enquetes/nouvelle`) and « Modifier » (`/enquetes/<id>/modifier`, a draft
 * only): the title, the dates, the scheduled reminders, the public and the questionnaire (the usual
 * questions offered, so that the trend compares like with like). The server checks everything again.
 */
@Component({
  selector: 'cnt-survey-wave-form-page',
  imports: [FormsModule, RouterLink, ProblemAlertComponent, SurveyQuestionsEditorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <div class="fr-grid-row fr-grid-row--center">
        <div class="fr-col-12 fr-col-lg-9">
          <h1>{{ id() ? 'Modifier la vague' : 'Préparer une vague d’enquête' }}</h1>
          <p class="fr-hint-text">Tous les champs sont obligatoires sauf mention contraire.</p>
          <cnt-problem-alert [problem]="problem()" />
          <form (ngSubmit)="save()" novalidate>
            <div class="fr-input-group" [class.fr-input-group--error]="error('title')">
              <label class="fr-label" for="wave-title">Titre</label>
              <input
                class="fr-input"
                id="wave-title"
                name="title"
                [ngModel]="title()"
                (ngModelChange)="title.set($event)"
                maxlength="200"
                [attr.aria-describedby]="error('title') ? 'wave-title-error' : null"
              />
              @if (error('title'); as message) {
                <p class="fr-error-text" id="wave-title-error">{{ message }}</p>
              }
            </div>
            <div class="fr-input-group">
              <label class="fr-label" for="wave-intro"
                >Présentation
                <span class="fr-hint-text">Facultatif : lue en tête du questionnaire.</span></label
              >
              <textarea
                class="fr-input"
                id="wave-intro"
                name="intro"
                rows="3"
                [ngModel]="intro()"
                (ngModelChange)="intro.set($event)"
                maxlength="2000"
              ></textarea>
            </div>
            <div class="fr-grid-row fr-grid-row--gutters">
              <div class="fr-col-12 fr-col-md-6">
                <div class="fr-input-group" [class.fr-input-group--error]="error('opensOn')">
                  <label class="fr-label" for="wave-opensOn">Ouverture</label>
                  <input
                    class="fr-input"
                    type="date"
                    id="wave-opensOn"
                    name="opensOn"
                    [ngModel]="opensOn()"
                    (ngModelChange)="opensOn.set($event)"
                    [attr.aria-describedby]="error('opensOn') ? 'wave-opensOn-error' : null"
                  />
                  @if (error('opensOn'); as message) {
                    <p class="fr-error-text" id="wave-opensOn-error">{{ message }}</p>
                  }
                </div>
              </div>
              <div class="fr-col-12 fr-col-md-6">
                <div class="fr-input-group" [class.fr-input-group--error]="error('closesOn')">
                  <label class="fr-label" for="wave-closesOn">Dernier jour pour répondre</label>
                  <input
                    class="fr-input"
                    type="date"
                    id="wave-closesOn"
                    name="closesOn"
                    [ngModel]="closesOn()"
                    (ngModelChange)="closesOn.set($event)"
                    [attr.aria-describedby]="error('closesOn') ? 'wave-closesOn-error' : null"
                  />
                  @if (error('closesOn'); as message) {
                    <p class="fr-error-text" id="wave-closesOn-error">{{ message }}</p>
                  }
                </div>
              </div>
            </div>
            <fieldset
              class="fr-fieldset"
              [class.fr-fieldset--error]="error('reminderDates')"
              aria-labelledby="wave-reminders-legend"
            >
              <legend class="fr-fieldset__legend" id="wave-reminders-legend">
                Rappels programmés
                <span class="fr-hint-text"
                  >Facultatif, trois au plus : ceux qui n’ont pas répondu reçoivent un nouveau lien.</span
                >
              </legend>
              @for (day of reminders(); track $index; let i = $index) {
                <div class="fr-fieldset__element fr-fieldset__element--inline">
                  <label class="fr-label" [for]="'wave-reminder-' + i">Rappel {{ i + 1 }}</label>
                  <input
                    class="fr-input"
                    type="date"
                    [id]="'wave-reminder-' + i"
                    [name]="'reminder' + i"
                    [ngModel]="day"
                    (ngModelChange)="setReminder(i, $event)"
                  />
                  <button
                    type="button"
                    class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-mt-1v"
                    (click)="removeReminder(i)"
                  >
                    Retirer le rappel {{ i + 1 }}
                  </button>
                </div>
              }
              @if (reminders().length < 3) {
                <div class="fr-fieldset__element">
                  <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" (click)="addReminder()">
                    Ajouter un rappel
                  </button>
                </div>
              }
              @if (error('reminderDates'); as message) {
                <p class="fr-error-text fr-fieldset__element">{{ message }}</p>
              }
            </fieldset>
            <fieldset
              class="fr-fieldset"
              [class.fr-fieldset--error]="error('audience')"
              aria-labelledby="wave-audience-legend"
              id="wave-audience"
            >
              <legend class="fr-fieldset__legend" id="wave-audience-legend">Qui interroger ?</legend>
              <div class="fr-fieldset__element">
                <div class="fr-checkbox-group">
                  <input
                    type="checkbox"
                    id="wave-mayors"
                    name="mayors"
                    [ngModel]="mayors()"
                    (ngModelChange)="mayors.set($event)"
                  />
                  <label class="fr-label" for="wave-mayors"
                    >Les mairies (maires, élus et leurs services)</label
                  >
                </div>
              </div>
              <div class="fr-fieldset__element">
                <div class="fr-checkbox-group">
                  <input
                    type="checkbox"
                    id="wave-partners"
                    name="partners"
                    [ngModel]="partners()"
                    (ngModelChange)="partners.set($event)"
                  />
                  <label class="fr-label" for="wave-partners">
                    Les partenaires privés
                    <span class="fr-hint-text"
                      >Leurs responsables ; à défaut, les personnes qui y travaillent.</span
                    >
                  </label>
                </div>
              </div>
              <div class="fr-fieldset__element">
                <details>
                  <summary>
                    Et tous les membres de ces types d’organisation ({{ types().size }} choisi{{
                      types().size > 1 ? 's' : ''
                    }})
                  </summary>
                  <div class="fr-grid-row fr-mt-1w">
                    @for (type of typeOptions; track type.value) {
                      <div class="fr-col-12 fr-col-md-6 fr-checkbox-group fr-checkbox-group--sm">
                        <input
                          type="checkbox"
                          [id]="'wave-type-' + type.value"
                          [checked]="types().has(type.value)"
                          (change)="toggle(types, type.value)"
                        />
                        <label class="fr-label" [for]="'wave-type-' + type.value">{{ type.label }}</label>
                      </div>
                    }
                  </div>
                </details>
              </div>
              <div class="fr-fieldset__element">
                <label class="fr-label" for="wave-org-search"
                  >Et ces organisations <span class="fr-hint-text">Cherchez par nom.</span></label
                >
                <input
                  class="fr-input"
                  id="wave-org-search"
                  name="orgSearch"
                  type="search"
                  [ngModel]="search()"
                  (ngModelChange)="search.set($event)"
                />
                @for (org of foundOrganizations(); track org.id) {
                  <div class="fr-checkbox-group fr-checkbox-group--sm fr-mt-1v">
                    <input
                      type="checkbox"
                      [id]="'wave-org-' + org.id"
                      [checked]="orgs().has(org.id)"
                      (change)="toggle(orgs, org.id)"
                    />
                    <label class="fr-label" [for]="'wave-org-' + org.id"
                      >{{ org.name }} ({{ org.typeLabel }})</label
                    >
                  </div>
                }
                @if (orgs().size) {
                  <p class="fr-text--sm fr-mt-1w">{{ orgs().size }} organisation(s) choisie(s).</p>
                }
              </div>
              @if (error('audience'); as message) {
                <p class="fr-error-text fr-fieldset__element">{{ message }}</p>
              }
            </fieldset>
            <cnt-survey-questions-editor
              [questions]="questions()"
              (questionsChange)="questions.set($event)"
              [error]="error('questions')"
            />
            <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
              <li>
                <button class="fr-btn" type="submit" [disabled]="busy()" data-testid="save-wave">
                  Enregistrer la vague
                </button>
              </li>
              <li>
                <a class="fr-btn fr-btn--secondary" [routerLink]="id() ? ['/enquetes', id()] : ['/enquetes']"
                  >Annuler</a
                >
              </li>
            </ul>
          </form>
        </div>
      </div>
    </div>
  `,
})
export class SurveyWaveFormPage {
  readonly id = input<string | undefined>(undefined);
  private readonly router = inject(Router);
  private readonly create = inject(CreateSurveyWaveGQL);
  private readonly update = inject(UpdateSurveyWaveGQL);
  private readonly waveQuery = inject(SurveyWaveGQL);
  private readonly organizationsQuery = inject(SurveyOrganizationsGQL);

  protected readonly title = signal('');
  protected readonly intro = signal('');
  protected readonly opensOn = signal(parisToday());
  protected readonly closesOn = signal(plusDays(parisToday(), 28));
  protected readonly mayors = signal(true);
  protected readonly partners = signal(true);
  protected readonly search = signal('');
  protected readonly reminders = signal<string[]>([plusDays(parisToday(), 14)]);
  protected readonly types = signal(new Set<string>());
  protected readonly orgs = signal(new Set<string>());
  protected readonly questions = signal<QuestionDraft[]>(
    DEFAULT_SURVEY_QUESTIONS.map((question) => ({ ...question })),
  );
  protected readonly problem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly typeOptions = (Object.keys(ORGANIZATION_TYPES) as DomainType[]).map((value) => ({
    value: value as string,
    label: ORGANIZATION_TYPES[value].label,
  }));

  private readonly organizations = liveQuery(
    () => null,
    () => this.organizationsQuery.fetch().pipe(map((result) => result.data!.organizations)),
  );
  protected readonly foundOrganizations = computed(() => {
    const term = foldText(this.search());
    if (term.length < 2) return (this.organizations.value() ?? []).filter((org) => this.orgs().has(org.id));
    return (this.organizations.value() ?? [])
      .filter((org) => this.orgs().has(org.id) || foldText(org.name).includes(term))
      .slice(0, 15);
  });

  private readonly existing = liveQuery(
    () => this.id(),
    (id) =>
      id
        ? this.waveQuery
            .fetch({ variables: { id }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data!.surveyWave))
        : of(null),
  );

  constructor() {
    effect(() => {
      const wave = this.existing.value();
      if (!wave) return;
      this.title.set(wave.title);
      this.intro.set(wave.intro);
      this.opensOn.set(wave.opensOn);
      this.closesOn.set(wave.closesOn);
      this.mayors.set(wave.audience.mayors);
      this.partners.set(wave.audience.partners);
      this.reminders.set([...wave.reminderDates]);
      this.types.set(new Set(wave.audience.organizationTypes));
      this.orgs.set(new Set(wave.audience.organizationIds));
      this.questions.set(wave.questions.map(({ kind, label, required }) => ({ kind, label, required })));
    });
  }

  protected error(name: string): string | null {
    return this.problem()?.fields[name] ?? null;
  }

  protected setReminder(index: number, day: string): void {
    this.reminders.update((days) => days.map((value, i) => (i === index ? day : value)));
  }
  protected addReminder(): void {
    this.reminders.update((days) => [...days, this.closesOn()]);
  }
  protected removeReminder(index: number): void {
    this.reminders.update((days) => days.filter((_, i) => i !== index));
  }
  protected toggle(set: typeof this.types, value: string): void {
    set.update((current) => {
      const next = new Set(current);
      if (!next.delete(value)) next.add(value);
      return next;
    });
  }

  protected async save(): Promise<void> {
    const input: SurveyWaveInput = {
      title: this.title(),
      intro: this.intro(),
      opensOn: this.opensOn(),
      closesOn: this.closesOn(),
      reminderDates: this.reminders().filter(Boolean),
      audience: {
        mayors: this.mayors(),
        partners: this.partners(),
        organizationTypes: [...this.types()] as OrganizationType[],
        organizationIds: [...this.orgs()],
      },
      questions: this.questions().map((question) => ({
        ...question,
        kind: question.kind as SurveyQuestionKind,
      })),
    };
    this.busy.set(true);
    this.problem.set(null);
    try {
      const id = this.id();
      const saved = id
        ? (await firstValueFrom(this.update.mutate({ variables: { id, input } }))).data!.updateSurveyWave
        : (await firstValueFrom(this.create.mutate({ variables: { input } }))).data!.createSurveyWave;
      await this.router.navigate(['/enquetes', saved.id]);
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
