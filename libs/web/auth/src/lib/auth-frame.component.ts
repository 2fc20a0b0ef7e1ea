import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The grey DSFR card the login pages share (connexion, mot de passe oublié, second facteur). */
@Component({
  selector: 'cnt-auth-frame',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-container--fluid fr-mb-md-14v">
      <div class="fr-grid-row fr-grid-row-gutters fr-grid-row--center">
        <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
          <div class="fr-container fr-background-alt--grey fr-px-md-0 fr-py-10v fr-py-md-14v fr-mt-md-6w">
            <div class="fr-grid-row fr-grid-row-gutters fr-grid-row--center">
              <div class="fr-col-12 fr-col-md-9 fr-col-lg-8">
                <ng-content />
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  `,
})
export class AuthFrameComponent {}
