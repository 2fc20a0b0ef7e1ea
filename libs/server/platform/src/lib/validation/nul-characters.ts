import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError } from '../graphql/errors';

/**
 * PostgreSQL refuses U+0000 in text (and jsonb): a NUL character that reached SQL would be a 500.
 * No one types it, so it is refused at the door, naming the field, for every GraphQL argument and
 * every query-string parameter.
 */
export function nulCharacterRefused(field: string): AppError {
  return new AppError('BAD_USER_INPUT', `${field} : caractère nul interdit.`, {
    field,
    http: { status: 400 },
  });
}

/** The path (`input.persons.0.name`) of the first string holding a NUL in a JSON value, or null. */
export function findNulCharacter(value: unknown, path: string[]): string | null {
  // Without recursion, and without copying the path at each level: a value nested thousands of
  // levels deep is walked in linear time (each entry points to its parent; the path is built once).
  type Entry = { value: unknown; key: string | null; parent: Entry | null };
  const pathOf = (entry: Entry | null): string => {
    const keys: string[] = [];
    for (let current = entry; current; current = current.parent)
      if (current.key !== null) keys.push(current.key);
    return [...path, ...keys.reverse()].join('.');
  };
  const stack: Entry[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const current = entry.value;
    if (typeof current === 'string') {
      if (current.includes('\0')) return pathOf(entry);
      continue;
    }
    if (!current || typeof current !== 'object') continue;
    const children = Array.isArray(current)
      ? current.map((item, index): [string, unknown] => [String(index), item])
      : Object.entries(current);
    // A NUL in a key: name the object, not the key (the message would carry the NUL).
    if (children.some(([key]) => key.includes('\0'))) return pathOf(entry);
    // Pushed last first, so that the first in order is found first.
    for (let index = children.length - 1; index >= 0; index--)
      stack.push({ value: children[index][1], key: children[index][0], parent: entry });
  }
  return null;
}

/**
 * The path and query string of the HTTP routes (exports take a filter there, in JSON): a NUL,
 * percent-encoded or inside the JSON, is refused as GraphQL refuses it. GraphQL itself (a GET
 * carries its variables in the query string) is left to the GraphQL check, which answers as GraphQL.
 */
export function refuseNulCharacters(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/graphql') return next();
    const field = nulInPath(req.path) ?? findNulInParameters(req.query);
    if (!field) return next();
    res
      .status(400)
      .setHeader('Cache-Control', 'no-store')
      .json({ code: 'BAD_USER_INPUT', message: nulCharacterRefused(field).message, field });
  };
}

function nulInPath(path: string): string | null {
  try {
    return decodeURIComponent(path).includes('\0') ? 'url' : null;
  } catch {
    return null; // malformed: the router answers 400
  }
}

/**
 * The parameter (`filter.search`) of a query string or a form that carries a NUL, as text or
 * escaped inside a JSON value (`{"search":"a\\u0000"}`), or null.
 */
export function findNulInParameters(parameters: Record<string, unknown>): string | null {
  return findNulCharacter(parameters, []) ?? findNulInJson(parameters);
}

function findNulInJson(query: Record<string, unknown>): string | null {
  for (const [name, value] of Object.entries(query)) {
    if (typeof value !== 'string' || !/\\u0000/i.test(value)) continue;
    try {
      const found = findNulCharacter(JSON.parse(value), [name]);
      if (found) return found;
    } catch {
      // Not JSON: the route reports it.
    }
  }
  return null;
}
