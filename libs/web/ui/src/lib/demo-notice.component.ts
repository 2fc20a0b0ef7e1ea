import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Shown on every page when the server runs in demo mode (`appInfo.demoMode`). */
@Component({
  selector: 'cnt-demo-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-notice fr-notice--info" data-testid="demo-notice">
      <div class="fr-container">
        <div class="fr-notice__body">
          <p>
            <span class="fr-notice__title">Démonstration — données fictives</span>
            <span class="fr-notice__desc">
              Les communes et leurs populations sont réelles ; les personnes, les partenaires privés, les
              zones et tout ce qui s’y rapporte sont inventés.
            </span>
          </p>
        </div>
      </div>
    </div>
  `,
})
export class DemoNoticeComponent {}
