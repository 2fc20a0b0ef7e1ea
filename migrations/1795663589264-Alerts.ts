import { MigrationInterface, QueryRunner } from 'typeorm';

export class Alerts1795663589264 implements MigrationInterface {
  name = 'Alerts1795663589264';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"outbox_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"topic\" text NOT NULL, \"payload\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"dispatched_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_6689a16c00d09b8089f6237f1d2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"outbox_events_pending_idx\" ON \"outbox_events\"  (\"created_at\") WHERE dispatched_at IS NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"alert_topic\" AS ENUM('CASE_OPENED', 'CASE_REFERRED', 'CASE_STATUS_CHANGED', 'CASE_COMMENT_ADDRESSED', 'ACTION_DUE_TOMORROW', 'ACTION_OVERDUE', 'MEETING_CONVENED', 'MEETING_CHANGED', 'DECISION_ASSIGNED', 'WEBHOOK_DISABLED', 'MANUAL')");
    await queryRunner.query("CREATE TYPE \"public\".\"alert_severity\" AS ENUM('INFO', 'VIGILANCE', 'URGENT')");
    await queryRunner.query("CREATE TABLE \"alerts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"topic\" \"public\".\"alert_topic\" NOT NULL, \"severity\" \"public\".\"alert_severity\" NOT NULL, \"category\" \"public\".\"case_category\", \"title\" text NOT NULL, \"body\" text NOT NULL DEFAULT '', \"case_id\" uuid, \"meeting_id\" uuid, \"commune_codes\" character varying(5) array NOT NULL DEFAULT '{}', \"zone_ids\" uuid array NOT NULL DEFAULT '{}', \"area\" jsonb, \"area_box\" double precision array, \"longitude\" double precision, \"latitude\" double precision, \"audience_types\" \"public\".\"organization_type\" array NOT NULL DEFAULT '{}', \"author_user_id\" uuid, \"author_organization_id\" uuid, \"author_label\" text, \"outbox_event_id\" uuid, \"targeting\" jsonb NOT NULL DEFAULT '{}', \"dedupe_key\" text, \"recipient_count\" integer, \"fanned_out_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_60f895662df096bfcdfab7f4b96\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_92eab8094ad3e2ebd984ce8106\" ON \"alerts\"  (\"case_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1449bb8fab0119f538d4860968\" ON \"alerts\"  (\"outbox_event_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e63c11f6e79b317fa7726ccb60\" ON \"alerts\"  (\"dedupe_key\") ");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alert_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"read_at\" TIMESTAMP WITH TIME ZONE, \"acknowledged_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f6ad24c51302b811d332a739f8\" ON \"notifications\"  (\"alert_id\", \"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_310667f935698fcd8cb319113a\" ON \"notifications\"  (\"user_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"alert_channel\" AS ENUM('IN_APP', 'EMAIL', 'WEBHOOK')");
    await queryRunner.query("CREATE TYPE \"public\".\"delivery_status\" AS ENUM('PENDING', 'DIGEST', 'SENT', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"alert_deliveries\" (\"alert_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"channel\" \"public\".\"alert_channel\" NOT NULL, \"status\" \"public\".\"delivery_status\" NOT NULL DEFAULT 'PENDING', \"mail_message_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e59f919e9155c9e235cc37bacea\" PRIMARY KEY (\"alert_id\", \"user_id\", \"channel\"))");
    await queryRunner.query("CREATE INDEX \"IDX_241151df7353ca7b2b92fd4a2d\" ON \"alert_deliveries\"  (\"mail_message_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"subscription_scope\" AS ENUM('COMPETENCE', 'COMMUNES', 'ZONES', 'AREA')");
    await queryRunner.query("CREATE TYPE \"public\".\"email_mode\" AS ENUM('IMMEDIATE', 'DIGEST', 'NONE')");
    await queryRunner.query("CREATE TABLE \"alert_subscriptions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"user_id\" uuid, \"scope\" \"public\".\"subscription_scope\" NOT NULL DEFAULT 'COMPETENCE', \"commune_codes\" character varying(5) array NOT NULL DEFAULT '{}', \"zone_ids\" uuid array NOT NULL DEFAULT '{}', \"area\" jsonb, \"area_box\" double precision array, \"categories\" \"public\".\"case_category\" array NOT NULL DEFAULT '{}', \"min_severity\" \"public\".\"alert_severity\" NOT NULL DEFAULT 'INFO', \"in_app\" boolean NOT NULL DEFAULT true, \"email_mode\" \"public\".\"email_mode\" NOT NULL DEFAULT 'NONE', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0438e400c51219e6fbf8261369f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"alert_subscriptions_organization_default_unique\" ON \"alert_subscriptions\"  (\"organization_id\") WHERE user_id IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"alert_subscriptions_user_unique\" ON \"alert_subscriptions\"  (\"user_id\") WHERE user_id IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"alerts\" ADD CONSTRAINT \"FK_7066cddfc3f7fc94eb8a48fb366\" FOREIGN KEY (\"author_user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_9589e72e51c4f089bb9655d3273\" FOREIGN KEY (\"alert_id\") REFERENCES \"alerts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_9a8a82462cab47c73d25f49261f\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_cb7b1fb018b296f2107e998b2ff\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"alert_deliveries\" ADD CONSTRAINT \"FK_a108eeb75805549672c45e4a5a9\" FOREIGN KEY (\"alert_id\") REFERENCES \"alerts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"alert_deliveries\" ADD CONSTRAINT \"FK_cee349b092047c42f26b8906c6b\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"alert_subscriptions\" ADD CONSTRAINT \"FK_469be567a9deeeb04a753b5e387\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"alert_subscriptions\" ADD CONSTRAINT \"FK_f1ab5e4a7a07ebe3e8d2217cefa\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"alert_subscriptions\" DROP CONSTRAINT \"FK_f1ab5e4a7a07ebe3e8d2217cefa\"");
    await queryRunner.query("ALTER TABLE \"alert_subscriptions\" DROP CONSTRAINT \"FK_469be567a9deeeb04a753b5e387\"");
    await queryRunner.query("ALTER TABLE \"alert_deliveries\" DROP CONSTRAINT \"FK_cee349b092047c42f26b8906c6b\"");
    await queryRunner.query("ALTER TABLE \"alert_deliveries\" DROP CONSTRAINT \"FK_a108eeb75805549672c45e4a5a9\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_cb7b1fb018b296f2107e998b2ff\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_9a8a82462cab47c73d25f49261f\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_9589e72e51c4f089bb9655d3273\"");
    await queryRunner.query("ALTER TABLE \"alerts\" DROP CONSTRAINT \"FK_7066cddfc3f7fc94eb8a48fb366\"");
    await queryRunner.query("DROP INDEX \"public\".\"alert_subscriptions_user_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"alert_subscriptions_organization_default_unique\"");
    await queryRunner.query("DROP TABLE \"alert_subscriptions\"");
    await queryRunner.query("DROP TYPE \"public\".\"email_mode\"");
    await queryRunner.query("DROP TYPE \"public\".\"subscription_scope\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_241151df7353ca7b2b92fd4a2d\"");
    await queryRunner.query("DROP TABLE \"alert_deliveries\"");
    await queryRunner.query("DROP TYPE \"public\".\"delivery_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"alert_channel\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_310667f935698fcd8cb319113a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f6ad24c51302b811d332a739f8\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e63c11f6e79b317fa7726ccb60\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1449bb8fab0119f538d4860968\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_92eab8094ad3e2ebd984ce8106\"");
    await queryRunner.query("DROP TABLE \"alerts\"");
    await queryRunner.query("DROP TYPE \"public\".\"alert_severity\"");
    await queryRunner.query("DROP TYPE \"public\".\"alert_topic\"");
    await queryRunner.query("DROP INDEX \"public\".\"outbox_events_pending_idx\"");
    await queryRunner.query("DROP TABLE \"outbox_events\"");
  }
}
