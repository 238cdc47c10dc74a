import { defineBackground } from 'wxt/utils/define-background';
import { registerCards } from './cards';
import { registerContentUi } from './content-ui';
import { registerHighlightsBackground, updateHighlightMenu } from './highlights';
import { registerMessages } from './messages';
import { registerSites } from './sites';
import { registerToolbar } from './toolbar';
import { registerPdfBackground } from './pdf';

export default defineBackground(() => {
  registerCards();
  registerToolbar();
  registerHighlightsBackground();
  registerContentUi();
  registerSites({ afterSync: updateHighlightMenu });
  registerMessages();
  registerPdfBackground();
});
