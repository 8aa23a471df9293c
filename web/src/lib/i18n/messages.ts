import type { fr } from './fr.ts';

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
export type Params = Record<string, string | number>;
