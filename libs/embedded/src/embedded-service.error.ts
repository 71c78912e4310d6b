/** A start-up failure of an embedded service, with a one-line message that says what to do. */
export class EmbeddedServiceError extends Error {
  override readonly name = 'EmbeddedServiceError';
}
