// The ledger kept as a workflow artifact (`ledger: artifact`): the newest
// `ci-medic-ledger` artifact of the repository is read through the REST API,
// and the updated ledger is written as JSON Lines to a file that a following
// actions/upload-artifact step uploads under the same name. (Uploading from
// inside the action would need the runner-internal results service.)
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {ledgerRecordSchema, type LedgerRecord} from '../../core/ledger/ledger-record.js'
import {readZipEntries} from '../files/zip-reader.js'
import type {GitHubClient} from './client.js'
import type {LedgerStore} from './issue-ledger.js'
import type {RepoRef} from './workflow-runs.js'

export const LEDGER_ARTIFACT = 'ci-medic-ledger'
export const LEDGER_FILE = 'ledger.jsonl'

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
  outputPath: string
): LedgerStore {
  let records: LedgerRecord[] | undefined

  async function load(): Promise<LedgerRecord[]> {
    if (records) return records
    records = []
    if (!client) return records
    const {data} = await client.rest.actions.listArtifactsForRepo({
      ...repo,
      name: LEDGER_ARTIFACT,
      per_page: 20
    })
    const newest = data.artifacts
      .filter(a => !a.expired)
      .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))[0]
    if (!newest) return records
    const download = await client.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: newest.id,
      archive_format: 'zip'
    })
    const entries = readZipEntries(Buffer.from(download.data as ArrayBuffer))
    const file = entries.get(LEDGER_FILE)
    if (file) records = parseLedgerLines(file.toString('utf8'))
    return records
  }

  return {
    read: load,
    async append(record) {
      const all = [...(await load().catch(() => [] as LedgerRecord[])), record]
      records = all
      await mkdir(dirname(outputPath), {recursive: true})
      await writeFile(outputPath, all.map(r => JSON.stringify(r)).join('\n') + '\n')
      return {location: outputPath}
    }
  }
}
