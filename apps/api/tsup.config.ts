import { defineConfig } from 'tsup';

// One ESM file for production; the shared domain package is bundled in, npm dependencies are not.
export default defineConfig({
  entry: {
    server: 'src/server.ts',
    seed: 'src/cli/seed.ts',
    'create-admin': 'src/cli/create-admin.ts',
    backup: 'src/cli/backup.ts',
    restore: 'src/cli/restore.ts',
  },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  noExternal: ['@danvan/domain'],
  sourcemap: true,
  clean: true,
});
