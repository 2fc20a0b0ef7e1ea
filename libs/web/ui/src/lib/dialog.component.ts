import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';

let nextId = 0;

/**
 * A DSFR-looking modal dialog on the native `<dialog>` element: `showModal()` gives the focus trap,
 * Escape and the inert page for free, and DSFR's script (which drives `.fr-modal`) leaves it alone.
 * Open while `open` is true; `closed` fires when the user closes it (button, Escape).
 */
@Component({
  selector: 'cnt-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog
      #dialog
      class="cnt-dialog"
      [attr.aria-labelledby]="titleId"
      (close)="closed.emit()"
      data-testid="dialog"
    >
      <div class="fr-container fr-container--fluid fr-container-md">
        <div class="fr-grid-row fr-grid-row--center">
          <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
            <div class="fr-modal__body">
              <div class="fr-modal__header">
                <button class="fr-btn--close fr-btn" type="button" title="Fermer" (click)="dialog.close()">
                  Fermer
                </button>
              </div>
              <div class="fr-modal__content cnt-dialog__content">
                <h1 class="fr-modal__title" [id]="titleId">{{ heading() }}</h1>
                <ng-content />
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  `,
  styles: `
    .cnt-dialog {
      border: none;
      padding: 0;
      margin: auto;
      width: 100%;
      max-width: 100%;
      background: transparent;
      color: inherit;
    }
    .cnt-dialog::backdrop {
      background-color: rgba(22, 22, 22, 0.64);
    }
    .cnt-dialog__content {
      margin-bottom: 1.5rem;
    }
  `,
})
export class DialogComponent {
  readonly heading = input.required<string>();
  readonly open = input(false);
  readonly closed = output<void>();

  protected readonly titleId = `cnt-dialog-${++nextId}`;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  constructor() {
    afterRenderEffect(() => {
      const element = this.dialog().nativeElement;
      if (this.open() && !element.open) element.showModal();
      else if (!this.open() && element.open) element.close();
    });
  }
}
