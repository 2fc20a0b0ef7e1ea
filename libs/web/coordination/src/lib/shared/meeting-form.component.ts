import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  CreateMeetingGQL,
  describeProblem,
  MeetingInput,
  MeetingKind,
  UpdateMeetingGQL,
} from '@continuum/web/data-access';
import {
  blankToNull,
  FormState,
  fromParisLocal,
  ProblemAlertComponent,
  toParisLocal,
} from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { meetingKindLabel, meetingKindsFor, minutesBetween } from './coordination-labels';

export interface MeetingFormBody {
  id: string;
  kind: string;
  workingGroups: readonly { id: string; name: string }[];
}

export interface MeetingFormExisting {
  id: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  visioUrl: string | null;
  workingGroup: { id: string } | null;
}

/** What the form tells its page once the server accepted it. */
export interface MeetingSaved {
  id: string;
  created: boolean;
}

function parisDateTime(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '');
  if (value === '') return null;
  return fromParisLocal(value)
    ? null
    : { invalid: 'Date et heure invalides : format attendu 10/12/2026 14:00.' };
}

function webAddress(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  if (value === '') return null;
  return /^https:\/\/\S+$/i.test(value)
    ? null
    : { invalid: 'Lien de visioconférence invalide : il commence par https://.' };
}

/**
 * « Nouvelle séance » (or its changes): kind, restricted group, date and time in Paris, duration,
 * place and video link. The server's refusals (a date in the past…) appear under the field it names.
 */
