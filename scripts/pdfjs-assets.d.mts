export const PDFJS_DIR: string;
export const WORKER_PATH: string;
export const CMAPS_PATH: string;
export function withoutEval(code: string, file: string): string;
export function pdfjsAssets(): Array<{ relativeDest: string; contents: string } | { relativeDest: string; absoluteSrc: string }>;
