import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import type { SurveyResultsQuery } from '@continuum/web/data-access';
import { averageText } from './survey-labels';

type QuestionResult = SurveyResultsQuery['surveyResults']['questions'][number];
type Group = QuestionResult['byCommune'][number];

const STEP_COLOURS = [
  'var(--background-flat-error)',
  'var(--background-action-high-orange-terre-battue)',
  'var(--background-contrast-grey-active)',
  'var(--background-action-high-green-emeraude)',
  'var(--background-flat-success)',
];

/**
 * One question's results: for a scale, the mean and distribution overall (a bar, decorative: the
 * figures are in the text and the tables), then by organisation type and by commune, masked groups
 * saying so; for a free question, its answers (the cabinet only, none when too few answered).
 */
@Component({
  selector: 'cnt-survey-question-results',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="fr-mb-5w"
      [attr.aria-labelledby]="'question-' + question().position"
      data-testid="question-results"
    >
      <h3 class="fr-h5" [id]="'question-' + question().position">
        Q{{ question().position }}. {{ question().label }}
      </h3>
      @if (question().kind === 'SCALE') {
        @if (question().overall; as overall) {
          @if (overall.masked) {
            <p data-testid="overall">
              Ensemble : secret — moins de {{ minCell() }} réponses, rien n’est montré.
            </p>
          } @else {
            <p data-testid="overall">
              Ensemble : <strong>{{ average(overall) }} / 5</strong> sur {{ overall.count }} réponse{{
                (overall.count ?? 0) > 1 ? 's' : ''
              }}
              @if (overall.distribution; as steps) {
                — {{ stepsText(steps) }}
              }
            </p>
            @if (overall.distribution; as steps) {
              <svg
                width="100%"
                height="18"
                viewBox="0 0 100 18"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                @for (part of bar(steps); track $index) {
                  <rect [attr.x]="part.x" [attr.width]="part.width" height="18" [attr.fill]="part.colour" />
                }
              </svg>
            }
          }
        }
        <div class="fr-grid-row fr-grid-row--gutters fr-mt-1w">
          <div class="fr-col-12 fr-col-md-6">
            <ng-container
              *ngTemplateOutlet="
                groups;
                context: { $implicit: question().byOrganizationType, caption: 'Par type d’organisation' }
              "
            />
          </div>
          <div class="fr-col-12 fr-col-md-6">
            <ng-container
              *ngTemplateOutlet="groups; context: { $implicit: question().byCommune, caption: 'Par commune' }"
            />
          </div>
        </div>
      } @else if (question().texts; as texts) {
        <ul data-testid="free-texts">
          @for (item of grouped(texts); track item.text) {
            <li>
              « {{ item.text }} »
              @if (item.count > 1) {
                <span class="fr-text--sm"> (× {{ item.count }})</span>
              }
            </li>
          } @empty {
            <li>Aucune réponse libre.</li>
          }
        </ul>
      } @else {
        <p>
          Réponses libres non montrées : moins de {{ minCell() }} répondants, elles désigneraient leurs
          auteurs.
        </p>
      }
    </section>

    <ng-template #groups let-rows let-caption="caption">
      <div class="fr-table fr-table--sm fr-table--multiline">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table>
                <caption>
                  {{
                    caption
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Groupe</th>
                    <th scope="col" class="fr-cell--right">Répondants</th>
                    <th scope="col" class="fr-cell--right">Moyenne</th>
                    <th scope="col">Notes 1 à 5</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of asGroups(rows); track row.key) {
                    <tr>
                      <th scope="row">{{ row.label }}</th>
                      <td class="fr-cell--right">{{ row.respondents ?? '< ' + minCell() }}</td>
                      <td class="fr-cell--right">{{ average(row.summary) }}</td>
                      <td>{{ row.summary.distribution ? stepsText(row.summary.distribution) : 'masqué' }}</td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="4">Aucune réponse.</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </ng-template>
  `,
  imports: [NgTemplateOutlet],
})
export class SurveyQuestionResultsComponent {
  readonly question = input.required<QuestionResult>();
  readonly minCell = input.required<number>();

  protected average(summary: { average?: number | null; masked: boolean }): string {
    return averageText(summary, this.minCell());
  }

  protected stepsText(steps: readonly number[]): string {
    return steps.map((count, index) => `${index + 1} : ${count}`).join(' · ');
  }

  /** The same words written by several respondents, once with their number. */
  protected grouped(texts: readonly string[]): { text: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
    return [...counts].map(([text, count]) => ({ text, count }));
  }

  protected asGroups(rows: unknown): Group[] {
    return rows as Group[];
  }

  protected bar(steps: readonly number[]): { x: number; width: number; colour: string }[] {
    const total = steps.reduce((sum, n) => sum + n, 0) || 1;
    let x = 0;
    return steps.map((count, index) => {
      const part = { x, width: (count / total) * 100, colour: STEP_COLOURS[index] };
      x += part.width;
      return part;
    });
  }
}
