import {
  readAmount,
  readCaseType,
  readCount,
  readDate,
  readFraction,
  readRole,
  readYesNo,
  type CellResult,
} from './cell-values';

function value<T>(result: CellResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got: ${result.reason}`);
  return result.value;
}
function reason<T>(result: CellResult<T>): string {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.reason;
}

describe('readFraction (FTE)', () => {
  it.each([
    ['1', 1],
    ['0', 0],
    ['0.6', 0.6],
    ['.5', 0.5],
    ['1.0', 1],
    ['0.123456', 0.123456],
  ])('reads %j as %d', (cell, expected) => {
    expect(value(readFraction(cell, 'FTE'))).toBe(expected);
  });

  it.each([
    '1.5',
    '-0.5',
    '=1+1',
    '+1',
    '@1',
    'abc',
    '',
    '1e0',
    '0x1',
    '1,0',
    '60%',
    'NaN',
    'Infinity',
  ])('refuses %j', (cell) => {
    expect(reason(readFraction(cell, 'FTE'))).toMatch(/^FTE must be a number from 0 to 1, got /);
  });

  it('quotes the value it refused', () => {
    expect(reason(readFraction('1.5', 'FTE'))).toBe("FTE must be a number from 0 to 1, got '1.5'");
    expect(reason(readFraction('', 'FTE'))).toBe(
      'FTE must be a number from 0 to 1, got an empty cell',
    );
  });
});

describe('readCount (cases held)', () => {
  it.each([
    ['0', 0],
    ['18', 18],
    ['007', 7],
    ['12.0', 12],
  ])('reads %j as %d', (cell, expected) => {
    expect(value(readCount(cell, 'cases held'))).toBe(expected);
  });

  it.each(['-2', '1.5', '=1+1', '+3', '', 'twelve', '1e3', '99999999999999999999'])(
    'refuses %j',
    (cell) => {
      expect(reason(readCount(cell, 'cases held'))).toMatch(
        /^cases held must be a whole number, 0 or more, got /,
      );
    },
  );
});

describe('readAmount (vacant FTE)', () => {
  it.each([
    ['2.5', 2.5],
    ['0', 0],
  ])('reads %j', (cell, expected) => {
    expect(value(readAmount(cell, 'vacant FTE', 10_000))).toBe(expected);
  });
  it.each(['-1', '10001', '=2'])('refuses %j', (cell) => {
    expect(reason(readAmount(cell, 'vacant FTE', 10_000))).toMatch(/^vacant FTE must be a number/);
  });
});

describe('readYesNo', () => {
  it.each([
    ['yes', true],
    ['Yes', true],
    ['Y', true],
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['no', false],
    ['N', false],
    ['False', false],
    ['0', false],
  ])('reads %j as %s', (cell, expected) => {
    expect(value(readYesNo(cell, 'ASYE'))).toBe(expected);
  });

  it.each(['maybe', '', '2', '=TRUE()', 'yes please'])('refuses %j', (cell) => {
    expect(reason(readYesNo(cell, 'ASYE'))).toMatch(/^ASYE must be yes or no, got /);
  });
});

describe('readRole', () => {
  it.each([
    ['case holder', 'case-holder'],
    ['Case Holder', 'case-holder'],
    ['case-holder', 'case-holder'],
    ['Senior practitioner', 'senior-practitioner'],
    ['team manager', 'team-manager'],
    ['senior-manager', 'senior-manager'],
    ['Senior_Manager', 'senior-manager'],
    ['qualified without cases', 'qualified-without-cases'],
  ])('reads %j as %s', (cell, expected) => {
    expect(value(readRole(cell))).toBe(expected);
  });

  it.each(['social worker', '', '5', 'manager', '=case holder', 'case holder!'])(
    'refuses %j',
    (cell) => {
      expect(reason(readRole(cell))).toMatch(
        /^role must be one of case holder, senior practitioner/,
      );
    },
  );
});

describe('readCaseType', () => {
  it.each([
    ['CIN', 'child-in-need'],
    ['child in need', 'child-in-need'],
    ['child-in-need', 'child-in-need'],
    ['CP', 'child-protection'],
    ['Child Protection', 'child-protection'],
    ['LAC', 'looked-after'],
    ['Looked-after child', 'looked-after'],
    ['CLA', 'looked-after'],
    ['looked after', 'looked-after'],
    ['care leaver', 'care-leaver'],
    ['Other', 'other'],
  ])('reads %j as %s', (cell, expected) => {
    expect(value(readCaseType(cell))).toBe(expected);
  });

  it.each(['CPP', '', 'adoption', '=CP', 'C.P.'])('refuses %j', (cell) => {
    expect(reason(readCaseType(cell))).toMatch(/^case type must be one of/);
  });
});

describe('readDate', () => {
  it.each([
    ['2026-09-14', '2026-09-14'],
    ['14/09/2026', '2026-09-14'],
    ['4/9/2026', '2026-09-04'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %j as %s', (cell, expected) => {
    expect(value(readDate(cell, 'allocation date'))).toBe(expected);
  });

  it.each(['31/02/2026', '2026-02-30', '13/13/2026', '2026-13-01', '29/02/2025'])(
    'refuses %j as not a real date',
    (cell) => {
      expect(reason(readDate(cell, 'allocation date'))).toMatch(/is not a real calendar date/);
    },
  );

  it.each(['09/14/26', '2026/09/14', '14-09-2026', 'yesterday', '', '=TODAY()'])(
    'refuses %j as not in a known format',
    (cell) => {
      expect(reason(readDate(cell, 'allocation date'))).toMatch(
        /must be a date written YYYY-MM-DD or DD\/MM\/YYYY/,
      );
    },
  );
});
