/** The highlight colours as the reader sees them: names in the UI language, with their swatch colours. */
import { t } from '../i18n';
import { COLOURS, PALETTE, type ColourName } from './model';

export const colourName = (colour: ColourName): string => t(`colour_${colour}`);

export const colourNames = (): Record<ColourName, string> =>
  Object.fromEntries(COLOURS.map((c) => [c, colourName(c)])) as Record<ColourName, string>;

/** Every colour with its name, background and edge, in palette order. */
export const namedColours = () => COLOURS.map((name) => ({ name, label: colourName(name), ...PALETTE[name] }));
