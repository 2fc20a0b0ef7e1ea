// Form controls of the shared UI that need @angular/forms at run time (a ControlValueAccessor): a
// separate entry so that the page frame, imported by the app shell, does not pull Angular's forms
// into the initial bundle.
export * from './lib/forms/commune-picker.component';
