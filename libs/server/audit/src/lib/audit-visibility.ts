import { Injectable } from '@nestjs/common';
import { hasRole, Role } from '@continuum/domain';
import type { RequestPrincipal } from '@continuum/server/platform';

/** Which subjects of one type (their ids) a principal may read the content of. */
export type SubjectVisibility = (ids: string[], principal: RequestPrincipal) => Promise<Set<string>>;

/**
 * The journal is reviewable by the administrator and the cabinet, but an entry about a case they
 * may not read keeps its who, when and what, and loses its reason and details (which may quote
 * the case). Contexts that own restricted subjects register how to decide, here. The DPO reads
 * all of it (SHARING.md « Decisions »): nothing is withheld from them.
 */
@Injectable()
export class AuditVisibility {
  private readonly byType = new Map<string, SubjectVisibility>();

  register(subjectType: string, visibility: SubjectVisibility): void {
    this.byType.set(subjectType, visibility);
  }

  /** Ids (per subject type) whose content must be withheld from the principal. */
  async hidden(
    entries: { subjectType: string | null; subjectId: string | null }[],
    principal: RequestPrincipal,
  ): Promise<Set<string>> {
    const hidden = new Set<string>();
    if (hasRole(principal.actor, Role.DPO)) return hidden;
    for (const [type, visibility] of this.byType) {
      const ids = [
        ...new Set(
          entries.filter((e) => e.subjectType === type && e.subjectId).map((e) => e.subjectId as string),
        ),
      ];
      if (ids.length === 0) continue;
      const readable = await visibility(ids, principal);
      for (const id of ids) if (!readable.has(id)) hidden.add(`${type}:${id}`);
    }
    return hidden;
  }
}
