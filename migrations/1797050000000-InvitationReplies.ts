import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each convocation's secret reply address: the invitee's copy of the calendar invitation names as
 * its organiser `reponses+<reply_token>@…`, so that the answer their mail client sends back
 * (an iTIP REPLY) is known to come from the mail they received, whatever its From says.
 */
export class InvitationReplies1797050000000 implements MigrationInterface {
  name = 'InvitationReplies1797050000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meeting_invitees" ADD "reply_token" text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_meeting_invitees_reply_token" ON "meeting_invitees" ("reply_token")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_invitees_reply_token"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitees" DROP COLUMN "reply_token"`);
  }
}
