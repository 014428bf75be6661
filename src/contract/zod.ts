/**
 * zod, set to jitless mode before any schema is built. zod compiles object
 * parsers with `new Function` unless told not to, and the production build's
 * Content Security Policy forbids eval; zod's own check for eval (a
 * `new Function('')` in a try) is reported as a violation even though it is
 * caught, and it runs when the first schema is built. Every module takes z
 * from here, never from 'zod' itself (ESLint holds to that), so the setting
 * comes first in whatever order the build's chunks load.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
