import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig)
  .then(() => import('./dsfr'))
  .catch((error: unknown) => {
    document.body.textContent = 'Continuum n’a pas pu démarrer. Rechargez la page.';
    throw error;
  });
