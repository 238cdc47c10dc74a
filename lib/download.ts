/**
 * Offers a file to the reader as a download, in an extension page (needs a
 * DOM): an object URL on a link with the `download` attribute. Nothing
 * leaves the machine. Used by the library's exports and the mechanism map's
 * SVG and PNG exports.
 */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
