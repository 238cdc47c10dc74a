export function inflect(variant: string): string[];
