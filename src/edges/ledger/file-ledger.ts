// The ledger as a local JSON Lines file (`ledger: file` with `ledger-path`):
// read whole, appended to, never rewritten, so corrupt lines and lines of a
// future version stay exactly as they were. A file that does not exist yet
// is an empty ledger (the first run, or no artifact downloaded yet); one that
// cannot be read or written is one LedgerFileError naming the path, the cause
// and the fix.
import {appendFile, mkdir, readFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {parseLedgerText} from '../../core/ledger/ledger-line.js'
import {emptyLedger, type LedgerStore} from './store.js'

export class LedgerFileError extends Error {
  override name = 'LedgerFileError'
}

function codeOf(error: unknown): string {
  const code = (error as {code?: unknown})?.code
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)
}

export function fileLedger(path: string): LedgerStore {
  return {
    async read() {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        if (codeOf(error) === 'ENOENT') return emptyLedger()
        throw new LedgerFileError(
          `The ledger file ${path} could not be read (${codeOf(error)}): give 'ledger-path' a readable JSON Lines file, or a path where none exists yet.`
        )
      }
      return parseLedgerText(text)
    },
    async append(records) {
      const text = records.map(r => `${JSON.stringify(r)}\n`).join('')
      try {
        await mkdir(dirname(path), {recursive: true})
        // A file that does not end in a newline (written by hand) still gets whole lines.
        const before = await readFile(path, 'utf8').catch(() => '')
        const sep = before && !before.endsWith('\n') ? '\n' : ''
        await appendFile(path, sep + text)
      } catch (error) {
        throw new LedgerFileError(
          `The ledger file ${path} could not be written (${codeOf(error)}): give 'ledger-path' a writable path (for example under \${{ runner.temp }}).`
        )
      }
      return {location: path}
    }
  }
}
