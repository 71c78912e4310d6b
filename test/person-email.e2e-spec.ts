import { GraphQLClient, register, Session, signIn } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { PersonEmailUnique1765300000003 } from '../libs/core/src/database/migrations/1765300000003-person-email-unique';
import { CREATE, DirectoryWorld, startDirectoryWorld, UPDATE } from './support/directory';

const PASSWORD = 'une longue phrase de passe à Arras';
const EMAIL_OF = 'SELECT email FROM person WHERE id = $1';

// One email, one profile: a member cannot put another profile's address on their own (STAFF's import matches people
// by email, and an address is how people are told apart).
describe('a profile email is no other profile’s', () => {
  let w: DirectoryWorld;
  let victimId: string;

  beforeAll(async () => {
    w = await startDirectoryWorld();
    victimId = (
      await w.t.graphql.ok(
        CREATE,
        { input: { firstName: 'Nadia', lastName: 'Victime', email: 'Nadia.Victime@example.org' } },
        w.staff.headers,
      )
    ).createPerson.id;
  });
  afterAll(() => w.t?.close());

  /** A vetted member account owning a fresh profile of its own. */
  const memberWithProfile = async (name: string): Promise<{ session: Session; personId: string }> => {
    const personId = (
      await w.t.graphql.ok(CREATE, { input: { firstName: name, lastName: 'Membre' } }, w.staff.headers)
    ).createPerson.id as string;
    const email = `${name.toLowerCase()}@example.fr`;
    const userId = await register(w.t.graphql, email, PASSWORD);
    await w.t.sql(`UPDATE app_user SET status = 'ACTIVE', roles = '{MEMBER}', person_id = $2 WHERE id = $1`, [
      userId,
      personId,
    ]);
    return { session: await signIn(w.t.graphql, email, PASSWORD), personId };
  };

  it('refuses a member writing another profile’s email on their own, in any case or padded (attack)', async () => {
    const { session, personId } = await memberWithProfile('Mallory');
    for (const email of ['nadia.victime@example.org', ' NADIA.VICTIME@EXAMPLE.ORG ']) {
      const response = await w.t.graphql.request(
        UPDATE,
        { id: personId, input: { email, headline: 'Scripte' } },
        session.headers,
      );
      expect(GraphQLClient.codes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toBe('Another profile already has this email address');
      expect(response.errors![0].extensions!.fields).toEqual([
        { field: 'email', message: 'is already on another profile' },
      ]);
    }
    // Nothing changed: neither the email nor the rest of the edit.
    expect(await w.t.sql('SELECT email, headline FROM person WHERE id = $1', [personId])).toEqual([
      { email: null, headline: null },
    ]);
    // In French when French is asked, the English beside it.
    const french = await w.t.graphql.request(
      UPDATE,
      { id: personId, input: { email: 'nadia.victime@example.org' } },
      { ...session.headers, 'accept-language': 'fr' },
    );
    expect(french.errors![0].extensions).toEqual(
      expect.objectContaining({
        code: 'CONFLICT',
        englishMessage: 'Another profile already has this email address',
        fields: [
          {
            field: 'email',
            message: 'figure déjà sur un autre profil',
            englishMessage: 'is already on another profile',
          },
        ],
      }),
    );
    // Their own address, in another case and padded, is theirs to write again; clearing it too.
    await w.t.graphql.ok(UPDATE, { id: personId, input: { email: 'mallory@example.fr' } }, session.headers);
    await w.t.graphql.ok(UPDATE, { id: personId, input: { email: ' Mallory@Example.fr ' } }, session.headers);
    expect(await w.t.sql(EMAIL_OF, [personId])).toEqual([{ email: 'Mallory@Example.fr' }]);
    await w.t.graphql.ok(UPDATE, { id: personId, input: { email: null } }, session.headers);
    expect(await w.t.sql(EMAIL_OF, [personId])).toEqual([{ email: null }]);
  });

  it('gives one address to one of two members writing it at the same moment: the database decides', async () => {
    const [first, second] = [await memberWithProfile('Prems'), await memberWithProfile('Deuz')];
    const answers = await Promise.all(
      [first, second].map(({ session, personId }) =>
        w.t.graphql.request(
          UPDATE,
          { id: personId, input: { email: 'convoitee@example.org' } },
          session.headers,
        ),
      ),
    );
    const codes = answers.map((answer) => GraphQLClient.codes(answer)).sort();
    expect(codes).toEqual([[], ['CONFLICT']]);
    const refused = answers.find((answer) => answer.errors)!;
    expect(refused.errors![0].extensions!.fields).toEqual([
      { field: 'email', message: 'is already on another profile' },
    ]);
    expect(
      await w.t.sql(`SELECT count(*)::int AS n FROM person WHERE lower(email) = 'convoitee@example.org'`),
    ).toEqual([{ n: 1 }]);
    // Whatever writes a person, the database holds the rule: two profiles never share an address in any case.
    await expect(
      w.t.sql(
        `INSERT INTO person (slug, first_name, last_name, email) VALUES ('twin', 'T', 'W', 'CONVOITEE@example.org')`,
      ),
    ).rejects.toThrow(/person_email_lower_key/);
  });

  it('holds STAFF to the same rule when they create or edit a profile', async () => {
    const before = await w.t.sql('SELECT count(*)::int AS n FROM person');
    const created = await w.t.graphql.request(
      CREATE,
      { input: { firstName: 'Nadia', lastName: 'Doublon', email: 'NADIA.victime@example.org' } },
      w.staff.headers,
    );
    expect(GraphQLClient.codes(created)).toEqual(['CONFLICT']);
    expect(created.errors![0].extensions!.fields).toEqual([
      { field: 'email', message: 'is already on another profile' },
    ]);
    expect(await w.t.sql('SELECT count(*)::int AS n FROM person')).toEqual(before);
    const { personId } = await memberWithProfile('Autre');
    const edited = await w.t.graphql.request(
      UPDATE,
      { id: personId, input: { email: 'nadia.victime@example.org' } },
      w.staff.headers,
    );
    expect(GraphQLClient.codes(edited)).toEqual(['CONFLICT']);
    expect(await w.t.sql(EMAIL_OF, [personId])).toEqual([{ email: null }]);
    // The owner of the address keeps it.
    expect(await w.t.sql(EMAIL_OF, [victimId])).toEqual([{ email: 'Nadia.Victime@example.org' }]);
  });

  it('migrates only a directory whose profiles have distinct emails: it names the ones shared, and changes nothing', async () => {
    const runner = w.t.app.get(DataSource).createQueryRunner();
    const migration = new PersonEmailUnique1765300000003();
    await runner.startTransaction();
    try {
      // A directory from before the rule, where two profiles share an address in two cases.
      await migration.down(runner);
      await runner.query(`INSERT INTO person (slug, first_name, last_name, email) VALUES
        ('nadia-victime-2', 'Nadia', 'Copie', 'NADIA.VICTIME@example.org')`);
      await expect(migration.up(runner)).rejects.toThrow(
        /share an email address[\s\S]*nadia\.victime@example\.org: nadia-victime, nadia-victime-2/,
      );
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(
      await w.t.sql(
        `SELECT indexname FROM pg_indexes WHERE tablename = 'person' AND indexname LIKE 'person_email%'`,
      ),
    ).toEqual([{ indexname: 'person_email_lower_key' }]);
  });
});
