import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The satisfaction surveys of local actors (issue #16, second part): a wave (its questionnaire, its
 * audience, its opening and closing dates, its reminder dates), its recipients (who they were when it
 * was sent: organisation type and seat commune kept for the results), the single-use links mailed to
 * them (the SHA-256 of each token only; a reminder mails a new link, every link of a recipient works
 * until they answer), the answers — one response per recipient and wave, by a unique constraint —
 * and the reminders sent (a scheduled one once per date, by a unique constraint too).
 */
export class Surveys1796930000000 implements MigrationInterface {
  name = 'Surveys1796930000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TYPE "public"."survey_wave_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED')`);
    await q(`CREATE TYPE "public"."survey_question_kind" AS ENUM('SCALE', 'TEXT')`);
    await q(`CREATE TABLE "survey_waves" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "title" text NOT NULL,
      "intro" text NOT NULL DEFAULT '',
      "status" "public"."survey_wave_status" NOT NULL DEFAULT 'DRAFT',
      "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "reminder_dates" date[] NOT NULL DEFAULT '{}',
      "audience_mayors" boolean NOT NULL DEFAULT false,
      "audience_partners" boolean NOT NULL DEFAULT false,
      "audience_organization_types" text[] NOT NULL DEFAULT '{}',
      "audience_organization_ids" uuid[] NOT NULL DEFAULT '{}',
      "created_by_user_id" uuid,
      "sent_at" TIMESTAMP WITH TIME ZONE,
      "sent_by_label" text,
      "closed_at" TIMESTAMP WITH TIME ZONE,
      "closed_by_label" text,
      "reminded_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_survey_waves" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_survey_waves_title" CHECK (char_length("title") BETWEEN 3 AND 200),
      CONSTRAINT "CHK_survey_waves_dates" CHECK ("closes_at" > "opens_at"),
      CONSTRAINT "CHK_survey_waves_sent" CHECK (("status" = 'DRAFT') = ("sent_at" IS NULL)),
      CONSTRAINT "FK_survey_waves_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL
    )`);
    await q(`CREATE INDEX "IDX_survey_waves_opens" ON "survey_waves" ("opens_at")`);
    await q(`CREATE TABLE "survey_questions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "wave_id" uuid NOT NULL,
      "position" smallint NOT NULL,
      "kind" "public"."survey_question_kind" NOT NULL,
      "label" text NOT NULL,
      "required" boolean NOT NULL DEFAULT true,
      CONSTRAINT "PK_survey_questions" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_survey_questions_position" UNIQUE ("wave_id", "position"),
      CONSTRAINT "CHK_survey_questions_label" CHECK (char_length("label") BETWEEN 3 AND 300),
      CONSTRAINT "FK_survey_questions_wave" FOREIGN KEY ("wave_id") REFERENCES "survey_waves"("id") ON DELETE CASCADE
    )`);
    await q(`CREATE TABLE "survey_recipients" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "wave_id" uuid NOT NULL,
      "user_id" uuid,
      "organization_id" uuid,
      "organization_type" "public"."organization_type" NOT NULL,
      "commune_code" character varying(5),
      "full_name" text NOT NULL,
      "email" text NOT NULL,
      "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "reminded_at" TIMESTAMP WITH TIME ZONE,
      "reminders" integer NOT NULL DEFAULT 0,
      CONSTRAINT "PK_survey_recipients" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_survey_recipients_user" UNIQUE ("wave_id", "user_id"),
      CONSTRAINT "FK_survey_recipients_wave" FOREIGN KEY ("wave_id") REFERENCES "survey_waves"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_survey_recipients_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_survey_recipients_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_survey_recipients_commune" FOREIGN KEY ("commune_code") REFERENCES "communes"("code") ON DELETE RESTRICT
    )`);
    await q(`CREATE UNIQUE INDEX "UQ_survey_recipients_email" ON "survey_recipients" ("wave_id", lower("email"))`);
    await q(`CREATE TABLE "survey_links" (
      "token_hash" character(64) NOT NULL,
      "recipient_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_survey_links" PRIMARY KEY ("token_hash"),
      CONSTRAINT "FK_survey_links_recipient" FOREIGN KEY ("recipient_id") REFERENCES "survey_recipients"("id") ON DELETE CASCADE
    )`);
    await q(`CREATE INDEX "IDX_survey_links_recipient" ON "survey_links" ("recipient_id")`);
    await q(`CREATE TABLE "survey_responses" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "wave_id" uuid NOT NULL,
      "recipient_id" uuid NOT NULL,
      "organization_type" "public"."organization_type" NOT NULL,
      "commune_code" character varying(5),
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_survey_responses" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_survey_responses_one_per_person" UNIQUE ("wave_id", "recipient_id"),
      CONSTRAINT "FK_survey_responses_wave" FOREIGN KEY ("wave_id") REFERENCES "survey_waves"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_survey_responses_recipient" FOREIGN KEY ("recipient_id") REFERENCES "survey_recipients"("id") ON DELETE CASCADE
    )`);
    await q(`CREATE TABLE "survey_answers" (
      "response_id" uuid NOT NULL,
      "question_id" uuid NOT NULL,
      "score" smallint,
      "text" text,
      CONSTRAINT "PK_survey_answers" PRIMARY KEY ("response_id", "question_id"),
      CONSTRAINT "CHK_survey_answers_score" CHECK ("score" BETWEEN 1 AND 5),
      CONSTRAINT "CHK_survey_answers_text" CHECK (char_length("text") BETWEEN 1 AND 2000),
      CONSTRAINT "CHK_survey_answers_one" CHECK (("score" IS NULL) <> ("text" IS NULL)),
      CONSTRAINT "FK_survey_answers_response" FOREIGN KEY ("response_id") REFERENCES "survey_responses"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_survey_answers_question" FOREIGN KEY ("question_id") REFERENCES "survey_questions"("id") ON DELETE CASCADE
    )`);
    await q(`CREATE INDEX "IDX_survey_answers_question" ON "survey_answers" ("question_id")`);
    await q(`CREATE TABLE "survey_reminders" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "wave_id" uuid NOT NULL,
      "due_on" date,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "recipients" integer NOT NULL,
      "by_label" text,
      CONSTRAINT "PK_survey_reminders" PRIMARY KEY ("id"),
      CONSTRAINT "FK_survey_reminders_wave" FOREIGN KEY ("wave_id") REFERENCES "survey_waves"("id") ON DELETE CASCADE
    )`);
    await q(
      `CREATE UNIQUE INDEX "UQ_survey_reminders_due" ON "survey_reminders" ("wave_id", "due_on") WHERE "due_on" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TABLE "survey_reminders"`);
    await q(`DROP TABLE "survey_answers"`);
    await q(`DROP TABLE "survey_responses"`);
    await q(`DROP TABLE "survey_links"`);
    await q(`DROP TABLE "survey_recipients"`);
    await q(`DROP TABLE "survey_questions"`);
    await q(`DROP TABLE "survey_waves"`);
    await q(`DROP TYPE "public"."survey_question_kind"`);
    await q(`DROP TYPE "public"."survey_wave_status"`);
  }
}
