import { headerKey } from './cells';
import type { ColumnSpec, ImportType } from './import-definition';
import { fileProblem } from '../table/table-error';

/** Which canonical column each cell of a row holds (undefined: a blank header, ignored). */
export type HeaderMap = (string | undefined)[];

/**
 * Maps the file's headers to the template's columns (French or English names, any case or accents). An unknown,
 * repeated or missing required column refuses the file: a wrong template would otherwise import garbage.
 */
export function mapHeader(type: ImportType, columns: readonly ColumnSpec[], header: string[]): HeaderMap {
  const byKey = new Map<string, string>();
  for (const column of columns)
    for (const name of [column.name, ...column.aliases]) byKey.set(headerKey(name), column.name);
  const expected = columns.map((column) => column.name).join(', ');
  const unknown: string[] = [];
  const map: HeaderMap = header.map((cell) => {
    if (cell === '') return undefined;
    const column = byKey.get(headerKey(cell));
    if (!column) unknown.push(`"${cell}"`);
    return column;
  });
  const seen = new Set<string>();
  for (const column of map) {
    if (!column) continue;
    if (seen.has(column)) throw fileProblem(`The column "${column}" appears twice in the header.`);
    seen.add(column);
  }
  const missing = columns.filter((column) => column.required && !seen.has(column.name)).map((c) => c.name);
  if (missing.length) {
    throw fileProblem(
      `Missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: is this a ${type} file? ` +
        `Expected columns: ${expected} (see docs/IMPORT.md).`,
    );
  }
  if (unknown.length) {
    throw fileProblem(
      `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. A ${type} file has the columns: ` +
        `${expected} (see docs/IMPORT.md).`,
    );
  }
  return map;
}
