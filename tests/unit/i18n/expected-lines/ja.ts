import type { Scenes } from '../language-scenes';

export const ja: Scenes = {
  pending: [
    '保留中の招待 0 件',
    '保留中の招待 1 件',
    '保留中の招待 2 件',
    '保留中の招待 5 件',
    '保留中の招待 21 件',
  ],
  minutes: ['0 分', '1 分', '2 分', '5 分', '21 分'],
  header: ['保留中の招待はありません', '保留中の招待 1 件', '保留中の招待 4 件'],
  menu: [
    '保留中の招待 1 件',
    'Acme Corp',
    '今すぐ更新',
    'Invitray を開く',
    '設定…',
    'ログイン時に起動',
    '終了',
  ],
  inviteItem: [
    '招待者：alice@acme.test',
    'ロール：Admin',
    '有効期限：7 日後',
    '2 要素認証が必要です',
    '承諾',
    '辞退',
    '詳細…',
  ],
  tooltip: 'Invitray — 保留中の招待 1 件 · 同期：2 時間前',
  newInvite: [
    'Acme Corp への招待',
    'alice@acme.test さんから Admin として招待されました。\n2 要素認証が必要です。\nクリックして承諾',
    '承諾',
    '辞退',
  ],
  severalAtOnce: [
    'Cloudflare の新しい招待が 4 件あります',
    'Acme Corp、Wayne Enterprises、Stark Industries ほか 1 件。\nクリックして Invitray を開く',
  ],
  expiring: [
    'Acme Corp への招待は 5 時間後に期限切れになります',
    'alice@acme.test さんから Admin として招待されました。\n2 要素認証が必要です。\nクリックして開く',
  ],
  quietSummary: [
    'おやすみ時間中に Cloudflare の新しい招待が 2 件ありました',
    'Acme Corp、Wayne Enterprises。\nクリックして Invitray を開く',
  ],
  quietSummaryOne: 'おやすみ時間中に Cloudflare の新しい招待が 1 件ありました',
  quietSummaryExpiring: [
    'おやすみ時間中に Cloudflare の新しい招待が 2 件ありました',
    'Acme Corp、Wayne Enterprises。\nAcme Corp は 5 時間後に期限切れになります。\nクリックして Invitray を開く',
  ],
  joined: ['Acme Corp に参加しました', 'あなたのロール：Admin'],
  declined: ['Acme Corp への招待を辞退しました', '保留中の招待から削除されました。'],
  joinFailed: [
    'Acme Corp に参加できませんでした',
    'Acme Corp では 2 要素認証が必須です。Cloudflare のプロフィールで 2FA を有効にしてから、もう一度承諾してください。',
  ],
};
