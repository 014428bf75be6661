import type { ImportResult } from '../../importers/import-result';
import { checkStatus } from './check-status';

const checked: ImportResult = {
  snapshot: null,
  problems: [
    {
      line: null,
      subject: null,
      reason: 'the file has column names but no rows of data below them',
      rejected: true,
    },
  ],
  rowsRead: 0,
  rowsAccepted: 0,
  sourceName: 'staff.csv',
};

describe('checkStatus', () => {
  it('says nothing before a check', () => {
    expect(checkStatus({ checking: false, saving: false, result: null })).toBe('');
  });

  it('says when a check is running', () => {
    expect(checkStatus({ checking: true, saving: false, result: null })).toBe('Checking…');
  });

  it('says what the check found, and that there is nothing to save', () => {
    expect(checkStatus({ checking: false, saving: false, result: checked })).toBe(
      'Check finished. 0 of 0 rows accepted; 1 problem rejected rows or the file. Nothing usable was found, so there is nothing to save. The report below says why.',
    );
  });

  it('says when the import is being saved', () => {
    expect(checkStatus({ checking: false, saving: true, result: checked })).toBe(
      'Saving the import in this browser…',
    );
  });
});
