import { defineBackground } from 'wxt/utils/define-background';
import { registerCards } from './cards';
import { registerHighlightsBackground } from './highlights';
import { registerToolbar } from './toolbar';

export default defineBackground(() => {
  registerCards();
  registerToolbar();
  registerHighlightsBackground();
});
