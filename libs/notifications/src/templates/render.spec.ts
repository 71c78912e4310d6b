import { renderText } from './render';

const deadline = (days: number) => ({
  deadline: 'submission',
  editionName: 'Séries Mania 2027',
  date: '2027-03-20',
  days,
});

describe('renderText', () => {
  it.each([
    [3, 'fr', 'Date limite de dépôt de Séries Mania 2027 : le 20 mars 2027, dans 3 jours.'],
    [1, 'fr', 'Date limite de dépôt de Séries Mania 2027 : le 20 mars 2027, demain.'],
    [0, 'fr', 'Date limite de dépôt de Séries Mania 2027 : le 20 mars 2027, aujourd’hui.'],
    [3, 'en', 'Submission deadline for Séries Mania 2027: 20 March 2027, in 3 days.'],
    [1, 'en', 'Submission deadline for Séries Mania 2027: 20 March 2027, tomorrow.'],
    [0, 'en', 'Submission deadline for Séries Mania 2027: 20 March 2027, today.'],
  ] as const)('says a deadline %i day(s) away in words (%s)', (days, locale, body) => {
    expect(renderText('DEADLINE_SOON', locale, deadline(days)).body).toBe(body);
  });

  it('words a person whose data was erased, and their contact, in the reader’s language', () => {
    const request = { personErased: true, companyName: 'Studio Nord' };
    expect(renderText('MEMBERSHIP_REQUESTED', 'fr', request).subject).toBe(
      'Une personne dont les données ont été effacées demande à rejoindre Studio Nord',
    );
    expect(renderText('MEMBERSHIP_REQUESTED', 'en', request).subject).toBe(
      'Someone whose personal data was erased asks to join Studio Nord',
    );
    const accepted = { companyName: 'Studio Nord', projectTitle: 'Brumes', contactErased: true };
    expect(renderText('INTRODUCTION_ACCEPTED', 'fr', accepted).body).toContain(
      'Votre contact : une personne dont les données ont été effacées (coordonnées effacées).',
    );
    expect(renderText('INTRODUCTION_ACCEPTED', 'en', accepted).body).toContain(
      'Your contact: someone whose personal data was erased (contact details erased).',
    );
  });

  it('names a declined place in words that agree (fr, en)', () => {
    const params = { delegationName: 'Annecy', editionName: 'Annecy 2027', status: 'DECLINED' };
    expect(renderText('DELEGATION_STATUS_CHANGED', 'fr', params).subject).toBe(
      'Délégation pour Annecy 2027 : invitation déclinée',
    );
    expect(renderText('DELEGATION_STATUS_CHANGED', 'en', params).subject).toContain(': declined');
  });

  it.each([
    [1, 'fr', '1 entreprise correspond à votre projet « Brumes », dont Studio Nord.'],
    [7, 'fr', '7 entreprises correspondent à votre projet « Brumes », dont Studio Nord.'],
    [1, 'en', '1 company fits your project "Brumes", including Studio Nord.'],
    [7, 'en', '7 companies fit your project "Brumes", including Studio Nord.'],
  ] as const)('counts %i new partner(s) in words that agree (%s)', (count, locale, body) => {
    const params = { count, projectTitle: 'Brumes', companyNames: 'Studio Nord' };
    expect(renderText('NEW_PARTNERS', locale, params).body).toBe(body);
  });
});
