import type { Lang, MessageKey } from '#lib/i18n/index.ts';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** Catalogue key of the sentence the error page shows (from the api's reason or code); never server text. */
      key?: MessageKey;
    }
    interface Locals {
      lang: Lang;
      /** The address learners use (see lib/server/origin.ts). */
      origin: string;
    }
  }
}

export {};
