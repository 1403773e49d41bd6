import type { Page } from '@playwright/test';
import { seedInvites } from '../../electron/main/core/demo';
import { CATALOGUES } from '../../electron/shared/i18n/catalogues';
import { LANGUAGES, type Language } from '../../electron/shared/types';
import { glyphCheckGate, probeJapaneseFont } from '../support/japanese-font';
import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import { auditScreen } from './harness/screens';

// Languages: main decides (Settings override, else the OS's languages); the window follows,
// and the tray follows with it. Every language walks the invitations, details and settings
// screens with the demo's invitations (the English screenshots' data) at 380×560, each screen
// axe-clean in both themes, without horizontal scroll and without English left over.
// de-invitations-light.png and ja-invitations-light.png are kept in resources/screenshots/.
// Six axe audits a language: on a loaded 2-core machine that takes well over a minute.
test.describe.configure({ timeout: 180_000 });

interface ScreenText {
  invitations: string;
  details: string;
  accept: string;
  /** Initech enforces 2FA and the demo user has it on (issue 22): the card's line, then the details'. */
  twoFactorBadge: string;
  pending: string;
  twoFactorRequired: string;
  /** Initech's expiry in the details, after its date. */
  expiry: string;
  back: string;
  settings: string;
  language: string;
}

/** What each screen says in each language (Initech is the demo's invitation that needs 2FA). */
const TEXT: Record<Language, ScreenText> = {
  en: {
    invitations: 'Invitations (4)',
    details: 'Details of the invitation to Initech',
    accept: 'Accept invitation to Initech',
    twoFactorBadge: 'Requires 2FA — yours is on',
    pending: 'Pending',
    twoFactorRequired: 'Required by this organisation — yours is on',
    expiry: '(in 6 days)',
    back: 'Back',
    settings: 'Settings',
    language: 'Language',
  },
  de: {
    invitations: 'Einladungen (4)',
    details: 'Details der Einladung zu Initech',
    accept: 'Einladung zu Initech annehmen',
    twoFactorBadge: '2FA erforderlich – Ihre ist aktiv',
    pending: 'Offen',
    twoFactorRequired: 'Von dieser Organisation verlangt – Ihre ist aktiv',
    expiry: '(in 6 Tagen)',
    back: 'Zurück',
    settings: 'Einstellungen',
    language: 'Sprache',
  },
  fr: {
    invitations: 'Invitations (4)',
    details: 'Détails de l’invitation à Initech',
    accept: 'Accepter l’invitation à Initech',
    twoFactorBadge: '2FA requise — la vôtre est activée',
    pending: 'En attente',
    twoFactorRequired: 'Exigée par cette organisation — la vôtre est activée',
    expiry: '(dans 6 jours)',
    back: 'Retour',
    settings: 'Réglages',
    language: 'Langue',
  },
  es: {
    invitations: 'Invitaciones (4)',
    details: 'Detalles de la invitación a Initech',
    accept: 'Aceptar la invitación a Initech',
    twoFactorBadge: 'Requiere 2FA: la tuya está activada',
    pending: 'Pendiente',
    twoFactorRequired: 'Obligatoria en esta organización: la tuya está activada',
    expiry: '(dentro de 6 días)',
    back: 'Atrás',
    settings: 'Ajustes',
    language: 'Idioma',
  },
  ja: {
    invitations: '招待（4）',
    details: 'Initech への招待の詳細',
    accept: 'Initech への招待を承諾',
    twoFactorBadge: '2FA 必須 — 有効になっています',
    pending: '保留中',
    twoFactorRequired: 'この組織では必須 — 有効になっています',
    expiry: '（6 日後）',
    back: '戻る',
    settings: '設定',
    language: '言語',
  },
  'pt-BR': {
    invitations: 'Convites (4)',
    details: 'Detalhes do convite para Initech',
    accept: 'Aceitar o convite para Initech',
    twoFactorBadge: 'Exige 2FA — a sua está ativada',
    pending: 'Pendente',
    twoFactorRequired: 'Exigida por esta organização — a sua está ativada',
    expiry: '(em 6 dias)',
    back: 'Voltar',
    settings: 'Configurações',
    language: 'Idioma',
  },
};

const words = (message: unknown): string[] =>
  typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (text: string) => new RegExp(`(^|[^\\p{L}])${escape(text)}($|[^\\p{L}])`, 'u');

/**
 * English window text that must not show in `language`: every English message without
 * placeholders that the language words differently (and does not itself contain).
 */
// Cloudflare's own words (role names such as "Analytics") are the account's data, shown as
// Cloudflare sends them in every language: not English left over.
const CLOUDFLARE_DATA = seedInvites(Date.now()).flatMap((invite) => (invite.roles ?? []).flatMap(words));

