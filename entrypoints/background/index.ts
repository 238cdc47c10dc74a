import { defineBackground } from 'wxt/utils/define-background';
import { registerHighlightsBackground } from './highlights';

export default defineBackground(() => {
  registerHighlightsBackground();
});
