import type { Scenes } from '../language-scenes';

export const es: Scenes = {
  pending: [
    '0 invitaciones pendientes',
    '1 invitación pendiente',
    '2 invitaciones pendientes',
    '5 invitaciones pendientes',
    '21 invitaciones pendientes',
  ],
  minutes: ['0 minutos', '1 minuto', '2 minutos', '5 minutos', '21 minutos'],
  header: ['No hay invitaciones pendientes', '1 invitación pendiente', '4 invitaciones pendientes'],
  menu: [
    '1 invitación pendiente',
    'Acme Corp',
    'Actualizar ahora',
    'Abrir Invitray',
    'Ajustes…',
    'Abrir al iniciar sesión',
    'Salir',
  ],
  inviteItem: [
    'De alice@acme.test',
    'Roles: Admin',
    'Caduca dentro de 7 días',
    'Requiere autenticación en dos pasos',
    'Aceptar',
    'Rechazar',
    'Detalles…',
  ],
  tooltip: 'Invitray — 1 invitación pendiente · sincronizado hace 2 h',
  newInvite: [
    'Invitación para unirte a Acme Corp',
    'alice@acme.test te ha invitado como Admin.\nRequiere autenticación en dos pasos.\nHaz clic para aceptar',
    'Aceptar',
    'Rechazar',
  ],
  severalAtOnce: [
    '4 nuevas invitaciones de Cloudflare',
    'Acme Corp, Wayne Enterprises, Stark Industries y 1 más.\nHaz clic para abrir Invitray',
  ],
  expiring: [
    'La invitación a Acme Corp caduca dentro de 5 horas',
    'alice@acme.test te ha invitado como Admin.\nRequiere autenticación en dos pasos.\nHaz clic para abrir',
  ],
  quietSummary: [
    '2 nuevas invitaciones de Cloudflare durante las horas de silencio',
    'Acme Corp y Wayne Enterprises.\nHaz clic para abrir Invitray',
  ],
  quietSummaryOne: '1 nueva invitación de Cloudflare durante las horas de silencio',
  quietSummaryExpiring: [
    '2 nuevas invitaciones de Cloudflare durante las horas de silencio',
    'Acme Corp y Wayne Enterprises.\nAcme Corp caduca dentro de 5 horas.\nHaz clic para abrir Invitray',
  ],
  joined: ['Te has unido a Acme Corp', 'Tus roles: Admin.'],
  declined: ['Has rechazado la invitación a Acme Corp', 'Ya no está entre tus invitaciones pendientes.'],
  joinFailed: [
    'No te has podido unir a Acme Corp',
    'Acme Corp exige autenticación en dos pasos: activa la 2FA en tu perfil de Cloudflare y vuelve a aceptar.',
  ],
};
