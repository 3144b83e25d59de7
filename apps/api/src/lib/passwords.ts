/**
 * Password hashing with argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), and
 * the rules a new password must pass beyond its length (the domain's PasswordSchema).
 */
import { type Algorithm, hash, hashSync, verify } from '@node-rs/argon2';
import { randomSecret } from './secrets.js';

// A const enum cannot be imported under isolatedModules; 2 is Algorithm.Argon2id.
const ARGON2ID = 2 as Algorithm;

export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** For synchronous callers (the demo loader runs inside a synchronous transaction). */
export function hashPasswordSync(password: string): string {
  return hashSync(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed hash in the database is a refusal, not a 500.
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password, verified against when the username does not exist, so that an
 * unknown user takes as long to refuse as a wrong password.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomSecret());
  return dummy;
}

export const MIN_PASSWORD_LENGTH = 10;

const COMMON = [
  'password',
  'matkhau',
  'mat-khau',
  'qwerty',
  '123456',
  '12345678',
  '1234567890',
  'abc123',
  'admin',
  'iloveyou',
  'danvan',
  'letmein',
];

/** Why a password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`;
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5) return 'Mật khẩu cần ít nhất 5 ký tự khác nhau';
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return 'Mật khẩu không được chứa tên đăng nhập';
  const stripped = lower.replace(/[^a-z0-9]/g, '');
  if (COMMON.some((c) => stripped === c || stripped.replace(/\d+$/, '') === c || /^(\d)\1*$/.test(stripped))) {
    return 'Mật khẩu quá phổ biến, dễ đoán';
  }
  return null;
}
