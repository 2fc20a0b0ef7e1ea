import { ChangeDetectionStrategy, Component, ElementRef, signal, viewChildren } from '@angular/core';
import { DpoJournalComponent } from './dpo-journal.component';
import { RetentionPanelComponent } from './retention-panel.component';
import { SubjectAccessComponent } from './subject-access.component';

type Tab = 'journal' | 'acces' | 'conservation';

/**
 * `/protection-des-donnees`, the DPO's page: the journal, subject access, retention and purges, as
 * DSFR tabs (the ARIA tabs pattern, as « Réglages des alertes »).
 */
@Component({
  selector: 'cnt-dpo-page',
  imports: [DpoJournalComponent, SubjectAccessComponent, RetentionPanelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dpo.page.css',
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Protection des données</h1>
      <div class="fr-tabs">
        <ul class="fr-tabs__list" role="tablist" aria-label="Protection des données">
          @for (tab of tabs; track tab.id) {
            <li role="presentation">
              <button
                #tabButton
                type="button"
                class="fr-tabs__tab"
                role="tab"
                [id]="'dpo-tab-' + tab.id"
                [attr.aria-selected]="selected() === tab.id"
                [attr.tabindex]="selected() === tab.id ? 0 : -1"
                aria-controls="dpo-panel"
                (click)="selected.set(tab.id)"
                (keydown)="onTabKey($event)"
              >
                {{ tab.label }}
              </button>
            </li>
          }
        </ul>
        <div
          id="dpo-panel"
          class="fr-tabs__panel fr-tabs__panel--selected"
          role="tabpanel"
          [attr.aria-labelledby]="'dpo-tab-' + selected()"
          tabindex="0"
        >
          @switch (selected()) {
            @case ('journal') {
              <cnt-dpo-journal />
            }
            @case ('acces') {
              <cnt-subject-access />
            }
            @case ('conservation') {
              <cnt-retention-panel />
            }
          }
        </div>
      </div>
    </div>
  `,
})
export class DpoPage {
  protected readonly tabs: readonly { id: Tab; label: string }[] = [
    { id: 'journal', label: 'Journal' },
    { id: 'acces', label: 'Accès d’une personne' },
    { id: 'conservation', label: 'Conservation' },
  ];
  protected readonly selected = signal<Tab>('journal');
  private readonly tabButtons = viewChildren<ElementRef<HTMLButtonElement>>('tabButton');

  /** Arrow keys, Home and End move between tabs (the ARIA tabs pattern). */
  protected onTabKey(event: KeyboardEvent): void {
    const index = this.tabs.findIndex((tab) => tab.id === this.selected());
    const last = this.tabs.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % this.tabs.length,
      ArrowLeft: (index + last) % this.tabs.length,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.selected.set(this.tabs[next].id);
    this.tabButtons()[next]?.nativeElement.focus();
  }
}
