import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  ConveneMeetingGQL,
  liveQuery,
  MarkMeetingHeldGQL,
  MeetingDetailGQL,
  MeetingPilotsGQL,
  MeetingPreparationGQL,
  Problem,
  Session,
} from '@continuum/web/data-access';
import {
  DialogComponent,
  formatDate,
  formatDuration,
  formatWeekday,
  plural,
  ProblemAlertComponent,
} from '@continuum/web/ui';
import { firstValueFrom, map, of } from 'rxjs';
import { meetingHeading, minutesBetween, pointsCount } from '../shared/coordination-labels';
import { MeetingFormComponent } from '../shared/meeting-form.component';
import { actionProblem } from '../shared/problem';
import { AgendaBuilderComponent } from './agenda-builder.component';
import { AgendaItemMinutesComponent } from './agenda-item-minutes.component';
import { AgendaProposalsComponent } from './agenda-proposals.component';
import { AgendaReadComponent } from './agenda-read.component';
import { AttendanceComponent } from './attendance.component';
import { InvitationAnswerComponent } from './invitation-answer.component';
import { ConvocationMailsComponent } from './convocation-mails.component';
import { MeetingHeaderComponent } from './meeting-header.component';
import { MeetingInviteesComponent } from './meeting-invitees.component';
import { MinutesApprovalComponent } from './minutes-approval.component';
import { MinutesSummaryComponent } from './minutes-summary.component';

/** The most urgent proposals of each section first; all of them on demand (the API's maximum). */
const PROPOSALS_SHOWN = 10;
const PROPOSALS_ALL = 500;
/** How often, and how many times, the convocations' delivery is read again while some wait. */
const POLL_MS = 3000;
const POLLS = 20;

/**
 * One meeting (`/seances/:id`, the address the convocations carry). The secretary composes the
 * agenda from the proposals and convenes; the day of the meeting records attendance, notes and
 * decisions; once held, writes the minutes that the chair approves. Everyone else reads the agenda
 * as the API gives it to them — an item they may not read is a « Point confidentiel ».
 */
