import { FieldProblem } from '@crossroads/core';
import { isValidSiren } from '../shared/siren';
import type { CompanyInput } from './dto/company.inputs';

/** The rules of a company that need no database: the SIREN (French companies only, checksum) and coordinates. */
export function companyInputProblems(
  input: CompanyInput,
  current: { country: string; siren: string | null },
): FieldProblem[] {
  const country = (input.country ?? current.country).toUpperCase();
  const siren = input.siren !== undefined ? input.siren : current.siren;
  const problems: (FieldProblem | null | false)[] = [
    country === 'FR' &&
      siren !== null &&
      !isValidSiren(siren) && { field: 'siren', message: 'fails the SIREN checksum' },
    country !== 'FR' && siren !== null && { field: 'siren', message: 'applies to French companies only' },
    (input.lat === undefined) !== (input.lng === undefined) && {
      field: input.lat === undefined ? 'lat' : 'lng',
      message: 'give both lat and lng',
    },
  ];
  return problems.filter((problem): problem is FieldProblem => Boolean(problem));
}
