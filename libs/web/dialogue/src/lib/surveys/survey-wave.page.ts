import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CloseSurveyWaveGQL,
  describeProblem,
  liveQuery,
  Problem,
  RemindSurveyWaveGQL,
  SendSurveyWaveGQL,
  SurveyResultsGQL,
  SurveyWaveGQL,
} from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map, of } from 'rxjs';
import { SurveyQuestionResultsComponent } from './question-results.component';
import { organizationTypeLabel, waveBadgeClass } from './survey-labels';

type Action = 'send' | 'remind' | 'close';

const CONFIRM: Record<Action, string> = {
  send: 'Envoyer maintenant un courriel à chaque destinataire, avec son lien personnel à usage unique ?',
  remind: 'Envoyer un rappel, avec un nouveau lien, à ceux qui n’ont pas encore répondu ?',
  close: 'Clore la vague maintenant ? Plus aucune réponse ne sera acceptée.',
};

/**
 * One wave (`/enquetes/<id>`): its dates, public and questionnaire; the cabinet sends it, reminds
 * those who have not answered, closes it; once sent, its results (by organisation type and by
 * commune, small groups masked, the free-text answers).
 */
@Component({
  selector: 'cnt-survey-wave-page',
  imports: [RouterLink, FrDatePipe, ProblemAlertComponent, SurveyQuestionResultsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
        <button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="breadcrumb-wave">
          Voir le fil d’Ariane
        </button>
        <div class="fr-collapse" id="breadcrumb-wave">
          <ol class="fr-breadcrumb__list">
            <li><a class="fr-breadcrumb__link" routerLink="/enquetes">Enquêtes de satisfaction</a></li>
            <li>
              <a class="fr-breadcrumb__link" aria-current="page">{{ wave.value()?.title ?? 'Vague' }}</a>
            </li>
          </ol>
        </div>
      </nav>
      <cnt-problem-alert [problem]="wave.problem()" />
      @if (wave.value(); as item) {
        <h1>{{ item.title }}</h1>
        <p>
          <span class="fr-badge" [class]="badge(item.status)" data-testid="wave-status">{{
            item.statusLabel
          }}</span>
        </p>
        <dl class="fr-mb-3w">
          <dt class="fr-text--bold">Période</dt>
          <dd>du {{ item.opensOn | frDate: 'date' }} au {{ item.closesOn | frDate: 'date' }} inclus</dd>
          <dt class="fr-text--bold">Public</dt>
          <dd>{{ audience() }}</dd>
          @if (item.sentAt) {
            <dt class="fr-text--bold">Envoi</dt>
            <dd data-testid="wave-sent">
              le {{ item.sentAt | frDate: 'long' }} par {{ item.sentByLabel }} —
              {{ item.responseCount }} réponse{{ item.responseCount > 1 ? 's' : '' }} sur
              {{ item.recipientCount }} personne{{ item.recipientCount > 1 ? 's' : '' }} interrogée{{
                item.recipientCount > 1 ? 's' : ''
              }}
            </dd>
          }
          <dt class="fr-text--bold">Rappels</dt>
          <dd>
            @for (reminder of item.reminders; track $index) {
              {{ reminder.sentAt | frDate: 'long' }} ({{ reminder.byLabel ?? 'programmé' }},
              {{ reminder.recipients }} courriel{{ reminder.recipients > 1 ? 's' : '' }}) ;
            }
            @if (pendingReminders().length) {
              programmés : {{ pendingReminders().join(', ') }}
            }
            @if (!item.reminders.length && !pendingReminders().length) {
              aucun
            }
          </dd>
        </dl>
        @if (notice(); as text) {
          <div
            class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w"
            role="status"
            data-testid="wave-notice"
          >
            <p>{{ text }}</p>
          </div>
        }
        <cnt-problem-alert [problem]="actionProblem()" />
        @if (confirming(); as action) {
          <div class="fr-callout fr-mb-3w">
            <p class="fr-callout__text">{{ confirmText(action) }}</p>
            <ul class="fr-btns-group fr-btns-group--inline-sm">
              <li>
                <button
                  class="fr-btn"
                  type="button"
                  (click)="run(action)"
                  [disabled]="busy()"
                  data-testid="confirm-action"
                >
                  Confirmer
                </button>
              </li>
              <li>
                <button class="fr-btn fr-btn--secondary" type="button" (click)="confirming.set(null)">
                  Annuler
                </button>
              </li>
            </ul>
          </div>
        } @else {
          <ul class="fr-btns-group fr-btns-group--inline-md">
            @if (item.mayUpdate) {
              <li>
                <a class="fr-btn fr-btn--secondary" [routerLink]="['/enquetes', item.id, 'modifier']"
                  >Modifier</a
                >
              </li>
            }
            @if (item.maySend) {
              <li>
                <button class="fr-btn" type="button" (click)="confirming.set('send')" data-testid="send-wave">
                  Envoyer la vague
                </button>
              </li>
            }
            @if (item.mayRemind) {
              <li>
                <button
                  class="fr-btn fr-btn--secondary"
                  type="button"
                  (click)="confirming.set('remind')"
                  data-testid="remind-wave"
                >
                  Relancer
                </button>
              </li>
            }
            @if (item.mayClose) {
              <li>
                <button
                  class="fr-btn fr-btn--tertiary"
                  type="button"
                  (click)="confirming.set('close')"
                  data-testid="close-wave"
                >
                  Clore maintenant
                </button>
              </li>
            }
          </ul>
        }
        <h2 class="fr-mt-4w">Questionnaire</h2>
        <ol>
          @for (question of item.questions; track question.id) {
            <li>
              {{ question.label }}
              <span class="fr-text--sm"
                >({{ question.kind === 'SCALE' ? 'note de 1 à 5' : 'texte libre'
                }}{{ question.required ? '' : ', facultative' }})</span
              >
            </li>
          }
        </ol>
        @if (item.status !== 'DRAFT') {
          <h2 class="fr-mt-4w" id="results">Résultats</h2>
          <cnt-problem-alert [problem]="results.problem()" />
          @if (results.value(); as value) {
            <p data-testid="results-summary">
              {{ value.respondents }} réponse{{ value.respondents > 1 ? 's' : '' }} sur
              {{ value.recipients }} personnes interrogées. Les groupes de moins de
              {{ value.minCell }} répondants sont masqués ; les réponses libres, sans auteur, ne sont lues que
              par le cabinet.
            </p>
            @for (question of value.questions; track question.questionId) {
              <cnt-survey-question-results [question]="question" [minCell]="value.minCell" />
            }
          }
        }
      } @else if (!wave.problem()) {
        <p>Chargement…</p>
      }
    </div>
  `,
})
export class SurveyWavePage {
  readonly id = input.required<string>();
  private readonly waveQuery = inject(SurveyWaveGQL);
  private readonly resultsQuery = inject(SurveyResultsGQL);
  private readonly sendMutation = inject(SendSurveyWaveGQL);
  private readonly remindMutation = inject(RemindSurveyWaveGQL);
  private readonly closeMutation = inject(CloseSurveyWaveGQL);

  protected readonly confirming = signal<Action | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly actionProblem = signal<Problem | null>(null);
  private readonly version = signal(0);

  protected readonly wave = liveQuery(
    () => ({ id: this.id(), version: this.version() }),
    ({ id }) =>
      this.waveQuery
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data!.surveyWave)),
  );
  protected readonly results = liveQuery(
    () => ({
      id: this.id(),
      sent: this.wave.value()?.status !== 'DRAFT' && !!this.wave.value(),
      version: this.version(),
    }),
    ({ id, sent }) =>
      sent
        ? this.resultsQuery
            .fetch({ variables: { id }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data!.surveyResults))
        : of(undefined),
  );

  protected readonly audience = computed(() => {
    const audience = this.wave.value()?.audience;
    if (!audience) return '';
    const parts = [
      ...(audience.mayors ? ['les mairies'] : []),
      ...(audience.partners ? ['les partenaires privés'] : []),
      ...audience.organizationTypes.map((type) => `tout type « ${organizationTypeLabel(type)} »`),
      ...(audience.organizationIds.length
        ? [`${audience.organizationIds.length} organisation(s) choisie(s)`]
        : []),
    ];
    return parts.join(', ');
  });
  protected readonly pendingReminders = computed(() => {
    const wave = this.wave.value();
    if (!wave || wave.status === 'CLOSED') return [];
    const done = new Set(wave.reminders.map((reminder) => reminder.dueOn));
    return wave.reminderDates
      .filter((day) => !done.has(day))
      .map((day) =>
        new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', {
          timeZone: 'Europe/Paris',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }),
      );
  });

  protected badge(status: string): string {
    return waveBadgeClass(status);
  }
  protected confirmText(action: Action): string {
    return CONFIRM[action];
  }

  protected async run(action: Action): Promise<void> {
    const id = this.id();
    this.busy.set(true);
    this.actionProblem.set(null);
    this.notice.set(null);
    try {
      if (action === 'send') {
        const sent = (await firstValueFrom(this.sendMutation.mutate({ variables: { id } }))).data!
          .sendSurveyWave;
        this.notice.set(
          `Vague envoyée : ${sent.queued} courriel${sent.queued > 1 ? 's' : ''} mis dans la file d’envoi.`,
        );
      } else if (action === 'remind') {
        const sent = (await firstValueFrom(this.remindMutation.mutate({ variables: { id } }))).data!
          .remindSurveyWave;
        this.notice.set(
          `Rappel envoyé à ${sent.queued} personne${sent.queued > 1 ? 's' : ''} qui n’avai${sent.queued > 1 ? 'en' : ''}t pas répondu.`,
        );
      } else {
        await firstValueFrom(this.closeMutation.mutate({ variables: { id } }));
        this.notice.set('Vague close : plus aucune réponse ne sera acceptée.');
      }
    } catch (error) {
      this.actionProblem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
      this.confirming.set(null);
      this.version.update((n) => n + 1);
    }
  }
}
