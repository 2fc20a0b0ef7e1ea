import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SurveyTrendQuery } from '@continuum/web/data-access';
import { averageText, SERIES_COLOURS } from './survey-labels';

type Trend = SurveyTrendQuery['surveyTrend'];

const WIDTH = 520;
const HEIGHT = 220;
const LEFT = 36;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 36;

/**
 * The mean score of each scale question over the waves sent: a line chart (decorative for assistive
 * technologies: the same figures are in the table beside it), a masked point left out of its line.
 */
@Component({
  selector: 'cnt-survey-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-grid-row fr-grid-row--gutters">
      <div class="fr-col-12 fr-col-lg-5">
        <figure class="fr-m-0" data-testid="trend-chart">
          <svg
            [attr.viewBox]="'0 0 ' + width + ' ' + height"
            width="100%"
            aria-hidden="true"
            focusable="false"
          >
            @for (tick of ticks; track tick) {
              <line
                [attr.x1]="left"
                [attr.x2]="width - right"
                [attr.y1]="y(tick)"
                [attr.y2]="y(tick)"
                stroke="var(--border-default-grey)"
              />
              <text
                [attr.x]="left - 8"
                [attr.y]="y(tick) + 4"
                text-anchor="end"
                font-size="11"
                fill="var(--text-mention-grey)"
              >
                {{ tick }}
              </text>
            }
            @for (wave of trend().waves; track wave.id; let i = $index) {
              <text
                [attr.x]="x(i)"
                [attr.y]="height - 12"
                text-anchor="middle"
                font-size="11"
                fill="var(--text-mention-grey)"
              >
                {{ shortTitle(wave.title) }}
              </text>
            }
            @for (line of lines(); track line.label) {
              <polyline
                [attr.points]="line.points"
                fill="none"
                [attr.stroke]="line.colour"
                stroke-width="2.5"
              />
              @for (dot of line.dots; track dot.x) {
                <circle [attr.cx]="dot.x" [attr.cy]="dot.y" r="4" [attr.fill]="line.colour" />
              }
            }
          </svg>
          <figcaption class="fr-text--sm">
            <ul class="fr-raw-list">
              @for (line of lines(); track line.label; let i = $index) {
                <li>
                  <svg width="14" height="10" aria-hidden="true" focusable="false">
                    <rect width="14" height="10" [attr.fill]="line.colour" />
                  </svg>
                  Q{{ i + 1 }}. {{ line.label }}
                </li>
              }
            </ul>
          </figcaption>
        </figure>
      </div>
      <div class="fr-col-12 fr-col-lg-7">
        <div class="fr-table fr-table--sm fr-table--multiline" data-testid="trend-table">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" tabindex="0">
              <div class="fr-table__content">
                <table>
                  <caption>
                    Note moyenne sur 5, par vague
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Question</th>
                      @for (wave of trend().waves; track wave.id) {
                        <th scope="col" class="fr-cell--right">{{ shortTitle(wave.title) }}</th>
                      }
                    </tr>
                  </thead>
                  <tbody>
                    @for (series of trend().series; track series.label; let i = $index) {
                      <tr>
                        <th scope="row">Q{{ i + 1 }}. {{ series.label }}</th>
                        @for (point of series.points; track point.waveId) {
                          <td class="fr-cell--right">{{ text(point.summary) }}</td>
                        }
                      </tr>
                    }
                    <tr>
                      <th scope="row">Réponses / interrogés</th>
                      @for (wave of trend().waves; track wave.id) {
                        <td class="fr-cell--right">{{ wave.respondents }} / {{ wave.recipients }}</td>
                      }
                    </tr>
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  `,
})
export class SurveyTrendChartComponent {
  readonly trend = input.required<Trend>();
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly right = RIGHT;
  protected readonly ticks = [1, 2, 3, 4, 5];

  protected readonly lines = computed(() =>
    this.trend().series.map((series, index) => {
      const dots = series.points.flatMap((point, i) =>
        point.summary && !point.summary.masked && point.summary.average != null
          ? [{ x: this.x(i), y: this.y(point.summary.average) }]
          : [],
      );
      return {
        label: series.label,
        colour: SERIES_COLOURS[index % SERIES_COLOURS.length],
        dots,
        points: dots.map((dot) => `${dot.x},${dot.y}`).join(' '),
      };
    }),
  );

  protected x(index: number): number {
    const count = this.trend().waves.length;
    const span = WIDTH - LEFT - RIGHT;
    // Room at both ends for the waves' names, centred under their points.
    return count <= 1 ? LEFT + span / 2 : LEFT + 55 + (index * (span - 110)) / (count - 1);
  }

  protected y(score: number): number {
    return TOP + ((5 - score) / 4) * (HEIGHT - TOP - BOTTOM);
  }

  /** « Enquête de satisfaction — 1er semestre 2026 » → « 1er semestre 2026 ». */
  protected shortTitle(title: string): string {
    const parts = title.split(' — ');
    return parts[parts.length - 1];
  }

  protected text(summary: { average?: number | null; masked: boolean } | null | undefined): string {
    return averageText(summary, this.trend().minCell);
  }
}
