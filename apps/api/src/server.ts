/** Starts the server: configuration, database (with demo data on first start), listen, shutdown. */
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { hasData, loadDemoData } from './demo/load.js';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const handle = openDatabase(config.databaseFile);
  const app = await buildApp({
    config,
    handle,
    closeDatabase: true,
    logger: { level: config.logLevel },
  });

  if (config.demoData === 'auto' && !hasData(handle)) {
    const started = performance.now();
    loadDemoData(handle);
    app.log.info({ ms: Math.round(performance.now() - started) }, 'database was empty: demo dataset loaded');
  }

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.listen({ port: config.port, host: config.host });
    app.log.info(
      { database: config.databaseFile },
      `Dân vận cơ sở: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
    );
  } catch (error) {
    app.log.error(error);
    process.exit(1);
  }
}

void main();
