import { FOREIGN_COUNTRIES } from './demo-places.data';

/** How much the demo generates per unit of scale (scale N repeats the scale-1 population N times). */

/** 160: room for the million-people benchmark (`seed --scale 150`, issue 18). */
export const DEMO_MAX_SCALE = 160;
export const FRENCH_COMPANIES_PER_SCALE = 300;
export const FOREIGN_COMPANIES_PER_SCALE = FOREIGN_COUNTRIES.reduce((sum, c) => sum + c.share, 0);
export const PROFESSIONALS_PER_SCALE = 3000;
export const STUDENTS_PER_SCALE = 3500;
/** Real plus demo programmes the students are spread over. */
export const PROGRAMMES_TOTAL = 60;
/** Directors of photography near Tourcoing, fluent in English and free next month, per replica. */
export const FEATURED_DOPS_PER_SCALE = 10;
export const TOURCOING = { lat: 50.72, lng: 3.16 } as const;
