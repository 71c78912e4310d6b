import type PDFKitDocument from 'pdfkit';
import type { Roster, RosterEntry } from './brochure-roster';

const WORDS = {
  fr: {
    headings: { COMPANY: 'Entreprises', PROJECT: 'Projets', PERSON: 'Participants' },
    estimated: 'Dates estimées, à confirmer',
    members: (n: number) => `${n} membre${n > 1 ? 's' : ''} de la délégation`,
    locale: 'fr-FR',
  },
  en: {
    headings: { COMPANY: 'Companies', PROJECT: 'Projects', PERSON: 'Participants' },
    estimated: 'Estimated dates, to be confirmed',
    members: (n: number) => `${n} delegation member${n === 1 ? '' : 's'}`,
    locale: 'en-GB',
  },
} as const;

function formatDate(date: string, locale: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The printable brochure: A4, the built-in Helvetica (no font file, no browser), one block per member. */
export function delegationBrochure(roster: Roster): Promise<Buffer> {
  // Loaded on the first brochure, not at boot: pdfkit and its font metrics are about 20 MiB of the API's memory.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PDFDocument = require('pdfkit') as typeof PDFKitDocument;
  const { delegation, festival, edition, entries } = roster;
  const words = WORDS[roster.lang];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${delegation.name} — ${festival.name} ${edition.year}`, Author: 'Crossroads' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(22).text(delegation.name);
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(12)
    .text(
      `${festival.name} · ${festival.city} · ${formatDate(edition.startsOn, words.locale)} – ${formatDate(edition.endsOn, words.locale)}`,
    );
  if (edition.estimated) doc.fontSize(9).fillColor('#666').text(words.estimated).fillColor('#000');
  doc.moveDown(0.3).fontSize(10).text(words.members(entries.length));

  for (const kind of ['COMPANY', 'PROJECT', 'PERSON'] as const) {
    const group = entries.filter((entry) => entry.kind === kind);
    if (!group.length) continue;
    doc.moveDown(1).font('Helvetica-Bold').fontSize(15).text(words.headings[kind]);
    for (const entry of group) block(doc, entry);
  }
  doc.end();
  return done;
}

function block(doc: PDFKit.PDFDocument, entry: RosterEntry): void {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(entry.name);
  const line = [entry.role, entry.organisation !== entry.name ? entry.organisation : '', entry.city]
    .filter(Boolean)
    .join(' · ');
  doc.font('Helvetica').fontSize(10);
  if (line) doc.text(line);
  if (entry.activities) doc.fillColor('#444').text(entry.activities).fillColor('#000');
  if (entry.description) doc.fontSize(9).text(entry.description.slice(0, 600));
  if (entry.website) doc.fontSize(9).fillColor('#1a4f8b').text(entry.website).fillColor('#000');
}
