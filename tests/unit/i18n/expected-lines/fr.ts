import type { Scenes } from '../language-scenes';

export const fr: Scenes = {
  pending: [
    '0 invitation en attente',
    '1 invitation en attente',
    '2 invitations en attente',
    '5 invitations en attente',
    '21 invitations en attente',
  ],
  // French counts 0 as singular too; an interval is never 0 (1 to 60 minutes, ipc-contract).
  minutes: [
    'chaque minute',
    'chaque minute',
    'toutes les 2 minutes',
    'toutes les 5 minutes',
    'toutes les 21 minutes',
  ],
  header: ['Aucune invitation en attente', '1 invitation en attente', '4 invitations en attente'],
  menu: [
    '1 invitation en attente',
    'Acme Corp',
    'Actualiser maintenant',
    'Ouvrir Invitray',
    'Réglages…',
    'Lancer à l’ouverture de session',
    'Quitter',
  ],
  inviteItem: [
    'Envoyée par alice@acme.test',
    'Rôles\u202f: Admin',
    'Expire dans 7 jours',
    'Authentification à deux facteurs requise',
    'Accepter',
    'Refuser',
    'Détails…',
  ],
  tooltip: 'Invitray — 1 invitation en attente · synchronisé il y a 2 h',
  newInvite: [
    'Invitation à rejoindre Acme Corp',
    'alice@acme.test vous a invité. Rôles\u202f: Admin.\nAuthentification à deux facteurs requise.\nCliquez pour accepter',
    'Accepter',
    'Refuser',
  ],
  severalAtOnce: [
    '4 nouvelles invitations Cloudflare',
    'Acme Corp, Wayne Enterprises, Stark Industries et 1 autre.\nCliquez pour ouvrir Invitray',
  ],
  expiring: [
    'L’invitation à Acme Corp expire dans 5 heures',
    'alice@acme.test vous a invité. Rôles\u202f: Admin.\nAuthentification à deux facteurs requise.\nCliquez pour ouvrir',
  ],
  quietSummary: [
    '2 nouvelles invitations Cloudflare pendant les heures calmes',
    'Acme Corp et Wayne Enterprises.\nCliquez pour ouvrir Invitray',
  ],
  quietSummaryOne: '1 nouvelle invitation Cloudflare pendant les heures calmes',
  quietSummaryExpiring: [
    '2 nouvelles invitations Cloudflare pendant les heures calmes',
    'Acme Corp et Wayne Enterprises.\nAcme Corp expire dans 5 heures.\nCliquez pour ouvrir Invitray',
  ],
  joined: ['Vous avez rejoint Acme Corp', 'Vos rôles\u202f: Admin.'],
  declined: ['Invitation à Acme Corp refusée', 'Elle ne fait plus partie de vos invitations en attente.'],
  joinFailed: [
    'Impossible de rejoindre Acme Corp',
    'Acme Corp exige l’authentification à deux facteurs\u202f: activez la 2FA dans votre profil Cloudflare, puis acceptez de nouveau.',
  ],
};
