import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationRequests1796193094344 implements MigrationInterface {
  name = 'RegistrationRequests1796193094344';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "registration_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext NOT NULL, "token_hash" character(64) NOT NULL, "locale" character varying(2) NOT NULL DEFAULT 'fr', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_68b32524737a15c17c7dd418bb7" UNIQUE ("token_hash"), CONSTRAINT "PK_75e49f863f30250e82ab8638eaa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_111db011862bb4e61a41918cda" ON "registration_requests" ("email") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_111db011862bb4e61a41918cda"`);
    await queryRunner.query(`DROP TABLE "registration_requests"`);
  }
}
