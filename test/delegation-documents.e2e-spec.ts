import { pdfText as readPdf, Session, TestApp } from '@crossroads/testing';
import { parse } from 'csv-parse/sync';
import {
  brochureText,
  ADD,
  CONSENT,
  DelegationsWorld,
  hautsDeFranceAnswered,
  startDelegationsWorld,
} from './support/delegations';

// What a delegation prints for others: the CSV for a French Excel and the brochure, consenting members only.
describe('delegations', () => {
  let w: DelegationsWorld;
  let delegationId: string;
  let members: Record<string, string>;
  let t: TestApp;
  let staff: Session;
  let member: Session;
  let alice: Session;
  let bruno: Session;
  let ok: DelegationsWorld['ok'];
  let download: DelegationsWorld['download'];

  beforeAll(async () => {
    w = await startDelegationsWorld();
    ({ t, staff, member, alice, bruno, ok, download } = w);
    ({ delegationId, members } = await hautsDeFranceAnswered(w));
  });
  afterAll(() => t?.close());

  it('exports a CSV for a French Excel with consenting members only, to STAFF only', async () => {
    const path = `/delegations/${delegationId}/export.csv`;
    expect((await download(path, null)).status).toBe(401);
    const refused = await download(path, member);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(
      (await download(`/delegations/00000000-0000-4000-8000-000000000000/export.csv`, staff)).status,
    ).toBe(404);
    expect((await download(`/delegations/not-a-uuid/export.csv`, staff)).status).toBe(400);

    const response = await download(path, staff);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="delegation-hauts-de-france.csv"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(2);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.Nom)).toEqual(['Alice Martin']);
    expect(rows[0]).toMatchObject({ Type: 'Personne', Ville: 'Lille' });
    expect(rows[0]['Rôle'].startsWith("'=HYPERLINK")).toBe(true); // formula neutralised
    // Titles in the form the person chose (feminine), the primary one first.
    expect(rows[0]['Activités']).toBe("Scénariste, Directrice d'écriture");
    expect(text).not.toMatch(/alice\.martin@example\.org|\+33/); // no contact details
    expect(text.split('\r\n')[0]).toBe(
      '\ufeff"Type";"Nom";"Rôle";"Structure";"Ville";"Activités";"Site web";"Présentation"',
    );
  });

  const pdfText = (session: Session) => brochureText(w, delegationId, session);

  it('prints a brochure with consenting members only, following consent changes', async () => {
    expect((await download(`/delegations/${delegationId}/brochure.pdf`, member)).status).toBe(403);
    const before = await pdfText(staff);
    expect(before).toMatch(/Délégation Hauts-de-France/);
    expect(before).toMatch(/Alice Martin/);
    expect(before).not.toMatch(/Nord Séries/);
    expect(before).not.toMatch(/Bruno Lefebvre/);

    await ok(bruno, CONSENT, { id: members['Nord Séries'], consent: true });
    await ok(alice, CONSENT, { id: members['Alice Martin'], consent: false });
    const after = await pdfText(staff);
    expect(after).toMatch(/Nord Séries/);
    expect(after).toMatch(/Séries de fiction tournées/);
    expect(after).not.toMatch(/Alice Martin/);
  });

  it("writes kinds and formats as words, in the reader's language (?lang, else Accept-Language, else French)", async () => {
    await ok(alice, CONSENT, { id: members['Alice Martin'], consent: true });
    const csv = async (query: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${t.baseUrl}/delegations/${delegationId}/export.csv${query}`, {
        headers: { ...staff.headers, ...headers },
      });
      expect(response.status).toBe(200);
      return parse(await response.text(), { bom: true, delimiter: ';', columns: true }) as Record<
        string,
        string
      >[];
    };
    const english = [
      { Type: 'Company', Name: 'Nord Séries', Role: 'Production', Activities: 'TV series' },
      { Type: 'Person', Name: 'Alice Martin', Activities: 'Screenwriter, Head Writer' },
    ];
    const french = [
      { Type: 'Entreprise', Nom: 'Nord Séries', Rôle: 'Production', Activités: 'Séries TV' },
      { Type: 'Personne', Nom: 'Alice Martin', Activités: "Scénariste, Directrice d'écriture" },
    ];
    expect(await csv('?lang=en')).toMatchObject(english);
    expect(await csv('', { 'accept-language': 'en-GB,en;q=0.9' })).toMatchObject(english);
    expect(await csv('?lang=fr', { 'accept-language': 'en' })).toMatchObject(french);
    expect(await csv('')).toMatchObject(french);
    const pdf = await fetch(`${t.baseUrl}/delegations/${delegationId}/brochure.pdf?lang=en`, {
      headers: staff.headers,
    });
    expect(pdf.status).toBe(200);
    const inEnglish = await readPdf(Buffer.from(await pdf.arrayBuffer()));
    expect(inEnglish).toMatch(/Companies[\s\S]*Production · Lille[\s\S]*TV series/);
    expect(inEnglish).toMatch(/2 delegation members/);
    const inFrench = await pdfText(staff);
    expect(inFrench).toMatch(/Entreprises[\s\S]*Séries TV/);
    expect(inFrench).toMatch(/2 membres de la délégation/);
    for (const text of [inEnglish, inFrench]) expect(text).not.toMatch(/TV_SERIES|PRODUCTION/);
  });
  it('lists people by last name, then first name, in the CSV and the brochure', async () => {
    for (const key of ['chloe', 'matrixInvited'])
      await ok(staff, ADD, { input: { delegationId, kind: 'PERSON', personId: w.ids[key] } });
    // Confirmed and consenting, as their answers would leave them (capacity aside).
    await t.sql(
      `UPDATE delegation_member SET status = 'CONFIRMED', consent_brochure = true
        WHERE delegation_id = $1 AND person_id IS NOT NULL`,
      [delegationId],
    );
    const response = await download(`/delegations/${delegationId}/export.csv`, staff);
    const rows = parse(await response.text(), { bom: true, delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    const byLastName = ['Chloé Dubois', 'Matrix Invited', 'Bruno Lefebvre', 'Alice Martin'];
    expect(rows.filter((row) => row.Type === 'Personne').map((row) => row.Nom)).toEqual(byLastName);
    const brochure = await pdfText(staff);
    const positions = byLastName.map((name) => brochure.indexOf(name));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
