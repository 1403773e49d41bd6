import type { Scenes } from '../language-scenes';

export const ptBR: Scenes = {
  pending: [
    '0 convite pendente',
    '1 convite pendente',
    '2 convites pendentes',
    '5 convites pendentes',
    '21 convites pendentes',
  ],
  minutes: ['0 minuto', '1 minuto', '2 minutos', '5 minutos', '21 minutos'],
  header: ['Nenhum convite pendente', '1 convite pendente', '4 convites pendentes'],
  menu: [
    '1 convite pendente',
    'Acme Corp',
    'Atualizar agora',
    'Abrir o Invitray',
    'Configurações…',
    'Abrir ao iniciar a sessão',
    'Sair',
  ],
  inviteItem: [
    'De alice@acme.test',
    'Funções: Admin',
    'Expira em 7 dias',
    'Exige autenticação de dois fatores',
    'Aceitar',
    'Recusar',
    'Detalhes…',
  ],
  tooltip: 'Invitray — 1 convite pendente · sincronizado há 2 h',
  newInvite: [
    'Convite para entrar em Acme Corp',
    'alice@acme.test convidou você como Admin.\nExige autenticação de dois fatores.\nClique para aceitar',
    'Aceitar',
    'Recusar',
  ],
  severalAtOnce: [
    '4 novos convites da Cloudflare',
    'Acme Corp, Wayne Enterprises, Stark Industries e mais 1.\nClique para abrir o Invitray',
  ],
  expiring: [
    'O convite para Acme Corp expira em 5 horas',
    'alice@acme.test convidou você como Admin.\nExige autenticação de dois fatores.\nClique para abrir',
  ],
  quietSummary: [
    '2 novos convites da Cloudflare durante o horário de silêncio',
    'Acme Corp e Wayne Enterprises.\nClique para abrir o Invitray',
  ],
  quietSummaryOne: '1 novo convite da Cloudflare durante o horário de silêncio',
  quietSummaryExpiring: [
    '2 novos convites da Cloudflare durante o horário de silêncio',
    'Acme Corp e Wayne Enterprises.\nAcme Corp expira em 5 horas.\nClique para abrir o Invitray',
  ],
  joined: ['Você entrou em Acme Corp', 'Suas funções: Admin.'],
  declined: ['Convite para Acme Corp recusado', 'Ele não está mais entre os seus convites pendentes.'],
  joinFailed: [
    'Não foi possível entrar em Acme Corp',
    'Acme Corp exige autenticação de dois fatores: ative a 2FA no seu perfil da Cloudflare e aceite novamente.',
  ],
};
