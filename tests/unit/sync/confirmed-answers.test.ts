import { describe, expect, it } from 'vitest';
import { ConfirmedAnswers, MAX_CONFIRMED_ANSWERS } from '../../../electron/main/core/sync/confirmed-answers';
import { makeInvite } from './support/invites';

const accepted = (id: string) => makeInvite(id, { status: 'accepted', effective_status: 'accepted' });

describe('ConfirmedAnswers', () => {
  it('lays a confirmed answer over a list that still shows it pending, until a list agrees', () => {
    const answers = new ConfirmedAnswers();
    answers.add(accepted('a'), 'accepted');
    const stale = [makeInvite('a'), makeInvite('b')];
    expect(answers.overlay(stale).map((invite) => invite.effective_status)).toEqual(['accepted', 'pending']);
    // Still held: the next stale list is corrected too.
    expect(answers.overlay(stale)[0]?.status).toBe('accepted');

    const settled = [makeInvite('a', { status: 'rejected', effective_status: 'rejected' })];
    // The server's word wins once it has one, and the answer is forgotten.
    expect(answers.overlay(settled)[0]?.status).toBe('rejected');
    expect(answers.overlay(stale)[0]?.status).toBe('pending');
  });

  it('forgets answers about invitations no longer listed, and returns the list itself when idle', () => {
    const answers = new ConfirmedAnswers();
    answers.add(accepted('gone'), 'accepted');
    expect(answers.overlay([makeInvite('other')])).toHaveLength(1);
    expect(answers.overlay([makeInvite('gone')])[0]?.status).toBe('pending');
    const list = [makeInvite('x')];
    expect(answers.overlay(list)).toBe(list);
  });

  it('is the memory a new answer consults, bounded, and pruned with the list', () => {
    const answers = new ConfirmedAnswers();
    answers.add(accepted('a'), 'accepted');
    expect(answers.answerOf('a')).toBe('accepted');
    answers.overlay([makeInvite('b')]);
    expect(answers.answerOf('a')).toBeUndefined();
    expect(answers.size).toBe(0);
    for (let n = 0; n < MAX_CONFIRMED_ANSWERS + 50; n++) answers.add(accepted(`x${n}`), 'accepted');
    expect(answers.size).toBe(MAX_CONFIRMED_ANSWERS);
    expect(answers.answerOf('x0')).toBeUndefined();
    expect(answers.answerOf(`x${MAX_CONFIRMED_ANSWERS + 49}`)).toBe('accepted');
  });
});
