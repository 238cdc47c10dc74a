import { defineBackground } from 'wxt/utils/define-background';
import { registerCards } from './cards';
import { registerHighlightsBackground } from './highlights';

export default defineBackground(() => {
  registerCards();
  registerHighlightsBackground();
});
