export function buildGlossaryDoc(lang: 'en' | 'ja'): string;
