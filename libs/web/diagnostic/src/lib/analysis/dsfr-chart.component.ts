import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  Renderer2,
  signal,
  viewChild,
} from '@angular/core';

export interface ChartSeries {
  name: string;
  /** One value per label; null where the figure is masked: the point or bar is left out, never 0. */
  values: readonly (number | null)[];
}

/**
 * The charts' own sheet (tooltip, legend), copied from the package by the build (`apps/web`'s
 * assets). The components render in a shadow root — 2.0.4 hands `shadowRoot: false` to
 * `customElements.define`, which ignores it — so the sheet is linked inside each of them.
 */
const CHART_SHEET = '/dsfr-chart/BarChart.css';

/** The DSFR's charts are web components (Vue inside): each kind is fetched once, with this chunk. */
const LOADERS = {
  line: () => import('@gouvfr/dsfr-chart/LineChart'),
  bar: () => import('@gouvfr/dsfr-chart/BarChart'),
} as const;
const loaded: Partial<Record<keyof typeof LOADERS, Promise<unknown>>> = {};

/**
 * A chart of the DSFR (`@gouvfr/dsfr-chart`) in a figure, its caption saying what it shows and that
 * the figures are in the table beside it. Its element is made here rather than in the template (so
 * no custom-elements schema): it reads its attributes once, when attached. The canvas is hidden from assistive technologies (it has
 * no text of its own; its tooltip follows the mouse only): the data table is the accessible
 * version, as the DSFR's data-visualisation guidance asks. A masked figure is a gap in the chart.
 */
@Component({
  selector: 'cnt-dsfr-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .cnt-chart {
      max-width: 56rem;
    }
  `,
  template: `
    <figure class="fr-my-2w fr-mx-0" [attr.data-testid]="testId()">
      <div #host aria-hidden="true" class="cnt-chart"></div>
      @if (!ready()) {
        <p class="fr-text--sm">Chargement du graphique…</p>
      }
      <figcaption class="fr-text--sm fr-mt-1w">{{ caption() }}</figcaption>
    </figure>
  `,
})
export class DsfrChartComponent {
  readonly kind = input.required<'line' | 'bar'>();
  readonly caption = input.required<string>();
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  readonly horizontal = input(false);
  /** Horizontal bars: how many (labels × series), so that each keeps its height whatever the screen's width. */
  readonly bars = input(0);
  readonly testId = input('chart');

  protected readonly ready = signal(false);
  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private readonly renderer = inject(Renderer2);

  /** The element's attributes: the chart reads them once, when it is attached. */
  private readonly attributes = computed(() => {
    const series = this.series();
    return {
      x: JSON.stringify(series.map(() => this.labels())),
      y: JSON.stringify(series.map((one) => one.values)),
      name: JSON.stringify(series.map((one) => one.name)),
      'selected-palette': 'categorical',
      ...(this.horizontal() ? { horizontal: 'true' } : {}),
    };
  });

  constructor() {
    afterNextRender(() => {
      const kind = this.kind();
      loaded[kind] ??= LOADERS[kind]();
      loaded[kind]!.then(() => this.ready.set(true));
    });
    // new data makes a new element, its attributes set before it is attached (it has no watcher)
    effect(() => {
      if (!this.ready()) return;
      const chart = this.renderer.createElement(`${this.kind()}-chart`) as HTMLElement;
      for (const [name, value] of Object.entries(this.attributes()))
        this.renderer.setAttribute(chart, name, value);
      const host = this.host().nativeElement;
      // width / height: about 22 px a horizontal bar; a line chart no wider than tall on a phone
      const width = host.offsetWidth || 800;
      const ratio = this.horizontal() ? width / (this.bars() * 22 + 80) : width < 600 ? 1 : 2;
      this.renderer.setAttribute(chart, 'aspect-ratio', Math.min(3, Math.max(0.3, ratio)).toFixed(2));
      for (const child of Array.from(host.childNodes)) this.renderer.removeChild(host, child);
      this.renderer.appendChild(host, chart);
      const sheet = this.renderer.createElement('link') as HTMLLinkElement;
      this.renderer.setAttribute(sheet, 'rel', 'stylesheet');
      this.renderer.setAttribute(sheet, 'href', CHART_SHEET);
      chart.shadowRoot?.prepend(sheet);
    });
  }
}
