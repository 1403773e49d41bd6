import { describe, expect, it } from 'vitest';
import {
  parseInviteList,
  parseSingleInvite,
  parseTokenVerify,
  parseUser,
} from '../../../electron/main/core/cloudflare/responses';
import { AppError } from '../../../electron/main/core/errors';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const envelope = (result: unknown, extra: object = {}) => ({
  success: true,
  errors: [],
  messages: [],
  result,
  ...extra,
});
const full = {
  id: '4f5f0c14a2a41d5063dd301b2f829f04',
  organization_id: '5a7805061c76ada191ed06f989cc3dac',
  organization_name: 'Cloudflare, Inc.',
  invited_by: 'user@example.com',
  invited_member_email: 'user@example.com',
  invited_member_id: '5a7805061c76ada191ed06f989cc3dac',
  invited_on: '2026-02-27T05:20:00Z',
  expires_on: '2026-03-06T05:20:00Z',
  roles: ['Account Administrator'],
  organization_is_enforcing_twofactor: true,
  status: 'pending',
};

function invalid(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('invalid-response');
    return error as AppError;
  }
  throw new Error('expected an invalid-response AppError');
}

describe('parseInviteList', () => {
  it('reads a full invite and adds effective_status', () => {
    const { invites, unreadable } = parseInviteList(
      envelope([full], { result_info: { page: 1, count: 1 } }),
      NOW,
    );
    expect(unreadable).toEqual([]);
    expect(invites).toEqual([{ ...full, effective_status: 'pending' }]);
  });

  it('accepts a null invited_member_id and missing optional fields', () => {
    const minimal = { id: 'abc', organization_id: 'org', invited_member_id: null };
    expect(parseInviteList(envelope([minimal]), NOW).invites).toEqual([
      { ...minimal, effective_status: 'pending' },
    ]);
  });

  it('reads null optional fields as absent', () => {
    const [invite] = parseInviteList(
      envelope([{ ...full, organization_name: null, roles: null }]),
      NOW,
    ).invites;
    expect(invite).not.toHaveProperty('organization_name');
    expect(invite).not.toHaveProperty('roles');
  });

  it('keeps unknown extra fields', () => {
    const [invite] = parseInviteList(envelope([{ ...full, new_field: [1, 2], flag: true }]), NOW).invites;
    expect(invite).toMatchObject({ new_field: [1, 2], flag: true });
  });

  it('sets aside invites that cannot be answered and says where', () => {
    const { invites, unreadable } = parseInviteList(
      envelope([
        full,
        { ...full, id: undefined },
        { ...full, id: '' },
        { ...full, id: 'x'.repeat(33) },
        { ...full, id: 'a/b' },
      ]),
      NOW,
    );
    expect(invites.map((invite) => invite.id)).toEqual([full.id]);
    expect(unreadable.map((entry) => entry.path)).toEqual([
      'result.1.id',
      'result.2.id',
      'result.3.id',
      'result.4.id',
    ]);
  });

  it('marks a lapsed pending invite expired', () => {
    const [invite] = parseInviteList(
      envelope([{ ...full, expires_on: '2026-03-01T11:00:00Z' }]),
      NOW,
    ).invites;
    expect(invite?.status).toBe('pending');
    expect(invite?.effective_status).toBe('expired');
  });

  it('accepts result_info null or absent, and an empty list', () => {
    expect(parseInviteList(envelope([], { result_info: null }), NOW).invites).toEqual([]);
    expect(parseInviteList(envelope([]), NOW).invites).toEqual([]);
  });

  const good = { ...full, id: 'b'.repeat(32), organization_name: 'Good Org' };
  it.each([
    ['roles not an array', { ...full, roles: 'Administrator' }, 'result.1.roles', 'invalid type'],
    ['a role not a string', { ...full, roles: ['ok', 7] }, 'result.1.roles.1', 'invalid type'],
    ['a numeric id', { ...full, id: 42 }, 'result.1.id', 'invalid type'],
    [
      'two-factor as a string',
      { ...full, organization_is_enforcing_twofactor: 'yes' },
      'result.1.organization_is_enforcing_twofactor',
      'invalid type',
    ],
    ['missing organization_id', { id: 'a', invited_member_id: null }, 'result.1.organization_id', 'missing'],
    ['missing invited_member_id', { id: 'a', organization_id: 'o' }, 'result.1.invited_member_id', 'missing'],
    ['null instead of an invite', null, 'result.1', 'null instead of an invitation'],
    ['an invite that is not an object', 'invite', 'result.1', 'not an object'],
  ])('sets aside %s and keeps the good invites around it', (_name, odd, path, problem) => {
    const { invites, unreadable } = parseInviteList(envelope([good, odd, full]), NOW);
    expect(invites.map((invite) => invite.id)).toEqual([good.id, full.id]);
    expect(unreadable).toEqual([{ index: 1, path, problem }]);
  });

  it('never echoes the value of a field that failed', () => {
    const secretish = 'value-that-must-not-leak-0123456789';
    const { unreadable } = parseInviteList(envelope([{ ...full, roles: secretish }]), NOW);
    expect(JSON.stringify(unreadable)).not.toContain(secretish);
  });

  it('keeps an invite with a status it does not know, as unknown', () => {
    const { invites, unreadable } = parseInviteList(envelope([good, { ...full, status: 'revoked' }]), NOW);
    expect(unreadable).toEqual([]);
    expect(invites[1]).toMatchObject({ id: full.id, status: 'revoked', effective_status: 'unknown' });
  });

  it.each([
    ['a null body', null],
    ['a string body', 'hello'],
    ['no success flag', { errors: [], messages: [], result: [] }],
    ['errors not an array', { success: true, errors: {}, messages: [], result: [] }],
    ['a malformed message', { success: true, errors: [], messages: [{ code: 'x' }], result: [] }],
    ['result not a list', envelope({ id: 'a' })],
    ['result missing', { success: true, errors: [], messages: [] }],
    ['result_info of the wrong type', envelope([], { result_info: 'one page' })],
  ])('rejects %s', (_name, body) => {
    invalid(() => parseInviteList(body, NOW));
  });

  it('turns success:false on a 200 into invalid-response with Cloudflare’s errors', () => {
    const error = invalid(() =>
      parseInviteList(
        { success: false, errors: [{ code: 10002, message: 'Oops' }], messages: [], result: null },
        NOW,
      ),
    );
    expect(error.info.cloudflareErrors).toEqual([{ code: 10002, message: 'Oops' }]);
    expect(error.message).toMatch(/success was false/);
  });
});

