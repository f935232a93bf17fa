import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationTimeZone1796192925208 implements MigrationInterface {
  name = 'OrganisationTimeZone1796192925208';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" ADD "time_zone" character varying(64) NOT NULL DEFAULT 'Europe/Paris'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "time_zone"`);
  }
}
