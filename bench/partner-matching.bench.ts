import { PartnerMatchingService } from '@crossroads/coproduction';
import { loadConfig, migrateDatabase } from '@crossroads/core';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { percentile } from './machine';
import { graphql, staffHeaders } from './support/graphql';
import { listenOnLoopback, servicesEnv, startThrowawayServices } from './support/services';

const COMPANIES = 10_000;
const WARM_UP = 20;
const RUNS = 200;

const COUNTRIES = ['BE', 'DE', 'NL', 'LU', 'CA', 'ES', 'IT', 'GB', 'CH', 'PT', 'FR', 'US', 'BE-VLG'];
const FORMATS = [
  'FEATURE_FILM',
  'ANIMATED_SERIES',
  'TV_SERIES',
  'DOCUMENTARY',
  'SHORT_FILM',
  'XR',
  'VIDEO_GAME',
];
const GENRES = ['family', 'comedy', 'adventure', 'drama', 'thriller', 'documentary', 'fantasy', 'preschool'];
const ROLES = [
  'MINORITY_COPRODUCER',
  'MAJORITY_COPRODUCER',
  'SALES_AGENT',
  'DISTRIBUTOR',
  'SERVICE_ANIMATION',
  'BROADCASTER',
];
const LANGUAGES = [['fr', 'en'], ['nl', 'en'], ['de', 'en'], ['en'], ['es', 'en'], ['it', 'fr']];

/** 10,000 companies with varied co-production profiles, a third of them attending Annecy (deterministic). */
async function seedPartners(dataSource: DataSource, annecyId: string): Promise<void> {
  for (let start = 0; start < COMPANIES; start += 2000) {
    const rows = Array.from({ length: Math.min(2000, COMPANIES - start) }, (_, k) => {
      const i = start + k;
      const country = COUNTRIES[i % COUNTRIES.length];
      return {
        slug: `bench-partner-${i}`,
        name: `Bench Partner ${i}`,
        country: country.slice(0, 2),
        profile_country: country,
        formats: [FORMATS[i % FORMATS.length], FORMATS[(i * 7 + 3) % FORMATS.length]],
        genres: [GENRES[i % GENRES.length], GENRES[(i * 3 + 1) % GENRES.length]],
        budget_min_eur: (i % 10) * 200_000,
        budget_max_eur: (i % 10) * 200_000 + ((i % 7) + 1) * 1_500_000,
        roles_offered: [ROLES[i % ROLES.length], ROLES[(i * 5 + 2) % ROLES.length]],
        languages: LANGUAGES[i % LANGUAGES.length],
        track_record: Array.from({ length: i % 5 }, (_, w) => ({
          title: `Work ${i}-${w}`,
          year: 2012 + ((i + w) % 13),
          countries: [country.slice(0, 2), 'FR'],
          format: FORMATS[(i + w) % FORMATS.length],
        })),
        seeks_projects: i % 5 !== 0,
        attending_edition_ids: i % 3 === 0 ? [annecyId] : [],
      };
    });
    await dataSource.query(
      `WITH x AS (SELECT * FROM json_to_recordset($1::json) AS x(slug text, name text, country text, formats text[],
                   genres text[], budget_min_eur int, budget_max_eur int, roles_offered text[], languages text[],
                   track_record jsonb, seeks_projects boolean, attending_edition_ids uuid[])),
            c AS (INSERT INTO company (slug, name, country, city, is_demo)
                  SELECT slug, name, country, 'Bench', true FROM x RETURNING id, slug)
       INSERT INTO coproduction_profile (company_id, formats, genres, budget_min_eur, budget_max_eur, roles_offered,
                                         languages, track_record, seeks_projects, attending_edition_ids)
       SELECT c.id, x.formats, x.genres, x.budget_min_eur, x.budget_max_eur, x.roles_offered, x.languages,
              x.track_record, x.seeks_projects, x.attending_edition_ids
         FROM x JOIN c ON c.slug = x.slug`,
      [JSON.stringify(rows)],
    );
  }
}

const summary = (label: string, sorted: number[]) =>
  `| ${label} | ${sorted[0].toFixed(1)} ms | ${percentile(sorted, 50).toFixed(1)} ms | ${percentile(sorted, 95).toFixed(1)} ms | ${sorted[sorted.length - 1].toFixed(1)} ms |`;

/**
 * Top-20 partners for an animated series among 10,000 companies with profiles, with the Annecy edition: timed over
 * HTTP (GraphQL, signed in) and in-process (PartnerMatchingService), after a warm-up that loads the profile view.
 */
