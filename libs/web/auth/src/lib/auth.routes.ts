import { Routes } from '@angular/router';
import { LoginPage } from './login.page';

export const authRoutes: Routes = [{ path: '', title: 'Connexion', component: LoginPage }];
