import { Unzip, UnzipInflate } from 'fflate';
import { fileProblem } from './table-error';

/** What an XLSX may hold once inflated: far above a 100,000-row directory, far below a zip bomb. */
export const ZIP_LIMITS = {
  maxEntries: 1_000,
  maxInflatedBytes: 256 * 1024 * 1024,
  /** Inflated bytes per compressed byte, checked once a few MB are out (spreadsheet XML stays under ~30). */
  maxRatio: 150,
} as const;

/** Compressed bytes pushed at a time: deflate inflates at most ~1,032×, so one step yields ≤ ~17 MB. */
const STEP = 16 * 1024;
const RATIO_CHECKED_AFTER = 8 * 1024 * 1024;

/**
 * Inflates the archive once, discarding the output, and refuses it (one clear message, nothing written) as soon
 * as it holds too many entries, inflates past ZIP_LIMITS.maxInflatedBytes or at a ratio no spreadsheet has:
 * memory stays bounded whatever the sizes the archive declares. Runs before the XLSX parser unpacks it.
 */
export function assertNotZipBomb(zip: Uint8Array): void {
  let entries = 0;
  let inflated = 0;
  let pushed = 0;
  let problem: string | undefined;
  const unzip = new Unzip((file) => {
    if (problem) return;
    if (++entries > ZIP_LIMITS.maxEntries) {
      problem = `it holds more than ${ZIP_LIMITS.maxEntries} files`;
      return;
    }
    file.ondata = (error, chunk) => {
      if (problem) return;
      if (error) {
        problem = 'its content cannot be inflated';
        return;
      }
      inflated += chunk.length;
      if (inflated > ZIP_LIMITS.maxInflatedBytes)
        problem = `it inflates to more than ${ZIP_LIMITS.maxInflatedBytes / 2 ** 20} MB`;
      else if (inflated > RATIO_CHECKED_AFTER && inflated / pushed > ZIP_LIMITS.maxRatio)
        problem = `it inflates ${Math.round(inflated / pushed)} times its size (a zip bomb)`;
      if (problem) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < zip.length && !problem; at += STEP) {
    const end = Math.min(at + STEP, zip.length);
    pushed = end;
    unzip.push(zip.subarray(at, end), end === zip.length);
  }
  if (problem) throw fileProblem(`The workbook was refused: ${problem}. Save a smaller sheet, or a CSV.`);
}
