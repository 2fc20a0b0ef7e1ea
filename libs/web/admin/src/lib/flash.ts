import { Injectable, signal } from '@angular/core';

/** One confirmation shown on the next list page (« Le compte de … a été créé. »), then cleared. */
@Injectable({ providedIn: 'root' })
export class Flash {
  private readonly pending = signal<string | null>(null);

  set(message: string): void {
    this.pending.set(message);
  }

  /** Reads the message once. */
  take(): string | null {
    const message = this.pending();
    this.pending.set(null);
    return message;
  }
}
