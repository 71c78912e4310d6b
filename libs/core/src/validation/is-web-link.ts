import { IsUrl, ValidationOptions } from 'class-validator';

/**
 * Every stored link is an http:// or https:// address with a host: no javascript:, data: or file: URL, nothing
 * relative or protocol-less, since the web app renders them as links. One rule for GraphQL inputs and imports.
 */
export function IsWebLink(options: ValidationOptions = {}): PropertyDecorator {
  return IsUrl(
    {
      protocols: ['http', 'https'],
      require_protocol: true,
      require_valid_protocol: true,
      allow_protocol_relative_urls: false,
      require_host: true,
    },
    { message: ({ property }) => `${property} must be an http:// or https:// address`, ...options },
  );
}
