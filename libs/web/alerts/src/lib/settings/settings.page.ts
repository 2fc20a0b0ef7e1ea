import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChildren,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import {
  AlertOrganizationGQL,
  liveQuery,
  MyAlertSubscriptionGQL,
  OrganizationAlertSubscriptionGQL,
  Session,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { map, of } from 'rxjs';
import { AlertsLookup } from '../shared/alerts-lookup';
import { Competence, SubscriptionFormComponent } from './subscription-form.component';

type Tab = 'mine' | 'organization';

/**
 * « Réglages des alertes » (`/alertes/reglages`): what I receive and how; for a manager, a second
 * tab for the organisation's defaults, which apply to its members who have no settings of their own.
 */
@Component({
  selector: 'cnt-alert-settings-page',
  imports: [NgTemplateOutlet, RouterLink, ProblemAlertComponent, SubscriptionFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './settings.page.css',
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/alertes">Mes alertes</a></li>
          <li><a class="fr-breadcrumb__link" aria-current="page">Réglages</a></li>
        </ol>
      </nav>
      <h1>Réglages des alertes</h1>
      <p class="fr-text--lead">
        Les alertes qui vous parviennent : sur quel territoire, de quelles catégories, à partir de quelle
        gravité, et par quel canal. Les alertes qui vous nomment (une saisine de votre organisation, une
        convocation) vous parviennent toujours.
      </p>

      @if (manager()) {
        <div class="fr-tabs">
          <ul class="fr-tabs__list" role="tablist" aria-label="Réglages des alertes">
            @for (tab of tabs; track tab.id) {
              <li role="presentation">
                <button
                  #tabButton
                  type="button"
                  class="fr-tabs__tab"
                  role="tab"
                  [id]="'settings-tab-' + tab.id"
                  [attr.aria-selected]="selected() === tab.id"
                  [attr.tabindex]="selected() === tab.id ? 0 : -1"
                  aria-controls="settings-panel"
                  (click)="select(tab.id)"
                  (keydown)="onTabKey($event)"
                >
                  {{ tab.label }}
                </button>
              </li>
            }
          </ul>
          <div
            id="settings-panel"
            class="fr-tabs__panel fr-tabs__panel--selected"
            role="tabpanel"
            [attr.aria-labelledby]="'settings-tab-' + selected()"
            tabindex="0"
          >
            <ng-container *ngTemplateOutlet="panel" />
          </div>
        </div>
      } @else {
        <ng-container *ngTemplateOutlet="panel" />
      }

      <ng-template #panel>
        @let current = selected() === 'organization' ? organizationSettings : mySettings;
        <cnt-problem-alert [problem]="current.problem()" />
        @if (current.value(); as subscription) {
          <cnt-subscription-form
            [subscription]="subscription"
            [organizationId]="selected() === 'organization' ? organizationId() : null"
            [competence]="competence.value() ?? null"
            [communes]="lookup.communes()"
            [zones]="lookup.zones()"
            (changed)="changed()"
          />
        } @else if (!current.problem()) {
          <p>Chargement des réglages…</p>
        }
      </ng-template>
    </div>
  `,
})
export class AlertSettingsPage {
  private readonly session = inject(Session);
  private readonly mine = inject(MyAlertSubscriptionGQL);
  private readonly defaults = inject(OrganizationAlertSubscriptionGQL);
  private readonly organizationQuery = inject(AlertOrganizationGQL);
  protected readonly lookup = inject(AlertsLookup);

  protected readonly tabs: readonly { id: Tab; label: string }[] = [
    { id: 'mine', label: 'Mes réglages' },
    { id: 'organization', label: 'Réglages par défaut de mon organisation' },
  ];
  protected readonly selected = signal<Tab>('mine');
  private readonly tabButtons = viewChildren<ElementRef<HTMLButtonElement>>('tabButton');

  protected readonly manager = computed(() => this.session.user()?.roles.includes('MANAGER') ?? false);
  protected readonly organizationId = computed(() => this.session.user()?.organization.id ?? '');

  private readonly myQuery = liveQuery(
    () => null,
    () =>
      this.mine
        .fetch({ fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.myAlertSubscription ?? null)),
  );
  private readonly organizationDefaults = liveQuery(
    () => (this.manager() ? this.organizationId() : null),
    (organizationId) =>
      organizationId
        ? this.defaults
            .fetch({ variables: { organizationId }, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.organizationAlertSubscription ?? null))
        : of(null),
  );
  protected readonly mySettings = this.myQuery;
  protected readonly organizationSettings = this.organizationDefaults;
  protected readonly competence = liveQuery(
    () => this.organizationId(),
    (id) =>
      id
        ? this.organizationQuery.fetch({ variables: { id } }).pipe(
            map((result): Competence | null => {
              const organization = result.data?.organization;
              return organization
                ? {
                    wholeDepartement: organization.wholeDepartement,
                    communes: organization.competenceCommunes,
                  }
                : null;
            }),
          )
        : of(null),
  );

  protected select(tab: Tab): void {
    this.selected.set(tab);
  }

  /** Arrow keys, Home and End move between tabs (the ARIA tabs pattern). */
  protected onTabKey(event: KeyboardEvent): void {
    const index = this.tabs.findIndex((tab) => tab.id === this.selected());
    const last = this.tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % this.tabs.length
        : event.key === 'ArrowLeft'
          ? (index + last) % this.tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    this.selected.set(this.tabs[next].id);
    this.tabButtons()[next]?.nativeElement.focus();
  }

  /** Saved or reset: read again what the server holds (my settings may follow my organisation's). */
  protected changed(): void {
    this.myQuery.reload();
    if (this.selected() === 'organization') this.organizationDefaults.reload();
  }
}
