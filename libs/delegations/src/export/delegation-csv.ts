import { stringify } from 'csv-stringify/sync';
import type { Roster } from './brochure-roster';

const KINDS = {
  fr: { PERSON: 'Personne', COMPANY: 'Entreprise', PROJECT: 'Projet' },
  en: { PERSON: 'Person', COMPANY: 'Company', PROJECT: 'Project' },
} as const;

const COLUMNS = {
  fr: ['Type', 'Nom', 'Rôle', 'Structure', 'Ville', 'Activités', 'Site web', 'Présentation'],
  en: ['Type', 'Name', 'Role', 'Organisation', 'City', 'Activities', 'Website', 'Description'],
} as const;

/**
 * The roster, in its language, as a CSV a French Excel opens as it is: UTF-8 with a BOM (else accents break), semicolons (the
 * French list separator), CRLF, every field quoted, and cells that Excel would run as a formula (= + - @, tab,
 * carriage return) prefixed with a quote.
 */
export function delegationCsv(roster: Roster): Buffer {
  const rows = roster.entries.map((entry) => [
    KINDS[roster.lang][entry.kind],
    entry.name,
    entry.role,
    entry.organisation,
    entry.city,
    entry.activities,
    entry.website,
    entry.description,
  ]);
  const text = stringify([[...COLUMNS[roster.lang]], ...rows], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    quoted: true,
    quoted_empty: true,
    escape_formulas: true,
  });
  return Buffer.from(text, 'utf8');
}
