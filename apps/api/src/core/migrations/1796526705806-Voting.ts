import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ballots, their options and frozen roll, public votes, and for secret ballots the
 * participation list and the box, kept apart. The end of `up` is written by hand: every
 * reference also goes through (organisation_id, id), and a vote or a participation must
 * match its roll entry, caster included, so the database refuses a vote cast by anyone
 * but the member or their proxy holder.
 */
export class Voting1796526705806 implements MigrationInterface {
  name = 'Voting1796526705806';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."ballot_kind" AS ENUM('resolution', 'choice', 'election')`);
    await queryRunner.query(`CREATE TYPE "public"."ballot_results_visibility" AS ENUM('live', 'atClose')`);
    await queryRunner.query(`CREATE TYPE "public"."ballot_roll_basis" AS ENUM('attending', 'convened', 'body')`);
    await queryRunner.query(`CREATE TYPE "public"."ballot_status" AS ENUM('draft', 'open', 'closed')`);
    await queryRunner.query(`CREATE TABLE "ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "meeting_id" uuid, "resolution_id" uuid, "kind" "public"."ballot_kind" NOT NULL, "title" character varying(300) NOT NULL, "question" text, "secret" boolean NOT NULL, "results_visibility" "public"."ballot_results_visibility" NOT NULL, "roll_basis" "public"."ballot_roll_basis" NOT NULL, "min_choices" integer NOT NULL, "max_choices" integer NOT NULL, "seats" integer, "status" "public"."ballot_status" NOT NULL DEFAULT 'draft', "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "result" jsonb, "outcome" character varying(20), "explanation_fr" text, "explanation_en" text, "box_seal" character varying(64), "cast_count" integer, "draw_seed" character varying(64), "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ballots_schedule" CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at), CONSTRAINT "ballots_secret_hidden" CHECK (NOT secret OR results_visibility = 'atClose'), CONSTRAINT "ballots_seats" CHECK ((kind = 'election') = (seats IS NOT NULL) AND (seats IS NULL OR seats >= 1)), CONSTRAINT "ballots_choices_range" CHECK (min_choices >= 0 AND max_choices >= GREATEST(min_choices, 1)), CONSTRAINT "PK_1c29cf82a8045f839f8639634e9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_09f6b7b3065a80faccc5c886ce" ON "ballots" ("organisation_id", "body_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_4bde7cd98e490f4469131d9574" ON "ballots" ("organisation_id", "meeting_id") `);
    await queryRunner.query(`CREATE TABLE "ballot_options" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "ballot_id" uuid NOT NULL, "position" integer NOT NULL, "label" character varying(300) NOT NULL, "code" character varying(20), "candidate_member_id" uuid, CONSTRAINT "PK_a91f9da9ca6ff266934a73641c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_34c165a8010fb616f33ad6ea1a" ON "ballot_options" ("ballot_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."ballot_roll_via" AS ENUM('own', 'proxy', 'blankProxy')`);
    await queryRunner.query(`CREATE TABLE "ballot_roll" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "ballot_id" uuid NOT NULL, "member_id" uuid NOT NULL, "caster_member_id" uuid NOT NULL, "college_id" uuid, "weight" integer NOT NULL DEFAULT '1', "via" "public"."ballot_roll_via" NOT NULL, CONSTRAINT "PK_ac07b00f81c159c4a102bb51a29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_af6f80987b38cd0708f46b4c1f" ON "ballot_roll" ("ballot_id", "caster_member_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_913b97926863007113363f73e3" ON "ballot_roll" ("ballot_id", "member_id") `);
    await queryRunner.query(`CREATE TABLE "ballot_votes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "ballot_id" uuid NOT NULL, "member_id" uuid NOT NULL, "cast_by_member_id" uuid NOT NULL, "choices" uuid array NOT NULL, "key_hash" bytea NOT NULL, "receipt" character varying(32) NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b203ae2decea60693d75ddf7029" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b57f90d7fdc6c3a89b590f7204" ON "ballot_votes" ("ballot_id", "member_id") `);
    await queryRunner.query(`CREATE TABLE "ballot_participations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "ballot_id" uuid NOT NULL, "member_id" uuid NOT NULL, "cast_by_member_id" uuid NOT NULL, "key_hash" bytea, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8f267312765a23f2042b60cab90" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_78caa7210246c0cc2fee200e65" ON "ballot_participations" ("ballot_id", "member_id") `);
    await queryRunner.query(`CREATE TABLE "ballot_box" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "ballot_id" uuid NOT NULL, "choices" uuid array NOT NULL, "college_id" uuid, "weight" integer NOT NULL, "receipt" character varying(32) NOT NULL, CONSTRAINT "PK_f36646e818660ffc80d3fee69c5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b13308c10b56dafc4d73d42f09" ON "ballot_box" ("ballot_id", "receipt") `);
    await queryRunner.query(`ALTER TABLE "ballots" ADD CONSTRAINT "FK_f3b9580c752fd85ddfb7c2b39b9" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD CONSTRAINT "FK_73dc2c93432829decbe268407d3" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD CONSTRAINT "FK_a0868593d99b602225371ceae39" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD CONSTRAINT "FK_dad56867a1d2669e569e9b19254" FOREIGN KEY ("resolution_id") REFERENCES "resolutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD CONSTRAINT "FK_05e9f5523bf15a2496a77f19d2f" FOREIGN KEY ("created_by_account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_options" ADD CONSTRAINT "FK_3b11018f579caaf22801ad2862e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_options" ADD CONSTRAINT "FK_0fc680fac978f562ddfccb6625e" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_options" ADD CONSTRAINT "FK_37d9a25266ce03e6f9310f6b220" FOREIGN KEY ("candidate_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_roll" ADD CONSTRAINT "FK_dcd06152f1f7cafdddeb05dcc9a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_roll" ADD CONSTRAINT "FK_74a291808a867fca4bf65dc8759" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_roll" ADD CONSTRAINT "FK_b104c2696ba3565f379dc4f318e" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_roll" ADD CONSTRAINT "FK_dcf8d28d8a25278c6e1efe920aa" FOREIGN KEY ("caster_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_roll" ADD CONSTRAINT "FK_2ef8979ac5323790abef9a8ee9f" FOREIGN KEY ("college_id") REFERENCES "colleges"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_votes" ADD CONSTRAINT "FK_f8894117e7e647bd7bc7a6089ff" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_votes" ADD CONSTRAINT "FK_6d8edef4c87e93cb1bf01c26853" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_votes" ADD CONSTRAINT "FK_d3002ac5bb82e4c8c1a1d7e5db1" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_votes" ADD CONSTRAINT "FK_b8856cb1121753b58b1ade180b6" FOREIGN KEY ("cast_by_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_participations" ADD CONSTRAINT "FK_a724da3833d6c6ded5b2153aee4" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_participations" ADD CONSTRAINT "FK_52f5aadc846c7a6b0f8bb22fef8" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_participations" ADD CONSTRAINT "FK_93de2cc0bc323261832d69d799b" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_participations" ADD CONSTRAINT "FK_3ab2f0c271bf6893570a7456104" FOREIGN KEY ("cast_by_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_box" ADD CONSTRAINT "FK_6d19450467c531806134a90aaca" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_box" ADD CONSTRAINT "FK_2490cef8abb83a1a584de8950e8" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_box" ADD CONSTRAINT "FK_882b91588c134fe717088e7e978" FOREIGN KEY ("college_id") REFERENCES "colleges"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
      for (const table of TENANT_KEYS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${table}_tenant_key" UNIQUE ("organisation_id", "id")`);
    }
    for (const [table, column, target] of TENANT_REFERENCES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_same_tenant" FOREIGN KEY ("organisation_id", "${column}") REFERENCES "${target}" ("organisation_id", "id")`,
      );
    }
    await queryRunner.query(`ALTER TABLE "ballot_roll" ADD CONSTRAINT "ballot_roll_caster_key" UNIQUE ("ballot_id", "member_id", "caster_member_id")`);
    for (const table of ['ballot_votes', 'ballot_participations']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_on_roll" FOREIGN KEY ("ballot_id", "member_id", "cast_by_member_id") REFERENCES "ballot_roll" ("ballot_id", "member_id", "caster_member_id") ON DELETE CASCADE`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['ballot_votes', 'ballot_participations']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_on_roll"`);
    }
    await queryRunner.query(`ALTER TABLE "ballot_roll" DROP CONSTRAINT "ballot_roll_caster_key"`);
    for (const [table, column] of [...TENANT_REFERENCES].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_${column}_same_tenant"`);
    }
    for (const table of [...TENANT_KEYS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_tenant_key"`);
    }
    await queryRunner.query(`ALTER TABLE "ballot_box" DROP CONSTRAINT "FK_882b91588c134fe717088e7e978"`);
    await queryRunner.query(`ALTER TABLE "ballot_box" DROP CONSTRAINT "FK_2490cef8abb83a1a584de8950e8"`);
    await queryRunner.query(`ALTER TABLE "ballot_box" DROP CONSTRAINT "FK_6d19450467c531806134a90aaca"`);
    await queryRunner.query(`ALTER TABLE "ballot_participations" DROP CONSTRAINT "FK_3ab2f0c271bf6893570a7456104"`);
    await queryRunner.query(`ALTER TABLE "ballot_participations" DROP CONSTRAINT "FK_93de2cc0bc323261832d69d799b"`);
    await queryRunner.query(`ALTER TABLE "ballot_participations" DROP CONSTRAINT "FK_52f5aadc846c7a6b0f8bb22fef8"`);
    await queryRunner.query(`ALTER TABLE "ballot_participations" DROP CONSTRAINT "FK_a724da3833d6c6ded5b2153aee4"`);
    await queryRunner.query(`ALTER TABLE "ballot_votes" DROP CONSTRAINT "FK_b8856cb1121753b58b1ade180b6"`);
    await queryRunner.query(`ALTER TABLE "ballot_votes" DROP CONSTRAINT "FK_d3002ac5bb82e4c8c1a1d7e5db1"`);
    await queryRunner.query(`ALTER TABLE "ballot_votes" DROP CONSTRAINT "FK_6d8edef4c87e93cb1bf01c26853"`);
    await queryRunner.query(`ALTER TABLE "ballot_votes" DROP CONSTRAINT "FK_f8894117e7e647bd7bc7a6089ff"`);
    await queryRunner.query(`ALTER TABLE "ballot_roll" DROP CONSTRAINT "FK_2ef8979ac5323790abef9a8ee9f"`);
    await queryRunner.query(`ALTER TABLE "ballot_roll" DROP CONSTRAINT "FK_dcf8d28d8a25278c6e1efe920aa"`);
    await queryRunner.query(`ALTER TABLE "ballot_roll" DROP CONSTRAINT "FK_b104c2696ba3565f379dc4f318e"`);
    await queryRunner.query(`ALTER TABLE "ballot_roll" DROP CONSTRAINT "FK_74a291808a867fca4bf65dc8759"`);
    await queryRunner.query(`ALTER TABLE "ballot_roll" DROP CONSTRAINT "FK_dcd06152f1f7cafdddeb05dcc9a"`);
    await queryRunner.query(`ALTER TABLE "ballot_options" DROP CONSTRAINT "FK_37d9a25266ce03e6f9310f6b220"`);
    await queryRunner.query(`ALTER TABLE "ballot_options" DROP CONSTRAINT "FK_0fc680fac978f562ddfccb6625e"`);
    await queryRunner.query(`ALTER TABLE "ballot_options" DROP CONSTRAINT "FK_3b11018f579caaf22801ad2862e"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "FK_05e9f5523bf15a2496a77f19d2f"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "FK_dad56867a1d2669e569e9b19254"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "FK_a0868593d99b602225371ceae39"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "FK_73dc2c93432829decbe268407d3"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "FK_f3b9580c752fd85ddfb7c2b39b9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b13308c10b56dafc4d73d42f09"`);
    await queryRunner.query(`DROP TABLE "ballot_box"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_78caa7210246c0cc2fee200e65"`);
    await queryRunner.query(`DROP TABLE "ballot_participations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b57f90d7fdc6c3a89b590f7204"`);
    await queryRunner.query(`DROP TABLE "ballot_votes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_913b97926863007113363f73e3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af6f80987b38cd0708f46b4c1f"`);
    await queryRunner.query(`DROP TABLE "ballot_roll"`);
    await queryRunner.query(`DROP TYPE "public"."ballot_roll_via"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_34c165a8010fb616f33ad6ea1a"`);
    await queryRunner.query(`DROP TABLE "ballot_options"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4bde7cd98e490f4469131d9574"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_09f6b7b3065a80faccc5c886ce"`);
    await queryRunner.query(`DROP TABLE "ballots"`);
    await queryRunner.query(`DROP TYPE "public"."ballot_status"`);
    await queryRunner.query(`DROP TYPE "public"."ballot_roll_basis"`);
    await queryRunner.query(`DROP TYPE "public"."ballot_results_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."ballot_kind"`);
  }
}

const TENANT_KEYS = ['ballots', 'resolutions'] as const;

const TENANT_REFERENCES: readonly (readonly [table: string, column: string, target: string])[] = [
  ['ballots', 'body_id', 'bodies'],
  ['ballots', 'meeting_id', 'meetings'],
  ['ballots', 'resolution_id', 'resolutions'],
  ['ballot_options', 'ballot_id', 'ballots'],
  ['ballot_options', 'candidate_member_id', 'members'],
  ['ballot_roll', 'ballot_id', 'ballots'],
  ['ballot_roll', 'member_id', 'members'],
  ['ballot_roll', 'caster_member_id', 'members'],
  ['ballot_roll', 'college_id', 'colleges'],
  ['ballot_votes', 'ballot_id', 'ballots'],
  ['ballot_participations', 'ballot_id', 'ballots'],
  ['ballot_box', 'ballot_id', 'ballots'],
  ['ballot_box', 'college_id', 'colleges'],
];
