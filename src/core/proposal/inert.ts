// What the publish job writes on GitHub from a proposal (PR titles and
// bodies, alert issues, the tracking issue's report) passes through
// inertReferences again: the fixing job made it inert, but the publish job
// does not trust the fixing job. Inert text stays as it was (the function is
// idempotent); only what a tampered proposal slipped in changes.
import {inertReferences} from '../report/markdown.js'

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `text` with no #N, GH-N, URL or @mention GitHub would act on, except the
 * exact links in `keep` (the publish job's own run page, which it builds
 * itself), restored only where they end, so no path can be appended to them.
 */
export function inertForPublish(text: string, keep: readonly string[] = []): string {
  let out = inertReferences(text)
  for (const url of keep) {
    const inert = inertReferences(url)
    if (inert === url) continue
    out = out.replace(new RegExp(`${escapeRegExp(inert)}(?![\\w/.?#%&=+~-])`, 'g'), () => url)
  }
  return out
}
