/** The error shape of the API's plain HTTP routes (import, downloads): `{ error: { code, message, fields? } }`. */
export interface RestError {
  code: string;
  message: string;
}

/** The error a failed REST response carries, or one naming its HTTP status when the body is not that shape. */
export async function readRestError(response: Response): Promise<RestError> {
  const body = (await response.json().catch(() => null)) as { error?: Partial<RestError> } | null;
  const error = body?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string'
    ? { code: error.code, message: error.message }
    : { code: 'INTERNAL_SERVER_ERROR', message: `HTTP ${response.status}` };
}
