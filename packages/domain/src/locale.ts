/** Zod's own messages (wrong type, too big…) in Vietnamese, for every user of the domain. */
import { z } from 'zod';

z.config(z.locales.vi());
