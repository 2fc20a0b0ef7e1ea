import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Action, Actor, AppAbility, SubjectName } from '@continuum/domain';

/**
 * Every resolver method carries one of these (the lint rule `continuum/guarded-resolvers` checks
 * it); the global access guard refuses any operation that declares none.
 */
export const ACCESS_KEY = 'continuum:access';

export type AccessRequirement =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'ability'; action: Action; subject: SubjectName };

/** Open to anyone, signed in or not (login, the demo banner). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRequirement);

/** Any signed-in user; what they then read is narrowed by the policy inside the query. */
export const Authenticated = () =>
  SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRequirement);

/** A signed-in user whose ability allows `action` on some `subject` (the row is checked later). */
export const Can = (action: Action, subject: SubjectName) =>
  applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'ability', action, subject } satisfies AccessRequirement));

/** What the access guard attaches to the request. */
export interface RequestPrincipal {
  actor: Actor;
  ability: AppAbility;
  sessionId: string;
  /** « Claire Martin (Préfecture du Loiret — cabinet) », as the journal writes it. */
  label: string;
}

export interface HttpRequestLike {
  principal?: RequestPrincipal;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string>;
}

export function requestOf(context: ExecutionContext): HttpRequestLike {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: HttpRequestLike }>().req;
  }
  return context.switchToHttp().getRequest<HttpRequestLike>();
}

/** The signed-in principal; only valid on operations that are not `@Public()`. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestPrincipal => {
    const principal = requestOf(context).principal;
    if (!principal) throw new Error('CurrentPrincipal used on an operation without authentication');
    return principal;
  },
);
