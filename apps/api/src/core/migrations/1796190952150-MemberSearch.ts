import { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand: searching members by name, accents and case aside ("helene" finds "Hélène"). */
export class MemberSearch1796190952150 implements MigrationInterface {
  name = 'MemberSearch1796190952150';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
