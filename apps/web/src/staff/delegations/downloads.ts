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
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      message?: string;
      error?: { message?: string };
    } | null;
    return body?.error?.message ?? body?.message ?? `HTTP ${response.status}`;
  }
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
