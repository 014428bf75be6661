import { readDemoOverrides } from './demo-overrides';

describe('readDemoOverrides', () => {
  it('reads a scenario, a timeout and a number of retries', () => {
    expect(readDemoOverrides('?scenario=slow&timeoutSeconds=2.5&retries=0')).toEqual({
      scenario: 'slow',
      requestTimeoutSeconds: 2.5,
      retries: 0,
    });
  });

  it('leaves everything unset when nothing is given', () => {
    expect(readDemoOverrides('?unit=team-a')).toEqual({
      scenario: null,
      requestTimeoutSeconds: null,
      retries: null,
    });
  });

  it.each([
    '?scenario=<script>&timeoutSeconds=-1&retries=99',
    '?scenario=&timeoutSeconds=soon&retries=1.5',
    `?scenario=${'a'.repeat(41)}&timeoutSeconds=0`,
  ])('ignores values it cannot use: %s', (query) => {
    expect(readDemoOverrides(query)).toEqual({
      scenario: null,
      requestTimeoutSeconds: null,
      retries: null,
    });
  });
});
