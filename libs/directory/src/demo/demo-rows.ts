import { PersonKind } from '../shared/directory.enums';
import type { DemoCompany, DemoPerson, DemoProgramme } from './demo-types';

/** Planned demo rows as the JSON objects of the seeder's statements, keyed by column name. */

export function companyRow(company: DemoCompany) {
  return {
    id: company.id,
    slug: company.slug,
    name: company.name,
    siren: company.siren,
    country: company.country,
    kinds: company.kinds,
    formats: company.formats,
    city: company.city,
    postcode: company.postcode,
    lat: company.lat,
    lng: company.lng,
    site_id: company.siteId,
    size_band: company.sizeBand,
    website: company.website,
    description_fr: company.descriptionFr,
    description_en: company.descriptionEn,
  };
}

export function programmeRow(programme: DemoProgramme) {
  return {
    id: programme.id,
    slug: programme.slug,
    school_id: programme.schoolId,
    title: programme.title,
    level: programme.level,
    discipline: programme.discipline,
    duration_years: programme.durationYears,
    yearly_intake: programme.yearlyIntake,
    languages: programme.languages,
  };
}

export interface PreparedBatch {
  params: string[];
  people: number;
  students: number;
}

/** The JSON parameters of INSERT_PEOPLE; `programmeIds` maps planned demo programme ids to the stored ones. */
export function preparePeople(
  batch: readonly DemoPerson[],
  programmeIds: ReadonlyMap<string, string | null>,
): PreparedBatch {
  const people: object[] = [];
  const crafts: object[] = [];
  const languages: object[] = [];
  const credits: object[] = [];
  const availability: object[] = [];
  const affiliations: object[] = [];
  let students = 0;
  for (const p of batch) {
    const programmeId = p.programmeId === null ? null : (programmeIds.get(p.programmeId) ?? p.programmeId);
    if (p.kinds.includes(PersonKind.STUDENT)) students++;
    people.push({
      id: p.id,
      slug: p.slug,
      first_name: p.firstName,
      last_name: p.lastName,
      kinds: p.kinds,
      title_form: p.titleForm,
      headline: p.headline,
      bio_fr: p.bioFr,
      bio_en: p.bioEn,
      skills: p.skills,
      city: p.city,
      postcode: p.postcode,
      lat: p.lat,
      lng: p.lng,
      mobility_km: p.mobilityKm,
      site_id: p.siteId,
      school_id: p.schoolId,
      programme_id: programmeId,
      graduation_year: p.graduationYear,
      playing_age_min: p.playingAgeMin,
      playing_age_max: p.playingAgeMax,
      accents: p.accents,
      special_skills: p.specialSkills,
      email: p.email,
      phone: p.phone,
      website: p.website,
      showreel_url: p.showreelUrl,
      filmography_url: p.filmographyUrl,
      visibility: p.visibility,
      consent_directory: p.consentDirectory,
      consent_brochure: p.consentBrochure,
      verified: p.verified,
      last_reviewed_on: p.lastReviewedOn,
    });
    for (const c of p.crafts)
      crafts.push({ person_id: p.id, craft_slug: c.craftSlug, is_primary: c.isPrimary });
    for (const l of p.languages) languages.push({ person_id: p.id, language: l.language, level: l.level });
    for (const c of p.credits) {
      credits.push({
        id: c.id,
        person_id: p.id,
        title: c.title,
        year: c.year,
        format: c.format,
        craft_slug: c.craftSlug,
        company_id: c.companyId,
        company_name: c.companyName,
        source: 'SEED',
      });
    }
    for (const a of p.availability) {
      availability.push({
        id: a.id,
        person_id: p.id,
        starts_on: a.startsOn,
        ends_on: a.endsOn,
        note: a.note,
      });
    }
    for (const a of p.affiliations) {
      affiliations.push({
        id: a.id,
        person_id: p.id,
        company_id: a.companyId,
        role: a.role,
        starts_on: a.startsOn,
        ends_on: a.endsOn,
        // The seeder stands for STAFF: its memberships are verified.
        status: 'VERIFIED',
        source: 'SEED',
      });
    }
  }
  return {
    params: [people, crafts, languages, credits, availability, affiliations].map((rows) =>
      JSON.stringify(rows),
    ),
    people: batch.length,
    students,
  };
}
