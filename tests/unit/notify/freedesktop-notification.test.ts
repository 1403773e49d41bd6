import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../electron/shared/i18n/catalogues';
import {
  canShowButtons,
  choiceForActionKey,
  freedesktopNotify,
} from '../../../electron/main/core/notify/freedesktop-notification';
import { respondActions, type NotificationSpec } from '../../../electron/main/core/notify/notification-spec';

const spec: NotificationSpec = {
  kind: 'new-invite',
  tag: 'invite:i1',
  title: 'Invitation to Acme',
  body: 'a <b> & c',
  profileId: 'p1',
  inviteId: 'i1',
  clickAction: { kind: 'open', profileId: 'p1', inviteId: 'i1' },
  actions: respondActions(),
};
const options = { desktopEntry: 'invitray', iconPath: '/opt/Invitray/resources/icon.png' };

describe('freedesktopNotify', () => {
  it('a body click is the default action, then the buttons in order; the body is escaped', () => {
    expect(freedesktopNotify(spec, options)).toEqual({
      summary: 'Invitation to Acme',
      body: 'a &lt;b&gt; &amp; c',
      appIcon: '/opt/Invitray/resources/icon.png',
      actions: ['default', 'Invitation to Acme', 'accept', 'Accept', 'decline', 'Decline'],
      urgency: 1,
      desktopEntry: 'invitray',
      suppressSound: false,
      expireTimeout: -1,
    });
  });

  it('labels come from the spec: German buttons, and a click that accepts is labelled so', () => {
    const german = respondActions(translatorFor('de'));
    const notify = freedesktopNotify(
      { ...spec, actions: german, clickAction: { kind: 'accept', profileId: 'p1', inviteId: 'i1' } },
      options,
    );
    expect(notify.actions).toEqual(['default', 'Annehmen', 'accept', 'Annehmen', 'decline', 'Ablehnen']);
  });

  it('urgent: critical urgency and never expires; silent: suppress-sound', () => {
    const notify = freedesktopNotify({ ...spec, urgent: true, silent: true }, options);
    expect(notify).toMatchObject({ urgency: 2, expireTimeout: 0, suppressSound: true });
  });

  it('no buttons on the spec: only the default action; no icon: an empty app_icon', () => {
    const notify = freedesktopNotify({ ...spec, actions: undefined }, { desktopEntry: 'invitray' });
    expect(notify.actions).toEqual(['default', 'Invitation to Acme']);
    expect(notify.appIcon).toBe('');
  });

  it('action keys map back; keys Invitray never sent do not', () => {
    const keys = ['default', 'accept', 'decline', 'inline-reply', ''];
    expect(keys.map((key) => choiceForActionKey(key, spec))).toEqual([
      'click',
      'accept',
      'decline',
      null,
      null,
    ]);
  });

  it('a button key the notification did not offer means nothing (an update or summary has only a click)', () => {
    const buttonless = { ...spec, actions: undefined };
    expect(['default', 'accept', 'decline'].map((key) => choiceForActionKey(key, buttonless))).toEqual([
      'click',
      null,
      null,
    ]);
    const acceptOnly = { ...spec, actions: respondActions().filter((action) => action.id === 'accept') };
    expect(choiceForActionKey('decline', acceptOnly)).toBeNull();
  });

  it('buttons only when the server lists actions', () => {
    expect(canShowButtons(['body', 'actions'])).toBe(true);
    expect(canShowButtons(['body', 'body-markup', 'action-icons'])).toBe(false);
  });
});
