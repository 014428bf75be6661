/**
 * zod compiles object parsers with `new Function` unless told not to. The
 * production build's Content Security Policy forbids eval, so zod is set to
 * jitless mode before any schema parses. Imported first in main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });
