import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has working defaults: port 3000, a data folder inside the repository, demo data on', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toMatch(/data$/);
    expect(config.databaseFile).toBe(`${config.dataDir}/danvan.db`);
    expect(config.demoData).toBe('auto');
    expect(config.trustProxy).toBe(false);
    expect(config.sessionHours).toBe(12);
  });

  it('reads the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/x',
      DEMO_DATA: 'off',
      TRUST_PROXY: 'true',
      SESSION_HOURS: '8',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/tmp/x',
      demoData: 'off',
      trustProxy: true,
      sessionHours: 8,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '3.5'],
    ['DEMO_DATA', 'yes'],
    ['LOG_LEVEL', 'loud'],
    ['HOST', ''],
    ['TRUST_PROXY', 'yes'],
    ['SESSION_HOURS', '0'],
    ['SESSION_HOURS', '1000'],
  ])('refuses %s=%j with a message that names it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}=`));
  });
});
