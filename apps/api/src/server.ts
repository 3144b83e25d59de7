/** Starts the server: configuration, database (with demo data on first start), listen, shutdown. */
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { hasData, loadDemoData } from './demo/load.js';
import { removePidFile, writePidFile } from './lib/pid-file.js';

/** How long a shutdown waits for the requests in flight before it gives up on them. */
const SHUTDOWN_GRACE_MS = 15_000;

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

  // SIGTERM or SIGINT: stop accepting connections, let the requests in flight finish, close the
  // database (its write-ahead log checkpointed into the file), exit 0. A second signal, or requests
  // still running after SHUTDOWN_GRACE_MS, exits 1 at once: SQLite's log keeps every committed write.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      app.log.warn({ signal }, 'second signal: exiting without waiting for requests in flight');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing the requests in flight');
    setTimeout(() => {
      app.log.error({ ms: SHUTDOWN_GRACE_MS }, 'requests still in flight: exiting without them');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app.close().then(
      () => {
        removePidFile(config.dataDir);
        app.log.info('stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  try {
    await app.listen({ port: config.port, host: config.host });
    writePidFile(config.dataDir);
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
