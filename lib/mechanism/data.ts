/**
 * The bundled mechanism map. Imported as JSON and typed by the schema; it is
 * validated in tests (tests/lib/mechanism/validate.test.ts), not at run time,
 * and only extension pages (the side panel) import it, never the content
 * script.
 */
import raw from '../../data/mechanism.json';
import type { MechanismMap } from './schema';

export const mechanismMap = raw as MechanismMap;
