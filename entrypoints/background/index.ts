import { defineBackground } from 'wxt/utils/define-background';
import { registerCards } from './cards';
import { registerContentUi } from './content-ui';
import { registerHighlightsBackground, updateHighlightMenu } from './highlights';
import { registerSites } from './sites';
import { registerToolbar } from './toolbar';

export default defineBackground(() => {
  registerCards();
  registerToolbar();
  registerHighlightsBackground();
  registerContentUi();
  registerSites({ afterSync: updateHighlightMenu });
});
