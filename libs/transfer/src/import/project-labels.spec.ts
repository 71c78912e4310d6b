import { CellReader } from './cells';
import { euros } from '../definitions/projects.import';
import { partnerRole, projectFormat, projectStage, projectVisibility } from './project-labels';

describe('project spreadsheet vocabulary', () => {
  it.each([
    ['long métrage', 'FEATURE_FILM'],
    ['Série animée', 'ANIMATED_SERIES'],
    ['jeu vidéo', 'VIDEO_GAME'],
    ['XR', 'XR'],
    ['TV_SERIES', 'TV_SERIES'],
  ])('format %s → %s', (term, format) => expect(projectFormat(term)).toBe(format));

  it('refuses company-only formats and unknown words', () => {
    expect(projectFormat('clip')).toBeUndefined();
    expect(projectFormat('opéra')).toBeUndefined();
  });

  it('reads stages, partner roles and visibility in French or English', () => {
    expect(projectStage('Développement')).toBe('DEVELOPMENT');
    expect(projectStage('tournage')).toBe('PRODUCTION');
    expect(projectStage('post-production')).toBe('POST_PRODUCTION');
    expect(partnerRole('coproducteur minoritaire')).toBe('MINORITY_COPRODUCER');
    expect(partnerRole('vendeur international')).toBe('SALES_AGENT');
    expect(projectVisibility('privé')).toBe('PRIVATE');
    expect(projectVisibility('Membres')).toBe('MEMBERS');
    expect(projectVisibility('PUBLIC')).toBe('PUBLIC');
  });

  it('reads euros as staff type them and refuses decimals', () => {
    const read = (cell: string) => {
      const reader = new CellReader(new Map([['budget', cell]]));
      return { value: euros(reader, 'budget'), problems: reader.problems };
    };
    expect(read('1 200 000').value).toBe(1_200_000);
    expect(read('800000 €').value).toBe(800_000);
    expect(read('1.200.000').value).toBe(1_200_000);
    expect(read('1\u202f500\u202f000 EUR').value).toBe(1_500_000);
    expect(read('12,5').problems).toEqual([
      { field: 'budget', message: '"12,5" is not a whole number of euros' },
    ]);
  });
});
