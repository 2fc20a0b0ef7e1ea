import { MigrationInterface, QueryRunner } from 'typeorm';

/** An invitee's own answer to a convocation (présent·e, excusé·e, représenté·e par …), before the meeting. */
export class InviteeAnswers1796700000000 implements MigrationInterface {
  name = 'InviteeAnswers1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_invitees" ADD "answer" "public"."attendance"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitees" ADD "answer_represented_by" text`);
    await queryRunner.query(`ALTER TABLE "meeting_invitees" ADD "answered_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_invitees" DROP COLUMN "answered_at"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitees" DROP COLUMN "answer_represented_by"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitees" DROP COLUMN "answer"`);
  }
}
