import { MigrationInterface, QueryRunner } from 'typeorm';

export class PagedHistoryAndNotifications1796609082705 implements MigrationInterface {
  name = 'PagedHistoryAndNotifications1796609082705';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8084a4a5261a930aa19b75b3a3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_310667f935698fcd8cb319113a\"");
    await queryRunner.query("CREATE INDEX \"IDX_3d7158b515afc66bddbebd93b3\" ON \"case_comments\"  (\"case_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2ba3e96cab3392883e41d52b70\" ON \"notifications\"  (\"user_id\", \"created_at\", \"id\") WHERE \"read_at\" IS NULL");
    await queryRunner.query("CREATE INDEX \"IDX_dc31b33b2a539bc9e96d9b28b3\" ON \"notifications\"  (\"user_id\", \"created_at\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_dc31b33b2a539bc9e96d9b28b3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2ba3e96cab3392883e41d52b70\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3d7158b515afc66bddbebd93b3\"");
    await queryRunner.query("CREATE INDEX \"IDX_310667f935698fcd8cb319113a\" ON \"notifications\" USING btree (\"user_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8084a4a5261a930aa19b75b3a3\" ON \"case_comments\" USING btree (\"case_id\") ");
  }
}
