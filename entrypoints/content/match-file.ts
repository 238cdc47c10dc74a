/**
 * The match data (lib/glossary/match-file.ts), fetched from the extension
 * once per page and read in place (lib/match/packed.ts): the file is read
 * off the main thread, and nothing in it is parsed, so a large glossary
 * never makes a long task.
 */
import { browser } from 'wxt/browser';
import { MATCH_FILE } from '../../lib/glossary/match-file';
import { PackedMatchData } from '../../lib/match/packed';

let loading: Promise<PackedMatchData> | undefined;

export function loadMatchData(): Promise<PackedMatchData> {
  // A build output, not a file of public/, so not among WXT's typed paths.
  const url = (browser.runtime.getURL as (path: string) => string)(`/${MATCH_FILE}`);
  loading ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`Glossa: ${MATCH_FILE} could not be read (${response.status})`);
      return response.arrayBuffer();
    })
    .then((buffer) => new PackedMatchData(buffer));
  loading.catch(() => {
    loading = undefined; // let a later pass try again
  });
  return loading;
}
