/**
 * French SIREN numbers: 8 digits and a Luhn check digit (the INSEE rule; La Poste's historical number is the
 * one known exception and is never generated here).
 */

/** The Luhn sum of a string of digits, the rightmost digit counted as is, every second one doubled. */
function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum;
}

/** 9 digits whose Luhn checksum is 0. */
export function isValidSiren(siren: string): boolean {
  return /^\d{9}$/.test(siren) && luhnSum(siren) % 10 === 0;
}

/** The valid SIREN that starts with these 8 digits (a number is left-padded with zeros). */
export function makeSiren(prefix: number | string): string {
  const digits = typeof prefix === 'number' ? String(prefix).padStart(8, '0') : prefix;
  if (!/^\d{8}$/.test(digits)) throw new RangeError(`A SIREN prefix is 8 digits, got "${digits}"`);
  // The check digit d makes luhnSum(digits + d) a multiple of 10; d itself is not doubled.
  const check = (10 - (luhnSum(`${digits}0`) % 10)) % 10;
  return `${digits}${check}`;
}
