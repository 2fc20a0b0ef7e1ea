import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { flagPersonalData, maskPersonalData, ProposalSource } from '@continuum/domain';
import { APP_CONFIG, badInput, visibleText } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { COMMUNE_BORDER_TOLERANCE_M, pointInCommuneSql } from '@continuum/server/territory';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { MairieProposalInput, PublicProposalInput } from '../api/dialogue.inputs';
import type { ProposalReceiptModel } from '../api/dialogue.models';
import { hashToken } from '../proposal-read.service';
import { SubmissionGuard } from './submission-guard';

const POINT = 'ST_SetSRID(ST_MakePoint($3, $4), 4326)';

/**
 * Proposals in: from the public (the guard's checks, then one INSERT) and from a mairie signed in.
 * The place is checked inside that INSERT (commune of the département, the point in it by the
 * territory's PostGIS predicate); only when nothing was written is the reason looked for.
 */
@Injectable()
export class ProposalSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly guard: SubmissionGuard,
  ) {}

  async submitPublic(input: PublicProposalInput, address: string): Promise<ProposalReceiptModel> {
    const admitted = await this.guard.admit(input.formToken, input.website, address);
    const token = randomBytes(32).toString('base64url');
    const { number } = await this.insert(input, ProposalSource.PUBLIC, {
      email: input.email?.trim().toLowerCase() || null,
      tokenHash: hashToken(token),
      userId: null,
      organizationId: null,
    }).catch(async (error: unknown) => {
      await admitted.release();
      throw error;
    });
    return {
      reference: `P-${number}`,
      token,
      hasPersonalData: flagPersonalData(visibleText(input.text)).length > 0,
    };
  }

  async submitMairie(input: MairieProposalInput, principal: RequestPrincipal): Promise<string> {
    const { id } = await this.insert(input, ProposalSource.MAIRIE, {
      email: null,
      tokenHash: null,
      userId: principal.actor.userId,
      organizationId: principal.actor.organizationId,
    });
    return id;
  }

  private async insert(
    input: MairieProposalInput,
    source: ProposalSource,
    author: {
      email: string | null;
      tokenHash: string | null;
      userId: string | null;
      organizationId: string | null;
    },
  ): Promise<{ id: string; number: string }> {
    const text = visibleText(input.text);
    const flags = flagPersonalData(text);
    const point = input.point ?? null;
    const competence =
      author.organizationId === null
        ? 'true'
        : `exists (select 1 from organization_competence_communes oc where oc.organization_id = $13::uuid and oc.commune_code = c.code)`;
    const rows: { id: string; number: string }[] = await this.dataSource.query(
      `insert into proposals (source, commune_code, longitude, latitude, category, body, masked_body, personal_data,
                              author_email, token_hash, author_user_id, author_organization_id)
       select $2::proposal_source, c.code, $3::float8, $4::float8, $5::proposal_category, $6, $7, $8::jsonb, $9, $10, $12::uuid, $13::uuid
         from communes c
        where c.code = $1 and c.departement_code = $11 and ${competence}
          and ($3::float8 is null or ${pointInCommuneSql('c.outline', POINT)} is not false)
       returning id, number::text as number`,
      [
        input.communeCode,
        source,
        point?.longitude ?? null,
        point?.latitude ?? null,
        input.category,
        text,
        maskPersonalData(text, flags),
        JSON.stringify(flags),
        author.email,
        author.tokenHash,
        this.config.departementCode,
        author.userId,
        author.organizationId,
      ],
    );
    if (rows[0]) return rows[0];
    throw await this.whyRefused(input, author.organizationId);
  }

  /** Nothing was written: which of the place's rules failed, said in French on its field. */
  private async whyRefused(input: MairieProposalInput, organizationId: string | null): Promise<Error> {
    const departement = this.config.departementCode;
    const [commune]: { name: string; competent: boolean }[] = await this.dataSource.query(
      `select c.name, ($3::uuid is null or exists (select 1 from organization_competence_communes oc
                                               where oc.organization_id = $3 and oc.commune_code = c.code)) as competent
         from communes c where c.code = $1 and c.departement_code = $2`,
      [input.communeCode, departement, organizationId],
    );
    if (!commune)
      return badInput(
        'input.communeCode',
        `Commune hors du département ${departement} ou inconnue : ${input.communeCode}.`,
      );
    if (!commune.competent)
      return badInput(
        'input.communeCode',
        `Votre mairie propose pour sa commune seulement, pas pour ${commune.name}.`,
      );
    const point = input.point!;
    const [{ inside }]: { inside: boolean }[] = await this.dataSource.query(
      `select exists (select 1 from communes c where c.departement_code = $1
                         and ${pointInCommuneSql('c.outline', 'ST_SetSRID(ST_MakePoint($2, $3), 4326)')}) as inside`,
      [departement, point.longitude, point.latitude],
    );
    if (!inside) return badInput('input.point', `Le lieu indiqué est hors du département (${departement}).`);
    return badInput(
      'input.point',
      `Le lieu indiqué est hors de la commune choisie (${commune.name}) : à plus de ${COMMUNE_BORDER_TOLERANCE_M} m de ses limites.`,
    );
  }
}
