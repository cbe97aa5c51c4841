// The ledger kept as workflow artifacts (`ledger: artifact`): each run writes
// only the records it added (a delta, or now and then a snapshot: see
// core/ledger/ledger-delta.ts) as JSON Lines to a file that the run's own
// artifact carries (actions/artifact-step.ts uploads it as
// `ci-medic-<action>-<run id>-<attempt>`, with `ledger/ledger.jsonl` inside),
// so two runs at the same time never drop each other's records. Reading
// lists the repository's trusted ledger artifacts through the REST API,
// newest first, page by page, downloads those the walk asks for
// (core/ledger/ledger-walk.ts: back to a snapshot, the window, or a cap) and
// merges them (core/ledger/ledger-merge.ts: each record once, by time). A
// `ci-medic-ledger` artifact with `ledger.jsonl` at its root, from a manual
// upload step, and the whole ledgers runs wrote before deltas, are read and
// merged too. Any run can upload an artifact of such a name, a
// fork's pull request too: only one uploaded by a default-branch run of this
// repository is read (a ci-medic action's own artifact from any workflow, so
// classify, autofix and self-heal share one ledger; `ci-medic-ledger` from
// this workflow only: core/ledger/artifact-trust.ts), and what it unzips to
// is capped. A trusted run artifact without a ledger in it
// (ledger: issue, or nothing recorded) is passed over for the next one.
//
// Listing, trust and download are edges/ledger/ledger-artifacts.ts, the walk
// that reads back is edges/ledger/ledger-read-back.ts; this is the store: what
// a run reads (once) and what it writes.
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {headerLine} from '../../core/ledger/ledger-delta.js'
import {mergeLedgers, recordsSince} from '../../core/ledger/ledger-merge.js'
import {ledgerRecordSchema, type LedgerRecord} from '../../core/ledger/ledger-record.js'
import {ledgerWindowDays} from '../../core/ledger/ledger-walk.js'
import {MAX_LEDGER_BYTES} from '../ledger/ledger-artifacts.js'
import {
  readBack,
  type ArtifactLedgerOptions,
  type LoadedLedger
} from '../ledger/ledger-read-back.js'
import {
  emptyLedger,
  ledgerJsonLines,
  withRecords,
  type AnyLedgerRecord,
  type LedgerStore
} from '../ledger/store.js'
import type {GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

export type {ArtifactLedgerOptions} from '../ledger/ledger-read-back.js'
export {
  isLedgerArtifactName,
  LEDGER_ARTIFACT,
  LEDGER_FILE,
  MAX_LEDGER_BYTES,
  RUN_ARTIFACT_LEDGER_FILE
} from '../ledger/ledger-artifacts.js'

export function parseLedgerLines(text: string): LedgerRecord[] {
  const records: LedgerRecord[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    try {
      const parsed = ledgerRecordSchema.safeParse(JSON.parse(line))
      if (parsed.success) records.push(parsed.data)
    } catch {
      // a damaged line is skipped; the rest of the ledger still counts
    }
  }
  return records
}

export function artifactLedger(
  client: GitHubClient | undefined,
  repo: RepoRef,
  outputPath: string,
  options: ArtifactLedgerOptions
): LedgerStore {
  const now = options.now ?? Date.now
  const windowDays = ledgerWindowDays(options.periodDays)
  const perArtifact = options.maxBytes ?? MAX_LEDGER_BYTES
  let loading: Promise<LoadedLedger> | undefined
  /** The records this run appended: all it uploads (its delta), or added to a snapshot. */
  const added: AnyLedgerRecord[] = []
  /** Trusted artifacts this read could not read (over the cap on one artifact, or gone). */
  const skipped: number[] = []

  function load(): Promise<LoadedLedger> {
    loading ??= client
      ? readBack({api: client, repo, options, windowDays, perArtifact, skipped, now}).catch(
          (error: unknown) => {
            // A read that failed is an empty ledger from then on (and never a snapshot).
            loading = Promise.resolve({ledger: emptyLedger()})
            throw error
          }
        )
      : Promise.resolve({ledger: emptyLedger()})
    return loading
  }

  /** The file this run uploads: its delta, or a snapshot when the walk read many deltas. */
  function fileText(base: LoadedLedger | undefined): string {
    const time = new Date(now()).toISOString()
    const mine = withRecords(emptyLedger(), added)
    if (!base?.through)
      return headerLine({v: 2, kind: 'ledger-delta', time}) + '\n' + ledgerJsonLines(mine)
    const all = recordsSince(mergeLedgers([base.ledger, mine]), now(), windowDays)
    const header = headerLine({v: 2, kind: 'ledger-snapshot', time, through: base.through})
    return `${header}\n${ledgerJsonLines({...all, corrupt: 0})}`
  }

  return {
    async read() {
      return withRecords((await load()).ledger, added)
    },
    async append(records) {
      added.push(...records)
      const base = await load().catch(() => undefined)
      await mkdir(dirname(outputPath), {recursive: true})
      await writeFile(outputPath, fileText(base))
      return {location: outputPath}
    }
  }
}
