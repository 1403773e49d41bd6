import type { Language } from '../../../../electron/shared/types';
import type { Scenes } from '../language-scenes';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { ja } from './ja';
import { ptBR } from './pt-BR';

/** What each language says in the scenes of language-scenes.ts, one file per language. */
export const EXPECTED: Record<Language, Scenes> = { en, de, fr, es, ja, 'pt-BR': ptBR };
