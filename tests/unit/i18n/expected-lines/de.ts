import type { Scenes } from '../language-scenes';

export const de: Scenes = {
  pending: [
    '0 offene Einladungen',
    '1 offene Einladung',
    '2 offene Einladungen',
    '5 offene Einladungen',
    '21 offene Einladungen',
  ],
  minutes: ['0 Minuten', '1 Minute', '2 Minuten', '5 Minuten', '21 Minuten'],
  header: ['Keine offenen Einladungen', '1 offene Einladung', '4 offene Einladungen'],
  menu: [
    '1 offene Einladung',
    'Acme Corp',
    'Jetzt aktualisieren',
    'Invitray öffnen',
    'Einstellungen …',
    'Bei der Anmeldung starten',
    'Beenden',
  ],
  inviteItem: [
    'Von alice@acme.test',
    'Rollen: Admin',
    'Läuft in 7 Tagen ab',
    'Erfordert Zwei-Faktor-Authentifizierung',
    'Annehmen',
    'Ablehnen',
    'Details …',
  ],
  tooltip: 'Invitray — 1 offene Einladung · synchronisiert vor 2 Std.',
  newInvite: [
    'Einladung zu Acme Corp',
    'alice@acme.test hat Sie als Admin eingeladen.\nErfordert Zwei-Faktor-Authentifizierung.\nZum Annehmen klicken',
    'Annehmen',
    'Ablehnen',
  ],
  severalAtOnce: [
    '4 neue Cloudflare-Einladungen',
    'Acme Corp, Wayne Enterprises, Stark Industries und 1 weitere.\nZum Öffnen von Invitray klicken',
  ],
  expiring: [
    'Einladung zu Acme Corp läuft in 5 Stunden ab',
    'alice@acme.test hat Sie als Admin eingeladen.\nErfordert Zwei-Faktor-Authentifizierung.\nZum Öffnen klicken',
  ],
  quietSummary: [
    '2 neue Cloudflare-Einladungen während der Ruhezeit',
    'Acme Corp und Wayne Enterprises.\nZum Öffnen von Invitray klicken',
  ],
  quietSummaryOne: '1 neue Cloudflare-Einladung während der Ruhezeit',
  quietSummaryExpiring: [
    '2 neue Cloudflare-Einladungen während der Ruhezeit',
    'Acme Corp und Wayne Enterprises.\nAcme Corp läuft in 5 Stunden ab.\nZum Öffnen von Invitray klicken',
  ],
  joined: ['Sie sind Acme Corp beigetreten', 'Ihre Rollen: Admin.'],
  declined: [
    'Einladung zu Acme Corp abgelehnt',
    'Die Einladung erscheint nicht mehr unter Ihren offenen Einladungen.',
  ],
  joinFailed: [
    'Beitritt zu Acme Corp fehlgeschlagen',
    'Acme Corp verlangt Zwei-Faktor-Authentifizierung: Aktivieren Sie 2FA in Ihrem Cloudflare-Profil und nehmen Sie dann erneut an.',
  ],
};
