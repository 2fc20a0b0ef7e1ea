import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795641864226 implements MigrationInterface {
  name = 'Foundation1795641864226';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: accent-insensitive search (unaccent) and trigram indexes later on.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query("CREATE TABLE \"departements\" (\"code\" character varying(3) NOT NULL, \"name\" text NOT NULL, \"region_code\" character varying(3) NOT NULL, \"chef_lieu\" character varying(5) NOT NULL, CONSTRAINT \"PK_97c0336beb4313c77802996e0b7\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE TABLE \"epcis\" (\"siren\" character varying(9) NOT NULL, \"name\" text NOT NULL, \"nature\" character varying(8) NOT NULL, CONSTRAINT \"PK_d2de3c709a983f29012d8ee6e57\" PRIMARY KEY (\"siren\"))");
    await queryRunner.query("CREATE TABLE \"communes\" (\"code\" character varying(5) NOT NULL, \"name\" text NOT NULL, \"departement_code\" character varying(3) NOT NULL, \"population\" integer NOT NULL DEFAULT '0', \"epci_siren\" character varying(9), \"postcodes\" text array NOT NULL DEFAULT '{}', CONSTRAINT \"PK_b3f497044892b8d98c492f4900e\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE INDEX \"IDX_bedd39cbf243fc2358ef50d43e\" ON \"communes\"  (\"departement_code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1109ff3fffb41f046af6678018\" ON \"communes\"  (\"epci_siren\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"zone_kind\" AS ENUM('PRIORITY_ZONE', 'TRANSPORT_LINE', 'TRANSPORT_STATION', 'RURAL_SECTOR', 'VIDEO_PROTECTED_SITE', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"zones\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"kind\" \"public\".\"zone_kind\" NOT NULL, \"description\" text, \"geometry\" jsonb NOT NULL, \"min_lon\" double precision NOT NULL, \"min_lat\" double precision NOT NULL, \"max_lon\" double precision NOT NULL, \"max_lat\" double precision NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_880484a43ca311707b05895bd4a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b49d39c28b53b47f138cb13371\" ON \"zones\"  (\"kind\") ");
    await queryRunner.query("CREATE TABLE \"audit_entries\" (\"id\" BIGSERIAL NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"action\" text NOT NULL, \"actor_user_id\" uuid, \"actor_organization_id\" uuid, \"actor_label\" text, \"subject_type\" text, \"subject_id\" text, \"reason\" text, \"ip\" text, \"user_agent\" text, \"details\" jsonb, CONSTRAINT \"PK_6b1623bcad4d04530b76548d619\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f76bf1e3bf2079ce64be710a3f\" ON \"audit_entries\"  (\"subject_type\", \"subject_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6f797e914abf598c14a076caa4\" ON \"audit_entries\"  (\"occurred_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"organization_type\" AS ENUM('PREFECTURE', 'POLICE_NATIONALE', 'GENDARMERIE', 'POLICE_MUNICIPALE', 'GARDE_CHAMPETRE', 'MAIRIE', 'PARQUET', 'DOUANES', 'DDFIP', 'URSSAF', 'ARS', 'EDUCATION_NATIONALE', 'BAILLEUR', 'TRANSPORTEUR', 'SECURITE_PRIVEE', 'ASSUREUR', 'ORDRE_PROFESSIONNEL', 'FEDERATION_ASSOCIATION', 'ENTREPRISE', 'AUTRE')");
    await queryRunner.query("CREATE TABLE \"organizations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"type\" \"public\".\"organization_type\" NOT NULL, \"whole_departement\" boolean NOT NULL DEFAULT false, \"seat_commune_code\" character varying(5), \"email\" text, \"phone\" text, \"disabled_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6b031fcd0863e3f6b44230163f9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_5a8e0c18328a68facab7f01132\" ON \"organizations\"  (\"type\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c5f50eb15cf8dd1b100ab0e543\" ON \"organizations\"  (\"seat_commune_code\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('agent', 'manager', 'coordinator', 'admin')");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"full_name\" text NOT NULL, \"title\" text, \"phone\" text, \"organization_id\" uuid NOT NULL, \"roles\" \"public\".\"user_role\" array NOT NULL DEFAULT '{agent}', \"password_hash\" text, \"disabled_at\" TIMESTAMP WITH TIME ZONE, \"last_login_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_97672ac88f789774dd47f7c8be\" ON \"users\"  (\"email\") ");
    await queryRunner.query("CREATE INDEX \"IDX_21a659804ed7bf61eb91688dea\" ON \"users\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"zone_communes\" (\"zone_id\" uuid NOT NULL, \"commune_code\" character varying(5) NOT NULL, CONSTRAINT \"PK_99c5164b949fa366e3c95018fcf\" PRIMARY KEY (\"zone_id\", \"commune_code\"))");
    await queryRunner.query("CREATE INDEX \"IDX_4690fdd6295557d24204e95a05\" ON \"zone_communes\"  (\"zone_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8dcd03b46496f437e25cbc164b\" ON \"zone_communes\"  (\"commune_code\") ");
    await queryRunner.query("CREATE TABLE \"organization_competence_communes\" (\"organization_id\" uuid NOT NULL, \"commune_code\" character varying(5) NOT NULL, CONSTRAINT \"PK_d3a28be5d482029a5eeb24f5dda\" PRIMARY KEY (\"organization_id\", \"commune_code\"))");
    await queryRunner.query("CREATE INDEX \"IDX_083c2ac6a990d19c2714e8af2a\" ON \"organization_competence_communes\"  (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f51c6bceacd7d1cdce677bb426\" ON \"organization_competence_communes\"  (\"commune_code\") ");
    await queryRunner.query("ALTER TABLE \"communes\" ADD CONSTRAINT \"FK_bedd39cbf243fc2358ef50d43ec\" FOREIGN KEY (\"departement_code\") REFERENCES \"departements\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"communes\" ADD CONSTRAINT \"FK_1109ff3fffb41f046af66780186\" FOREIGN KEY (\"epci_siren\") REFERENCES \"epcis\"(\"siren\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organizations\" ADD CONSTRAINT \"FK_c5f50eb15cf8dd1b100ab0e543a\" FOREIGN KEY (\"seat_commune_code\") REFERENCES \"communes\"(\"code\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"users\" ADD CONSTRAINT \"FK_21a659804ed7bf61eb91688dea7\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"zone_communes\" ADD CONSTRAINT \"FK_4690fdd6295557d24204e95a054\" FOREIGN KEY (\"zone_id\") REFERENCES \"zones\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"zone_communes\" ADD CONSTRAINT \"FK_8dcd03b46496f437e25cbc164bf\" FOREIGN KEY (\"commune_code\") REFERENCES \"communes\"(\"code\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"organization_competence_communes\" ADD CONSTRAINT \"FK_083c2ac6a990d19c2714e8af2a1\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"organization_competence_communes\" ADD CONSTRAINT \"FK_f51c6bceacd7d1cdce677bb4260\" FOREIGN KEY (\"commune_code\") REFERENCES \"communes\"(\"code\") ON DELETE CASCADE ON UPDATE CASCADE");
    // Written by hand: organisation names are unique whatever their case.
    await queryRunner.query('CREATE UNIQUE INDEX "organizations_name_unique" ON "organizations" (lower("name"))');
    // Written by hand: the journal is append-only, whoever connects (superusers included).
    await queryRunner.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries est en ajout seul : % refusé', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entries_no_update_delete BEFORE UPDATE OR DELETE ON "audit_entries"
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "audit_entries"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
    await queryRunner.query('REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entries" FROM PUBLIC');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_entries_no_truncate" ON "audit_entries"');
    await queryRunner.query('DROP TRIGGER "audit_entries_no_update_delete" ON "audit_entries"');
    await queryRunner.query('DROP FUNCTION audit_entries_append_only()');
    await queryRunner.query('DROP INDEX "public"."organizations_name_unique"');
    await queryRunner.query("ALTER TABLE \"organization_competence_communes\" DROP CONSTRAINT \"FK_f51c6bceacd7d1cdce677bb4260\"");
    await queryRunner.query("ALTER TABLE \"organization_competence_communes\" DROP CONSTRAINT \"FK_083c2ac6a990d19c2714e8af2a1\"");
    await queryRunner.query("ALTER TABLE \"zone_communes\" DROP CONSTRAINT \"FK_8dcd03b46496f437e25cbc164bf\"");
    await queryRunner.query("ALTER TABLE \"zone_communes\" DROP CONSTRAINT \"FK_4690fdd6295557d24204e95a054\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP CONSTRAINT \"FK_21a659804ed7bf61eb91688dea7\"");
    await queryRunner.query("ALTER TABLE \"organizations\" DROP CONSTRAINT \"FK_c5f50eb15cf8dd1b100ab0e543a\"");
    await queryRunner.query("ALTER TABLE \"communes\" DROP CONSTRAINT \"FK_1109ff3fffb41f046af66780186\"");
    await queryRunner.query("ALTER TABLE \"communes\" DROP CONSTRAINT \"FK_bedd39cbf243fc2358ef50d43ec\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f51c6bceacd7d1cdce677bb426\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_083c2ac6a990d19c2714e8af2a\"");
    await queryRunner.query("DROP TABLE \"organization_competence_communes\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8dcd03b46496f437e25cbc164b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4690fdd6295557d24204e95a05\"");
    await queryRunner.query("DROP TABLE \"zone_communes\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_21a659804ed7bf61eb91688dea\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_97672ac88f789774dd47f7c8be\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c5f50eb15cf8dd1b100ab0e543\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5a8e0c18328a68facab7f01132\"");
    await queryRunner.query("DROP TABLE \"organizations\"");
    await queryRunner.query("DROP TYPE \"public\".\"organization_type\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6f797e914abf598c14a076caa4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f76bf1e3bf2079ce64be710a3f\"");
    await queryRunner.query("DROP TABLE \"audit_entries\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b49d39c28b53b47f138cb13371\"");
    await queryRunner.query("DROP TABLE \"zones\"");
    await queryRunner.query("DROP TYPE \"public\".\"zone_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1109ff3fffb41f046af6678018\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bedd39cbf243fc2358ef50d43e\"");
    await queryRunner.query("DROP TABLE \"communes\"");
    await queryRunner.query("DROP TABLE \"epcis\"");
    await queryRunner.query("DROP TABLE \"departements\"");
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    await queryRunner.query('DROP EXTENSION IF EXISTS unaccent');
  }
}
