/** Serves glossary cards to content scripts (the page's bundle has match data only). */
import { bundled } from '../../lib/glossary/data';
import { indexGlossary } from '../../lib/glossary/index';
import { termCard } from '../../lib/glossary/cards';
import { onMessages } from '../../lib/messaging';

export function registerCards(): void {
  const glossary = indexGlossary(bundled);
  onMessages({ 'bg:getCard': ({ termId }) => termCard(glossary, termId) ?? null });
}
