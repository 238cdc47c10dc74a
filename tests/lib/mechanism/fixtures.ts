/** Shared inputs of the mechanism tests: the bundled data and fixed UI strings (as in _locales/en). */
import { bundled } from '../../../lib/glossary/data';
import { indexGlossary } from '../../../lib/glossary/index';
import { mechanismMap } from '../../../lib/mechanism/data';
import type { MechanismMap } from '../../../lib/mechanism/schema';
import { buildMapView, type MapStrings, type ViewOptions } from '../../../lib/mechanism/view';
import type { ExportText } from '../../../lib/mechanism/export-svg';
import messages from '../../../public/_locales/en/messages.json';

const en = messages as Record<string, { message: string }>;
/** A UI string as the browser would give it. */
export const msg = (key: string, sub?: string) => {
  const text = en[key]?.message;
  if (!text) throw new Error(`missing message ${key}`);
  return sub === undefined ? text : text.replace('$1', sub);
};

export const glossary = indexGlossary(bundled);

export const strings: MapStrings = {
  onPage: msg('mapOnPage'),
  kinds: {
    inhibits: msg('mapKindInhibits'),
    facilitates: msg('mapKindFacilitates'),
    modulates: msg('mapKindModulates'),
    switches: msg('mapKindSwitches'),
  },
  switched: msg('mapSwitched'),
  evidence: { human: msg('mapEvidenceHuman'), animal: msg('mapEvidenceAnimal'), review: msg('mapEvidenceReview') },
  weaker: msg('mapWeaker'),
  stronger: msg('mapStronger'),
  claimCount: (n) => msg('mapClaimCount', String(n)),
  linkCount: (n) => msg('mapLinkCount', String(n)),
};

export const exportText: ExportText = {
  title: msg('mapExportTitle'),
  subtitle: `${msg('mapViewChronic')} · ${msg('mapLitFrom', 'PMID 1')}`,
  people: msg('mapPeople'),
  animalsOnly: msg('mapAnimalsOnly'),
  sources: msg('mapSources'),
  onPage: msg('mapOnPage'),
  legend: {
    kinds: {
      inhibits: msg('mapKindInhibits'),
      facilitates: msg('mapKindFacilitates'),
      modulates: msg('mapKindModulates'),
      switches: msg('mapLegendSwitches'),
    },
    evidence: { human: msg('mapLegendHuman'), animal: msg('mapLegendAnimal'), review: msg('mapLegendReview') },
    lit: msg('mapOnPage'),
  },
};

/** The terms of our demo article that are on the map (docs/screenshots/e2e-terms.json, demo). */
export const DEMO_TERMS = ['htr3', 'kcc2', 'dnic', 'pag', 'rvm', 'serotonin', 'cpm', 'on-cells', 'off-cells', 'chloride'];

export const view = (options: Partial<ViewOptions> = {}, map: MechanismMap = mechanismMap) =>
  buildMapView(map, glossary, { lang: 'en', view: 'healthy', lit: new Set(), strings, ...options });

/** A deep copy of the bundled map to break in tests. */
export const copyMap = (): MechanismMap => structuredClone(mechanismMap);
