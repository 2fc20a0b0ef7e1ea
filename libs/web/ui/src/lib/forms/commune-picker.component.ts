import { ChangeDetectionStrategy, Component, computed, forwardRef, input, signal } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { matchesSearch } from '../format';

export interface CommuneOption {
  code: string;
  name: string;
}

const SUGGESTIONS = 8;

/** French order of names (« Boësses » before « Boynes », « Échilleuses » among the E). */
const FRENCH = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Picks communes (INSEE codes) by typing part of a name or code, accents ignored; chosen
 * communes are DSFR dismissible tags. A form control of `string[]`, or of one code (`string`, empty
 * when none) with `[single]="true"`: the case form and the alert composer share this one type-ahead.
 */
@Component({
  selector: 'cnt-commune-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CommunePickerComponent), multi: true },
  ],
  template: `
    <div class="fr-input-group fr-mb-1w" [class.fr-input-group--error]="invalid()">
      <label class="fr-label" [for]="inputId()">
        {{ label() }}
        <span class="fr-hint-text"
          >Tapez une partie du nom ou le code INSEE, puis choisissez dans la liste</span
        >
      </label>
      <input
        class="fr-input"
        [class.fr-input--error]="invalid()"
        [id]="inputId()"
        type="search"
        autocomplete="off"
        [attr.aria-describedby]="inputId() + '-messages'"
        [attr.aria-invalid]="invalid() ? true : null"
        [disabled]="disabled() || (single() && chosen().length > 0)"
        [value]="search()"
        (input)="search.set($any($event.target).value)"
        (blur)="touched()"
      />
      <ng-content />
    </div>
    @if (suggestions().length > 0) {
      <ul
        class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left fr-mb-1w"
        aria-label="Communes proposées"
        [attr.data-testid]="inputId() + '-suggestions'"
      >
        @for (commune of suggestions(); track commune.code) {
          <li>
            <button
              type="button"
              class="fr-btn fr-btn--tertiary fr-icon-add-line"
              (click)="add(commune.code)"
            >
              {{ commune.name }} ({{ commune.code }})
            </button>
          </li>
        }
      </ul>
    }
    @if (chosen().length > 0) {
      <ul class="fr-tags-group" [attr.aria-label]="single() ? 'Commune choisie' : 'Communes choisies'">
        @for (commune of chosen(); track commune.code) {
          <li>
            <button
              type="button"
              class="fr-tag fr-tag--sm fr-tag--dismiss"
              [attr.aria-label]="'Retirer ' + commune.name"
              [disabled]="disabled()"
              (click)="remove(commune.code)"
            >
              {{ commune.name }}
            </button>
          </li>
        }
      </ul>
    } @else {
      <p class="fr-text--sm fr-mb-1w">Aucune commune choisie.</p>
    }
  `,
})
export class CommunePickerComponent implements ControlValueAccessor {
  readonly communes = input.required<readonly CommuneOption[]>();
  readonly label = input('Communes');
  readonly inputId = input('commune-picker');
  readonly invalid = input(false);
  /** One commune (a `string` control) rather than several. */
  readonly single = input(false);

  protected readonly search = signal('');
  protected readonly value = signal<string[]>([]);
  protected readonly disabled = signal(false);
  private onChange: (value: string[] | string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  private readonly byCode = computed(() => new Map(this.communes().map((c) => [c.code, c])));
  protected readonly chosen = computed(() =>
    this.value()
      .map((code) => this.byCode().get(code) ?? { code, name: code })
      .sort((a, b) => FRENCH.compare(a.name, b.name)),
  );
  protected readonly suggestions = computed(() => {
    const search = this.search().trim();
    if (search.length < 2) return [];
    const taken = new Set(this.value());
    return this.communes()
      .filter((c) => !taken.has(c.code) && matchesSearch(search, c.name, c.code))
      .sort((a, b) => FRENCH.compare(a.name, b.name))
      .slice(0, SUGGESTIONS);
  });

  writeValue(value: string[] | string | null): void {
    this.value.set(typeof value === 'string' ? (value ? [value] : []) : [...(value ?? [])]);
  }
  registerOnChange(fn: (value: string[] | string) => void): void {
    this.onChange = fn;
  }
  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }
  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected add(code: string): void {
    this.update(this.single() ? [code] : [...this.value(), code]);
    this.search.set('');
  }

  protected remove(code: string): void {
    this.update(this.value().filter((c) => c !== code));
  }

  protected touched(): void {
    this.onTouched();
  }

  private update(codes: string[]): void {
    this.value.set(codes);
    this.onChange(this.single() ? (codes[0] ?? '') : codes);
    this.onTouched();
  }
}
