import { Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../../apps/api/src/create-app';

/** The directory specs' shared world: Léa Dupré, a director of photography in Tourcoing, and her profile. */
export const CREATE = `mutation ($input: PersonInput!) { createPerson(input: $input) { id slug } }`;
export const UPDATE = `mutation ($id: ID!, $input: PersonInput!) { updatePerson(id: $id, input: $input) { id headline } }`;
export const READ = `query ($slug: String!) { person(slug: $slug) {
  name email phone website visibility { email phone } availability { startsOn endsOn }
  crafts { slug labelFr labelEn } languages { language level } } }`;

export const LEA = {
  firstName: 'Léa',
  lastName: 'Dupré',
  kinds: ['TECHNICIAN'],
  crafts: ['director-of-photography'],
  languages: [
    { language: 'fr', level: 'NATIVE' },
    { language: 'en', level: 'FLUENT' },
  ],
  city: 'Tourcoing',
  postcode: '59200',
  lat: 50.72,
  lng: 3.16,
  email: 'lea.dupre@example.org',
  phone: '+33 6 12 34 56 78',
  website: 'https://lea-dupre.example',
  availability: [{ startsOn: '2027-03-01', endsOn: '2027-03-31' }],
  site: 'plaine-images',
};

export interface DirectoryWorld {
  t: TestApp;
  staff: Session;
  member: Session;
}

/** Boots the app with the relay off, so specs read the outbox rows a change writes before anything consumes them. */
export async function startDirectoryWorld(): Promise<DirectoryWorld> {
  const t = await startTestApp(createApp, {
    THROTTLE_LIMIT: '100000',
    LOGIN_THROTTLE_LIMIT: '1000',
    OUTBOX_RELAY: 'false',
  });
  return {
    t,
    staff: await signIn(t.graphql, 'staff@example.org'),
    member: await signIn(t.graphql, 'member@example.org'),
  };
}

/** STAFF create Léa's profile; returns its id. */
export async function createLea({ t, staff }: DirectoryWorld): Promise<string> {
  return (await t.graphql.ok(CREATE, { input: LEA }, staff.headers)).createPerson.id;
}

/** The demo member claims Léa's profile and STAFF approve: the member owns it from then on. */
export async function memberOwnsLea({ t, staff, member }: DirectoryWorld, leaId: string): Promise<void> {
  const claim = await t.graphql.ok(
    `mutation ($id: ID!) { claimPerson(personId: $id, message: "C'est moi") { id } }`,
    { id: leaId },
    member.headers,
  );
  await t.graphql.ok(
    `mutation ($id: ID!) { decidePersonClaim(id: $id, approve: true) { status } }`,
    { id: claim.claimPerson.id },
    staff.headers,
  );
}
