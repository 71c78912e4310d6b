import { screen } from '@testing-library/react';
import { fixtureClient, renderPage } from '../test/render';
import SchoolPage from './SchoolPage';

const programme = (id: string, rncp: string | null, rncpValidUntil: string | null, rncpExpired: boolean) => ({
  id,
  title: `Programme ${id}`,
  level: 'BAC_PLUS_5',
  discipline: 'vfx',
  durationYears: 5,
  languages: [],
  studentCount: 0,
  demoStudentCount: 0,
  isDemo: false,
  verified: true,
  rncp,
  rncpValidUntil,
  rncpExpired,
});

const SCHOOL = {
  school: {
    id: 's1',
    name: 'ARTFX',
    city: 'Tourcoing',
    website: null,
    descriptionFr: 'École.',
    descriptionEn: 'School.',
    studentCount: 0,
    demoStudentCount: 0,
    verified: true,
    sources: [],
    site: { slug: 'plaine-images', name: 'Plaine Images' },
    programmes: [
      programme('ended', 'RNCP34932', '2025-09-14', true),
      programme('current', 'RNCP40325', '2030-08-31', false),
    ],
  },
};

describe('school page', () => {
  it('shows an ended RNCP registration as ended, a current one with its end date', async () => {
    const { client } = fixtureClient({ SchoolProfile: () => SCHOOL });
    renderPage(<SchoolPage />, { client, url: '/schools/artfx', path: '/schools/:slug' });
    expect(
      await screen.findByText(/RNCP34932 : enregistrement terminé le 14 sept\.? 2025, plus en vigueur/),
    ).toBeTruthy();
    expect(screen.getByText(/RNCP40325, enregistré jusqu’au 31 août 2030/)).toBeTruthy();
  });
});
