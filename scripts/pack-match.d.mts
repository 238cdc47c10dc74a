export const MATCH_BIN: string;
export function packMatch(): Promise<string>;
