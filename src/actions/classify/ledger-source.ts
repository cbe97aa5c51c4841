// Where mode: patterns reads the ledger from: a local JSON Lines file
// (`ledger-path`), else the ledger classify keeps (`ledger: issue` or
// `artifact`), through the shared ledger store: verdicts and the fixing
// actions' outcome records alike. Reading only: the ledger's storage is
// classify's and the fixing actions' business.
import {readFile, stat} from 'node:fs/promises'
import {resolve} from 'node:path'
import {parseLedgerText, type ParsedLedger} from '../../core/ledger/ledger-line.js'
import {ConfigurationError, errorMessage} from '../../errors.js'
import type {ClassifyDeps} from './deps.js'

export interface LedgerSource {
  /** For people: where the records come from. */
  readonly name: string
  read(): Promise<ParsedLedger>
}

/** A ledger file larger than this is refused rather than read into memory. */
const MAX_LEDGER_BYTES = 256 * 1024 * 1024

/** A local JSON Lines ledger; a relative path is taken from the workspace. */
export function fileLedgerSource(path: string, workspace: string): LedgerSource {
  const full = resolve(workspace, path)
  return {
    name: path,
    async read() {
      let size: number
      try {
        size = (await stat(full)).size
      } catch (error) {
        throw new ConfigurationError(
          `Input 'ledger-path' is '${path}', which cannot be read (${firstLine(error)}). Give the path of the JSON Lines ledger file, relative to the workspace, e.g. ledger-path: ci-medic-ledger.jsonl (download it first when it is an artifact).`
        )
      }
      if (size > MAX_LEDGER_BYTES)
        throw new ConfigurationError(
          `Input 'ledger-path' names a file of ${size} bytes, over the ${MAX_LEDGER_BYTES}-byte limit. Keep only recent records in it, or point ledger-path at a smaller file.`
        )
      try {
        return parseLedgerText(await readFile(full, 'utf8'))
      } catch (error) {
        throw new ConfigurationError(
          `Input 'ledger-path' is '${path}', which cannot be read (${firstLine(error)}). It must be a JSON Lines file the workflow can read.`
        )
      }
    }
  }
}

/** The ledger mode: patterns reads: the file when `ledger-path` is given, else classify's own ledger. */
export async function ledgerSourceOf(deps: ClassifyDeps): Promise<LedgerSource> {
  const {settings, context} = deps
  if (settings.ledgerPath) return fileLedgerSource(settings.ledgerPath, context.workspace)
  if (settings.ledger === 'none')
    throw new ConfigurationError(
      "mode: patterns reads the ledger, and 'ledger' is none. Give 'ledger-path' (a JSON Lines ledger file) or ledger: issue with a github-token."
    )
  const store = await deps.ledger()
  if (!store)
    throw new ConfigurationError(
      "mode: patterns reads the ledger, and there is none to read: ledger: issue needs 'github-token' (with issues: read). Give a token, or 'ledger-path' (a JSON Lines ledger file)."
    )
  return {
    name: settings.ledger === 'issue' ? `the issue '${settings.ledgerIssueTitle}'` : 'the artifact',
    read: () => store.read()
  }
}

function firstLine(error: unknown): string {
  return errorMessage(error).split('\n')[0] ?? ''
}
