// vitest globalSetup: when `python3` on PATH is a version manager's shim
// (pyenv: a shell script that starts Python to pick the version, about 0.4
// CPU s per start on the test machine), put the directory of the interpreter
// it picks first on PATH for the workers, so the pytest runs of the Python
// fixture start that interpreter directly. The same interpreter as through
// the shim (the fixtures have no .python-version); nothing changes when
// python3 is the interpreter itself or missing.
import {execFileSync} from 'node:child_process'
import {realpathSync} from 'node:fs'
import path from 'node:path'

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    try {
      return realpathSync(path.join(dir, name))
    } catch {
      // not in this directory
    }
  }
  return undefined
}

export default function setup(): void {
  const found = onPath('python3')
  if (found === undefined) return
  let executable: string
  try {
    executable = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      encoding: 'utf8'
    }).trim()
    if (realpathSync(executable) === found) return
  } catch {
    return
  }
  const dir = path.dirname(executable)
  process.env.PATH = [dir, ...(process.env.PATH ?? '').split(path.delimiter)].join(path.delimiter)
}
