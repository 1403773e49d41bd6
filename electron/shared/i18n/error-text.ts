import type { ErrorInfo, ErrorKind, ErrorText } from '../types';
import type { Translator } from './translate';

// How an error reads in the user's language: main says which catalogue sentences describe it
// (ErrorInfo.text), every side renders them. Main, the tray, notifications and the window all
// use these two functions, so none of them words an error on its own.

/** The short headline of a kind of failure ("Missing permission"). */
export function errorTitle(kind: ErrorKind, translator: Pick<Translator, 't'>): string {
  return translator.t(`problem.${kind}`);
}

/**
 * What happened and what to do next, in the translator's language. An error without catalogue
 * sentences is one main did not make (the window could not reach main): its message is all there is.
 */
export function errorAdvice(error: Pick<ErrorInfo, 'message' | 'text'>, translator: Translator): string {
  if (error.text === undefined || error.text.length === 0) return error.message;
  return joinSentences(
    error.text.map((sentence) => translator.t(sentence.id, sentence.params)),
    translator.language,
  );
}

/** Japanese sentences end in "。" and follow each other without a space. */
export function joinSentences(sentences: readonly string[], language: Translator['language']): string {
  return sentences.join(language === 'ja' ? '' : ' ');
}

export function sentence(id: ErrorText['id'], params?: ErrorText['params']): ErrorText {
  return params === undefined ? { id } : { id, params };
}
