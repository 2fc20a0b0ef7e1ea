import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { liveQuery, PersonalDataNoticeGQL } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';

/**
 * `/donnees-personnelles`: who is responsible, whom to ask, the people's rights, the one cookie, and
 * the register of processing — its activities and durations come from the server, which generates
 * them from the declarations the daily purge applies.
 */
@Component({
  selector: 'cnt-personal-data-page',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Données personnelles</h1>
      <cnt-problem-alert [problem]="notice.problem()" />
      @if (notice.value(); as value) {
        <p class="fr-text--lead">
          Continuum traite des données personnelles pour coordonner la prévention de la délinquance entre la
          préfecture et ses partenaires. Le responsable du traitement est : {{ value.controller }}.
        </p>
        <h2>Vos droits</h2>
        <p>
          Vous pouvez accéder aux données qui vous concernent, les faire rectifier, en demander la limitation
          et vous opposer à leur traitement pour des raisons tenant à votre situation particulière (articles
          15 à 21 du RGPD). Le traitement relevant d’une mission d’intérêt public, les données ne sont pas
          effacées à la demande tant qu’elles restent nécessaires à cette mission.
        </p>
        <p>
          @if (value.dpoContact; as contact) {
            Pour exercer ces droits, écrivez au délégué à la protection des données : {{ contact }}.
          } @else {
            Pour exercer ces droits, écrivez au délégué à la protection des données de la préfecture.
          }
          Si vous estimez, après l’avoir contacté, que vos droits ne sont pas respectés, vous pouvez adresser
          une réclamation à la CNIL (cnil.fr).
        </p>
        <h2 id="cookies">Cookies</h2>
        <p>
          Continuum dépose un seul cookie, strictement nécessaire : celui de votre session, une fois connecté
          (il expire quand vous vous déconnectez ou après une période d’inactivité). Aucun cookie de mesure
          d’audience ni de publicité : rien à accepter ni à refuser.
        </p>
        <h2>Registre des traitements</h2>
        <p>
          Chaque activité, sa finalité, les données et leurs destinataires, et la durée de conservation en
          vigueur sur cette plateforme ; à son terme, une purge quotidienne efface ou anonymise ce qui doit
          l’être, et le journal en garde la trace.
        </p>
        @for (activity of value.activities; track activity.key) {
          <section class="fr-mb-4w" [attr.aria-labelledby]="'activite-' + activity.key">
            <h3 class="fr-h5" [id]="'activite-' + activity.key">{{ activity.name }}</h3>
            <dl class="cnt-register">
              <dt>Finalité</dt>
              <dd>{{ activity.purpose }}</dd>
              <dt>Base légale</dt>
              <dd>{{ activity.legalBasis }}</dd>
              <dt>Données</dt>
              <dd>
                <ul>
                  @for (category of activity.dataCategories; track category) {
                    <li>{{ category }}</li>
                  }
                </ul>
              </dd>
              <dt>Destinataires</dt>
              <dd>
                <ul>
                  @for (recipient of activity.recipients; track recipient) {
                    <li>{{ recipient }}</li>
                  }
                </ul>
              </dd>
              <dt>Conservation</dt>
              <dd>{{ activity.retention }}<br />À son terme : {{ activity.afterRetention }}.</dd>
            </dl>
          </section>
        }
      }
    </div>
  `,
  styles: `
    .cnt-register dt {
      font-weight: 700;
      margin-top: 0.5rem;
    }
    .cnt-register dd {
      margin-left: 0;
    }
    .cnt-register ul {
      margin: 0;
    }
  `,
})
export class PersonalDataPage {
  private readonly query = inject(PersonalDataNoticeGQL);
  protected readonly notice = liveQuery(
    () => null,
    () => this.query.fetch().pipe(map((result) => result.data?.personalDataNotice ?? null)),
  );
}
