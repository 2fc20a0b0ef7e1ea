import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type LineCounts, linesText } from '../shared/diagnostic-labels';

/**
 * An import at work: what the job is doing and the lines read so far (valid, rejected), which the
 * page refreshes every second. A screen reader hears the step change, not every count.
 */
@Component({
  selector: 'cnt-import-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="fr-callout fr-icon-refresh-line"
      aria-labelledby="progress-title"
      data-testid="import-progress"
    >
      <h2 class="fr-callout__title" id="progress-title" aria-live="polite">{{ step() }}</h2>
      <progress class="cnt-progress" [attr.aria-labelledby]="'progress-title'"></progress>
      <p class="fr-callout__text" data-testid="progress-lines">{{ counts() }}</p>
      <p class="fr-text--sm fr-mb-0">
        Vous pouvez quitter cette page : l’import continue, et vous le retrouverez dans la liste des fichiers.
      </p>
    </section>
  `,
  styles: `
    .cnt-progress {
      display: block;
      width: 100%;
      height: 0.5rem;
      margin: 0.5rem 0 1rem;
      accent-color: var(--background-action-high-blue-france);
    }
  `,
})
export class ImportProgressComponent {
  readonly status = input.required<string>();
  readonly lines = input.required<LineCounts>();

  protected readonly step = computed(() => {
    switch (this.status()) {
      case 'QUEUED':
        return 'Import en attente de traitement…';
      case 'COMMITTING':
        return 'Enregistrement des lignes valides…';
      default:
        return 'Lecture du fichier, ligne par ligne…';
    }
  });
  protected readonly counts = computed(() =>
    this.status() === 'COMMITTING'
      ? `${new Intl.NumberFormat('fr-FR').format(this.lines().valid)} lignes valides en cours d’enregistrement.`
      : linesText(this.lines()),
  );
}