@Component({
  selector: 'cnt-meeting-form',
  imports: [ReactiveFormsModule, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      [formGroup]="form"
      novalidate
      (ngSubmit)="save()"
      [attr.aria-label]="existing() ? 'Modifier la séance' : 'Nouvelle séance'"
      data-testid="meeting-form"
    >
      <cnt-problem-alert [problem]="state.problem()" />
      @if (existing()) {
        <p class="fr-text--sm">
          <span class="fr-text--bold">Type :</span> {{ kindLabel(form.controls.kind.value) }} — le type et le
          groupe d’une séance ne changent pas.
        </p>
      } @else if (kinds().length > 1) {
        <fieldset
          class="fr-fieldset"
          [class.fr-fieldset--error]="state.error('kind')"
          id="meeting-kind"
          aria-labelledby="meeting-kind-legend meeting-kind-messages"
        >
          <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="meeting-kind-legend">
            Type de séance *
          </legend>
          @for (kind of kinds(); track kind) {
            <div class="fr-fieldset__element fr-fieldset__element--inline">
              <div class="fr-radio-group">
                <input
                  type="radio"
                  [id]="'meeting-kind-' + kind"
                  formControlName="kind"
                  [value]="kind"
                  name="kind"
                />
                <label class="fr-label" [for]="'meeting-kind-' + kind">{{ kindLabel(kind) }}</label>
              </div>
            </div>
          }
          <div class="fr-messages-group" id="meeting-kind-messages" aria-live="polite">
            @if (state.error('kind'); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </fieldset>
      } @else {
        <p class="fr-text--sm"><span class="fr-text--bold">Type :</span> {{ kindLabel(kinds()[0]) }}</p>
      }

      @if (restricted() && !existing()) {
        <div class="fr-select-group" [class.fr-select-group--error]="state.error('workingGroupId')">
          <label class="fr-label" for="meeting-workingGroupId">Groupe de travail restreint *</label>
          <select
            class="fr-select"
            id="meeting-workingGroupId"
            formControlName="workingGroupId"
            [class.fr-select--error]="state.error('workingGroupId')"
            aria-describedby="meeting-workingGroupId-messages"
          >
            <option value="" disabled>Choisissez le groupe</option>
            @for (group of body().workingGroups; track group.id) {
              <option [value]="group.id">{{ group.name }}</option>
            }
          </select>
          <div class="fr-messages-group" id="meeting-workingGroupId-messages" aria-live="polite">
            @if (state.error('workingGroupId'); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
      }

      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <div class="fr-input-group" [class.fr-input-group--error]="state.error('startsAt')">
            <label class="fr-label" for="meeting-startsAt">
              Date et heure de début *
              <span class="fr-hint-text">Heure de Paris</span>
            </label>
            <input
              class="fr-input"
              id="meeting-startsAt"
              type="datetime-local"
              formControlName="startsAt"
              [class.fr-input--error]="state.error('startsAt')"
              aria-describedby="meeting-startsAt-messages"
              [attr.aria-invalid]="state.error('startsAt') ? true : null"
            />
            <div class="fr-messages-group" id="meeting-startsAt-messages" aria-live="polite">
              @if (state.error('startsAt'); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <div class="fr-input-group" [class.fr-input-group--error]="state.error('durationMinutes')">
            <label class="fr-label" for="meeting-durationMinutes">
              Durée prévue (minutes) *
              <span class="fr-hint-text">De 15 à 720 minutes ; 120 pour deux heures</span>
            </label>
            <input
              class="fr-input"
              id="meeting-durationMinutes"
              type="number"
              min="15"
              max="720"
              step="5"
              inputmode="numeric"
              formControlName="durationMinutes"
              [class.fr-input--error]="state.error('durationMinutes')"
              aria-describedby="meeting-durationMinutes-messages"
              [attr.aria-invalid]="state.error('durationMinutes') ? true : null"
            />
            <div class="fr-messages-group" id="meeting-durationMinutes-messages" aria-live="polite">
              @if (state.error('durationMinutes'); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
        </div>
      </div>

      <div class="fr-input-group" [class.fr-input-group--error]="state.error('place')">
        <label class="fr-label" for="meeting-place">
          Lieu
          <span class="fr-hint-text">Par exemple : Hôtel Groslot, salle du conseil</span>
        </label>
        <input
          class="fr-input"
          id="meeting-place"
          formControlName="place"
          [class.fr-input--error]="state.error('place')"
          aria-describedby="meeting-place-messages"
        />
        <div class="fr-messages-group" id="meeting-place-messages" aria-live="polite">
          @if (state.error('place'); as message) {
            <p class="fr-message fr-message--error">{{ message }}</p>
          }
        </div>
      </div>
      <div class="fr-input-group" [class.fr-input-group--error]="state.error('visioUrl')">
        <label class="fr-label" for="meeting-visioUrl">
          Lien de visioconférence
          <span class="fr-hint-text">Facultatif ; commence par https://</span>
        </label>
        <input
          class="fr-input"
          id="meeting-visioUrl"
          type="url"
          formControlName="visioUrl"
          [class.fr-input--error]="state.error('visioUrl')"
          aria-describedby="meeting-visioUrl-messages"
          [attr.aria-invalid]="state.error('visioUrl') ? true : null"
        />
        <div class="fr-messages-group" id="meeting-visioUrl-messages" aria-live="polite">
          @if (state.error('visioUrl'); as message) {
            <p class="fr-message fr-message--error">{{ message }}</p>
          }
        </div>
      </div>

      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button class="fr-btn" type="submit" [disabled]="state.busy()">
            {{ existing() ? 'Enregistrer la séance' : 'Créer la séance' }}
          </button>
        </li>
        <li>
          <button class="fr-btn fr-btn--secondary" type="button" (click)="cancelled.emit()">Annuler</button>
        </li>
      </ul>
    </form>
  `,
})
export class MeetingFormComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly createMeeting = inject(CreateMeetingGQL);
  private readonly updateMeeting = inject(UpdateMeetingGQL);

  readonly body = input.required<MeetingFormBody>();
  /** The meeting to change; none to create one. */
  readonly existing = input<MeetingFormExisting | null>(null);
  readonly saved = output<MeetingSaved>();
  readonly cancelled = output<void>();

  protected readonly kinds = computed(() =>
    meetingKindsFor(this.body().kind, this.body().workingGroups.length > 0),
  );

  protected readonly form = this.fb.group({
    kind: this.fb.control<string>('', [Validators.required]),
    workingGroupId: [''],
    startsAt: ['', [Validators.required, parisDateTime]],
    durationMinutes: this.fb.control<number | null>(120, [
      Validators.required,
      Validators.min(15),
      Validators.max(720),
    ]),
    place: ['', [Validators.maxLength(300)]],
    visioUrl: ['', [Validators.maxLength(500), webAddress]],
  });
  protected readonly state = new FormState(
    this.form,
    {
      kind: { what: 'le type de séance', choice: true },
      workingGroupId: { what: 'le groupe de travail restreint', choice: true },
      startsAt: { what: 'la date et l’heure de début' },
      durationMinutes: { what: 'la durée prévue, en minutes' },
      place: { what: 'le lieu' },
      visioUrl: { what: 'le lien de visioconférence' },
    },
    'meeting',
  );

  private readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: '' });
  protected readonly restricted = computed(() => this.kind() === 'GROUPE_RESTREINT');

  constructor() {
    effect(() => {
      const existing = this.existing();
      const kinds = this.kinds();
      untracked(() => {
        if (existing) {
          this.form.reset({
            kind: existing.kind,
            workingGroupId: existing.workingGroup?.id ?? '',
            startsAt: toParisLocal(existing.startsAt),
            durationMinutes: minutesBetween(existing.startsAt, existing.endsAt),
            place: existing.place ?? '',
            visioUrl: existing.visioUrl ?? '',
          });
        } else if (!kinds.includes(this.form.controls.kind.value)) {
          this.form.controls.kind.setValue(kinds[0] ?? '');
        }
      });
    });
  }

  protected kindLabel(kind: string): string {
    return meetingKindLabel(kind);
  }

  protected async save(): Promise<void> {
    const group = this.form.controls.workingGroupId;
    if (this.restricted() && !group.value) group.setErrors({ required: true });
    if (!this.state.check()) return;
    const value = this.form.getRawValue();
    const input: MeetingInput = {
      kind: value.kind as MeetingKind,
      workingGroupId: value.kind === 'GROUPE_RESTREINT' ? value.workingGroupId || null : null,
      startsAt: fromParisLocal(value.startsAt)?.toISOString() ?? value.startsAt,
      durationMinutes: Number(value.durationMinutes),
      place: blankToNull(value.place),
      visioUrl: blankToNull(value.visioUrl),
    };
    this.state.busy.set(true);
    try {
      const existing = this.existing();
      if (existing) {
        await firstValueFrom(this.updateMeeting.mutate({ variables: { id: existing.id, input } }));
        this.saved.emit({ id: existing.id, created: false });
      } else {
        const result = await firstValueFrom(
          this.createMeeting.mutate({ variables: { bodyId: this.body().id, input } }),
        );
        const id = result.data?.createMeeting.id;
        if (id) this.saved.emit({ id, created: true });
      }
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }
}
