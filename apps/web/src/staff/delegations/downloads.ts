import { readRestError } from '../../api/rest-error';

/** The file name the server gave (Content-Disposition), else the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Downloads a STAFF-only file: the routes need the bearer token, so a plain link would not do; the body is saved
 * from a Blob. Resolves to an error message, or null once saved.
 */
export async function saveDownload(
  fetchWithAuth: typeof fetch,
  url: string,
  fallbackName: string,
): Promise<string | null> {
  const response = await fetchWithAuth(url);
  if (!response.ok) return (await readRestError(response)).message;
  const href = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), {
    href,
    download: fileNameOf(response, fallbackName),
  });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return null;
}
