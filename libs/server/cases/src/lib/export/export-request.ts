import { badInput, frenchConstraint } from '@continuum/server/platform';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { CaseFilter, CaseOrder } from '../cases.inputs';

/** What an export asks for: the filter and order of the `cases` query, and why (for the journal). */
export interface ExportRequest {
  filter: CaseFilter;
  orderBy: CaseOrder;
  reason: string | null;
}

const PARAMETERS = ['filter', 'orderBy', 'reason'];
const MAX_FILTER_LENGTH = 20_000;
const MAX_REASON_LENGTH = 1000;

/** Fields GraphQL would coerce from a single value to a list; the JSON parameter does the same. */
const LIST_FIELDS = ['status', 'category', 'sensitivity', 'communeCode'] as const;

/** class-validator's defaults are English; the decorators of `CaseFilter` without a message of their own. */
const FRENCH_DEFAULTS: Record<string, string> = {
  isBoolean: 'doit valoir true ou false.',
  isString: 'doit être une chaîne de caractères.',
  arrayMaxSize: 'compte trop de valeurs.',
};

/**
 * Reads `?filter=<JSON>&orderBy=…&reason=…` as the `cases` query would read its arguments: the same
 * `CaseFilter` class and its validation, unknown fields refused, every error naming its field.
 */
export async function parseExportRequest(query: Record<string, unknown>): Promise<ExportRequest> {
  // A misspelt parameter (`filter[search]=…`) would otherwise export the whole unfiltered list.
  const unknown = Object.keys(query).find((name) => !PARAMETERS.includes(name));
  if (unknown !== undefined)
    throw badInput(unknown, `Paramètre inconnu « ${unknown} » : seuls filter, orderBy et reason sont admis.`);
  return {
    filter: await parseFilter(query['filter']),
    orderBy: parseOrder(query['orderBy']),
    reason: parseReason(query['reason']),
  };
}

async function parseFilter(raw: unknown): Promise<CaseFilter> {
  if (raw === undefined || raw === '') return new CaseFilter();
  if (typeof raw !== 'string')
    throw badInput('filter', 'Le paramètre « filter » doit être donné une seule fois.');
  if (raw.length > MAX_FILTER_LENGTH) throw badInput('filter', 'Le paramètre « filter » est trop long.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badInput('filter', 'Le paramètre « filter » n’est pas un JSON valide.');
  }
  if (parsed === null) return new CaseFilter();
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badInput(
      'filter',
      'Le paramètre « filter » doit être un objet JSON, comme celui de la requête cases.',
    );
  }
  const plain: Record<string, unknown> = { ...parsed };
  for (const field of LIST_FIELDS) {
    if (typeof plain[field] === 'string') plain[field] = [plain[field]];
  }
  const filter = plainToInstance(CaseFilter, plain);
  const errors = await validate(filter, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: false,
    // class-validator's defaults are English: a decorator without a message is said in French below.
    dismissDefaultMessages: true,
  });
  if (errors.length > 0) {
    const [field, message] = firstProblem(errors);
    throw badInput(field, message);
  }
  return filter;
}

function firstProblem(errors: ValidationError[]): [string, string] {
  const error = errors[0];
  const field = `filter.${error.property}`;
  const constraints = error.constraints ?? {};
  if (constraints['whitelistValidation']) return [field, `Champ inconnu : ${field}.`];
  const [name, message] = Object.entries(constraints)[0] ?? ['', 'valeur invalide.'];
  return [
    field,
    `Filtre invalide (${field}) : ${message || FRENCH_DEFAULTS[name] || `${frenchConstraint(name)}.`}`,
  ];
}

function parseOrder(raw: unknown): CaseOrder {
  if (raw === undefined || raw === '') return CaseOrder.UPDATED_DESC;
  const allowed = Object.values(CaseOrder) as string[];
  if (typeof raw !== 'string' || !allowed.includes(raw)) {
    const shown = typeof raw === 'string' ? raw.slice(0, 40) : String(raw);
    throw badInput(
      'orderBy',
      `« ${shown} » n’est pas une valeur possible pour orderBy (${allowed.join(', ')}).`,
    );
  }
  return raw as CaseOrder;
}

function parseReason(raw: unknown): string | null {
  if (raw === undefined) return null;
  if (typeof raw !== 'string')
    throw badInput('reason', 'Le paramètre « reason » doit être donné une seule fois.');
  if (raw.length > MAX_REASON_LENGTH)
    throw badInput('reason', `Le motif est limité à ${MAX_REASON_LENGTH} caractères.`);
  return raw.trim() || null;
}
