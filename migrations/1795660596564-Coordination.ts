import { MigrationInterface, QueryRunner } from 'typeorm';

export class Coordination1795660596564 implements MigrationInterface {
  name = 'Coordination1795660596564';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"coordination_body_members\" (\"body_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"added_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1cfc5642bb7d465801da82ba5be\" PRIMARY KEY (\"body_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c9e99532f0d0d5dfb794a039fb\" ON \"coordination_body_members\"  (\"user_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"meeting_kind\" AS ENUM('PLENIERE', 'GROUPE_RESTREINT', 'GPO', 'REVUE_BIMESTRIELLE')");
    await queryRunner.query("CREATE TYPE \"public\".\"meeting_status\" AS ENUM('DRAFT', 'CONVENED', 'HELD', 'MINUTES_APPROVED')");
    await queryRunner.query("CREATE TABLE \"meetings\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"body_id\" uuid NOT NULL, \"working_group_id\" uuid, \"kind\" \"public\".\"meeting_kind\" NOT NULL, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"place\" text, \"visio_url\" text, \"status\" \"public\".\"meeting_status\" NOT NULL DEFAULT 'DRAFT', \"sequence\" integer NOT NULL DEFAULT '0', \"convened_at\" TIMESTAMP WITH TIME ZONE, \"summary\" text, \"minutes_approved_at\" TIMESTAMP WITH TIME ZONE, \"minutes_approved_by_user_id\" uuid, \"created_by_user_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_aa73be861afa77eb4ed31f3ed57\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_78b28330167558bd13e7251c44\" ON \"meetings\"  (\"body_id\", \"starts_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"attendance\" AS ENUM('INVITED', 'PRESENT', 'EXCUSED', 'REPRESENTED', 'ABSENT')");
    await queryRunner.query("CREATE TABLE \"meeting_invitees\" (\"meeting_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"attendance\" \"public\".\"attendance\" NOT NULL DEFAULT 'INVITED', \"represented_by\" text, CONSTRAINT \"PK_4afcba5c41308b2fd5add7cdc92\" PRIMARY KEY (\"meeting_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_193127a11bdb194d4a55b4b504\" ON \"meeting_invitees\"  (\"user_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"agenda_section\" AS ENUM('CARRIED_OVER', 'FOLLOW_UP', 'NEW_CASES', 'OVERDUE_ACTIONS', 'ASSESSMENT_DUE', 'ESCALATED', 'BACKLOG', 'FREE')");
    await queryRunner.query("CREATE TABLE \"agenda_items\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"section\" \"public\".\"agenda_section\" NOT NULL, \"case_id\" uuid, \"title\" text, \"reason\" text, \"duration_minutes\" integer, \"notes\" text, \"carry_over\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7274c40301175b4b4b347820d0c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0640209d1125ded4b0646b0ead\" ON \"agenda_items\"  (\"case_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_792643e6a27ce6756435fcdb65\" ON \"agenda_items\"  (\"meeting_id\", \"case_id\") WHERE case_id IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"agenda_decisions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"agenda_item_id\" uuid NOT NULL, \"text\" text NOT NULL, \"owner_organization_id\" uuid NOT NULL, \"due_on\" date, \"case_action_id\" uuid, \"created_by_user_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_642dcc4b01f6e644e57c0192f6d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a11fcc2a77227bf052d75c3df3\" ON \"agenda_decisions\"  (\"agenda_item_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fa57fc69bd92ae9c2b8a6a54fa\" ON \"agenda_decisions\"  (\"case_action_id\") ");
    await queryRunner.query("CREATE TABLE \"agenda_backlog\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"body_id\" uuid NOT NULL, \"case_id\" uuid, \"title\" text, \"reason\" text, \"from_meeting_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ef4a9f1787c1c4722d9a9f4b0e2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f6f9fb67d898d7b5f2824cb25d\" ON \"agenda_backlog\"  (\"body_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c51ae64aed40d91086d196ff9e\" ON \"agenda_backlog\"  (\"body_id\", \"case_id\") WHERE case_id IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"case_escalations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"body_id\" uuid NOT NULL, \"by_user_id\" uuid, \"by_label\" text NOT NULL, \"reason\" text NOT NULL, \"taken_up_by_meeting_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_62a4a9f307723a5f2e729f440fd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_93b3ebedfc57744b638b8626ea\" ON \"case_escalations\"  (\"case_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_716dbaae487daa37d5df44e83c\" ON \"case_escalations\"  (\"body_id\") ");
    await queryRunner.query("ALTER TABLE \"coordination_bodies\" ADD \"commune_codes\" character varying(5) array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"coordination_bodies\" ADD \"zone_ids\" uuid array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"coordination_body_members\" ADD CONSTRAINT \"FK_1e14ad0e5e58e359de6a1529e22\" FOREIGN KEY (\"body_id\") REFERENCES \"coordination_bodies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"coordination_body_members\" ADD CONSTRAINT \"FK_c9e99532f0d0d5dfb794a039fbb\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meetings\" ADD CONSTRAINT \"FK_8e524e5163ecc0d8a674b3f1c85\" FOREIGN KEY (\"body_id\") REFERENCES \"coordination_bodies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meetings\" ADD CONSTRAINT \"FK_3e9f43af2e6f218760cf060152b\" FOREIGN KEY (\"working_group_id\") REFERENCES \"working_groups\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meetings\" ADD CONSTRAINT \"FK_e383a550e96f97e1d7e303bca44\" FOREIGN KEY (\"minutes_approved_by_user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meetings\" ADD CONSTRAINT \"FK_c204e6e31b1f33802a020c5a3b8\" FOREIGN KEY (\"created_by_user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_invitees\" ADD CONSTRAINT \"FK_e0ef584a829976259db2e868a17\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meetings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_invitees\" ADD CONSTRAINT \"FK_193127a11bdb194d4a55b4b5041\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_items\" ADD CONSTRAINT \"FK_c58f166b8bff4fd19c5353cd310\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meetings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_items\" ADD CONSTRAINT \"FK_0640209d1125ded4b0646b0ead1\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_decisions\" ADD CONSTRAINT \"FK_a11fcc2a77227bf052d75c3df33\" FOREIGN KEY (\"agenda_item_id\") REFERENCES \"agenda_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_decisions\" ADD CONSTRAINT \"FK_cf928ac8d10b5f83c21277cbb9a\" FOREIGN KEY (\"owner_organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_decisions\" ADD CONSTRAINT \"FK_fa57fc69bd92ae9c2b8a6a54faf\" FOREIGN KEY (\"case_action_id\") REFERENCES \"case_actions\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_backlog\" ADD CONSTRAINT \"FK_f6f9fb67d898d7b5f2824cb25d4\" FOREIGN KEY (\"body_id\") REFERENCES \"coordination_bodies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_backlog\" ADD CONSTRAINT \"FK_58a4c749fd188a114aae8399684\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_backlog\" ADD CONSTRAINT \"FK_6cceb84bb09b235b59acc781831\" FOREIGN KEY (\"from_meeting_id\") REFERENCES \"meetings\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_escalations\" ADD CONSTRAINT \"FK_93b3ebedfc57744b638b8626ea9\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_escalations\" ADD CONSTRAINT \"FK_716dbaae487daa37d5df44e83c2\" FOREIGN KEY (\"body_id\") REFERENCES \"coordination_bodies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_escalations\" ADD CONSTRAINT \"FK_d10bbfa3b169e60641b4e2d3ce5\" FOREIGN KEY (\"by_user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_escalations\" ADD CONSTRAINT \"FK_a0d9872e0e112b1d6624f7a59ef\" FOREIGN KEY (\"taken_up_by_meeting_id\") REFERENCES \"meetings\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"case_escalations\" DROP CONSTRAINT \"FK_a0d9872e0e112b1d6624f7a59ef\"");
    await queryRunner.query("ALTER TABLE \"case_escalations\" DROP CONSTRAINT \"FK_d10bbfa3b169e60641b4e2d3ce5\"");
    await queryRunner.query("ALTER TABLE \"case_escalations\" DROP CONSTRAINT \"FK_716dbaae487daa37d5df44e83c2\"");
    await queryRunner.query("ALTER TABLE \"case_escalations\" DROP CONSTRAINT \"FK_93b3ebedfc57744b638b8626ea9\"");
    await queryRunner.query("ALTER TABLE \"agenda_backlog\" DROP CONSTRAINT \"FK_6cceb84bb09b235b59acc781831\"");
    await queryRunner.query("ALTER TABLE \"agenda_backlog\" DROP CONSTRAINT \"FK_58a4c749fd188a114aae8399684\"");
    await queryRunner.query("ALTER TABLE \"agenda_backlog\" DROP CONSTRAINT \"FK_f6f9fb67d898d7b5f2824cb25d4\"");
    await queryRunner.query("ALTER TABLE \"agenda_decisions\" DROP CONSTRAINT \"FK_fa57fc69bd92ae9c2b8a6a54faf\"");
    await queryRunner.query("ALTER TABLE \"agenda_decisions\" DROP CONSTRAINT \"FK_cf928ac8d10b5f83c21277cbb9a\"");
    await queryRunner.query("ALTER TABLE \"agenda_decisions\" DROP CONSTRAINT \"FK_a11fcc2a77227bf052d75c3df33\"");
    await queryRunner.query("ALTER TABLE \"agenda_items\" DROP CONSTRAINT \"FK_0640209d1125ded4b0646b0ead1\"");
    await queryRunner.query("ALTER TABLE \"agenda_items\" DROP CONSTRAINT \"FK_c58f166b8bff4fd19c5353cd310\"");
    await queryRunner.query("ALTER TABLE \"meeting_invitees\" DROP CONSTRAINT \"FK_193127a11bdb194d4a55b4b5041\"");
    await queryRunner.query("ALTER TABLE \"meeting_invitees\" DROP CONSTRAINT \"FK_e0ef584a829976259db2e868a17\"");
    await queryRunner.query("ALTER TABLE \"meetings\" DROP CONSTRAINT \"FK_c204e6e31b1f33802a020c5a3b8\"");
    await queryRunner.query("ALTER TABLE \"meetings\" DROP CONSTRAINT \"FK_e383a550e96f97e1d7e303bca44\"");
    await queryRunner.query("ALTER TABLE \"meetings\" DROP CONSTRAINT \"FK_3e9f43af2e6f218760cf060152b\"");
    await queryRunner.query("ALTER TABLE \"meetings\" DROP CONSTRAINT \"FK_8e524e5163ecc0d8a674b3f1c85\"");
    await queryRunner.query("ALTER TABLE \"coordination_body_members\" DROP CONSTRAINT \"FK_c9e99532f0d0d5dfb794a039fbb\"");
    await queryRunner.query("ALTER TABLE \"coordination_body_members\" DROP CONSTRAINT \"FK_1e14ad0e5e58e359de6a1529e22\"");
    await queryRunner.query("ALTER TABLE \"coordination_bodies\" DROP COLUMN \"zone_ids\"");
    await queryRunner.query("ALTER TABLE \"coordination_bodies\" DROP COLUMN \"commune_codes\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_716dbaae487daa37d5df44e83c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_93b3ebedfc57744b638b8626ea\"");
    await queryRunner.query("DROP TABLE \"case_escalations\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c51ae64aed40d91086d196ff9e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f6f9fb67d898d7b5f2824cb25d\"");
    await queryRunner.query("DROP TABLE \"agenda_backlog\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fa57fc69bd92ae9c2b8a6a54fa\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a11fcc2a77227bf052d75c3df3\"");
    await queryRunner.query("DROP TABLE \"agenda_decisions\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_792643e6a27ce6756435fcdb65\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0640209d1125ded4b0646b0ead\"");
    await queryRunner.query("DROP TABLE \"agenda_items\"");
    await queryRunner.query("DROP TYPE \"public\".\"agenda_section\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_193127a11bdb194d4a55b4b504\"");
    await queryRunner.query("DROP TABLE \"meeting_invitees\"");
    await queryRunner.query("DROP TYPE \"public\".\"attendance\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_78b28330167558bd13e7251c44\"");
    await queryRunner.query("DROP TABLE \"meetings\"");
    await queryRunner.query("DROP TYPE \"public\".\"meeting_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"meeting_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c9e99532f0d0d5dfb794a039fb\"");
    await queryRunner.query("DROP TABLE \"coordination_body_members\"");
  }
}