describe('parseSingleInvite', () => {
  it('reads one invite', () => {
    expect(parseSingleInvite(envelope({ ...full, status: 'accepted' }), NOW)).toMatchObject({
      id: full.id,
      effective_status: 'accepted',
    });
  });

  it('reads one with an unknown status as unknown', () => {
    expect(parseSingleInvite(envelope({ ...full, status: 'on-hold' }), NOW)).toMatchObject({
      status: 'on-hold',
      effective_status: 'unknown',
    });
  });

  it('refuses one without an id', () => {
    invalid(() => parseSingleInvite(envelope({ organization_id: 'o', invited_member_id: null }), NOW));
  });
});

describe('parseTokenVerify and parseUser', () => {
  it('read what verification needs and keep the rest', () => {
    expect(
      parseTokenVerify(envelope({ id: 't', status: 'active', not_before: '2018-07-01T05:20:00Z' })),
    ).toEqual({
      id: 't',
      status: 'active',
      not_before: '2018-07-01T05:20:00Z',
    });
    expect(parseUser(envelope({ id: 'u', email: 'a@example.com', country: null }))).toMatchObject({
      email: 'a@example.com',
    });
  });

  it('reject wrong shapes', () => {
    invalid(() => parseTokenVerify(envelope({ id: 't' })));
    invalid(() => parseUser(envelope({ id: 'u', email: 7 })));
    invalid(() => parseUser(envelope(null)));
  });
});
