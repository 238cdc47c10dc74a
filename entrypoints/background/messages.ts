/**
 * Serves a language's packaged messages.json to the content script's UI,
 * which follows the reader's language option (lib/i18n.ts) but cannot read
 * the extension's files itself.
 */
import { isLang, packagedMessages } from '../../lib/i18n';
import { onMessages } from '../../lib/messaging';

export function registerMessages(): void {
  onMessages({
    'bg:getMessages': ({ lang }) => {
      if (!isLang(lang)) throw new Error(`bg:getMessages: unknown language ${String(lang)}`);
      return packagedMessages(lang);
    },
  });
}
