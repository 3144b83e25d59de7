/** The API's version, as the package declares it (bundled into the build). */
import pkg from '../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;
