import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Action, Actor, AppAbility, SubjectName } from '@continuum/domain';

/**
 * Every resolver method carries one of these (the lint rule `continuum/guarded-resolvers` checks
 * it); the global access guard refuses any operation that declares none.
 */
export const ACCESS_KEY = 'continuum:access';

export type AccessRequirement =
  | { kind: 'public' }
  | { kind: 'authenticated'; duringSecondFactor?: boolean }
  | { kind: 'ability'; action: Action; subject: SubjectName };

/** Open to anyone, signed in or not (login, the demo banner). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRequirement);

/**
 * Any signed-in user; what they then read is narrowed by the policy inside the query. A session
 * whose password was accepted but whose second factor is still due reaches only the operations
 * marked `duringSecondFactor` (giving the code, enrolling, logging out).
 */
export const Authenticated = (options: { duringSecondFactor?: boolean } = {}) =>
  SetMetadata(ACCESS_KEY, {
    kind: 'authenticated',
    ...(options.duringSecondFactor && { duringSecondFactor: true }),
  } satisfies AccessRequirement);

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
  /**
   * Set while the session waits for its second factor: `code` (a TOTP or recovery code is due) or
   * `enrolment` (the role requires a second factor the user has not set up). Such a principal has
   * no ability and reaches only the operations that allow it.
   */
  pendingStep?: SecondFactorStep;
}

export type SecondFactorStep = 'code' | 'enrolment';

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
