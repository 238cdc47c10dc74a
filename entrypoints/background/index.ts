import { defineBackground } from 'wxt/utils/define-background';
import { registerCards } from './cards';
import { registerContentUi } from './content-ui';
import { registerHighlightsBackground } from './highlights';
import { registerMessages } from './messages';
import { registerToolbar } from './toolbar';

export default defineBackground(() => {
  registerCards();
  registerToolbar();
  registerHighlightsBackground();
  registerContentUi();
  registerMessages();
});
