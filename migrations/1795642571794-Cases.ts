import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1795642571794 implements MigrationInterface {
  name = 'Cases1795642571794';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"body_kind\" AS ENUM('CLSPD', 'CISPD', 'GPO', 'ETAT_MAJOR', 'REVUE_PADRSQ', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"coordination_bodies\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"kind\" \"public\".\"body_kind\" NOT NULL, \"theme\" text, \"chair_organization_id\" uuid NOT NULL, \"secretary_user_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5598ea6f2192dd734b1da9ae387\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_37f38cce006ed851ed1fd9c18f\" ON \"coordination_bodies\"  (\"name\") ");
    await queryRunner.query("CREATE TABLE \"coordination_body_organizations\" (\"body_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, CONSTRAINT \"PK_5d876122d85829b29c641f14c75\" PRIMARY KEY (\"body_id\", \"organization_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_955edb41e8ecc5a8b74a3a64b5\" ON \"coordination_body_organizations\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"working_groups\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"body_id\" uuid NOT NULL, \"name\" text NOT NULL, \"charter_version\" text NOT NULL DEFAULT '1', CONSTRAINT \"PK_95e6a3cace78635e0e7c85ddc98\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ec3fb1bd10dfb539cf9ba3e303\" ON \"working_groups\"  (\"body_id\") ");
    await queryRunner.query("CREATE TABLE \"working_group_members\" (\"working_group_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"charter_signed_at\" TIMESTAMP WITH TIME ZONE, \"charter_signed_version\" text, CONSTRAINT \"PK_8c6ae1a96ad0bedac0c2a847b78\" PRIMARY KEY (\"working_group_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a6de5a231b8137782e48fab9d4\" ON \"working_group_members\"  (\"user_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"case_category\" AS ENUM('HOMICIDES', 'VIOLENCES_INTRAFAMILIALES', 'COUPS_ET_BLESSURES', 'VIOLENCES_SEXUELLES', 'VOLS_AVEC_ARMES', 'VOLS_VIOLENTS_SANS_ARME', 'VOLS_SANS_VIOLENCE', 'CAMBRIOLAGES', 'VOLS_DE_VEHICULES', 'VOLS_DANS_VEHICULES', 'VOLS_ACCESSOIRES_VEHICULES', 'DESTRUCTIONS_DEGRADATIONS', 'TRAFIC_STUPEFIANTS', 'USAGE_STUPEFIANTS', 'ESCROQUERIES', 'RODEOS_URBAINS', 'SQUATS', 'OCCUPATION_HALLS', 'DEPOTS_SAUVAGES', 'NUISANCES_SONORES', 'POINT_DE_DEAL', 'VOLS_MATERIEL_AGRICOLE', 'TRAVAIL_DISSIMULE', 'INCIVILITES_TRANSPORTS')");
    await queryRunner.query("CREATE TYPE \"public\".\"case_sensitivity\" AS ENUM('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')");
    await queryRunner.query("CREATE TYPE \"public\".\"case_priority\" AS ENUM('LOW', 'NORMAL', 'HIGH', 'URGENT')");
    await queryRunner.query("CREATE TYPE \"public\".\"case_status\" AS ENUM('NEW', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT', 'RESOLVED', 'CLOSED', 'ON_HOLD', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"cases\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"reference\" text NOT NULL, \"title\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"category\" \"public\".\"case_category\" NOT NULL, \"commune_code\" character varying(5) NOT NULL, \"zone_id\" uuid, \"longitude\" double precision, \"latitude\" double precision, \"sensitivity\" \"public\".\"case_sensitivity\" NOT NULL, \"priority\" \"public\".\"case_priority\" NOT NULL DEFAULT 'NORMAL', \"owner_organization_id\" uuid NOT NULL, \"status\" \"public\".\"case_status\" NOT NULL DEFAULT 'NEW', \"status_reason\" text, \"body_id\" uuid, \"working_group_id\" uuid, \"created_by_user_id\" uuid, \"opened_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"assessment_due_on\" date, \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"search_vector\" tsvector, CONSTRAINT \"PK_264acb3048c240fb89aa34626db\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_54644dc5f4b6350d047ab0ce40\" ON \"cases\"  (\"reference\") ");
    await queryRunner.query("CREATE INDEX \"IDX_db9105f28c179c6649ef0a271a\" ON \"cases\"  (\"category\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c7167ece24d785012308a794e1\" ON \"cases\"  (\"commune_code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d0c73e59e03dd118a635f74c8c\" ON \"cases\"  (\"zone_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2a91bc5fb296e61e11ba96dc93\" ON \"cases\"  (\"sensitivity\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c71df5e7279ba08e88c6b47a55\" ON \"cases\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c9480be49198da146b9849554d\" ON \"cases\"  (\"body_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9a80f351381ecac8f16d2a9b4e\" ON \"cases\"  (\"working_group_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b43ee88415c6a41016a646439d\" ON \"cases\"  (\"owner_organization_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7c125fa0f82e8e74aff6c2e1b8\" ON \"cases\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"person_role\" AS ENUM('VICTIME', 'MIS_EN_CAUSE', 'TEMOIN', 'SIGNALANT', 'AUTRE')");
    await queryRunner.query("CREATE TABLE \"case_persons\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"role\" \"public\".\"person_role\" NOT NULL, \"full_name\" text NOT NULL, \"birth_year\" integer, \"address\" text, \"notes\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_572ec0fb6700f02d579f0679028\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ace8013ebc073dfc5f88122d7e\" ON \"case_persons\"  (\"case_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"assignment_status\" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED')");
    await queryRunner.query("CREATE TABLE \"case_assignments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"status\" \"public\".\"assignment_status\" NOT NULL DEFAULT 'PENDING', \"message\" text, \"requested_by_user_id\" uuid, \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"answered_by_user_id\" uuid, \"answered_at\" TIMESTAMP WITH TIME ZONE, \"decline_reason\" text, \"redirect_suggestion\" text, CONSTRAINT \"UQ_00d96f1e8ad6c202e6f5b839146\" UNIQUE (\"case_id\", \"organization_id\"), CONSTRAINT \"PK_87ea587a5ab124bd964c8db5ff7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9793b329b3cf88d0d482209893\" ON \"case_assignments\"  (\"organization_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"case_shares\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"organization_id\" uuid, \"user_id\" uuid, \"shared_by_user_id\" uuid, \"reason\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"case_shares_one_target\" CHECK ((organization_id is null) <> (user_id is null)), CONSTRAINT \"PK_2bdd5041ef4d188c7529b230162\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_4e1ddadb5b6e71cbc395df961e\" ON \"case_shares\"  (\"case_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6b48a34576aa12d48db548edce\" ON \"case_shares\"  (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_15e8c522e3cabda9fbbcee1f08\" ON \"case_shares\"  (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_22ff9d8fb63e9735d56a97abd6\" ON \"case_shares\"  (\"case_id\", \"user_id\") WHERE user_id is not null");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b490749b6e5a3dcb9a66f4e023\" ON \"case_shares\"  (\"case_id\", \"organization_id\") WHERE organization_id is not null");
    await queryRunner.query("CREATE TYPE \"public\".\"action_status\" AS ENUM('TODO', 'IN_PROGRESS', 'DONE', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"case_actions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"title\" text NOT NULL, \"description\" text, \"organization_id\" uuid NOT NULL, \"assignee_user_id\" uuid, \"due_on\" date, \"status\" \"public\".\"action_status\" NOT NULL DEFAULT 'TODO', \"outcome\" text, \"created_by_user_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"completed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_8b999ee896ebcdf6702df306fb3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_35638f23970b3b8a3a5170be78\" ON \"case_actions\"  (\"case_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_08d53153b78f4521974061ad6d\" ON \"case_actions\"  (\"organization_id\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE TABLE \"case_comments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"author_user_id\" uuid, \"author_organization_id\" uuid, \"author_label\" text NOT NULL, \"addressed_to_organization_id\" uuid, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e309fb1394ca40f0f931642981f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_8084a4a5261a930aa19b75b3a3\" ON \"case_comments\"  (\"case_id\") ");
    await queryRunner.query("CREATE TABLE \"case_attachments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"filename\" text NOT NULL, \"content_type\" text NOT NULL, \"size\" integer NOT NULL, \"sha256\" text NOT NULL, \"storage_key\" text NOT NULL, \"uploaded_by_user_id\" uuid, \"uploaded_by_label\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9680beedc0b2d26fafb04435fb8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b786b12df72a5221b85ad64096\" ON \"case_attachments\"  (\"case_id\") ");
    await queryRunner.query("CREATE TABLE \"case_events\" (\"id\" BIGSERIAL NOT NULL, \"case_id\" uuid NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_user_id\" uuid, \"actor_label\" text, \"kind\" text NOT NULL, \"data\" jsonb NOT NULL DEFAULT '{}', CONSTRAINT \"PK_61f203ee26b76c6438bbcc7bde6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_50f9d0449bd00cbe462b1db27c\" ON \"case_events\"  (\"case_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"case_links\" (\"case_a_id\" uuid NOT NULL, \"case_b_id\" uuid NOT NULL, \"linked_by_user_id\" uuid, CONSTRAINT \"case_links_ordered\" CHECK (case_a_id < case_b_id), CONSTRAINT \"PK_f4999bdf52c8a13218314392ea2\" PRIMARY KEY (\"case_a_id\", \"case_b_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_93c3e19af43925a9450c2a6d7c\" ON \"case_links\"  (\"case_b_id\") ");
    await queryRunner.query("CREATE TABLE \"case_reference_counters\" (\"departement_code\" character varying(3) NOT NULL, \"year\" integer NOT NULL, \"last\" integer NOT NULL, CONSTRAINT \"PK_6c0519915e47a2edd83ec792a81\" PRIMARY KEY (\"departement_code\", \"year\"))");
    await queryRunner.query("ALTER TABLE \"coordination_bodies\" ADD CONSTRAINT \"FK_9f9adf636347101dbee909ec33e\" FOREIGN KEY (\"chair_organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"coordination_bodies\" ADD CONSTRAINT \"FK_3c6943dcecc3bb95538b301c2ca\" FOREIGN KEY (\"secretary_user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"coordination_body_organizations\" ADD CONSTRAINT \"FK_c1c0dc433e419c8e28a44be9452\" FOREIGN KEY (\"body_id\") REFERENCES \"coordination_bodies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"coordination_body_organizations\" ADD CONSTRAINT \"FK_955edb41e8ecc5a8b74a3a64b59\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"working_groups\" ADD CONSTRAINT \"FK_ec3fb1bd10dfb539cf9ba3e3037\" FOREIGN KEY (\"body_id\") REFERENCES \"coordination_bodies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"working_group_members\" ADD CONSTRAINT \"FK_01155619d8313ba1c34e7a0068f\" FOREIGN KEY (\"working_group_id\") REFERENCES \"working_groups\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"working_group_members\" ADD CONSTRAINT \"FK_a6de5a231b8137782e48fab9d41\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"FK_c7167ece24d785012308a794e11\" FOREIGN KEY (\"commune_code\") REFERENCES \"communes\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"FK_d0c73e59e03dd118a635f74c8c4\" FOREIGN KEY (\"zone_id\") REFERENCES \"zones\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"FK_e247cd537635160e2895bb810c6\" FOREIGN KEY (\"owner_organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"FK_c9480be49198da146b9849554da\" FOREIGN KEY (\"body_id\") REFERENCES \"coordination_bodies\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"FK_9a80f351381ecac8f16d2a9b4e7\" FOREIGN KEY (\"working_group_id\") REFERENCES \"working_groups\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_persons\" ADD CONSTRAINT \"FK_ace8013ebc073dfc5f88122d7ef\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_assignments\" ADD CONSTRAINT \"FK_64f235d410e2ee29ee64a171a2f\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_assignments\" ADD CONSTRAINT \"FK_7c98ae73561c6fdc909bda00000\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_shares\" ADD CONSTRAINT \"FK_4e1ddadb5b6e71cbc395df961e0\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_shares\" ADD CONSTRAINT \"FK_6b48a34576aa12d48db548edce9\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_shares\" ADD CONSTRAINT \"FK_15e8c522e3cabda9fbbcee1f082\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_actions\" ADD CONSTRAINT \"FK_35638f23970b3b8a3a5170be780\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_actions\" ADD CONSTRAINT \"FK_acb7b7e890c3ead033a03abd61e\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_actions\" ADD CONSTRAINT \"FK_63388a1843661ba0099361a1b63\" FOREIGN KEY (\"assignee_user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_comments\" ADD CONSTRAINT \"FK_8084a4a5261a930aa19b75b3a34\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_attachments\" ADD CONSTRAINT \"FK_b786b12df72a5221b85ad640963\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_events\" ADD CONSTRAINT \"FK_259dbf949114e25670ac6cad205\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_links\" ADD CONSTRAINT \"FK_213bff1018d1f7199ed454516d4\" FOREIGN KEY (\"case_a_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_links\" ADD CONSTRAINT \"FK_93c3e19af43925a9450c2a6d7c7\" FOREIGN KEY (\"case_b_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Written by hand from here: full-text search in French, accents ignored.
    await queryRunner.query(`
      CREATE FUNCTION immutable_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await queryRunner.query(`
      CREATE FUNCTION cases_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('simple', coalesce(NEW.reference, '')), 'A') ||
          setweight(to_tsvector('french', immutable_unaccent(coalesce(NEW.title, ''))), 'A') ||
          setweight(to_tsvector('french', immutable_unaccent(coalesce(NEW.description, ''))), 'B');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER cases_search_vector BEFORE INSERT OR UPDATE OF reference, title, description ON "cases"
      FOR EACH ROW EXECUTE FUNCTION cases_search_vector()`);
    await queryRunner.query('CREATE INDEX "cases_search_vector_idx" ON "cases" USING gin ("search_vector")');
    // The sets the sharing policy reads (SHARING.md); the server compiles its CASL rules to
    // "case id in (select case_id from <view> where ... = actor)". UNION ALL keeps each arm indexable.
    await queryRunner.query(`
      CREATE VIEW case_involved_organizations AS
        SELECT c.id AS case_id, c.owner_organization_id AS organization_id FROM cases c
        UNION ALL
        SELECT a.case_id, a.organization_id FROM case_assignments a WHERE a.status IN ('PENDING', 'ACCEPTED')
        UNION ALL
        SELECT s.case_id, s.organization_id FROM case_shares s WHERE s.organization_id IS NOT NULL
        UNION ALL
        SELECT c.id, bo.organization_id FROM cases c JOIN coordination_body_organizations bo ON bo.body_id = c.body_id`);
    await queryRunner.query(`
      CREATE VIEW case_red_readers AS
        SELECT s.case_id, s.user_id FROM case_shares s WHERE s.user_id IS NOT NULL
        UNION ALL
        SELECT c.id AS case_id, m.user_id FROM cases c
          JOIN working_groups wg ON wg.id = c.working_group_id
          JOIN working_group_members m ON m.working_group_id = wg.id
         WHERE m.charter_signed_at IS NOT NULL AND m.charter_signed_version = wg.charter_version`);
    await queryRunner.query(`
      CREATE VIEW case_persons_organizations AS
        SELECT c.id AS case_id, c.owner_organization_id AS organization_id FROM cases c
        UNION ALL
        SELECT a.case_id, a.organization_id FROM case_assignments a WHERE a.status = 'ACCEPTED'
        UNION ALL
        SELECT s.case_id, s.organization_id FROM case_shares s WHERE s.organization_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW case_persons_organizations');
    await queryRunner.query('DROP VIEW case_red_readers');
    await queryRunner.query('DROP VIEW case_involved_organizations');
    await queryRunner.query('DROP INDEX "cases_search_vector_idx"');
    await queryRunner.query('DROP TRIGGER cases_search_vector ON "cases"');
    await queryRunner.query('DROP FUNCTION cases_search_vector()');
    await queryRunner.query('DROP FUNCTION immutable_unaccent(text)');
    await queryRunner.query("ALTER TABLE \"case_links\" DROP CONSTRAINT \"FK_93c3e19af43925a9450c2a6d7c7\"");
    await queryRunner.query("ALTER TABLE \"case_links\" DROP CONSTRAINT \"FK_213bff1018d1f7199ed454516d4\"");
    await queryRunner.query("ALTER TABLE \"case_events\" DROP CONSTRAINT \"FK_259dbf949114e25670ac6cad205\"");
    await queryRunner.query("ALTER TABLE \"case_attachments\" DROP CONSTRAINT \"FK_b786b12df72a5221b85ad640963\"");
    await queryRunner.query("ALTER TABLE \"case_comments\" DROP CONSTRAINT \"FK_8084a4a5261a930aa19b75b3a34\"");
    await queryRunner.query("ALTER TABLE \"case_actions\" DROP CONSTRAINT \"FK_63388a1843661ba0099361a1b63\"");
    await queryRunner.query("ALTER TABLE \"case_actions\" DROP CONSTRAINT \"FK_acb7b7e890c3ead033a03abd61e\"");
    await queryRunner.query("ALTER TABLE \"case_actions\" DROP CONSTRAINT \"FK_35638f23970b3b8a3a5170be780\"");
    await queryRunner.query("ALTER TABLE \"case_shares\" DROP CONSTRAINT \"FK_15e8c522e3cabda9fbbcee1f082\"");
    await queryRunner.query("ALTER TABLE \"case_shares\" DROP CONSTRAINT \"FK_6b48a34576aa12d48db548edce9\"");
    await queryRunner.query("ALTER TABLE \"case_shares\" DROP CONSTRAINT \"FK_4e1ddadb5b6e71cbc395df961e0\"");
    await queryRunner.query("ALTER TABLE \"case_assignments\" DROP CONSTRAINT \"FK_7c98ae73561c6fdc909bda00000\"");
    await queryRunner.query("ALTER TABLE \"case_assignments\" DROP CONSTRAINT \"FK_64f235d410e2ee29ee64a171a2f\"");
    await queryRunner.query("ALTER TABLE \"case_persons\" DROP CONSTRAINT \"FK_ace8013ebc073dfc5f88122d7ef\"");
    await queryRunner.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"FK_9a80f351381ecac8f16d2a9b4e7\"");
    await queryRunner.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"FK_c9480be49198da146b9849554da\"");
    await queryRunner.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"FK_e247cd537635160e2895bb810c6\"");
    await queryRunner.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"FK_d0c73e59e03dd118a635f74c8c4\"");
    await queryRunner.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"FK_c7167ece24d785012308a794e11\"");
    await queryRunner.query("ALTER TABLE \"working_group_members\" DROP CONSTRAINT \"FK_a6de5a231b8137782e48fab9d41\"");
    await queryRunner.query("ALTER TABLE \"working_group_members\" DROP CONSTRAINT \"FK_01155619d8313ba1c34e7a0068f\"");
    await queryRunner.query("ALTER TABLE \"working_groups\" DROP CONSTRAINT \"FK_ec3fb1bd10dfb539cf9ba3e3037\"");
    await queryRunner.query("ALTER TABLE \"coordination_body_organizations\" DROP CONSTRAINT \"FK_955edb41e8ecc5a8b74a3a64b59\"");
    await queryRunner.query("ALTER TABLE \"coordination_body_organizations\" DROP CONSTRAINT \"FK_c1c0dc433e419c8e28a44be9452\"");
    await queryRunner.query("ALTER TABLE \"coordination_bodies\" DROP CONSTRAINT \"FK_3c6943dcecc3bb95538b301c2ca\"");
    await queryRunner.query("ALTER TABLE \"coordination_bodies\" DROP CONSTRAINT \"FK_9f9adf636347101dbee909ec33e\"");
    await queryRunner.query("DROP TABLE \"case_reference_counters\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_93c3e19af43925a9450c2a6d7c\"");
    await queryRunner.query("DROP TABLE \"case_links\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_50f9d0449bd00cbe462b1db27c\"");
    await queryRunner.query("DROP TABLE \"case_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b786b12df72a5221b85ad64096\"");
    await queryRunner.query("DROP TABLE \"case_attachments\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8084a4a5261a930aa19b75b3a3\"");
    await queryRunner.query("DROP TABLE \"case_comments\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_08d53153b78f4521974061ad6d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_35638f23970b3b8a3a5170be78\"");
    await queryRunner.query("DROP TABLE \"case_actions\"");
    await queryRunner.query("DROP TYPE \"public\".\"action_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b490749b6e5a3dcb9a66f4e023\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_22ff9d8fb63e9735d56a97abd6\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_15e8c522e3cabda9fbbcee1f08\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6b48a34576aa12d48db548edce\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4e1ddadb5b6e71cbc395df961e\"");
    await queryRunner.query("DROP TABLE \"case_shares\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9793b329b3cf88d0d482209893\"");
    await queryRunner.query("DROP TABLE \"case_assignments\"");
    await queryRunner.query("DROP TYPE \"public\".\"assignment_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ace8013ebc073dfc5f88122d7e\"");
    await queryRunner.query("DROP TABLE \"case_persons\"");
    await queryRunner.query("DROP TYPE \"public\".\"person_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7c125fa0f82e8e74aff6c2e1b8\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b43ee88415c6a41016a646439d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9a80f351381ecac8f16d2a9b4e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c9480be49198da146b9849554d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c71df5e7279ba08e88c6b47a55\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2a91bc5fb296e61e11ba96dc93\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d0c73e59e03dd118a635f74c8c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c7167ece24d785012308a794e1\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_db9105f28c179c6649ef0a271a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_54644dc5f4b6350d047ab0ce40\"");
    await queryRunner.query("DROP TABLE \"cases\"");
    await queryRunner.query("DROP TYPE \"public\".\"case_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"case_priority\"");
    await queryRunner.query("DROP TYPE \"public\".\"case_sensitivity\"");
    await queryRunner.query("DROP TYPE \"public\".\"case_category\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a6de5a231b8137782e48fab9d4\"");
    await queryRunner.query("DROP TABLE \"working_group_members\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ec3fb1bd10dfb539cf9ba3e303\"");
    await queryRunner.query("DROP TABLE \"working_groups\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_955edb41e8ecc5a8b74a3a64b5\"");
    await queryRunner.query("DROP TABLE \"coordination_body_organizations\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_37f38cce006ed851ed1fd9c18f\"");
    await queryRunner.query("DROP TABLE \"coordination_bodies\"");
    await queryRunner.query("DROP TYPE \"public\".\"body_kind\"");
  }
}
