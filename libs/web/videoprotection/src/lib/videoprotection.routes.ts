import { Routes } from '@angular/router';
import { allowedGuard, signedInGuard } from '@continuum/web/data-access';
import { VideoProjectFormPage } from './form/video-project-form.page';
import { VideoProjectsPage } from './list/video-projects.page';
import { VideoProjectPage } from './project/video-project.page';

/** Readers of some project (`read VideoProject`); the server narrows each list and page. */
export const videoProtectionRoutes: Routes = [
  {
    path: '',
    title: 'Vidéoprotection',
    component: VideoProjectsPage,
    canActivate: [signedInGuard, allowedGuard(['read', 'VideoProject'])],
  },
  {
    path: 'nouveau',
    title: 'Nouveau projet de vidéoprotection',
    component: VideoProjectFormPage,
    canActivate: [signedInGuard, allowedGuard(['create', 'VideoProject'])],
  },
  {
    path: ':id',
    title: 'Projet de vidéoprotection',
    component: VideoProjectPage,
    canActivate: [signedInGuard, allowedGuard(['read', 'VideoProject'])],
  },
];
