import { PresenceImportsService } from './presence-imports.service';
import { PresenceResolver } from './presence.resolver';
import { PresenceService } from './presence.service';

/** Visible presence: its services and resolver, registered by PlanModule. */
export const PRESENCE_PROVIDERS = [PresenceService, PresenceImportsService, PresenceResolver];
