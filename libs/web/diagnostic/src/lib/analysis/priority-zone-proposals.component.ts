import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { ZONE_KIND_LABELS, ZoneKind } from '@continuum/domain';
import {
  ConfirmPriorityZoneGQL,
  describeProblem,
  forControls,
  type PriorityZoneProposalsQuery,
  type Problem,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';

type Proposals = PriorityZoneProposalsQuery['priorityZoneProposals'];
type Proposal = Proposals['proposals'][number];

/**
 * The priority zones proposed from persistent hotspots (the cabinet's), each with its cells' counts
 * and a form to confirm it as a zone of the territory: a name and a kind. Once confirmed, the
 * section reloads the proposals (it is gone from them) and the zones drawn on the map.
 */
@Component({
  selector: 'cnt-priority-zone-proposals',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ['.cnt-proposal { border: 1px solid var(--border-default-grey); }'],
  template: `
    <p class="fr-text--sm" data-testid="persistence-rule">{{ proposals().rule }}</p>
    @if (confirmed(); as zone) {
      <div
        class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w"
        role="status"
        data-testid="zone-confirmed"
      >
        <p>La zone « {{ zone.name }} » ({{ zone.kindLabel }}) est créée : elle est tracée sur la carte.</p>
      </div>
    }
    @if (proposals().proposals.length === 0) {
      <p>Aucun point chaud persistant à proposer comme zone pour {{ proposals().year }}.</p>
    }
    @for (proposal of proposals().proposals; track proposal.key; let i = $index) {
      <section
        class="cnt-proposal fr-p-3w fr-mb-3w"
        data-testid="zone-proposal"
        [attr.aria-labelledby]="'proposal-' + i"
      >
        <h4 class="fr-h6 fr-mb-1w" [id]="'proposal-' + i">
          Proposition {{ i + 1 }} : {{ communesOf(proposal) }}
        </h4>
        <p class="fr-text--sm fr-mb-1w">
          {{ proposal.cells.length }} cellule{{ proposal.cells.length > 1 ? 's' : '' }} ({{
            km2(proposal.areaKm2)
          }}
          km²) · {{ proposal.incidents.toLocaleString('fr-FR') }} faits en {{ proposals().year }},
          {{ proposal.previousIncidents.toLocaleString('fr-FR') }} en
          {{ proposals().year - 1 }}
          @if (proposal.overlappingZones.length) {
            · recoupe {{ proposal.overlappingZones.join(', ') }}
          }
        </p>
        <details class="fr-mt-1w">
          <summary>Les cellules et leurs faits</summary>
          <div class="fr-table fr-table--sm fr-mt-1w">
            <div class="fr-table__wrapper">
              <div class="fr-table__container" tabindex="0">
                <div class="fr-table__content">
                  <table>
                    <caption class="fr-sr-only">
                      Cellules de la proposition
                      {{
                        i + 1
                      }}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Cellule H3</th>
                        <th scope="col" class="fr-cell--right">Faits {{ proposals().year }}</th>
                        <th scope="col" class="fr-cell--right">z {{ proposals().year }}</th>
                        <th scope="col" class="fr-cell--right">Faits {{ proposals().year - 1 }}</th>
                        <th scope="col" class="fr-cell--right">z {{ proposals().year - 1 }}</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (cell of proposal.cells; track cell.h3) {
                        <tr>
                          <th scope="row">{{ cell.h3 }}</th>
                          <td class="fr-cell--right">{{ cell.count.toLocaleString('fr-FR') }}</td>
                          <td class="fr-cell--right">{{ number(cell.z) }}</td>
                          <td class="fr-cell--right">{{ cell.previousCount.toLocaleString('fr-FR') }}</td>
                          <td class="fr-cell--right">{{ number(cell.previousZ) }}</td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        </details>
        <form
          class="fr-mt-2w"
          (submit)="$event.preventDefault(); confirm(proposal, i)"
          [attr.aria-label]="'Confirmer la proposition ' + (i + 1)"
        >
          <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend fr-text--regular">Confirmer comme zone prioritaire</legend>
            <div class="fr-fieldset__element fr-col-12 fr-col-md-6">
              <div class="fr-input-group" [class.fr-input-group--error]="fieldError(i, 'name')">
                <label class="fr-label" [for]="'zone-name-' + i">Nom de la zone</label>
                <input
                  class="fr-input"
                  [class.fr-input--error]="fieldError(i, 'name')"
                  [id]="'zone-name-' + i"
                  name="name"
                  maxlength="200"
                  autocomplete="off"
                  [attr.aria-describedby]="'zone-name-' + i + '-messages'"
                  [attr.aria-invalid]="fieldError(i, 'name') ? true : null"
                  [value]="nameOf(i)"
                  (input)="setName(i, $any($event.target).value)"
                />
                <div class="fr-messages-group" [id]="'zone-name-' + i + '-messages'" aria-live="polite">
                  @if (fieldError(i, 'name'); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>
            </div>
            <div class="fr-fieldset__element fr-col-12 fr-col-md-6">
              <div class="fr-select-group">
                <label class="fr-label" [for]="'zone-kind-' + i">Type de zone</label>
                <select
                  class="fr-select"
                  [id]="'zone-kind-' + i"
                  name="kind"
                  (change)="setKind(i, $any($event.target).value)"
                >
                  @for (kind of kinds; track kind.value) {
                    <option [value]="kind.value" [selected]="kind.value === kindOf(i)">
                      {{ kind.label }}
                    </option>
                  }
                </select>
              </div>
            </div>
          </fieldset>
          @if (failed()?.index === i) {
            <cnt-problem-alert [problem]="failed()!.problem" />
          }
          <button class="fr-btn" type="submit" [disabled]="busy()">Confirmer comme zone prioritaire</button>
        </form>
      </section>
    }
  `,
})
export class PriorityZoneProposalsComponent {
  readonly proposals = input.required<Proposals>();
  readonly communeCode = input<string | null>(null);
  /** A zone was created: the section reloads the proposals and the zones. */
  readonly confirmedZone = output<string>();

  private readonly mutation = inject(ConfirmPriorityZoneGQL);
  protected readonly defaultKind = ZoneKind.PRIORITY_ZONE;
  protected readonly kinds = Object.values(ZoneKind).map((value) => ({
    value,
    label: ZONE_KIND_LABELS[value],
  }));
  private readonly names = signal<Partial<Record<number, string>>>({});
  private readonly kindsChosen = signal<Partial<Record<number, ZoneKind>>>({});
  protected readonly busy = signal(false);
  protected readonly failed = signal<{ index: number; problem: Problem } | null>(null);
  protected readonly confirmed = signal<{ name: string; kindLabel: string } | null>(null);

  protected nameOf(index: number): string {
    return this.names()[index] ?? '';
  }
  protected kindOf(index: number): ZoneKind {
    return this.kindsChosen()[index] ?? this.defaultKind;
  }
  protected setName(index: number, value: string): void {
    this.names.update((names) => ({ ...names, [index]: value }));
  }
  protected setKind(index: number, value: ZoneKind): void {
    this.kindsChosen.update((kinds) => ({ ...kinds, [index]: value }));
  }
  protected fieldError(index: number, control: string): string | null {
    const failed = this.failed();
    return failed?.index === index ? (failed.problem.fields[control] ?? null) : null;
  }

  protected confirm(proposal: Proposal, index: number): void {
    this.busy.set(true);
    this.failed.set(null);
    const { year, resolution } = this.proposals();
    this.mutation
      .mutate({
        variables: {
          input: {
            year,
            resolution,
            communeCode: this.communeCode(),
            cells: proposal.cells.map((cell) => cell.h3),
            name: this.nameOf(index),
            kind: this.kindOf(index),
          },
        },
      })
      .subscribe({
        next: (result) => {
          this.busy.set(false);
          const zone = result.data!.confirmPriorityZone;
          this.confirmed.set({ name: zone.name, kindLabel: zone.kindLabel });
          this.names.set({});
          this.kindsChosen.set({});
          this.confirmedZone.emit(zone.id);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.failed.set({ index, problem: forControls(describeProblem(error), 'name') });
        },
      });
  }

  /** The communes it covers most, three at most: a proposal across a whole town would list them all. */
  protected communesOf(proposal: Proposal): string {
    const names = proposal.communes;
    return names.length > 4
      ? `${names.slice(0, 3).join(', ')} et ${names.length - 3} autres communes`
      : names.join(', ');
  }

  protected km2(value: number): string {
    return value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  }
  protected number(value: number): string {
    return value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  }
}
