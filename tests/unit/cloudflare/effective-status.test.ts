import { describe, expect, it } from 'vitest';
import {
  effectiveStatus,
  withEffectiveStatus,
} from '../../../electron/main/core/cloudflare/effective-status';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('effectiveStatus', () => {
  it('keeps a pending invite that has not lapsed pending', () => {
    expect(effectiveStatus({ status: 'pending', expires_on: '2026-03-02T12:00:00Z' }, NOW)).toBe('pending');
  });

  it('counts a pending invite past expires_on as expired', () => {
    expect(effectiveStatus({ status: 'pending', expires_on: '2026-03-01T11:59:59Z' }, NOW)).toBe('expired');
  });

  it('counts the exact expiry instant as expired', () => {
    expect(effectiveStatus({ status: 'pending', expires_on: '2026-03-01T12:00:00Z' }, NOW)).toBe('expired');
  });

  it('follows the injected clock', () => {
    const invite = { status: 'pending' as const, expires_on: '2026-03-01T12:00:00Z' };
    expect(effectiveStatus(invite, NOW - 1)).toBe('pending');
    expect(effectiveStatus(invite, NOW + 1)).toBe('expired');
  });

  it.each(['accepted', 'rejected', 'expired'] as const)(
    'leaves an answered (%s) invite as Cloudflare says',
    (status) => {
      expect(effectiveStatus({ status, expires_on: '2020-01-01T00:00:00Z' }, NOW)).toBe(status);
    },
  );

  it('reads a missing status as pending', () => {
    expect(effectiveStatus({}, NOW)).toBe('pending');
    expect(effectiveStatus({ expires_on: '2020-01-01T00:00:00Z' }, NOW)).toBe('expired');
  });

  it('never expires an invite on an unparseable date', () => {
    expect(effectiveStatus({ status: 'pending', expires_on: 'soon' }, NOW)).toBe('pending');
  });

  it('understands offsets and fractional seconds', () => {
    expect(effectiveStatus({ status: 'pending', expires_on: '2026-03-01T13:30:00.123+02:00' }, NOW)).toBe(
      'expired',
    );
    expect(effectiveStatus({ status: 'pending', expires_on: '2026-03-01T12:00:00.500Z' }, NOW)).toBe(
      'pending',
    );
  });
});

describe('withEffectiveStatus', () => {
  it('adds effective_status without touching the rest, extras included', () => {
    const invite = {
      id: 'a',
      organization_id: 'o',
      invited_member_id: null,
      status: 'pending' as const,
      expires_on: '2020-01-01T00:00:00Z',
      future_field: { nested: true },
    };
    const result = withEffectiveStatus(invite, NOW);
    expect(result).toEqual({ ...invite, effective_status: 'expired' });
    expect(invite).not.toHaveProperty('effective_status');
  });
});
