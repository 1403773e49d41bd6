// `…/i18n/de.ts?later`: the second chunk of a window catalogue, cut out by the build
// (scripts/window-catalogues.ts). It exports the language's catalogue under its usual name,
// holding only the keys of LATER_PREFIXES (electron/shared/i18n/window-keys.ts).
declare module '*?later' {
  type Part = Partial<import('../electron/shared/i18n/catalogue').Catalogue>;
  export const en: Part;
  export const de: Part;
  export const fr: Part;
  export const es: Part;
  export const ja: Part;
  export const ptBR: Part;
}