export async function partnerMatching(): Promise<string> {
  const { dataDir, services } = await startThrowawayServices('crossroads-bench-');
  try {
    const config = loadConfig({
      ...servicesEnv(services),
      LOG_LEVEL: 'error',
      THROTTLE_LIMIT: '100000',
      OUTBOX_RELAY: 'false',
      DEMO_DATA: 'true',
    });
    await migrateDatabase(config.databaseUrl);
    const app = await createApp(config);
    const url = `${await listenOnLoopback(app)}/graphql`;
    try {
      const dataSource = app.get(DataSource);
      const [annecy] = (await dataSource.query(
        `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id WHERE f.slug = 'annecy' ORDER BY e.year DESC LIMIT 1`,
      )) as { id: string }[];
      await seedPartners(dataSource, annecy.id);
      const headers = await staffHeaders(url);
      const { createProject } = await graphql(
        url,
        `
          mutation {
            createProject(
              input: {
                title: "Bench Series"
                format: ANIMATED_SERIES
                stage: FINANCING
                genres: ["family", "comedy"]
                budgetEur: 4200000
                financingSecuredEur: 1500000
                languages: ["fr"]
                countriesSought: ["BE", "CA"]
                rolesSought: [MINORITY_COPRODUCER, SERVICE_ANIMATION]
                visibility: PUBLIC
              }
            ) {
              id
            }
          }
        `,
        {},
        headers,
      );
      const query = `query ($p: ID!, $e: ID) { partnerMatches(projectId: $p, editionId: $e, first: 20) {
        score missing company { id name } reasons { criterion points max code } } }`;
      const variables = { p: createProject.id, e: annecy.id };
      const http: number[] = [];
      for (let i = 0; i < WARM_UP + RUNS; i++) {
        const started = performance.now();
        const data = await graphql(url, query, variables, headers);
        if (i >= WARM_UP) http.push(performance.now() - started);
        if (data.partnerMatches.length !== 20) throw new Error('expected 20 matches');
      }
      const service = app.get(PartnerMatchingService);
      const staff = { level: 'STAFF' as const, userId: null, personId: null };
      const inProcess: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < WARM_UP + RUNS; i++) {
        const started = performance.now();
        const cpuStarted = process.cpuUsage();
        await service.partnerMatches(createProject.id, annecy.id, 20, staff);
        const used = process.cpuUsage(cpuStarted);
        if (i >= WARM_UP) {
          inProcess.push(performance.now() - started);
          cpu.push((used.user + used.system) / 1000);
        }
      }
      // One write makes the next request reload the view: the price of a profile change.
      await dataSource.query(
        `UPDATE coproduction_profile SET seeks_projects = NOT seeks_projects
          WHERE company_id = (SELECT company_id FROM coproduction_profile ORDER BY company_id LIMIT 1)`,
      );
      const reloadStarted = performance.now();
      await service.partnerMatches(createProject.id, annecy.id, 20, staff);
      const cold = performance.now() - reloadStarted;
      http.sort((a, b) => a - b);
      inProcess.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      const load = loadavg()
        .map((l) => l.toFixed(1))
        .join(', ');
      return [
        '## Partner matching (issue 6: top-20 among 10,000 companies, p95 under 50 ms)',
        '',
        `Measured ${new Date().toISOString().slice(0, 10)}. \`partnerMatches(projectId, editionId: Annecy, first: 20)\` for an animated series in financing, against ${COMPANIES.toLocaleString('en-US')}`,
        `companies with co-production profiles; ${RUNS} sequential requests after ${WARM_UP} warm-up ones. The profiles are`,
        'read once into an in-memory view (one query) and reloaded only when a trigger-bumped version row moves on;',
        'each request scores all 10,000 in memory (`quickScore`) and writes the sentences of the 20 it returns only.',
        '',
        '| path | min | p50 | p95 | max |',
        '| --- | --- | --- | --- | --- |',
        summary('GraphQL over HTTP (signed in)', http),
        summary('PartnerMatchingService in process', inProcess),
        summary('the same, CPU time of the API process', cpu),
        '',
        'The CPU time is what one request costs the API process whatever else runs on the machine (the few',
        'PostgreSQL reads of a request are not in it); the wall-clock rows include waiting for a core.',
        reading(percentile(http, 95), percentile(inProcess, 95)),
        '',
        `After a profile write, the first request reloads the view: ${cold.toFixed(0)} ms. Load average while measuring: ${load}.`,
      ].join('\n');
    } finally {
      await app.close();
    }
  } finally {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** What the figures say about the 50 ms target, for the matcher itself and through GraphQL over HTTP. */
function reading(httpP95: number, inProcessP95: number): string {
  const verdict = (p95: number) => (p95 < 50 ? 'holds' : 'is not met');
  return (
    `Reading: the 50 ms target ${verdict(inProcessP95)} for the matcher in process (p95 ${inProcessP95.toFixed(1)} ms) ` +
    `and ${verdict(httpP95)} through GraphQL over HTTP (p95 ${httpP95.toFixed(1)} ms, which adds parsing, the access ` +
    'guard, validation and serialisation). A load average above 2 on this 2-core machine means the figures include ' +
    'waiting for a core.'
  );
}
