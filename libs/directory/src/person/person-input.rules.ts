import { FieldProblem, periodProblem } from '@crossroads/core';
import type { PersonInput } from './dto/person.inputs';

/** The rules of a profile that need no database: periods, language list, playing ages, coordinates. */
export function personInputProblems(input: PersonInput): FieldProblem[] {
  const problems: (FieldProblem | null)[] = [];
  (input.availability ?? []).forEach((a, i) =>
    problems.push(periodProblem(`availability.${i}`, a.startsOn, a.endsOn)),
  );
  (input.affiliations ?? []).forEach((a, i) =>
    problems.push(periodProblem(`affiliations.${i}`, a.startsOn, a.endsOn)),
  );
  const languages = (input.languages ?? []).map((l) => l.language);
  if (new Set(languages).size !== languages.length)
    problems.push({ field: 'languages', message: 'lists a language twice' });
  if (
    input.playingAgeMin !== undefined &&
    input.playingAgeMax !== undefined &&
    input.playingAgeMax < input.playingAgeMin
  ) {
    problems.push({ field: 'playingAgeMax', message: 'is below playingAgeMin' });
  }
  if ((input.lat === undefined) !== (input.lng === undefined)) {
    problems.push({ field: input.lat === undefined ? 'lat' : 'lng', message: 'give both lat and lng' });
  }
  return problems.filter((problem): problem is FieldProblem => problem !== null);
}
