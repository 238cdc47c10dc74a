/** The NCBI article hosts Glossa runs on: host permissions and content-script matches. */
export const ARTICLE_MATCHES = [
  'https://pubmed.ncbi.nlm.nih.gov/*',
  'https://pmc.ncbi.nlm.nih.gov/*',
  'https://www.ncbi.nlm.nih.gov/pmc/*',
];
