import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { BodyDetailGQL, liveQuery, Session } from '@continuum/web/data-access';
import { formatMeetingWhen, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { bodyKindLabel, meetingHeading, myRoles } from '../shared/coordination-labels';
import { MeetingFormComponent, MeetingSaved } from '../shared/meeting-form.component';
import { MeetingStatusBadgeComponent } from '../shared/meeting-status-badge.component';
import { BodyCasesComponent } from './body-cases.component';
import { BodyDetail } from './body-section';
import { WorkingGroupsComponent } from './working-groups.component';

type Meeting = BodyDetail['meetings'][number];

/**
 * One coordination body (`/instances/:id`): who chairs and keeps the secretariat, its territory,
 * member organisations and named members, its restricted working groups and their charters, its
 * meetings (the secretary creates them here) and the cases attached to it that I may read.
 */
@Component({
  selector: 'cnt-body-page',
  imports: [
    RouterLink,
    ProblemAlertComponent,
    MeetingFormComponent,
    MeetingStatusBadgeComponent,
    WorkingGroupsComponent,
    BodyCasesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/instances">Instances</a></li>
          <li>
            <a class="fr-breadcrumb__link" aria-current="page">{{ detail.value()?.name ?? 'Instance' }}</a>
          </li>
        </ol>
      </nav>

      @if (notFound()) {
        <h1>Instance introuvable</h1>
        <p class="fr-text--lead">Cette instance n’existe pas.</p>
        <p>
          <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/instances"
            >Retour aux instances</a
          >
        </p>
      } @else if (detail.value(); as body) {
        <p class="fr-text--sm fr-mb-1v cnt-kicker">{{ kind(body.kind) }}</p>
        <h1 class="fr-mb-1w">{{ body.name }}</h1>
        @if (roles().length > 0) {
          <p class="fr-text--lead fr-mb-3w">Vous y siégez : {{ roles().join(', ').toLowerCase() }}.</p>
        }

        @if (notice(); as message) {
          <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
            <p>{{ message }}</p>
          </div>
        }
        <cnt-problem-alert [problem]="detail.problem()" />

        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-lg-8">
            <section class="fr-mb-6w" aria-labelledby="meetings-title" data-testid="body-meetings">
              <div class="cnt-title-row">
                <h2 id="meetings-title" class="fr-h4 fr-mb-2w">Séances</h2>
                @if (isSecretary() && !creating()) {
                  <button
                    type="button"
                    class="fr-btn fr-btn--sm fr-icon-add-line fr-btn--icon-left"
                    aria-controls="new-meeting"
                    [attr.aria-expanded]="creating()"
                    (click)="creating.set(true)"
                  >
                    Nouvelle séance
                  </button>
                }
              </div>
              @if (creating()) {
                <div class="cnt-panel fr-mb-4w" id="new-meeting">
                  <h3 class="fr-h6">Nouvelle séance</h3>
                  <cnt-meeting-form
                    [body]="body"
                    (saved)="created($event)"
                    (cancelled)="creating.set(false)"
                  />
                </div>
              }

              <h3 class="fr-h6 fr-mb-1w">Prochaines séances</h3>
              <ul class="cnt-meetings fr-mb-3w" data-testid="upcoming-meetings">
                @for (meeting of upcoming(); track meeting.id) {
                  <li data-testid="meeting-line">
                    <a class="fr-link" [routerLink]="['/seances', meeting.id]">{{ when(meeting) }}</a>
                    <span class="cnt-muted"> — {{ meetingLabel(meeting) }}</span>
                    <cnt-meeting-status-badge class="fr-ml-1w" [status]="meeting.status" [small]="true" />
                  </li>
                } @empty {
                  <li>Aucune séance prévue.</li>
                }
              </ul>
              <h3 class="fr-h6 fr-mb-1w">Séances passées</h3>
              <ul class="cnt-meetings" data-testid="past-meetings">
                @for (meeting of past(); track meeting.id) {
                  <li data-testid="meeting-line">
                    <a class="fr-link" [routerLink]="['/seances', meeting.id]">{{ when(meeting) }}</a>
                    <span class="cnt-muted"> — {{ meetingLabel(meeting) }}</span>
                    <cnt-meeting-status-badge class="fr-ml-1w" [status]="meeting.status" [small]="true" />
                  </li>
                } @empty {
                  <li>Aucune séance passée.</li>
                }
              </ul>
            </section>

            <cnt-working-groups [body]="body" (changed)="changed($event)" />
          </div>

          <div class="fr-col-12 fr-col-lg-4">
            <section class="fr-mb-6w" aria-labelledby="facts-title">
              <h2 id="facts-title" class="fr-h4">L’instance</h2>
              <dl class="cnt-facts">
                <div>
                  <dt>Présidence</dt>
                  <dd>{{ body.chairOrganization.name }}</dd>
                </div>
                <div>
                  <dt>Secrétariat</dt>
                  <dd>{{ body.secretary?.fullName ?? 'non désigné' }}</dd>
                </div>
                @if (body.theme) {
                  <div>
                    <dt>Thème</dt>
                    <dd>{{ body.theme }}</dd>
                  </div>
                }
                <div>
                  <dt>Territoire</dt>
                  <dd>{{ territory() }}</dd>
                </div>
              </dl>
            </section>

            <section
              class="fr-mb-6w"
              aria-labelledby="organizations-title"
              data-testid="member-organizations"
            >
              <h2 id="organizations-title" class="fr-h4">Organisations membres</h2>
              <ul class="cnt-list">
                @for (org of body.memberOrganizations; track org.id) {
                  <li>
                    {{ org.name }}
                    <span class="cnt-muted"
                      >({{ org.typeLabel }}{{ org.publicAuthority ? ', autorité publique' : '' }})</span
                    >
                  </li>
                }
              </ul>
            </section>

            <section class="fr-mb-6w" aria-labelledby="members-title" data-testid="body-members">
              <h2 id="members-title" class="fr-h4">Membres nommés</h2>
              <p class="fr-text--sm">Convoqués par défaut aux séances plénières.</p>
              <ul class="cnt-list">
                @for (member of body.members; track member.id) {
                  <li>
                    <span class="fr-text--bold">{{ member.fullName }}</span>{{
                      member.title ? ', ' + member.title : ''
                    }}
                    <br /><span class="cnt-muted">{{ member.organization.name }}</span>
                  </li>
                } @empty {
                  <li>Aucun membre nommé.</li>
                }
              </ul>
            </section>
          </div>
        </div>

        <cnt-body-cases [bodyId]="body.id" />
      } @else {
        <cnt-problem-alert [problem]="detail.problem()" />
        @if (!detail.problem()) {
          <p>Chargement de l’instance…</p>
        }
      }
    </div>
  `,
  styles: `
    .cnt-kicker,
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-title-row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      justify-content: space-between;
      align-items: baseline;
    }
    .cnt-panel {
      padding: 1.5rem;
      background: var(--background-alt-grey);
    }
    .cnt-meetings,
    .cnt-list {
      list-style: none;
      padding-left: 0;
    }
    .cnt-meetings li,
    .cnt-list li {
      padding: 0.375rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-facts {
      margin: 0;
      padding: 1rem;
      background: var(--background-alt-grey);
    }
    .cnt-facts div + div {
      margin-top: 0.75rem;
    }
    .cnt-facts dt {
      font-size: 0.75rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--text-mention-grey);
    }
    .cnt-facts dd {
      margin: 0;
      font-weight: 500;
    }
  `,
})
export class BodyPage {
  private readonly bodyQuery = inject(BodyDetailGQL);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly title = inject(Title);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly notice = signal<string | null>(null);
  protected readonly creating = signal(false);

  protected readonly detail = liveQuery(
    () => this.id(),
    (id) =>
      this.bodyQuery
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.body ?? null)),
  );
  protected readonly notFound = computed(() => this.detail.problem()?.code === 'NOT_FOUND');

  protected readonly roles = computed(() => {
    const body = this.detail.value();
    return body ? myRoles(body, this.session.user()) : [];
  });
  protected readonly isSecretary = computed(() => {
    const body = this.detail.value();
    return !!body?.secretary && body.secretary.id === this.session.user()?.id;
  });

  /** Meetings still to come (or today's), the nearest first; the others, the latest first. */
  private readonly now = Date.now();
  protected readonly upcoming = computed(() =>
    (this.detail.value()?.meetings ?? [])
      .filter((meeting) => new Date(meeting.endsAt).getTime() >= this.now)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  );
  protected readonly past = computed(() =>
    (this.detail.value()?.meetings ?? [])
      .filter((meeting) => new Date(meeting.endsAt).getTime() < this.now)
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
  );

  protected readonly territory = computed(() => {
    const communes = this.detail.value()?.communes ?? [];
    return communes.length === 0
      ? 'tout le département'
      : communes.map((commune) => `${commune.name} (${commune.code})`).join(', ');
  });

  constructor() {
    effect(() => {
      const body = this.detail.value();
      if (body) this.title.setTitle(`${body.name} — Continuum`);
      else if (this.notFound()) this.title.setTitle('Instance introuvable — Continuum');
    });
  }

  protected kind(kind: string): string {
    return bodyKindLabel(kind);
  }

  protected when(meeting: Meeting): string {
    return formatMeetingWhen(meeting.startsAt, meeting.endsAt);
  }

  protected meetingLabel(meeting: Meeting): string {
    return meetingHeading(meeting);
  }

  protected created(saved: MeetingSaved): void {
    this.creating.set(false);
    void this.router.navigate(['/seances', saved.id], {
      state: { notice: 'Séance créée : composez son ordre du jour à partir des points proposés.' },
    });
  }

  protected changed(message: string): void {
    this.notice.set(message);
    this.detail.reload();
  }
}
