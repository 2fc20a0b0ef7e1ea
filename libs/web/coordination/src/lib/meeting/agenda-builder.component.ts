import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDragPlaceholder, CdkDropList } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  Problem,
  RemoveAgendaItemGQL,
  ReorderAgendaGQL,
  UpdateAgendaItemGQL,
} from '@continuum/web/data-access';
import { formatDuration, ProblemAlertComponent, SensitivityBadgeComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { agendaLoad, minutesBetween, moved, sectionLabel } from '../shared/coordination-labels';
import { actionProblem } from '../shared/problem';
import { FreeItemFormComponent } from './free-item-form.component';
import { AgendaItem, Meeting } from './meeting-section';

const MIN_ITEM = 1;
const MAX_ITEM = 240;

/**
 * The agenda as the secretary composes it: items in order, moved by drag and drop or with
 * « Monter » / « Descendre » (keyboard and screen readers), each with its duration; an item removed
 * stays waiting for a later meeting; the total time against the meeting's duration; a free item
 * (« point divers ») added by hand.
 */
@Component({
  selector: 'cnt-agenda-builder',
  imports: [
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    CdkDragPlaceholder,
    FreeItemFormComponent,
    RouterLink,
    ProblemAlertComponent,
    SensitivityBadgeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w" aria-labelledby="agenda-title" data-testid="agenda-builder">
      <h2 id="agenda-title" class="fr-h4">Ordre du jour</h2>
      <p class="fr-text--sm" id="agenda-help">
        Faites glisser un point par sa poignée, ou utilisez « Monter » et « Descendre ». Un point retiré n’est
        pas perdu : il reste en attente et sera proposé pour une prochaine séance.
      </p>
      <p
        class="fr-text--sm fr-mb-2w cnt-load"
        [class.cnt-load--over]="load().over > 0"
        role="status"
        data-testid="agenda-total"
      >
        Durée prévue : <span class="fr-text--bold">{{ duration(planned()) }}</span> pour une séance de
        {{ duration(meetingMinutes()) }}
        @if (load().over > 0) {
          — l’ordre du jour dépasse la séance de {{ duration(load().over) }}.
        } @else if (items().length > 0) {
          — il reste {{ duration(load().free) }}.
        }
      </p>
      <cnt-problem-alert [problem]="problem()" />
      <p class="fr-sr-only" aria-live="polite">{{ announcement() }}</p>

      @if (items().length > 0) {
        <ol
          class="cnt-agenda"
          cdkDropList
          [cdkDropListData]="items()"
          [cdkDropListDisabled]="busy()"
          (cdkDropListDropped)="dropped($event)"
          aria-describedby="agenda-help"
          data-testid="agenda"
        >
          @for (item of items(); track item.id; let index = $index, first = $first, last = $last) {
            <li
              class="cnt-item"
              cdkDrag
              [cdkDragData]="item"
              data-testid="agenda-item"
              [attr.data-item-id]="item.id"
            >
              <div class="cnt-item__placeholder" *cdkDragPlaceholder></div>
              <span
                class="cnt-item__handle fr-icon-drag-move-2-line"
                cdkDragHandle
                aria-hidden="true"
                title="Faire glisser pour déplacer"
                data-testid="drag-handle"
              ></span>
              <span class="cnt-item__position" aria-hidden="true">{{ index + 1 }}</span>
              <div class="cnt-item__body">
                <p class="fr-text--xs fr-mb-1v cnt-muted">{{ section(item.section) }}</p>
                @if (item.confidential) {
                  <p class="fr-text--bold fr-mb-1v">Point confidentiel</p>
                } @else if (item.case; as linked) {
                  <p class="fr-mb-1v">
                    <span class="cnt-ref">{{ linked.reference }}</span>
                    <a
                      class="fr-link"
                      [routerLink]="['/dossiers', linked.id]"
                      data-testid="agenda-item-title"
                      >{{ linked.title }}</a
                    >
                  </p>
                  <ul class="fr-badges-group fr-mb-1v">
                    <li><cnt-sensitivity-badge [sensitivity]="linked.sensitivity" [small]="true" /></li>
                  </ul>
                } @else {
                  <p class="fr-text--bold fr-mb-1v" data-testid="agenda-item-title">{{ item.title }}</p>
                }
                @if (item.reason && !item.confidential) {
                  <p class="fr-text--xs fr-mb-0 cnt-muted">{{ item.reason }}</p>
                }
                <ul
                  class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left cnt-item__buttons"
                >
                  <li>
                    <button
                      type="button"
                      class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-arrow-up-line"
                      [disabled]="first || busy()"
                      [attr.aria-label]="'Monter le point ' + (index + 1)"
                      (click)="move(index, index - 1)"
                    >
                      Monter
                    </button>
                  </li>
                  <li>
                    <button
                      type="button"
                      class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-arrow-down-line"
                      [disabled]="last || busy()"
                      [attr.aria-label]="'Descendre le point ' + (index + 1)"
                      (click)="move(index, index + 1)"
                    >
                      Descendre
                    </button>
                  </li>
                  <li>
                    <button
                      type="button"
                      class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-delete-line"
                      [disabled]="busy()"
                      [attr.aria-label]="'Retirer le point ' + (index + 1) + ' (il reste en attente)'"
                      (click)="remove(item, index)"
                    >
                      Retirer
                    </button>
                  </li>
                </ul>
              </div>
              <div class="cnt-item__tools">
                <div
                  class="fr-input-group fr-mb-0 cnt-duration"
                  [class.fr-input-group--error]="durationErrors()[item.id]"
                >
                  <label class="fr-label fr-text--sm" [for]="'item-duration-' + item.id">
                    Durée (min)<span class="fr-sr-only"> du point {{ index + 1 }}</span>
                  </label>
                  <input
                    class="fr-input fr-input--sm"
                    [class.fr-input--error]="durationErrors()[item.id]"
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max="240"
                    [id]="'item-duration-' + item.id"
                    [value]="item.durationMinutes ?? ''"
                    [attr.aria-describedby]="'item-duration-' + item.id + '-messages'"
                    [attr.aria-invalid]="durationErrors()[item.id] ? true : null"
                    (change)="setDuration(item, $any($event.target).value)"
                  />
                  <div
                    class="fr-messages-group"
                    [id]="'item-duration-' + item.id + '-messages'"
                    aria-live="polite"
                  >
                    @if (durationErrors()[item.id]; as message) {
                      <p class="fr-message fr-message--error">{{ message }}</p>
                    }
                  </div>
                </div>
              </div>
            </li>
          }
        </ol>
      } @else {
        <p class="fr-mb-2w">
          L’ordre du jour est vide : retenez des points proposés ou ajoutez un point divers.
        </p>
      }

      <cnt-free-item-form [meetingId]="meeting().id" (changed)="changed.emit($event)" />
    </section>
  `,
  styles: `
    .cnt-agenda {
      list-style: none;
      padding-left: 0;
      margin: 0;
    }
    .cnt-item {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      padding: 0.75rem 0.5rem;
      border-bottom: 1px solid var(--border-default-grey);
      background: var(--background-default-grey);
    }
    .cnt-item__handle {
      cursor: grab;
      color: var(--text-mention-grey);
      padding-top: 0.25rem;
    }
    .cnt-item__position {
      min-width: 1.75rem;
      font-weight: 700;
      font-size: 1.25rem;
      font-variant-numeric: tabular-nums;
      color: var(--text-title-blue-france);
    }
    .cnt-item__body {
      flex: 1;
      min-width: 0;
    }
    .cnt-item__buttons {
      margin-top: 0.5rem;
    }
    .cnt-duration {
      width: 8rem;
    }
    .cnt-item__placeholder {
      min-height: 4rem;
      width: 100%;
      background: var(--background-action-low-blue-france);
      border: 2px dashed var(--border-action-high-blue-france);
    }
    .cnt-agenda.cdk-drop-list-dragging .cnt-item:not(.cdk-drag-placeholder) {
      transition: transform 200ms cubic-bezier(0, 0, 0.2, 1);
    }
    .cdk-drag-preview.cnt-item {
      box-shadow: 0 6px 18px rgba(0, 0, 18, 0.24);
    }
    .cnt-ref {
      display: block;
      font-size: 0.75rem;
      color: var(--text-mention-grey);
      font-variant-numeric: tabular-nums;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-load--over {
      color: var(--text-default-error);
    }
  `,
})
export class AgendaBuilderComponent {
  private readonly reorder = inject(ReorderAgendaGQL);
  private readonly updateItem = inject(UpdateAgendaItemGQL);
  private readonly removeItem = inject(RemoveAgendaItemGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly meeting = input.required<Meeting>();
  readonly changed = output<string>();

  /** Changes sent and not yet answered: meanwhile a reading of the agenda may predate them. */
  private readonly pending = signal(0);
  /**
   * The agenda on screen: the server's, changed at once by the secretary's moves and durations. A
   * reading that arrives while a change is under way is older than it: the screen keeps its own
   * (the page reads the agenda again once the change is done).
   */
  protected readonly items = linkedSignal<readonly AgendaItem[], AgendaItem[]>({
    source: () => this.meeting().agenda,
    computation: (agenda, previous) =>
      previous && untracked(this.pending) > 0 ? previous.value : [...agenda],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly announcement = signal('');
  protected readonly durationErrors = signal<Record<string, string>>({});

  protected readonly meetingMinutes = computed(() =>
    minutesBetween(this.meeting().startsAt, this.meeting().endsAt),
  );
  protected readonly planned = computed(() =>
    this.items().reduce((sum, item) => sum + (item.durationMinutes ?? 0), 0),
  );
  protected readonly load = computed(() => agendaLoad(this.planned(), this.meetingMinutes()));

  protected section(section: string): string {
    return sectionLabel(section);
  }

  protected duration(minutes: number): string {
    return formatDuration(minutes);
  }

  protected dropped(event: CdkDragDrop<AgendaItem[]>): void {
    if (event.previousIndex === event.currentIndex) return;
    void this.move(event.previousIndex, event.currentIndex);
  }

  /** Moves an item on screen at once, then tells the server; put back if it refuses. */
  protected async move(from: number, to: number): Promise<void> {
    const before = this.items();
    const after = moved(before, from, to);
    if (after.every((item, index) => item.id === before[index].id)) return;
    this.items.set(after);
    this.busy.set(true);
    this.problem.set(null);
    this.pending.update((n) => n + 1);
    try {
      await firstValueFrom(
        this.reorder.mutate({
          variables: { meetingId: this.meeting().id, itemIds: after.map((item) => item.id) },
        }),
      );
      const position = after.findIndex((item) => item.id === before[from].id) + 1;
      this.announcement.set(`Point déplacé en position ${position} sur ${after.length}.`);
      // Keep the focus on the button that moved the item, wherever it went.
      setTimeout(() => this.focusMoved(before[from].id, to < from ? 'up' : 'down'));
      this.changed.emit('');
    } catch (error) {
      this.items.set(before);
      this.problem.set(actionProblem(error));
    } finally {
      this.pending.update((n) => n - 1);
      this.busy.set(false);
    }
  }

  protected async setDuration(item: AgendaItem, raw: string): Promise<void> {
    const value = Number(raw);
    const errors = { ...this.durationErrors() };
    delete errors[item.id];
    if (raw.trim() === '' || !Number.isInteger(value) || value < MIN_ITEM || value > MAX_ITEM) {
      errors[item.id] = `Saisissez une durée entre ${MIN_ITEM} et ${MAX_ITEM} minutes.`;
      this.durationErrors.set(errors);
      return;
    }
    this.durationErrors.set(errors);
    this.items.update((items) =>
      items.map((row) => (row.id === item.id ? { ...row, durationMinutes: value } : row)),
    );
    this.pending.update((n) => n + 1);
    try {
      await firstValueFrom(
        this.updateItem.mutate({ variables: { itemId: item.id, input: { durationMinutes: value } } }),
      );
    } catch (error) {
      const problem = actionProblem(error);
      this.durationErrors.set({
        ...this.durationErrors(),
        [item.id]: problem.fields['durationMinutes'] ?? problem.message,
      });
    } finally {
      this.pending.update((n) => n - 1);
      this.changed.emit('');
    }
  }

  protected async remove(item: AgendaItem, index: number): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.removeItem.mutate({ variables: { itemId: item.id } }));
      const name = item.confidential ? `${index + 1}` : `« ${item.case?.title ?? item.title ?? ''} »`;
      this.changed.emit(
        `Point ${name} retiré de l’ordre du jour : il reste en attente et sera proposé pour une prochaine séance.`,
      );
    } catch (error) {
      this.problem.set(actionProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  private focusMoved(itemId: string, direction: 'up' | 'down'): void {
    const row = this.host.nativeElement.querySelector(`[data-item-id="${itemId}"]`);
    const buttons = row?.querySelectorAll<HTMLButtonElement>('button');
    const wanted = buttons?.[direction === 'up' ? 0 : 1];
    const fallback = buttons?.[direction === 'up' ? 1 : 0];
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
  }
}
