import { entropyBits, generateJwtSecret, jwtSecretWeakness } from './jwt-secret';

describe('JWT secret strength', () => {
  it('accepts what openssl rand and the first start generate', () => {
    for (let i = 0; i < 50; i++) expect(jwtSecretWeakness(generateJwtSecret())).toBeNull();
    expect(jwtSecretWeakness('kQ3v9S0xWc1Z7fP2bLr8Ue5nYh4Tg6Ja0mDs3Kq9VwE=')).toBeNull();
  });

  it('refuses a missing, short, repetitive or published secret', () => {
    expect(jwtSecretWeakness(undefined)).toMatch(/must be set/);
    expect(jwtSecretWeakness('Zk3!')).toMatch(/32 characters/);
    expect(jwtSecretWeakness('x'.repeat(64))).toMatch(/not random enough/);
    expect(jwtSecretWeakness('abcdefghijklmnop'.repeat(3))).toMatch(/not random enough/);
    expect(jwtSecretWeakness('crossroads-development-only-secret-never-in-production')).toMatch(/published/);
  });

  it('counts the entropy of the characters as written', () => {
    expect(entropyBits('aaaa')).toBe(0);
    expect(entropyBits('abcd')).toBe(8);
  });
});
