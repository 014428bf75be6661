/**
 * Adds a Content Security Policy to the production build's index.html, as a
 * <meta> tag so that it travels with the files to any static host. Not in the
 * dev server, whose hot reload needs inline scripts.
 *
 * The page loads only its own scripts, styles, images and workers (the MSW
 * service worker of the demo), and talks only to its own origin, plus the
 * origins listed in LOADLINE_CSP_CONNECT_SRC (space-separated) for a
 * deployment whose API lives elsewhere. No eval: zod runs jitless (see
 * src/lib/zod-jitless.ts). Recharts and React set styles through the CSSOM,
 * which style-src does not restrict, so no 'unsafe-inline' is needed.
 */
import type { Plugin } from 'vite';

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/** Checks the extra connect-src origins; throws on anything that is not a plain origin. */
export function parseConnectSrc(value: string | undefined): string[] {
  const origins = (value ?? '').split(/\s+/).filter((part) => part !== '');
  for (const origin of origins) {
    if (!ORIGIN.test(origin)) {
      throw new Error(
        `LOADLINE_CSP_CONNECT_SRC: "${origin}" is not an origin such as https://api.example.org`,
      );
    }
  }
  return origins;
}

/** The policy, one directive per entry. */
export function contentSecurityPolicy(extraConnectSrc: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ['connect-src', "'self'", ...extraConnectSrc].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The Vite plugin: build only. */
export function cspPlugin(env: NodeJS.ProcessEnv = process.env): Plugin {
  const policy = contentSecurityPolicy(parseConnectSrc(env.LOADLINE_CSP_CONNECT_SRC));
  return {
    name: 'loadline-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
