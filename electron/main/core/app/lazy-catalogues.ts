import type { Catalogue, CatalogueSource } from '../../../shared/i18n/catalogue';
import { en } from '../../../shared/i18n/en';
import type { Language } from '../../../shared/types';

// Five of the six catalogues are ~110 KB of source that the main process compiled at load,
// before its first tray image, whatever language it speaks (issue 21, item 6). Each is now its
// own chunk, loaded when the core is about to speak it: at boot for the language the settings
// or the OS ask for, and when Settings switches to another one.

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  de: async () => (await import('../../../shared/i18n/de')).de,
  fr: async () => (await import('../../../shared/i18n/fr')).fr,
  es: async () => (await import('../../../shared/i18n/es')).es,
  ja: async () => (await import('../../../shared/i18n/ja')).ja,
  'pt-BR': async () => (await import('../../../shared/i18n/pt-BR')).ptBR,
};

export function createLazyCatalogues(): CatalogueSource {
  const loaded = new Map<Language, Catalogue>([['en', en]]);
  const loading = new Map<Language, Promise<Catalogue>>();
  return {
    get: (language) => loaded.get(language),
    load(language) {
      const ready = loaded.get(language);
      if (ready) return Promise.resolve(ready);
      const pending =
        loading.get(language) ??
        LOADERS[language as Exclude<Language, 'en'>]().then(
          (catalogue) => {
            loaded.set(language, catalogue);
            return catalogue;
          },
          (error: unknown) => {
            // A later attempt may succeed (a file briefly locked): nothing is remembered.
            loading.delete(language);
            throw error;
          },
        );
      loading.set(language, pending);
      return pending;
    },
  };
}
