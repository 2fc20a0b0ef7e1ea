import { Routes } from '@angular/router';
import { NotificationCentrePage } from './centre/notification-centre.page';
import { ComposerPage } from './composer/composer.page';
import { SentAlertPage } from './sent/sent-alert.page';
import { SentAlertsPage } from './sent/sent-alerts.page';
import { AlertSettingsPage } from './settings/settings.page';
import { alertWritersGuard } from './shared/alert-writers';
import { AlertsLookup } from './shared/alerts-lookup';

/**
 * The alerts (`/alertes`): my notification centre, my settings, and for those who write alerts
 * (the prefect's cabinet, the secretaries of bodies) the composer and the sent alerts.
 */
export const alertsRoutes: Routes = [
  {
    path: '',
    providers: [AlertsLookup],
    children: [
      { path: '', title: 'Mes alertes', component: NotificationCentrePage },
      { path: 'reglages', title: 'Réglages des alertes', component: AlertSettingsPage },
      {
        path: 'nouvelle',
        title: 'Nouvelle alerte',
        canActivate: [alertWritersGuard],
        component: ComposerPage,
      },
      {
        path: 'envoyees',
        title: 'Alertes envoyées',
        canActivate: [alertWritersGuard],
        component: SentAlertsPage,
      },
      // The page sets its own title once the alert is loaded.
      {
        path: 'envoyees/:id',
        title: 'Alerte envoyée',
        canActivate: [alertWritersGuard],
        component: SentAlertPage,
      },
    ],
  },
];