@Component({
  selector: 'cnt-meeting-page',
  imports: [
    RouterLink,
    DialogComponent,
    ProblemAlertComponent,
    MeetingHeaderComponent,
    MeetingFormComponent,
    AgendaProposalsComponent,
    AgendaBuilderComponent,
    AgendaReadComponent,
    AgendaItemMinutesComponent,
    AttendanceComponent,
    ConvocationMailsComponent,
    MeetingInviteesComponent,
    MinutesSummaryComponent,
    MinutesApprovalComponent,
    InvitationAnswerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/instances">Instances</a></li>
          @if (detail.value(); as meeting) {
            <li>
              <a class="fr-breadcrumb__link" [routerLink]="['/instances', meeting.body.id]">{{
                meeting.body.name
              }}</a>
            </li>
          }
          <li>
            <a class="fr-breadcrumb__link" aria-current="page">{{ crumb() }}</a>
          </li>
        </ol>
      </nav>

      @if (notFound()) {
        <h1>Séance introuvable</h1>
        <p class="fr-text--lead">Cette séance n’existe pas, ou elle ne vous est pas accessible.</p>
        <p>
          Une séance en préparation n’est visible que de son secrétariat ; les autres le sont des
          organisations membres de l’instance et des personnes convoquées.
        </p>
        <p>
          <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/instances"
            >Retour aux instances</a
          >
        </p>
      } @else if (detail.value(); as meeting) {
        <cnt-meeting-header [meeting]="meeting" />

        @if (notice(); as message) {
          <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
            <p>{{ message }}</p>
          </div>
        }
        <cnt-problem-alert [problem]="problem() ?? detail.problem()" />

        @if (meeting.status === 'MINUTES_APPROVED') {
          <div class="fr-callout fr-icon-checkbox-circle-line fr-mb-4w" data-testid="approved">
            <p class="fr-callout__text">
              Compte rendu approuvé le {{ approvedOn() }}
              @if (meeting.minutesApprovedBy) {
                par {{ meeting.minutesApprovedBy.fullName }}
              }
              : la séance est figée.
            </p>
          </div>
        }

        @if (prepares() && meeting.status === 'DRAFT') {
          <!-- The secretary composes the agenda. -->
          <div class="fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-lg-7">
              <cnt-agenda-builder [meeting]="meeting" (changed)="changed($event)" />
              <section class="fr-callout fr-mb-6w" aria-labelledby="publish-title" data-testid="publish">
                <h2 id="publish-title" class="fr-callout__title fr-h5">Publier l’ordre du jour</h2>
                <p class="fr-callout__text fr-text--md">
                  {{ agendaSummary() }} Chaque personne convoquée reçoit un courriel avec l’invitation au
                  calendrier et l’ordre du jour tel qu’elle peut le lire.
                </p>
                <button
                  type="button"
                  class="fr-btn fr-icon-send-plane-line fr-btn--icon-left"
                  [disabled]="busy()"
                  (click)="ask()"
                >
                  Publier l’ordre du jour et convoquer
                </button>
              </section>
              <cnt-meeting-invitees
                [meeting]="meeting"
                [preparation]="preparation.value() ?? null"
                [editable]="true"
                (changed)="changed($event)"
              />
              <details class="cnt-details fr-mb-6w">
                <summary class="fr-btn fr-btn--tertiary fr-btn--sm">
                  Modifier la date, le lieu ou la durée
                </summary>
                <div class="fr-mt-2w">
                  <cnt-meeting-form
                    [body]="formBody()"
                    [existing]="meeting"
                    (saved)="edited()"
                    (cancelled)="closeDetails()"
                  />
                </div>
              </details>
            </div>
            <div class="fr-col-12 fr-col-lg-5">
              @if (preparation.value(); as prep) {
                <cnt-agenda-proposals
                  [meetingId]="meeting.id"
                  [proposals]="prep.proposals"
                  [counts]="prep.proposalCounts"
                  (changed)="changed($event)"
                  (more)="perSection.set(all)"
                />
              } @else {
                <cnt-problem-alert [problem]="preparation.problem()" />
                <p>Chargement des points proposés…</p>
              }
            </div>
          </div>
        } @else if (prepares() && meeting.status === 'CONVENED') {
          <!-- The meeting day: convocations, attendance, notes and decisions. -->
          @if (preparation.value(); as prep) {
            <cnt-convocation-mails
              [mails]="prep.mails"
              (changed)="changed($event)"
              (refresh)="preparation.reload()"
            />
          }
          @if (meeting.recordingRefusal; as notYet) {
            <!-- One rule for time (the server's): before the meeting's day nothing of it is recorded. -->
            <div class="fr-callout fr-icon-calendar-line fr-mb-6w" data-testid="not-yet">
              <h2 class="fr-callout__title fr-h5">Le jour de la séance</h2>
              <p class="fr-callout__text fr-text--md">{{ notYet }}</p>
            </div>
            <cnt-meeting-invitees [meeting]="meeting" />
          } @else {
            <cnt-attendance [meeting]="meeting" (changed)="changed($event)" />
            <section class="fr-mb-6w" aria-labelledby="day-title" data-testid="meeting-day">
              <h2 id="day-title" class="fr-h4">En séance : notes et décisions</h2>
              @for (item of meeting.agenda; track item.id) {
                <cnt-agenda-item-minutes
                  [item]="item"
                  [organizations]="pilotsOf(item.id)"
                  (changed)="changed($event)"
                />
              }
              <div #heldProblemBox tabindex="-1" class="cnt-focus-target">
                <cnt-problem-alert [problem]="heldProblem()" />
              </div>
              <button
                type="button"
                class="fr-btn fr-icon-check-line fr-btn--icon-left"
                [disabled]="busy()"
                (click)="markHeld()"
              >
                Déclarer la séance tenue
              </button>
            </section>
          }
          <details class="cnt-details fr-mb-6w">
            <summary class="fr-btn fr-btn--tertiary fr-btn--sm">Modifier l’ordre du jour publié</summary>
            <div class="fr-grid-row fr-grid-row--gutters fr-mt-2w">
              <div class="fr-col-12 fr-col-lg-7">
                <cnt-agenda-builder [meeting]="meeting" (changed)="changed($event)" />
              </div>
              <div class="fr-col-12 fr-col-lg-5">
                @if (preparation.value(); as prep) {
                  <cnt-agenda-proposals
                    [meetingId]="meeting.id"
                    [proposals]="prep.proposals"
                    [counts]="prep.proposalCounts"
                    (changed)="changed($event)"
                    (more)="perSection.set(all)"
                  />
                }
              </div>
            </div>
          </details>
        } @else if (prepares() && meeting.status === 'HELD') {
          <!-- The minutes, until the chair approves them. -->
          <cnt-minutes-summary [meeting]="meeting" (changed)="changed($event)" />
          <cnt-attendance [meeting]="meeting" (changed)="changed($event)" />
          <section class="fr-mb-6w" aria-labelledby="minutes-items-title" data-testid="meeting-day">
            <h2 id="minutes-items-title" class="fr-h4">Points : notes et décisions</h2>
            @for (item of meeting.agenda; track item.id) {
              <cnt-agenda-item-minutes
                [item]="item"
                [organizations]="pilotsOf(item.id)"
                (changed)="changed($event)"
              />
            }
          </section>
        } @else if (meeting.status === 'HELD' || meeting.status === 'MINUTES_APPROVED') {
          <cnt-minutes-summary [meeting]="meeting" [readOnly]="true" />
          <cnt-attendance [meeting]="meeting" [readOnly]="true" />
          <cnt-agenda-read [items]="meeting.agenda" [minutes]="true" heading="Points : notes et décisions" />
        } @else {
          @if (answering()) {
            <cnt-invitation-answer [meeting]="meeting" [userId]="me()" (changed)="changed($event)" />
          }
          <div class="fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-lg-8">
              <cnt-agenda-read [items]="meeting.agenda" />
            </div>
            <div class="fr-col-12 fr-col-lg-4">
              <cnt-meeting-invitees [meeting]="meeting" />
            </div>
          </div>
        }

        <cnt-minutes-approval [meeting]="meeting" (changed)="changed($event)" />

        <!-- Only the secretary of a meeting in preparation convenes it: nobody else gets the dialog. -->
        @if (prepares() && meeting.status === 'DRAFT') {
          <cnt-dialog
            heading="Publier l’ordre du jour et convoquer"
            [open]="asking()"
            (closed)="asking.set(false)"
          >
            @if (asking()) {
              <cnt-problem-alert [problem]="dialogProblem()" />
              <p>{{ agendaSummary() }}</p>
              <p>
                {{ inviteeCount() }} recevront la convocation par courriel, avec l’invitation au calendrier.
                Chacun ne lit que les points qu’il peut lire : les autres figurent comme « Point confidentiel
                ».
              </p>
              <p>L’ordre du jour reste modifiable jusqu’à la séance.</p>
              <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
                <li>
                  <button class="fr-btn fr-btn--secondary" type="button" (click)="asking.set(false)">
                    Annuler
                  </button>
                </li>
                <li>
                  <button class="fr-btn" type="button" [disabled]="busy()" (click)="confirm()">
                    Publier et convoquer
                  </button>
                </li>
              </ul>
            }
          </cnt-dialog>
        }
      } @else {
        <cnt-problem-alert [problem]="detail.problem()" />
        @if (!detail.problem()) {
          <p>Chargement de la séance…</p>
        }
      }
    </div>
  `,
  styles: `
    .cnt-details > summary {
      list-style: none;
    }
    .cnt-details > summary::-webkit-details-marker {
      display: none;
    }
    .cnt-focus-target:focus {
      outline: none;
    }
  `,
})
export class MeetingPage {
  private readonly meetingQuery = inject(MeetingDetailGQL);
  private readonly preparationQuery = inject(MeetingPreparationGQL);
  private readonly pilotsQuery = inject(MeetingPilotsGQL);
  private readonly convene = inject(ConveneMeetingGQL);
  private readonly session = inject(Session);
  private readonly markMeetingHeld = inject(MarkMeetingHeldGQL);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Route parameter. */
  readonly id = input.required<string>();

  /** A confirmation brought by the navigation (« Séance créée » after the body's form). */
  protected readonly notice = signal<string | null>(
    noticeOf(inject(Router).currentNavigation()?.extras.state),
  );
  protected readonly problem = signal<Problem | null>(null);
  protected readonly dialogProblem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly asking = signal(false);
  /** A refusal of « Déclarer la séance tenue », shown by the button, where the eye is. */
  protected readonly heldProblem = signal<Problem | null>(null);
  private readonly heldProblemBox = viewChild<ElementRef<HTMLElement>>('heldProblemBox');

  protected readonly detail = liveQuery(
    () => this.id(),
    (id) =>
      this.meetingQuery
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.meeting ?? null)),
  );
  protected readonly notFound = computed(() => this.detail.problem()?.code === 'NOT_FOUND');
  protected readonly prepares = computed(() => this.detail.value()?.canPrepare ?? false);

  /**
   * The secretary's reading while the agenda is open, again with each reading of the meeting (a new
   * object each time): the proposals follow what was taken.
   */
  protected readonly perSection = signal(PROPOSALS_SHOWN);
  protected readonly all = PROPOSALS_ALL;
  protected readonly preparation = liveQuery(
    () => ({ id: this.id(), meeting: this.detail.value(), perSection: this.perSection() }),
    ({ id, meeting, perSection }) =>
      meeting?.canPrepare && (meeting.status === 'DRAFT' || meeting.status === 'CONVENED')
        ? this.preparationQuery
            .fetch({ variables: { id, perSection }, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.meeting ?? null))
        : of(null),
  );

  /** Who may pilot a decision on each item, read when decisions may be recorded. */
  protected readonly pilots = liveQuery(
    () => {
      const meeting = this.detail.value();
      const open = meeting?.canPrepare && !meeting.recordingRefusal;
      return open ? { id: meeting.id, agenda: meeting.agenda.map((item) => item.id).join() } : null;
    },
    (wanted) =>
      wanted
        ? this.pilotsQuery
            .fetch({ variables: { id: wanted.id }, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.meeting.agenda ?? []))
        : of([]),
  );
  protected readonly me = computed(() => this.session.user()?.id ?? '');
  /** A person convened answers the convocation until the meeting is held. */
  protected readonly answering = computed(() => {
    const meeting = this.detail.value();
    return (
      meeting?.status === 'CONVENED' && meeting.invitees.some((invitee) => invitee.user.id === this.me())
    );
  });

  protected readonly crumb = computed(() => {
    const meeting = this.detail.value();
    return meeting ? `Séance du ${formatDate(meeting.startsAt, 'date')}` : 'Séance';
  });
  protected readonly approvedOn = computed(() => formatDate(this.detail.value()?.minutesApprovedAt, 'date'));
  protected readonly agendaSummary = computed(() => {
    const meeting = this.detail.value();
    if (!meeting) return '';
    const minutes = formatDuration(minutesBetween(meeting.startsAt, meeting.endsAt));
    return meeting.agenda.length === 0
      ? `L’ordre du jour est encore vide, pour une séance de ${minutes}.`
      : `L’ordre du jour compte ${pointsCount(meeting.agenda.length)}, d’une durée prévue de ${formatDuration(meeting.plannedMinutes)} pour une séance de ${minutes}.`;
  });
  protected readonly inviteeCount = computed(() =>
    plural(this.detail.value()?.invitees.length ?? 0, 'personne', 'personnes', 'Aucune personne'),
  );
  protected readonly formBody = computed(() => {
    const meeting = this.detail.value();
    return {
      id: meeting?.body.id ?? '',
      kind: meeting?.body.kind ?? '',
      workingGroups: meeting?.workingGroup ? [meeting.workingGroup] : [],
    };
  });

  constructor() {
    effect(() => {
      const meeting = this.detail.value();
      if (meeting)
        this.title.setTitle(
          `${meetingHeading(meeting)} du ${formatWeekday(meeting.startsAt)} — ${meeting.body.name} — Continuum`,
        );
      else if (this.notFound()) this.title.setTitle('Séance introuvable — Continuum');
    });

    // While convocations wait to be sent, read their delivery again now and then.
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    effect(() => {
      const waiting = this.preparation.value()?.mails.some((mail) => mail.status === 'PENDING') ?? false;
      clearTimeout(timer);
      if (!waiting || polls >= POLLS) return;
      timer = setTimeout(() => {
        polls += 1;
        untracked(() => this.preparation.reload());
      }, POLL_MS);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }

  /** A section changed the meeting: say so (when it has something to say) and read it again. */
  protected changed(message: string): void {
    this.problem.set(null);
    if (message) this.notice.set(message);
    this.detail.reload();
  }

  protected closeDetails(): void {
    this.host.nativeElement
      .querySelectorAll<HTMLDetailsElement>('details.cnt-details[open]')
      .forEach((details) => (details.open = false));
  }

  protected edited(): void {
    this.closeDetails();
    this.changed('Séance modifiée.');
  }

  protected ask(): void {
    this.dialogProblem.set(null);
    this.asking.set(true);
  }

  protected pilotsOf(itemId: string): readonly { id: string; name: string }[] {
    return (this.pilots.value() ?? []).find((item) => item.id === itemId)?.pilotOrganizations ?? [];
  }

  protected async confirm(): Promise<void> {
    const meeting = this.detail.value();
    if (!this.asking() || !meeting) return;
    this.busy.set(true);
    this.dialogProblem.set(null);
    try {
      await firstValueFrom(this.convene.mutate({ variables: { id: meeting.id } }));
      this.asking.set(false);
      this.changed(
        `Ordre du jour publié : ${plural(meeting.invitees.length, 'convocation envoyée', 'convocations envoyées')} par courriel.`,
      );
    } catch (error) {
      this.dialogProblem.set(actionProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async markHeld(): Promise<void> {
    const meeting = this.detail.value();
    if (!meeting) return;
    this.busy.set(true);
    this.heldProblem.set(null);
    try {
      await firstValueFrom(this.markMeetingHeld.mutate({ variables: { id: meeting.id } }));
      this.changed('Séance déclarée tenue : rédigez le compte rendu.');
    } catch (error) {
      this.heldProblem.set(actionProblem(error));
      setTimeout(() => this.heldProblemBox()?.nativeElement.focus());
    } finally {
      this.busy.set(false);
    }
  }
}

function noticeOf(state: Record<string, unknown> | undefined): string | null {
  const notice = state?.['notice'];
  return typeof notice === 'string' ? notice : null;
}
