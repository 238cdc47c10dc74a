export function buildForms(): Record<string, string[]>;
