import type { CaseFilter, CaseOrder } from '@continuum/web/data-access';

/**
 * The list's filter lives in the address (`/dossiers?statut=NEW,ANALYSIS&commune=45234&tri=…`),
 * so that a filtered list can be bookmarked, sent, and comes back with the back button. Pure.
 */
export interface ListState {
  status: string[];
  category: string;
  communeCode: string;
  zoneId: string;
  ownerOrganizationId: string;
  sensitivity: string;
  assignedToMe: boolean;
  overdue: boolean;
  search: string;
  orderBy: CaseOrder;
  view: 'liste' | 'carte';
}

export type QueryParams = Record<string, string | undefined>;

const ORDERS: readonly CaseOrder[] = [
  'UPDATED_DESC',
  'OPENED_DESC',
  'OPENED_ASC',
  'PRIORITY_DESC',
  'REFERENCE_ASC',
];
const STATUSES = ['NEW', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT', 'RESOLVED', 'CLOSED', 'ON_HOLD', 'REJECTED'];

/** The French names of the parameters, by state field. */
const PARAM = {
  status: 'statut',
  category: 'categorie',
  communeCode: 'commune',
  zoneId: 'zone',
  ownerOrganizationId: 'porteur',
  sensitivity: 'diffusion',
  assignedToMe: 'saisi',
  overdue: 'retard',
  search: 'q',
  orderBy: 'tri',
  view: 'vue',
} as const;

export function stateFromParams(params: QueryParams): ListState {
  const text = (name: string) => (params[name] ?? '').trim();
  const order = text(PARAM.orderBy) as CaseOrder;
  return {
    status: text(PARAM.status)
      .split(',')
      .filter((status) => STATUSES.includes(status)),
    category: text(PARAM.category),
    communeCode: text(PARAM.communeCode),
    zoneId: text(PARAM.zoneId),
    ownerOrganizationId: text(PARAM.ownerOrganizationId),
    sensitivity: text(PARAM.sensitivity),
    assignedToMe: text(PARAM.assignedToMe) === '1',
    overdue: text(PARAM.overdue) === '1',
    search: params[PARAM.search] ?? '',
    orderBy: ORDERS.includes(order) ? order : 'UPDATED_DESC',
    view: text(PARAM.view) === 'carte' ? 'carte' : 'liste',
  };
}

/** The address parameters of a change (null removes a parameter, as the router expects). */
export function paramsOf(change: Partial<ListState>): Record<string, string | null> {
  const params: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(change) as [keyof ListState, ListState[keyof ListState]][]) {
    const name = PARAM[key];
    if (Array.isArray(value)) params[name] = value.length ? value.join(',') : null;
    else if (typeof value === 'boolean') params[name] = value ? '1' : null;
    else if (key === 'orderBy') params[name] = value === 'UPDATED_DESC' ? null : String(value);
    else if (key === 'view') params[name] = value === 'carte' ? 'carte' : null;
    else params[name] = String(value ?? '').trim() || null;
  }
  return params;
}

/** The `cases` filter of a state: only what is set, so the export's JSON stays short and valid. */
export function filterOf(state: ListState, options: { withStatus?: boolean } = {}): CaseFilter {
  const filter: CaseFilter = {};
  if (options.withStatus !== false && state.status.length)
    filter.status = state.status as CaseFilter['status'];
  if (state.category) filter.category = [state.category] as CaseFilter['category'];
  if (state.communeCode) filter.communeCode = [state.communeCode];
  if (state.zoneId) filter.zoneId = state.zoneId;
  if (state.ownerOrganizationId) filter.ownerOrganizationId = state.ownerOrganizationId;
  if (state.sensitivity) filter.sensitivity = [state.sensitivity] as CaseFilter['sensitivity'];
  if (state.assignedToMe) filter.assignedToMe = true;
  if (state.overdue) filter.overdue = true;
  const search = state.search.trim();
  if (search) filter.search = search;
  return filter;
}

/** `GET /exports/cases.csv?filter=<JSON of the cases filter>&orderBy=…`: the list as it is shown. */
export function exportUrl(format: 'csv' | 'xlsx', filter: CaseFilter, orderBy: CaseOrder): string {
  const params = new URLSearchParams();
  if (Object.keys(filter).length > 0) params.set('filter', JSON.stringify(filter));
  params.set('orderBy', orderBy);
  return `/exports/cases.${format}?${params.toString()}`;
}

/** How many filters beyond the status tags are set, for « Effacer les filtres (3) ». */
export function activeFilterCount(state: ListState): number {
  return [
    state.category,
    state.communeCode,
    state.zoneId,
    state.ownerOrganizationId,
    state.sensitivity,
    state.assignedToMe,
    state.overdue,
    state.search.trim(),
    state.status.length > 0,
  ].filter(Boolean).length;
}

export const CLEARED: Partial<ListState> = {
  status: [],
  category: '',
  communeCode: '',
  zoneId: '',
  ownerOrganizationId: '',
  sensitivity: '',
  assignedToMe: false,
  overdue: false,
  search: '',
};
