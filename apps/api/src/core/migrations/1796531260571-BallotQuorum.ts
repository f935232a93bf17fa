import { MigrationInterface, QueryRunner } from 'typeorm';

/** The quorum when a vote in the room opened, kept with the ballot for the minutes. */
export class BallotQuorum1796531260571 implements MigrationInterface {
  name = 'BallotQuorum1796531260571';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" ADD "quorum_explanation_fr" text`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD "quorum_explanation_en" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "quorum_explanation_en"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "quorum_explanation_fr"`);
  }
}
