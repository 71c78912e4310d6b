export const JWT_ALGORITHM = 'HS256';

export interface AccessTokenClaims {
  sub: string;
  roles: string[];
  /** The refresh family (sign-in) the token belongs to: once it is revoked, its access tokens die with it. */
  fam: string;
}
