/** Background side of highlights (issue #5): context-menu item and keyboard command. */
export function registerHighlightsBackground(): void {
  // Filled in by the highlights feature.
}
