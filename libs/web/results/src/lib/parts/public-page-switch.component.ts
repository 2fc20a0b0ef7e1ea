import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { describeProblem, Problem, SetPublicResultPageGQL } from '@continuum/web/data-access';
import { DialogComponent, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { ofCommune } from '../shared/results-format';

/**
 * The cabinet opens or closes a commune's public results page (no login, aggregates only), after a
 * confirmation; the server journals it. When open, the page's address is given.
 */
@Component({
  selector: 'cnt-public-page-switch',
  imports: [DialogComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-p-3w cnt-box" data-testid="public-page-switch">
      <h2 class="fr-h5">Page publique de la commune</h2>
      <p>
        <span
          class="fr-badge fr-badge--no-icon"
          [class.fr-badge--success]="enabled()"
          data-testid="public-page-state"
          >{{ enabled() ? 'Ouverte' : 'Fermée' }}</span
        >
      </p>
      <p class="fr-text--sm">
        Ouverte, elle montre à tous, sans connexion, les chiffres agrégés de la commune : faits enregistrés
        (les plus petits masqués), dossiers non sensibles ouverts et résolus, présence visible, opérations
        menées, objectifs du plan.
      </p>
      @if (enabled()) {
        <p>
          <a class="fr-link" [href]="address()" data-testid="public-page-link"
            >Voir la page publique {{ ofName(communeName()) }}</a
          >
        </p>
      }
      <cnt-problem-alert [problem]="problem()" />
      <button class="fr-btn" type="button" [class.fr-btn--secondary]="enabled()" (click)="asking.set(true)">
        {{ enabled() ? 'Fermer la page publique' : 'Ouvrir la page publique' }}
      </button>
    </div>

    <cnt-dialog [heading]="question()" [open]="asking()" (closed)="asking.set(false)">
      <p>
        @if (enabled()) {
          Elle ne sera plus accessible : son adresse répondra « Page introuvable ».
        } @else {
          Toute personne, sans compte, pourra lire les chiffres agrégés {{ ofName(communeName()) }} à
          l’adresse {{ address() }}.
        }
        Ce changement est inscrit au journal.
      </p>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
        <li>
          <button class="fr-btn fr-btn--secondary" type="button" (click)="asking.set(false)">Annuler</button>
        </li>
        <li>
          <button class="fr-btn" type="button" [disabled]="busy()" (click)="confirm()">
            {{ enabled() ? 'Fermer la page' : 'Ouvrir la page' }}
          </button>
        </li>
      </ul>
    </cnt-dialog>
  `,
  styles: `
    .cnt-box {
      border: 1px solid var(--border-default-grey);
    }
  `,
})
export class PublicPageSwitchComponent {
  readonly communeCode = input.required<string>();
  readonly communeName = input.required<string>();
  readonly enabled = input.required<boolean>();
  /** After the server changed it: the page reloads what depends on it. */
  readonly changed = output<boolean>();

  private readonly mutation = inject(SetPublicResultPageGQL);
  protected readonly asking = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly address = computed(() => `/public/resultats/${this.communeCode()}`);
  protected readonly question = computed(() =>
    this.enabled()
      ? `Fermer la page publique ${ofCommune(this.communeName())} ?`
      : `Ouvrir la page publique ${ofCommune(this.communeName())} ?`,
  );

  protected ofName = ofCommune;

  protected async confirm(): Promise<void> {
    const enabled = !this.enabled();
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.mutation.mutate({ variables: { communeCode: this.communeCode(), enabled } }));
      this.changed.emit(enabled);
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
      this.asking.set(false);
    }
  }
}
