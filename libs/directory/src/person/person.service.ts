import { Role, User, hasAnyRole, Viewer } from '@crossroads/auth';
import {
  AppError,
  ConnectionShape,
  FieldProblem,
  NotificationWriter,
  OutboxWriter,
  pageOf,
  findByLookup,
  uniqueSlug,
  assertValid,
  isUniqueViolation,
  frenchOrder,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { wherePlace } from '../shared/place-filter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Company } from '../company/company.entity';
import { Craft } from '../craft/craft.entity';
import { Programme } from '../programme/programme.entity';
import { School } from '../school/school.entity';
import { personInputProblems } from './person-input.rules';
import { Site } from '../site/site.entity';
import { PeopleArgs, PersonInput } from './dto/person.inputs';
import { MembershipSource } from '../membership/membership.enums';
import { MembershipService } from '../membership/membership.service';
import { Availability, Credit, PersonCraft, PersonLanguage } from './person-details.entity';
import { Person } from './person.entity';
import { canList } from './person-visibility';

type Refs = { siteId?: string | null; schoolId?: string | null; programmeId?: string | null };

@Injectable()
export class PersonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly memberships: MembershipService,
    private readonly notifications: NotificationWriter,
  ) {}

  async list(args: PeopleArgs, viewer: Viewer): Promise<ConnectionShape<Person>> {
    const filter = args.filter ?? {};
    const query = this.dataSource
      .getRepository(Person)
      .createQueryBuilder('p')
      .orderBy(frenchOrder('p.last_name'))
      .addOrderBy(frenchOrder('p.first_name'))
      .addOrderBy('p.id');
    if (viewer.level === 'ANONYMOUS') query.andWhere('p.consent_directory');
    if (filter.kinds?.length) query.andWhere('p.kinds && :kinds', { kinds: filter.kinds });
    if (filter.crafts?.length) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM person_craft pc WHERE pc.person_id = p.id AND pc.craft_slug = ANY(:crafts))',
        { crafts: filter.crafts },
      );
    }
    if (filter.languages?.length) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM person_language pl WHERE pl.person_id = p.id AND pl.language = ANY(:languages))',
        { languages: filter.languages },
      );
    }
    wherePlace(query, 'p', filter);
    if (filter.schools?.length) {
      query.andWhere('p.school_id IN (SELECT id FROM school WHERE slug = ANY(:schools))', filter);
    }
    if (filter.programmes?.length) {
      query.andWhere('p.programme_id IN (SELECT id FROM programme WHERE slug = ANY(:programmes))', filter);
    }
    return pageOf(query, args);
  }

  async findOne(lookup: { id?: string; slug?: string }, viewer: Viewer): Promise<Person> {
    return findByLookup(this.dataSource.getRepository(Person), lookup, 'Person', (person) =>
      canList(viewer, person),
    );
  }

  async create(input: PersonInput, actor: User, ip: string | null): Promise<Person> {
    const problems: FieldProblem[] = [];
    if (!input.firstName) problems.push({ field: 'firstName', message: 'is required' });
    if (!input.lastName) problems.push({ field: 'lastName', message: 'is required' });
    assertValid(problems);
    return this.write(async (manager) => {
      const refs = await this.resolveReferences(manager, input);
      await assertEmailFree(manager, input.email, null);
      const slug = await uniqueSlug(manager, 'person', `${input.firstName} ${input.lastName}`);
      const person = await manager.getRepository(Person).save({
        ...this.scalarFields(input, actor),
        ...refs,
        slug,
        firstName: input.firstName!,
        lastName: input.lastName!,
        visibility: { ...input.visibility },
      });
      await this.replaceDetails(manager, person.id, input, actor, ip);
      await this.outbox.enqueue(manager, 'person', [person.id]);
      return person;
    });
  }

  /** STAFF edit any profile; a member edits only the one their account owns. */
  async update(id: string, input: PersonInput, actor: User, ip: string | null): Promise<Person> {
    if (!hasAnyRole(actor.roles, [Role.STAFF]) && actor.personId !== id) {
      throw AppError.forbidden('You can only edit your own profile');
    }
    return this.write(async (manager) => {
      const repository = manager.getRepository(Person);
      const person = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw AppError.notFound('Person');
      const refs = await this.resolveReferences(manager, input);
      const merged = repository.merge(person, this.scalarFields(input, actor), refs);
      if (input.visibility) merged.visibility = { ...person.visibility, ...stripUndefined(input.visibility) };
      assertValid([
        merged.playingAgeMin !== null &&
        merged.playingAgeMax !== null &&
        merged.playingAgeMax < merged.playingAgeMin
          ? { field: 'playingAgeMax', message: 'is below playingAgeMin' }
          : null,
      ]);
      await assertEmailFree(manager, input.email, id);
      const saved = await repository.save(merged);
      await this.replaceDetails(manager, id, input, actor, ip);
      await this.outbox.enqueue(manager, 'person', [id]);
      return saved;
    });
  }

  /**
   * The profile goes with its details, and leaves what other accounts were told as an erasure does: its name and
   * contact give way to a flag in their notifications (`NotificationWriter.forget`).
   */
  async remove(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const person = await manager.findOne(Person, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw AppError.notFound('Person');
      await this.notifications.forget(manager, {
        name: `${person.firstName} ${person.lastName}`,
        emails: [person.email],
      });
      await manager.delete(Person, { id });
      await this.outbox.enqueue(manager, 'person', [id]);
      return true;
    });
  }

  /**
   * One transaction of create or update. Two writers of one address at once both pass `assertEmailFree`; the unique
   * index (`person_email_lower_key`) refuses the later commit, which gets the same CONFLICT.
   */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'person_email_lower_key')) throw emailTaken();
      throw error;
    }
  }

  private scalarFields(input: PersonInput, actor: User): Partial<Person> {
    const fields: Partial<Person> = stripUndefined({
      firstName: input.firstName,
      lastName: input.lastName,
      kinds: input.kinds,
      titleForm: input.titleForm,
      skills: input.skills,
      headline: input.headline,
      bioFr: input.bioFr,
      bioEn: input.bioEn,
      city: input.city,
      postcode: input.postcode,
      lat: input.lat,
      lng: input.lng,
      mobilityKm: input.mobilityKm,
      graduationYear: input.graduationYear,
      playingAgeMin: input.playingAgeMin,
      playingAgeMax: input.playingAgeMax,
      accents: input.accents,
      specialSkills: input.specialSkills,
      email: input.email,
      phone: input.phone,
      website: input.website,
      showreelUrl: input.showreelUrl,
      filmographyUrl: input.filmographyUrl,
      consentDirectory: input.consentDirectory,
      consentBrochure: input.consentBrochure,
    });
    if (input.verified !== undefined) {
      if (!hasAnyRole(actor.roles, [Role.STAFF]))
        throw AppError.forbidden('Only STAFF can mark a profile verified');
      fields.verified = input.verified;
      fields.lastReviewedOn = new Date().toISOString().slice(0, 10);
    }
    return fields;
  }

  /** Turns the slugs and ids of the input into rows that exist, or one BAD_USER_INPUT naming each unknown one. */
  private async resolveReferences(manager: EntityManager, input: PersonInput): Promise<Refs> {
    const problems: (FieldProblem | null)[] = [];
    const refs: Refs = {};
    if (input.site !== undefined) {
      refs.siteId = (await manager.findOneBy(Site, { slug: input.site }))?.id ?? null;
      if (!refs.siteId) problems.push({ field: 'site', message: `unknown site "${input.site}"` });
    }
    if (input.school !== undefined) {
      refs.schoolId = (await manager.findOneBy(School, { slug: input.school }))?.id ?? null;
      if (!refs.schoolId) problems.push({ field: 'school', message: `unknown school "${input.school}"` });
    }
    if (input.programme !== undefined) {
      const programme = await manager.findOneBy(Programme, { slug: input.programme });
      refs.programmeId = programme?.id ?? null;
      if (!programme)
        problems.push({ field: 'programme', message: `unknown programme "${input.programme}"` });
      else if (refs.schoolId && programme.schoolId !== refs.schoolId) {
        problems.push({ field: 'programme', message: 'belongs to another school' });
      } else refs.schoolId ??= programme.schoolId;
    }
    const crafts = new Set([
      ...(input.crafts ?? []),
      ...(input.credits ?? []).flatMap((c) => (c.craft ? [c.craft] : [])),
    ]);
    if (crafts.size > 0) {
      const known = new Set(
        (await manager.findBy(Craft, { slug: In([...crafts]) })).map((craft) => craft.slug),
      );
      (input.crafts ?? []).forEach((slug, i) => {
        if (!known.has(slug)) problems.push({ field: `crafts.${i}`, message: `unknown craft "${slug}"` });
      });
      (input.credits ?? []).forEach((credit, i) => {
        if (credit.craft && !known.has(credit.craft)) {
          problems.push({ field: `credits.${i}.craft`, message: `unknown craft "${credit.craft}"` });
        }
      });
    }
    const companyIds = new Set([
      ...(input.affiliations ?? []).map((a) => a.companyId),
      ...(input.credits ?? []).flatMap((c) => (c.companyId ? [c.companyId] : [])),
    ]);
    if (companyIds.size > 0) {
      const known = new Set((await manager.findBy(Company, { id: In([...companyIds]) })).map((c) => c.id));
      (input.affiliations ?? []).forEach((a, i) => {
        if (!known.has(a.companyId))
          problems.push({ field: `affiliations.${i}.companyId`, message: 'unknown company' });
      });
      (input.credits ?? []).forEach((c, i) => {
        if (c.companyId && !known.has(c.companyId)) {
          problems.push({ field: `credits.${i}.companyId`, message: 'unknown company' });
        }
      });
    }
    problems.push(...personInputProblems(input));
    assertValid(problems);
    return refs;
  }

  private async replaceDetails(
    manager: EntityManager,
    personId: string,
    input: PersonInput,
    actor: User,
    ip: string | null,
  ): Promise<void> {
    if (input.crafts) {
      await manager.delete(PersonCraft, { personId });
      await manager.insert(
        PersonCraft,
        [...new Set(input.crafts)].map((craftSlug, i) => ({ personId, craftSlug, isPrimary: i === 0 })),
      );
    }
    if (input.languages) {
      await manager.delete(PersonLanguage, { personId });
      if (input.languages.length)
        await manager.insert(
          PersonLanguage,
          input.languages.map((l) => ({ ...l, personId })),
        );
    }
    if (input.credits) {
      // STAFF vouch for what they write; a member's credit is SELF, unless it is one already written by someone else
      // that they send back unchanged (the profile form sends the whole list). Each vouched credit vouches for one
      // copy sent back: sending it twice does not count it twice.
      const staff = hasAnyRole(actor.roles, [Role.STAFF]);
      const vouched = staff
        ? []
        : (await manager.findBy(Credit, { personId })).filter((old) => old.source !== MembershipSource.SELF);
      await manager.delete(Credit, { personId });
      if (input.credits.length) {
        await manager.insert(
          Credit,
          input.credits.map(({ craft, ...credit }) => {
            const row = { ...credit, craftSlug: craft ?? null, personId };
            const at = vouched.findIndex((old) => sameCredit(old, row));
            const [same] = at < 0 ? [] : vouched.splice(at, 1);
            return {
              ...row,
              source: staff ? MembershipSource.STAFF : (same?.source ?? MembershipSource.SELF),
            };
          }),
        );
      }
    }
    if (input.availability) {
      await manager.delete(Availability, { personId });
      if (input.availability.length)
        await manager.insert(
          Availability,
          input.availability.map((a) => ({ ...a, personId })),
        );
    }
    if (input.affiliations)
      await this.memberships.writeFromProfile(manager, personId, input.affiliations, actor, ip);
  }
}

/**
 * A profile's email is no other profile's, in any case (the input is trimmed): the import matches people by email,
 * and an address is how people are told apart. STAFF are held to it too.
 */
async function assertEmailFree(
  manager: EntityManager,
  email: string | null | undefined,
  personId: string | null,
): Promise<void> {
  if (!email) return;
  const [taken] = (await manager.query(
    'SELECT 1 FROM person WHERE lower(email) = lower($1) AND email IS NOT NULL AND id IS DISTINCT FROM $2',
    [email, personId],
  )) as unknown[];
  if (taken) throw emailTaken();
}

/** The same credit, field by field (a missing optional field is null). */
function sameCredit(
  stored: Credit,
  written: Pick<Credit, 'title' | 'year' | 'format' | 'craftSlug'> & {
    companyId?: string | null;
    companyName?: string | null;
  },
): boolean {
  return (
    stored.title === written.title &&
    stored.year === written.year &&
    stored.format === written.format &&
    stored.craftSlug === written.craftSlug &&
    stored.companyId === (written.companyId ?? null) &&
    stored.companyName === (written.companyName ?? null)
  );
}

function emailTaken(): AppError {
  return AppError.conflict('Another profile already has this email address', [
    { field: 'email', message: 'is already on another profile' },
  ]);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
