import { ORGANIZATION_TYPES, OrganizationType } from '@continuum/domain';
import {
  OPERATION_KIND_LABELS,
  OPERATION_STATUS_LABELS,
  OperationKind,
  OperationStatus,
  PRESENCE_SETTING_LABELS,
  PresenceSetting,
} from '@continuum/domain/plan';

export const KINDS = Object.values(OperationKind);
export const STATUSES = Object.values(OperationStatus);
export const SETTINGS = Object.values(PresenceSetting);

export const kindLabel = (kind: string) => OPERATION_KIND_LABELS[kind as OperationKind] ?? kind;
export const statusLabel = (status: string) => OPERATION_STATUS_LABELS[status as OperationStatus] ?? status;
export const settingLabel = (setting: string) =>
  PRESENCE_SETTING_LABELS[setting as PresenceSetting] ?? setting;
export const forceLabel = (type: string) => ORGANIZATION_TYPES[type as OrganizationType]?.label ?? type;

/** DSFR badge of an operation's status: planned (info), done (success), cancelled (grey). */
export function statusBadge(status: string): string {
  return status === 'DONE' ? 'fr-badge--success' : status === 'PLANNED' ? 'fr-badge--info' : '';
}

/** « 1 234,5 » */
export const frNumber = (value: number) =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(value);
export const frEuros = (value: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    value,
  );
