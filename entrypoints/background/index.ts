import { defineBackground } from 'wxt/utils/define-background';
import { registerCards } from './cards';
import { registerContentUi } from './content-ui';
import { registerHighlightsBackground } from './highlights';
import { registerToolbar } from './toolbar';
import { registerPdfBackground } from './pdf';

export default defineBackground(() => {
  registerCards();
  registerToolbar();
  registerHighlightsBackground();
  registerContentUi();
  registerPdfBackground();
});
