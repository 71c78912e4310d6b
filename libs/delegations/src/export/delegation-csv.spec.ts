import { parse } from 'csv-parse/sync';
import { MemberKind } from '../delegation/delegation.enums';
import type { Roster, RosterEntry } from './brochure-roster';
import { delegationCsv } from './delegation-csv';

const entry = (overrides: Partial<RosterEntry>): RosterEntry => ({
  kind: MemberKind.PERSON,
  name: 'Léa Dupré',
  role: 'Cheffe opératrice',
  organisation: 'Nord Images',
  city: 'Tourcoing',
  activities: 'Image',
  website: '',
  description: '',
  ...overrides,
});

const roster = (entries: RosterEntry[], lang: 'fr' | 'en' = 'fr') => ({ lang, entries }) as unknown as Roster;

describe('delegation CSV', () => {
  it('is UTF-8 with a BOM, semicolon-separated, CRLF, every field quoted', () => {
    const bytes = delegationCsv(roster([entry({ description: 'Ligne 1\nligne 2; "citée"' })]));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const [header, row] = text.split('\r\n');
    expect(header).toBe('"Type";"Nom";"Rôle";"Structure";"Ville";"Activités";"Site web";"Présentation"');
    expect(row.startsWith('"Personne";"Léa Dupré";')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = parse(text, { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(parsed[0]['Présentation']).toBe('Ligne 1\nligne 2; "citée"');
    expect(parsed[0]['Site web']).toBe('');
  });

  it.each(['=1+1', '+33 6 00', '-2', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a cell starting like %j',
    (value) => {
      const text = delegationCsv(roster([entry({ name: value })])).toString('utf8');
      const parsed = parse(text, { bom: true, delimiter: ';', columns: true, relax_quotes: true }) as Record<
        string,
        string
      >[];
      expect(parsed[0].Nom).toBe(`'${value}`);
    },
  );

  it("writes the header and the kinds in the roster's language", () => {
    const [header, row] = delegationCsv(roster([entry({})], 'en'))
      .toString('utf8')
      .slice(1)
      .split('\r\n');
    expect(header).toBe('"Type";"Name";"Role";"Organisation";"City";"Activities";"Website";"Description"');
    expect(row.startsWith('"Person";"Léa Dupré";')).toBe(true);
  });

  it('writes only the header for an empty roster', () => {
    expect(delegationCsv(roster([])).toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
