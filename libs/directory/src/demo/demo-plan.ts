import { CompanyRegistry, planCompanies } from './demo-companies';
import { buildContext, Context, ProgrammeSlot, STREAM_PEOPLE, streamFaker } from './demo-context';
import { isoDay } from './demo-days';
import { PeopleState, replicaCompanies } from './demo-person-base';
import { professional } from './demo-professionals';
import { planProgrammes } from './demo-programmes';
import { DemoRandom } from './demo-random';
import {
  DEMO_MAX_SCALE,
  FEATURED_DOPS_PER_SCALE,
  PROFESSIONALS_PER_SCALE,
  STUDENTS_PER_SCALE,
} from './demo-scale';
import { student } from './demo-students';
import { UniqueNames } from './demo-text';
import type { DemoCompany, DemoPerson, DemoPlan, DemoPlanOptions, DemoReference } from './demo-types';

/**
 * Deterministic demo data of the directory: companies, professionals, students and demo programmes, generated
 * from a seed with faker (never Math.random nor the clock: "today" is a parameter). Pure: the reference rows it
 * links to (crafts, schools, programmes, sites) come in as plain lookups, so it runs without a database.
 *
 * Scale N repeats the scale-1 population N times ("replicas"), each replica from its own faker stream, with
 * slugs, e-mails and SIRENs unique across all of them. Replica 1 of any scale is the scale-1 plan.
 */

function* replicaPeople(
  ctx: Context,
  replica: number,
  companies: readonly DemoCompany[],
  programmes: readonly ProgrammeSlot[],
  state: PeopleState,
): Generator<DemoPerson> {
  const random = new DemoRandom(streamFaker(ctx.seed, replica, STREAM_PEOPLE));
  const ofReplica = replicaCompanies(companies);
  const featuredEvery = Math.floor(PROFESSIONALS_PER_SCALE / FEATURED_DOPS_PER_SCALE);
  const canFeature = ctx.craftSet.has('director-of-photography') && ctx.nearTourcoing.length > 0;
  for (let i = 0; i < PROFESSIONALS_PER_SCALE; i++) {
    const featured = canFeature && i % featuredEvery === Math.floor(featuredEvery / 2);
    yield professional(random, ctx, state, ofReplica, featured);
  }
  for (let j = 0; j < STUDENTS_PER_SCALE; j++) {
    // Every programme gets students first, then they are spread at random.
    const programme =
      programmes.length === 0 ? null : j < programmes.length ? programmes[j] : random.pick(programmes);
    yield student(random, ctx, state, programme);
  }
}

// ------------------------------------------------------------------------------------------------ plan

export function planDemoDirectory(reference: DemoReference, options: DemoPlanOptions): DemoPlan {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1 || scale > DEMO_MAX_SCALE) {
    throw new RangeError(`scale must be an integer from 1 to ${DEMO_MAX_SCALE}, got ${scale}`);
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`seed must be an integer, got ${options.seed}`);
  if (Number.isNaN(options.today.getTime())) throw new RangeError('today is not a valid date');
  const ctx = buildContext(reference, options.seed, scale, options.today);

  const programmes = planProgrammes(ctx, new UniqueNames(reference.taken?.programmeSlugs));
  const slots: ProgrammeSlot[] = [
    ...ctx.programmes,
    ...programmes.map(({ id, schoolId, title, discipline }) => ({ id, schoolId, title, discipline })),
  ];

  const registry: CompanyRegistry = {
    slugs: new UniqueNames(reference.taken?.companySlugs),
    sirens: new UniqueNames(reference.taken?.sirens),
  };
  const companies: DemoCompany[] = [];
  for (let replica = 0; replica < scale; replica++) companies.push(...planCompanies(ctx, replica, registry));
  const perReplica = companies.length / scale;
  const takenPersonSlugs = reference.taken?.personSlugs ? [...reference.taken.personSlugs] : [];

  const professionals = PROFESSIONALS_PER_SCALE * scale;
  const students = STUDENTS_PER_SCALE * scale;
  return {
    seed: options.seed,
    scale,
    today: isoDay(ctx.today),
    programmes,
    programmeIds: slots.map((slot) => slot.id),
    companies,
    counts: {
      companies: companies.length,
      professionals,
      students,
      people: professionals + students,
      programmes: programmes.length,
    },
    *people() {
      const state: PeopleState = { slugs: new UniqueNames(takenPersonSlugs), count: 0 };
      for (let replica = 0; replica < scale; replica++) {
        const ofReplica = companies.slice(replica * perReplica, (replica + 1) * perReplica);
        yield* replicaPeople(ctx, replica, ofReplica, slots, state);
      }
    },
  };
}
