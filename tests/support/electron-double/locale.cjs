'use strict';
// The OS's languages, configurable per run (config.preferredSystemLanguages, config.locale,
// config.systemLocale). electron.d.ts: getPreferredSystemLanguages() lists the user's
// languages, most preferred first, with country codes where the OS has them (Windows may
// omit them); getLocale() is Chromium's application locale and getSystemLocale() the OS's
// regional locale, both only after `ready`.

// Chromium ships these regional UI locales; for any other tag the app locale is the language.
const REGIONAL_UI_LOCALES = ['en-GB', 'en-US', 'es-419', 'pt-BR', 'pt-PT', 'zh-CN', 'zh-TW'];

/** The application locale Chromium would pick for the user's first language. */
function chromiumLocale(tag) {
  if (REGIONAL_UI_LOCALES.includes(tag)) return tag;
  const language = tag.split(/[-_]/)[0].toLowerCase();
  return language === 'en' ? 'en-US' : language;
}

function createLocale(state) {
  const preferred = state.config.preferredSystemLanguages ?? ['en-US'];
  if (!Array.isArray(preferred) || preferred.some((tag) => typeof tag !== 'string'))
    throw new Error('electron double: preferredSystemLanguages must be an array of language tags');
  const locale = state.config.locale ?? chromiumLocale(preferred[0] ?? 'en-US');
  const systemLocale = state.config.systemLocale ?? preferred[0] ?? 'en-US';
  const call = (method) => state.record('app', method, []);
  return {
    getLocale() {
      call('getLocale');
      state.requireReady('app.getLocale()');
      return locale;
    },
    getSystemLocale() {
      call('getSystemLocale');
      state.requireReady('app.getSystemLocale()');
      return systemLocale;
    },
    getPreferredSystemLanguages() {
      call('getPreferredSystemLanguages');
      return [...preferred];
    },
  };
}

module.exports = { createLocale, chromiumLocale };
