/** Tags as the reader types them: one text field, comma-separated. */

/** "a, b ,, c, a" → ["a", "b", "c"] */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** ["a", "b"] → "a, b" */
export const tagsText = (tags: readonly string[]): string => tags.join(', ');
