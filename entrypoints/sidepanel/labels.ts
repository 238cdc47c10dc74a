/**
 * The side panel's UI strings, read once from _locales with t(): the map's
 * accessible names, the panel's labels and the export's legend. Kept apart
 * from the App so the view code stays readable.
 */
import { t } from '../../lib/i18n';
import type { MapStrings } from '../../lib/mechanism/view';
import type { ExportText } from '../../lib/mechanism/export-svg';
import type { MechanismPanelLabels } from '../../components/MechanismPanel';

export function mapStrings(): MapStrings {
  return {
    onPage: t('mapOnPage'),
    kinds: {
      inhibits: t('mapKindInhibits'),
      facilitates: t('mapKindFacilitates'),
      modulates: t('mapKindModulates'),
      switches: t('mapKindSwitches'),
    },
    switched: t('mapSwitched'),
    evidence: { human: t('mapEvidenceHuman'), animal: t('mapEvidenceAnimal'), review: t('mapEvidenceReview') },
    weaker: t('mapWeaker'),
    stronger: t('mapStronger'),
    claimCount: (n) => t('mapClaimCount', String(n)),
    linkCount: (n) => t('mapLinkCount', String(n)),
  };
}

function legend(): MechanismPanelLabels['legend'] {
  return {
    kinds: {
      inhibits: t('mapKindInhibits'),
      facilitates: t('mapKindFacilitates'),
      modulates: t('mapKindModulates'),
      switches: t('mapLegendSwitches'),
    },
    evidence: { human: t('mapLegendHuman'), animal: t('mapLegendAnimal'), review: t('mapLegendReview') },
    lit: t('mapOnPage'),
  };
}

export function panelLabels(): MechanismPanelLabels {
  return {
    title: t('mapTitle'),
    aria: t('mapAria'),
    viewLabel: t('mapViewLabel'),
    healthy: t('mapViewHealthy'),
    chronic: t('mapViewChronic'),
    hint: t('mapHint'),
    showText: t('mapShowText'),
    showMap: t('mapShowMap'),
    textTitle: t('mapTextTitle'),
    exportSvg: t('mapExportSvg'),
    exportPng: t('mapExportPng'),
    onPage: t('mapOnPage'),
    people: t('mapPeople'),
    animalsOnly: t('mapAnimalsOnly'),
    legendTitle: t('mapLegend'),
    changesTitle: t('panel_changesTitle'),
    legend: legend(),
  };
}

export function exportText(viewName: string, source: string | undefined): ExportText {
  return {
    title: t('mapExportTitle'),
    subtitle: [viewName, source ? t('mapLitFrom', source) : t('mapLitNone')].join(' · '),
    people: t('mapPeople'),
    animalsOnly: t('mapAnimalsOnly'),
    sources: t('mapSources'),
    onPage: t('mapOnPage'),
    legend: legend(),
  };
}
