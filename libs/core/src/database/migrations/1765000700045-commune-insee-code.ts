import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * INSEE codes of the communes the reference held by name when this migration was written (official geographic
 * data: npm @etalab/decoupage-administratif, data/communes.json). Frozen here: a migration must not follow the
 * reference file as it changes.
 */
const CODES_BY_NAME: readonly (readonly [string, string])[] = [
  ['Lille', '59350'],
  ['Roubaix', '59512'],
  ['Tourcoing', '59599'],
  ['Valenciennes', '59606'],
  ['Anzin', '59014'],
  ['Wallers', '59632'],
  ['Amiens', '80021'],
  ['Arras', '62041'],
  ['Lens', '62498'],
  ['Douai', '59178'],
  ['Dunkerque', '59183'],
  ['Boulogne-sur-Mer', '62160'],
  ['Calais', '62193'],
  ['Saint-Quentin', '02691'],
  ['Beauvais', '60057'],
  ['Compiègne', '60159'],
  ['Maubeuge', '59392'],
  ['Cambrai', '59122'],
  ['Béthune', '62119'],
  ['Wattrelos', '59650'],
  ['Marcq-en-Barœul', '59378'],
  ['Croix', '59163'],
  ['Saint-Omer', '62765'],
  ['Denain', '59172'],
  ['Liévin', '62510'],
  ['Hénin-Beaumont', '62427'],
  ['Armentières', '59017'],
  ['Mons-en-Barœul', '59410'],
  ['Lomme', '59355'],
  ['Loos', '59360'],
  ['Hem', '59299'],
  ['Wasquehal', '59646'],
  ['Halluin', '59279'],
  ['Seclin', '59560'],
  ['Saint-Amand-les-Eaux', '59526'],
  ["Condé-sur-l'Escaut", '59153'],
  ['Raismes', '59491'],
  ['Marly', '59383'],
  ['Le Quesnoy', '59481'],
  ['Lambersart', '59328'],
  ['Abbeville', '80001'],
  ['Laon', '02408'],
  ["Villeneuve-d'Ascq", '59009'],
];

/**
 * Communes are keyed by INSEE code, not by name: the code column is filled for the existing rows, then the
 * reference brings the rest (type, parent commune, postcodes) at boot. Lookups by name keep working (the name
 * stays unique). A row no code is known for is reference data that no longer exists (nothing points at communes
 * by foreign key): it is removed, and the reference re-inserts what it still holds.
 */
export class CommuneInseeCode1765000700045 implements MigrationInterface {
  name = 'CommuneInseeCode1765000700045';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE commune
      ADD COLUMN code varchar(5),
      ADD COLUMN type varchar(12) NOT NULL DEFAULT 'COMMUNE',
      ADD COLUMN parent_code varchar(5),
      ADD COLUMN postcodes text[] NOT NULL DEFAULT '{}',
      ADD COLUMN postcode_verified boolean NOT NULL DEFAULT false`);
    await db.query(
      `UPDATE commune c SET code = m.code
         FROM unnest($1::text[], $2::text[]) AS m(name, code)
        WHERE c.name = m.name`,
      [CODES_BY_NAME.map(([name]) => name), CODES_BY_NAME.map(([, code]) => code)],
    );
    await db.query(`DELETE FROM commune WHERE code IS NULL`);
    await db.query(`ALTER TABLE commune ALTER COLUMN code SET NOT NULL,
      ADD CONSTRAINT commune_code_key UNIQUE (code),
      ADD CONSTRAINT commune_code_check CHECK (code ~ '^[0-9][0-9AB][0-9]{3}$'),
      ADD CONSTRAINT commune_type_check CHECK (type IN ('COMMUNE', 'ASSOCIATED', 'DELEGATED'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE commune DROP COLUMN code, DROP COLUMN type, DROP COLUMN parent_code,
      DROP COLUMN postcodes, DROP COLUMN postcode_verified`);
  }
}
