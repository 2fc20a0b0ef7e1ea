import { signal } from '@angular/core';
import { AbstractControl, FormGroup } from '@angular/forms';
import { FIELDS_MESSAGE, type Problem } from '@continuum/web/data-access';
import { FieldWording, messageFor } from './form-messages';

/**
 * What a DSFR form page needs beyond Angular's form model: whether the user tried to submit,
 * the server's problem (alert + per-field messages from `extensions.field`), and a busy flag.
 */
export class FormState {
  readonly submitted = signal(false);
  readonly busy = signal(false);
  readonly problem = signal<Problem | null>(null);

  constructor(
    private readonly form: FormGroup,
    private readonly wording: Record<string, FieldWording>,
    /** Prefix of the inputs' ids, to move the focus to the first field in error. */
    private readonly idPrefix: string,
  ) {}

  /** The French message to show under a field, once it was touched or the form submitted. */
  error(name: string): string | null {
    const control = this.form.get(name);
    if (!control || !(control.touched || this.submitted())) return null;
    return messageFor(control.errors, this.wording[name] ?? { what: 'ce champ' });
  }

  /** Before sending: true when the form is valid; otherwise shows every message and focuses the first. */
  check(): boolean {
    this.submitted.set(true);
    this.problem.set(null);
    this.form.markAllAsTouched();
    if (this.form.valid) return true;
    this.focusFirstInvalid();
    return false;
  }

  /** After a refusal: the alert, and each field the server named gets its message. */
  refused(problem: Problem): void {
    const elsewhere: string[] = [];
    for (const [name, message] of Object.entries(problem.fields)) {
      const control: AbstractControl | null = this.form.get(name);
      if (!control) {
        elsewhere.push(message);
        continue;
      }
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    }
    // A field the form has no control for (`input.point`…) would otherwise lose its message.
    const shown = elsewhere.length > 0 && problem.message === FIELDS_MESSAGE;
    this.problem.set(shown ? { ...problem, message: elsewhere.join(' ') } : problem);
    this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    const name = Object.keys(this.form.controls).find((key) => this.form.controls[key].invalid);
    if (!name) return;
    // After the messages render.
    setTimeout(() => document.getElementById(`${this.idPrefix}-${name}`)?.focus());
  }
}
