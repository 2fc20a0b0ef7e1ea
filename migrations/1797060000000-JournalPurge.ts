import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journal's retention (issue #17): whole months older than the declared duration (one year at
 * least) are dropped by `audit_purge(cutoff)`, oldest first and only as a prefix of the chain, and a
 * checkpoint keeps the last dropped seal's position and hash, from which the verification goes on.
 * The function runs with its owner's rights (SECURITY DEFINER): the application's role, which may
 * neither update nor delete the journal, may call it, and it refuses any cutoff under a year. The
 * append-only triggers let through deletions made inside it only (a setting local to its
 * transaction); checkpoints are append-only.
 */
export class JournalPurge1797060000000 implements MigrationInterface {
  name = 'JournalPurge1797060000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "audit_checkpoints" (
      "id" SERIAL NOT NULL,
      "position" bigint NOT NULL,
      "hash" character varying(64) NOT NULL,
      "entries" integer NOT NULL,
      "period_end" TIMESTAMP WITH TIME ZONE NOT NULL,
      "oldest" TIMESTAMP WITH TIME ZONE,
      "newest" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_audit_checkpoints" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_audit_checkpoints_position" UNIQUE ("position")
    )`);
    await q(`CREATE FUNCTION audit_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_checkpoints est en ajout seul : % refusé', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q(
      `CREATE TRIGGER audit_checkpoints_no_update_delete BEFORE UPDATE OR DELETE ON "audit_checkpoints" FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only()`,
    );
    await q(
      `CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON "audit_checkpoints" FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_append_only()`,
    );
    for (const table of ['audit_entries', 'audit_seals'])
      await q(`CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' AND current_setting('continuum.journal_purge', true) = 'on' THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION '${table} est en ajout seul : % refusé', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
    await q(`CREATE FUNCTION audit_purge(cutoff timestamptz) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        period_end timestamptz := date_trunc('month', cutoff);
        last_position bigint;
        first_kept bigint;
        target record;
        gone bigint[];
        purged integer;
        oldest timestamptz;
        newest timestamptz;
      BEGIN
        IF cutoff > now() - interval '365 days' THEN
          RAISE EXCEPTION 'Le journal est conservé un an au moins : purge avant le % refusée.', cutoff
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- The sealer takes this lock too: the chain does not grow while its start is cut.
        PERFORM pg_advisory_xact_lock(hashtext('audit_seals'));
        SELECT coalesce(max(c.position), 0) INTO last_position FROM audit_checkpoints c;
        SELECT min(s.position) INTO first_kept FROM audit_seals s JOIN audit_entries e ON e.id = s.entry_id
         WHERE s.position > last_position AND e.occurred_at >= period_end;
        SELECT s.position, s.hash INTO target FROM audit_seals s
         WHERE s.position > last_position AND (first_kept IS NULL OR s.position < first_kept)
         ORDER BY s.position DESC LIMIT 1;
        IF target.position IS NULL THEN
          RETURN 0;
        END IF;
        PERFORM set_config('continuum.journal_purge', 'on', true);
        WITH dropped AS (
          DELETE FROM audit_seals s WHERE s.position > last_position AND s.position <= target.position
          RETURNING s.entry_id)
        SELECT array_agg(entry_id) INTO gone FROM dropped;
        WITH dropped AS (DELETE FROM audit_entries e WHERE e.id = ANY (gone) RETURNING e.occurred_at)
        SELECT count(*)::int, min(occurred_at), max(occurred_at) INTO purged, oldest, newest FROM dropped;
        PERFORM set_config('continuum.journal_purge', 'off', true);
        INSERT INTO audit_checkpoints (position, hash, entries, period_end, oldest, newest)
        VALUES (target.position, target.hash, purged, period_end, oldest, newest);
        RETURN purged;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION audit_purge(timestamptz) FROM PUBLIC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP FUNCTION audit_purge(timestamptz)`);
    for (const table of ['audit_entries', 'audit_seals'])
      await q(`CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '${table} est en ajout seul : % refusé', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
    await q(`DROP TABLE "audit_checkpoints"`);
    await q(`DROP FUNCTION audit_checkpoints_append_only()`);
  }
}
