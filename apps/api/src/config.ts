/** Configuration from environment variables, validated at boot. */
import { resolve } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './lib/paths.js';

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT phải là một số' })
    .int({ error: 'PORT phải là số nguyên' })
    .min(1, { error: 'PORT phải từ 1 đến 65535' })
    .max(65535, { error: 'PORT phải từ 1 đến 65535' })
    .default(3000),
  HOST: z.string().min(1, { error: 'HOST không được để trống' }).default('127.0.0.1'),
  DATA_DIR: z.string().min(1, { error: 'DATA_DIR không được để trống' }).default(resolve(REPO_ROOT, 'data')),
  DEMO_DATA: z
    .enum(['auto', 'off'], { error: 'DEMO_DATA phải là "auto" (nạp dữ liệu minh hoạ khi CSDL trống) hoặc "off"' })
    .default('auto'),
  WEB_DIST: z.string().default(resolve(REPO_ROOT, 'apps', 'web', 'dist')),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL phải là một trong fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  TRUST_PROXY: z
    .enum(['true', 'false'], {
      error: 'TRUST_PROXY phải là "true" (sau một reverse proxy tin cậy, đọc X-Forwarded-Proto/-For) hoặc "false"',
    })
    .default('false'),
  SESSION_HOURS: z.coerce
    .number({ error: 'SESSION_HOURS phải là một số' })
    .int({ error: 'SESSION_HOURS phải là số nguyên' })
    .min(1, { error: 'SESSION_HOURS phải từ 1 đến 168 (giờ)' })
    .max(168, { error: 'SESSION_HOURS phải từ 1 đến 168 (giờ)' })
    .default(12),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseFile: string;
  demoData: 'auto' | 'off';
  webDist: string;
  logLevel: string;
  /** Behind a reverse proxy: take the client's address and protocol from X-Forwarded-* headers. */
  trustProxy: boolean;
  /** Absolute lifetime of a browser session. */
  sessionHours: number;
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError that names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])])}: ${i.message}`,
    );
    throw new ConfigError(`Cấu hình không hợp lệ:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseFile: resolve(dataDir, 'danvan.db'),
    demoData: e.DEMO_DATA,
    webDist: resolve(e.WEB_DIST),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === 'true',
    sessionHours: e.SESSION_HOURS,
  };
}
