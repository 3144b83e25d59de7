/** Random secrets and their digests: session ids, CSRF tokens and API tokens. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `bytes` random bytes, base64url (32 bytes → 43 characters). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * SHA-256 in hex. Enough for secrets of 256 random bits (sessions, API tokens): unlike passwords,
 * they cannot be guessed, so a slow hash would add nothing but latency to every request.
 */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Compares two strings in time that does not depend on where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