function englishLeftovers(language: Language): string[] {
  const own = [...Object.values(CATALOGUES[language]).flatMap(words), ...CLOUDFLARE_DATA];
  const english = Object.entries(CATALOGUES.en).flatMap(([key, message]) =>
    words(message).filter(
      (text) =>
        !text.includes('{') &&
        /\p{L}{4}/u.test(text) &&
        JSON.stringify(message) !== JSON.stringify(CATALOGUES[language][key as keyof typeof CATALOGUES.en]),
    ),
  );
  return [...new Set(english)].filter((text) => !own.some((mine) => wholeWord(text).test(mine)));
}

/**
 * Characters on the page that come out as the missing-glyph box: drawn in the page's font they
 * look exactly like a private-use character no font has (CI needs a CJK font for Japanese).
 */
async function missingGlyphs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const chars = [...new Set([...document.body.innerText].filter((c) => c > '\u00ff' && c.trim() !== ''))];
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 40;
    const context = canvas.getContext('2d');
    if (!context) return ['(no canvas)'];
    context.font = `32px ${getComputedStyle(document.body).fontFamily}`;
    const draw = (char: string) => {
      context.clearRect(0, 0, 40, 40);
      context.fillText(char, 2, 34);
      return context.getImageData(0, 0, 40, 40).data.join();
    };
    const box = draw('\u{F0000}');
    return chars.filter((char) => draw(char) === box);
  });
}

/** Whether this machine can draw Japanese (every Settings screen names 日本語): see the gate. */
const glyphs = glyphCheckGate(probeJapaneseFont());

async function audit(page: Page, language: Language, screen: string): Promise<void> {
  if (glyphs.run)
    expect(await missingGlyphs(page), `${language} ${screen}: characters without a font`).toEqual([]);
  // screens.spec.ts already audits these three English screens with the same data.
  if (language === 'en') return;
  const shown = await page.locator('body').innerText();
  const english = englishLeftovers(language).filter((text) => wholeWord(text).test(shown));
  expect(english, `${language} ${screen}: English text`).toEqual([]);
  await auditScreen(page, `${language}-${screen}`);
}

for (const language of LANGUAGES) {
  test(`${language}: invitations, details and settings fit the window, pass axe and speak ${language}${glyphs.title}`, async ({
    page,
    harness,
  }) => {
    if (!glyphs.run) test.info().annotations.push({ type: 'skipped check', description: glyphs.title });
    const text = TEXT[language];
    await signIn(harness);
    await harness.core.updatePreferences({ language });
    await openApp(page, harness);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.invitations);
    await expect(page.getByRole('button', { name: text.accept })).toBeVisible();
    await expect(page.getByText(text.twoFactorBadge, { exact: true })).toBeVisible();
    await audit(page, language, 'invitations');

    await page.getByRole('button', { name: text.details }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Initech' })).toBeVisible();
    await expect(page.getByTestId('details-status')).toHaveText(text.pending);
    await expect(page.getByText(text.twoFactorRequired, { exact: true })).toBeVisible();
    await expect(page.locator('dd').filter({ hasText: text.expiry })).toHaveCount(1);
    await audit(page, language, 'details');

    await page.getByRole('button', { name: text.back }).click();
    await page.getByRole('button', { name: text.settings }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.settings })).toBeVisible();
    await expect(page.getByLabel(text.language)).toHaveValue(language);
    await audit(page, language, 'settings');
  });
}

test.describe('switching and following the OS', () => {
  test.use({
    harnessOptions: {
      invites: [pendingInvite('acme0001', 'Acme Corp'), pendingInvite('wayn0001', 'Wayne Enterprises')],
    },
  });

  test('the Settings override switches the window and the tray to German, and back', async ({
    page,
    harness,
  }) => {
    await signIn(harness);
    await openApp(page, harness);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (2)');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('de');
    await expect.poll(() => harness.core.preferences().language).toBe('de');

    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByLabel('Invitray per Tastenkürzel öffnen und schließen')).toBeChecked();
    await expect.poll(() => harness.tray().menu[0]?.label).toBe('2 offene Einladungen');
    expect(harness.tray().tooltip).toBe('Invitray — 2 offene Einladungen');

    await page.getByRole('button', { name: 'Zurück' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladungen (2)');
    await expect(page.getByRole('button', { name: 'Einladung zu Acme Corp annehmen' })).toBeVisible();

    await page.getByRole('button', { name: 'Einstellungen' }).click();
    await page.getByLabel('Sprache').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect.poll(() => harness.tray().menu[0]?.label).toBe('2 pending invitations');
  });

  test.describe('with the OS in Austrian German', () => {
    test.use({
      harnessOptions: {
        invites: [pendingInvite('acme0001', 'Acme Corp')],
        systemLanguages: ['de-AT', 'en-US'],
      },
    });

    test('with no override the window speaks the OS’s language, as main resolved it', async ({
      page,
      harness,
    }) => {
      await signIn(harness);
      await openApp(page, harness);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladungen (1)');
      expect(harness.core.appInfo().language).toBe('de');
      await page.getByRole('button', { name: 'Einstellungen' }).click();
      await expect(page.getByLabel('Sprache')).toHaveValue('system');
    });
  });
});
