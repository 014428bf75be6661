import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, parseConnectSrc } from './vite-csp-plugin';

describe('the Content Security Policy of the production build', () => {
  it('allows only this origin for scripts, styles, workers and requests, and no eval', () => {
    const directives = new Map(
      contentSecurityPolicy()
        .split('; ')
        .map((directive) => {
          const [name = '', ...values] = directive.split(' ');
          return [name, values] as const;
        }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  it('adds a deployment’s API origins to connect-src only', () => {
    const origins = parseConnectSrc(' https://api.example.org  http://localhost:8080 ');
    expect(origins).toEqual(['https://api.example.org', 'http://localhost:8080']);
    expect(contentSecurityPolicy(origins)).toContain(
      "connect-src 'self' https://api.example.org http://localhost:8080;",
    );
    expect(parseConnectSrc(undefined)).toEqual([]);
  });

  it.each([
    "https://a.example.org; script-src 'unsafe-inline'",
    '*',
    'https://a.example.org/path',
    "'unsafe-eval'",
    'javascript:alert(1)',
  ])('refuses %s as an extra origin', (value) => {
    expect(() => parseConnectSrc(value)).toThrow(/is not an origin/);
  });
});
