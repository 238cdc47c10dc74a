export function demoArticlePdf(): Promise<Uint8Array>;
export function noDoiPdf(): Promise<Uint8Array>;
export const FILES: Record<string, () => Promise<Uint8Array>>;
