import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795322864386 implements MigrationInterface {
  name = 'InitialSchema1795322864386';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: extensions (trusted, so the database owner may create them) and the
    // login rate-limit table in the shape rate-limiter-flexible expects.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "login_rate_limits" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`);
    await queryRunner.query(`CREATE TYPE "public"."legal_form" AS ENUM('association', 'scop', 'scic', 'other')`);
    await queryRunner.query(`CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "legal_form" "public"."legal_form" NOT NULL, "address" text, "registration_number" character varying(20), "governance_profile" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext NOT NULL, "password_hash" character varying(100), "display_name" character varying(200) NOT NULL, "locale" character varying(2) NOT NULL DEFAULT 'fr', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ee66de6cdc53993296d1ceb8aa0" UNIQUE ("email"), CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."organisation_role" AS ENUM('admin', 'secretary', 'member', 'observer')`);
    await queryRunner.query(`CREATE TABLE "account_roles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "account_id" uuid NOT NULL, "role" "public"."organisation_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d29411fdd88d973ec91cbbd179e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0e94d53a5ed46deaae79475e42" ON "account_roles" ("account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e716cfab8a328059829428804d" ON "account_roles" ("organisation_id", "account_id") `);
    await queryRunner.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" citext NOT NULL, "role" "public"."organisation_role" NOT NULL, "member_id" uuid, "token_hash" character(64) NOT NULL, "invited_by_account_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_account_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b964896a9895b8451309c88548" ON "invitations" ("organisation_id", "email") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip_address" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_da0cf19646ff5c6e3c0284468e" ON "sessions" ("account_id") `);
    await queryRunner.query(`CREATE TYPE "public"."body_kind" AS ENUM('generalAssembly', 'board', 'bureau', 'supervisoryBoard', 'steeringCommittee', 'workingGroup')`);
    await queryRunner.query(`CREATE TABLE "bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" "public"."body_kind" NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_efc66684e75152471d119b6e5a3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_db12870250753c01e46a6f1a02" ON "bodies" ("organisation_id", "name") `);
    await queryRunner.query(`CREATE TABLE "colleges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "weight" character varying(40) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_61a64e7dc0b7c9d5e433284037c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_28737ee39562ce3e5ddf472e98" ON "colleges" ("organisation_id", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."member_kind" AS ENUM('naturalPerson', 'legalEntity')`);
    await queryRunner.query(`CREATE TABLE "members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" "public"."member_kind" NOT NULL, "name" character varying(200) NOT NULL, "email" citext, "postal_address" text, "birth_date" date, "joined_on" date NOT NULL, "left_on" date, "has_voting_rights" boolean NOT NULL DEFAULT true, "voting_rights_reason" text, "college_id" uuid, "e_notice_consent" boolean NOT NULL DEFAULT false, "e_notice_consent_at" TIMESTAMP WITH TIME ZONE, "account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "members_left_after_joined" CHECK (left_on IS NULL OR left_on >= joined_on), CONSTRAINT "PK_28b53062261b996d9c99fa12404" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_63616633a6063d6f172bc59a61" ON "members" ("organisation_id", "account_id") WHERE account_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1f91aa34950d33f2dae25e0765" ON "members" ("organisation_id", "email") WHERE email IS NOT NULL`);
    await queryRunner.query(`CREATE TYPE "public"."mandate_role" AS ENUM('president', 'vicePresident', 'treasurer', 'secretary', 'director', 'member')`);
    await queryRunner.query(`CREATE TYPE "public"."mandate_end_reason" AS ENUM('expiry', 'resignation', 'revocation', 'death')`);
    await queryRunner.query(`CREATE TABLE "mandates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "member_id" uuid NOT NULL, "role" "public"."mandate_role" NOT NULL, "start_on" date NOT NULL, "term_end_on" date, "ended_on" date, "end_reason" "public"."mandate_end_reason", "appointed_by" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mandates_end_has_reason" CHECK ((ended_on IS NULL) = (end_reason IS NULL)), CONSTRAINT "mandates_ended_after_start" CHECK (ended_on IS NULL OR ended_on > start_on), CONSTRAINT "mandates_term_after_start" CHECK (term_end_on IS NULL OR term_end_on > start_on), CONSTRAINT "mandates_one_seat_per_member" EXCLUDE USING gist (body_id WITH =, member_id WITH =, daterange(start_on, COALESCE(ended_on, term_end_on), '[)') WITH &&), CONSTRAINT "mandates_one_holder_per_role" EXCLUDE USING gist (body_id WITH =, role WITH =, daterange(start_on, COALESCE(ended_on, term_end_on), '[)') WITH &&) WHERE (role IN ('president', 'treasurer', 'secretary')), CONSTRAINT "PK_08c57882cd87cc778f329700004" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_55b1a3b29780ef218638b3e9c2" ON "mandates" ("organisation_id", "member_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e78f2d6a04330b9b01975de58f" ON "mandates" ("organisation_id", "body_id", "role") `);
    await queryRunner.query(`CREATE TABLE "handovers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "role" "public"."mandate_role" NOT NULL, "outgoing_mandate_id" uuid, "incoming_mandate_id" uuid NOT NULL, "handed_over_on" date NOT NULL, "decision" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_06c95f4070cf103004316d5aba4" UNIQUE ("incoming_mandate_id"), CONSTRAINT "PK_88432ab36f1a01be3bb86a16c28" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_be86d003d8d823a5a718c348e9" ON "handovers" ("organisation_id", "body_id", "role") `);
    await queryRunner.query(`CREATE TABLE "member_representatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "member_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "email" citext, "since_on" date NOT NULL, "until_on" date, CONSTRAINT "member_representatives_period" CHECK (until_on IS NULL OR until_on >= since_on), CONSTRAINT "PK_f4517f548c51f6dcd6f1eef08a4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4850af09b2169571f7e8f1db8c" ON "member_representatives" ("member_id") WHERE until_on IS NULL`);
    await queryRunner.query(`ALTER TABLE "account_roles" ADD CONSTRAINT "FK_6c35143f15fc18cda06a7d0c0fd" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account_roles" ADD CONSTRAINT "FK_0e94d53a5ed46deaae79475e427" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_db8eb6da8f383cb3443217d8536" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_da0cf19646ff5c6e3c0284468e5" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bodies" ADD CONSTRAINT "FK_0a135496cf9e2ca55104b7de3e2" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "colleges" ADD CONSTRAINT "FK_469fe55b92cc3499786916903b0" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "members" ADD CONSTRAINT "FK_ea8e953157d3927bf956cf40a60" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "members" ADD CONSTRAINT "FK_329ff18a6e860c81b58963bbae8" FOREIGN KEY ("college_id") REFERENCES "colleges"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "members" ADD CONSTRAINT "FK_fd9dfb97e21b75fc45d42aa614a" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mandates" ADD CONSTRAINT "FK_0e433a5adc1277d6d6522f68c3e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mandates" ADD CONSTRAINT "FK_8be2ecae9d2bbce7889daa48c2a" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mandates" ADD CONSTRAINT "FK_551fcba1e346109612b448af0c7" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "handovers" ADD CONSTRAINT "FK_0865bd7826fcacc0dfbd1d5d5f0" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "handovers" ADD CONSTRAINT "FK_fb6a0c88dfec363d1278fd0cdc6" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "handovers" ADD CONSTRAINT "FK_31069d0b4e076f17c3a5d0a9f9f" FOREIGN KEY ("outgoing_mandate_id") REFERENCES "mandates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "handovers" ADD CONSTRAINT "FK_06c95f4070cf103004316d5aba4" FOREIGN KEY ("incoming_mandate_id") REFERENCES "mandates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "member_representatives" ADD CONSTRAINT "FK_9cc828c6992284198b00d4d2c43" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "member_representatives" ADD CONSTRAINT "FK_4789dfef73fef06e08bfb9a0b91" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "member_representatives" DROP CONSTRAINT "FK_4789dfef73fef06e08bfb9a0b91"`);
    await queryRunner.query(`ALTER TABLE "member_representatives" DROP CONSTRAINT "FK_9cc828c6992284198b00d4d2c43"`);
    await queryRunner.query(`ALTER TABLE "handovers" DROP CONSTRAINT "FK_06c95f4070cf103004316d5aba4"`);
    await queryRunner.query(`ALTER TABLE "handovers" DROP CONSTRAINT "FK_31069d0b4e076f17c3a5d0a9f9f"`);
    await queryRunner.query(`ALTER TABLE "handovers" DROP CONSTRAINT "FK_fb6a0c88dfec363d1278fd0cdc6"`);
    await queryRunner.query(`ALTER TABLE "handovers" DROP CONSTRAINT "FK_0865bd7826fcacc0dfbd1d5d5f0"`);
    await queryRunner.query(`ALTER TABLE "mandates" DROP CONSTRAINT "FK_551fcba1e346109612b448af0c7"`);
    await queryRunner.query(`ALTER TABLE "mandates" DROP CONSTRAINT "FK_8be2ecae9d2bbce7889daa48c2a"`);
    await queryRunner.query(`ALTER TABLE "mandates" DROP CONSTRAINT "FK_0e433a5adc1277d6d6522f68c3e"`);
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "FK_fd9dfb97e21b75fc45d42aa614a"`);
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "FK_329ff18a6e860c81b58963bbae8"`);
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "FK_ea8e953157d3927bf956cf40a60"`);
    await queryRunner.query(`ALTER TABLE "colleges" DROP CONSTRAINT "FK_469fe55b92cc3499786916903b0"`);
    await queryRunner.query(`ALTER TABLE "bodies" DROP CONSTRAINT "FK_0a135496cf9e2ca55104b7de3e2"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_da0cf19646ff5c6e3c0284468e5"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_db8eb6da8f383cb3443217d8536"`);
    await queryRunner.query(`ALTER TABLE "account_roles" DROP CONSTRAINT "FK_0e94d53a5ed46deaae79475e427"`);
    await queryRunner.query(`ALTER TABLE "account_roles" DROP CONSTRAINT "FK_6c35143f15fc18cda06a7d0c0fd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4850af09b2169571f7e8f1db8c"`);
    await queryRunner.query(`DROP TABLE "member_representatives"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be86d003d8d823a5a718c348e9"`);
    await queryRunner.query(`DROP TABLE "handovers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e78f2d6a04330b9b01975de58f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_55b1a3b29780ef218638b3e9c2"`);
    await queryRunner.query(`DROP TABLE "mandates"`);
    await queryRunner.query(`DROP TYPE "public"."mandate_end_reason"`);
    await queryRunner.query(`DROP TYPE "public"."mandate_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1f91aa34950d33f2dae25e0765"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63616633a6063d6f172bc59a61"`);
    await queryRunner.query(`DROP TABLE "members"`);
    await queryRunner.query(`DROP TYPE "public"."member_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28737ee39562ce3e5ddf472e98"`);
    await queryRunner.query(`DROP TABLE "colleges"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_db12870250753c01e46a6f1a02"`);
    await queryRunner.query(`DROP TABLE "bodies"`);
    await queryRunner.query(`DROP TYPE "public"."body_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da0cf19646ff5c6e3c0284468e"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b964896a9895b8451309c88548"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e716cfab8a328059829428804d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e94d53a5ed46deaae79475e42"`);
    await queryRunner.query(`DROP TABLE "account_roles"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_role"`);
    await queryRunner.query(`DROP TABLE "accounts"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP TYPE "public"."legal_form"`);
    await queryRunner.query(`DROP TABLE "login_rate_limits"`);
  }
}
