import { Routes } from '@angular/router';
import { BodiesPage } from './bodies/bodies.page';
import { BodyPage } from './bodies/body.page';
import { MeetingPage } from './meeting/meeting.page';

/** The coordination bodies (`/instances`) and one body (`/instances/:id`). */
export const bodiesRoutes: Routes = [
  { path: '', title: 'Instances', component: BodiesPage },
  // The page sets its own title once the body is loaded (its name).
  { path: ':id', title: 'Instance', component: BodyPage },
];

/** One meeting (`/seances/:id`): the address the convocation mails carry. */
export const meetingRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/instances' },
  { path: ':id', title: 'Séance', component: MeetingPage },
];
