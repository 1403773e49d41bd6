import { describe, expect, it } from 'vitest';
import { toSummary, uniqueLabel } from '../../../electron/main/core/accounts/accounts';
import type { StoredProfile } from '../../../electron/main/core/accounts/settings-schema';

const profile = (label: string): StoredProfile => ({
  id: label.replace(/\W/g, '') || 'x',
  label,
  authKind: 'token',
});

describe('uniqueLabel', () => {
  it('keeps a free label', () => {
    expect(uniqueLabel('Work', [profile('Home')])).toBe('Work');
  });

  it('numbers a taken one, ignoring case', () => {
    expect(uniqueLabel('Work', [profile('work')])).toBe('Work (2)');
    expect(uniqueLabel('Work', [profile('Work'), profile('Work (2)')])).toBe('Work (3)');
  });

  it('stays within 80 characters', () => {
    const long = 'L'.repeat(80);
    const label = uniqueLabel(long, [profile(long)]);
    expect(label).toHaveLength(80);
    expect(label.endsWith(' (2)')).toBe(true);
  });
});

describe('toSummary', () => {
  it('masks the email and drops everything else', () => {
    const stored = { id: 'p1', label: 'Work', authKind: 'global-key', email: 'alice@example.com', extra: 1 };
    expect(toSummary(stored as StoredProfile)).toEqual({
      id: 'p1',
      label: 'Work',
      authKind: 'global-key',
      maskedEmail: 'a***@example.com',
    });
  });

  it('has no maskedEmail key for a token profile', () => {
    expect(Object.keys(toSummary(profile('Home')))).toEqual(['id', 'label', 'authKind']);
  });
});
