import { ARGON2_OPTIONS, PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('uses argon2id at or above the OWASP minimum', async () => {
    const hash = await hasher.hash('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$/);
    const params = Object.fromEntries(
      hash
        .split('$')[3]
        .split(',')
        .map((pair) => pair.split('=')),
    );
    expect(params).toEqual({ m: '19456', t: '2', p: '1' });
    expect(ARGON2_OPTIONS.memoryCost).toBeGreaterThanOrEqual(19_456);
  });

  it('verifies the right password only', async () => {
    const hash = await hasher.hash('correct horse battery staple');
    await expect(hasher.verify(hash, 'correct horse battery staple')).resolves.toBe(true);
    await expect(hasher.verify(hash, 'wrong')).resolves.toBe(false);
    await expect(hasher.verify(undefined, 'anything')).resolves.toBe(false);
    await expect(hasher.verify('not-a-hash', 'anything')).resolves.toBe(false);
  });
});
