import { AppError } from '@crossroads/core';

/** A file the import cannot read at all (encoding, quoting, columns, size): nothing is written. */
export function fileProblem(message: string): AppError {
  return AppError.badInput(message, [{ field: 'file', message }]);
}
