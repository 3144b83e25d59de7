/**
 * A read-only API token for the benchmark, written straight into the database the way the API
 * stores tokens (SHA-256 of `dvcs_<secret>`), owned by an existing account.
 */
import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';

const TOKEN_NAME = 'pnpm bench';

export function issueReadToken(databaseFile: string): string {
  const db = new Database(databaseFile);
  try {
    db.pragma('busy_timeout = 5000');
    const owner = db.prepare<[], { id: number }>("SELECT id FROM users ORDER BY role = 'admin' DESC, id LIMIT 1").get();
    if (!owner) throw new Error(`${databaseFile} has no account to own the benchmark's token`);
    const secret = randomBytes(32).toString('base64url');
    const token = `dvcs_${secret}`;
    const now = new Date();
    const expires = new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    db.transaction(() => {
      db.prepare('DELETE FROM api_tokens WHERE name = ?').run(TOKEN_NAME);
      db.prepare(
        `INSERT INTO api_tokens (name, prefix, token_hash, scope, unit_id, created_by, created_at, expires_on)
         VALUES (?, ?, ?, 'read', NULL, ?, ?, ?)`,
      ).run(
        TOKEN_NAME,
        secret.slice(0, 8),
        createHash('sha256').update(token).digest('hex'),
        owner.id,
        now.toISOString(),
        expires,
      );
    })();
    return token;
  } finally {
    db.close();
  }
}
