import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journal's tamper evidence (issue #17): each entry is sealed, in the order the sealer meets
 * them, by the hash of the previous seal and of the entry's canonical text. An entry changed or
 * removed behind the application's back (a superuser bypassing the append-only triggers) breaks
 * the chain from that seal on, which `npm run audit:verify` reports. Seals are append-only too.
 */
export class AuditSeals1796970000000 implements MigrationInterface {
  name = 'AuditSeals1796970000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // The one canonical text of an entry, in SQL, so that the sealer and the verifier cannot differ.
    await q(`CREATE FUNCTION audit_entry_canonical(e audit_entries) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT concat_ws('|', e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), e.action,
                       coalesce(e.actor_user_id::text, ''), coalesce(e.actor_organization_id::text, ''),
                       coalesce(e.actor_label, ''), coalesce(e.subject_type, ''), coalesce(e.subject_id, ''),
                       coalesce(e.reason, ''), coalesce(e.ip, ''), coalesce(e.user_agent, ''), coalesce(e.details::text, ''))
    $$`);
    await q(`CREATE TABLE "audit_seals" (
      "position" bigserial NOT NULL,
      "entry_id" bigint NOT NULL,
      "hash" character varying(64) NOT NULL,
      "sealed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_audit_seals" PRIMARY KEY ("position"),
      CONSTRAINT "UQ_audit_seals_entry" UNIQUE ("entry_id"),
      CONSTRAINT "FK_audit_seals_entry" FOREIGN KEY ("entry_id") REFERENCES "audit_entries"("id") ON DELETE RESTRICT
    )`);
    await q(`CREATE FUNCTION audit_seals_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_seals est en ajout seul : % refusé', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q(
      `CREATE TRIGGER audit_seals_no_update_delete BEFORE UPDATE OR DELETE ON "audit_seals" FOR EACH ROW EXECUTE FUNCTION audit_seals_append_only()`,
    );
    await q(
      `CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON "audit_seals" FOR EACH STATEMENT EXECUTE FUNCTION audit_seals_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_seals"`);
    await queryRunner.query(`DROP FUNCTION audit_seals_append_only()`);
    await queryRunner.query(`DROP FUNCTION audit_entry_canonical(audit_entries)`);
  }
}
