// The files a prompt shows the model, read the way the model's own tools
// read: only inside the workspace (a path from a hostile log or stack trace
// cannot lead elsewhere), never a protected path, never `.git`, never a FIFO
// or device. A file that
// is missing, empty or refused is simply left out.
import type {PromptFile} from '../core/fixing/index.js'
import {
  isProtected,
  readRegularFile,
  resolveInWorkspace
} from '../edges/workspace/workspace-paths.js'

/** The largest file a prompt shows (the prompt trims it further); a bigger one is left out. */
const MAX_PROMPT_FILE_BYTES = 1024 * 1024

export async function readPromptFiles(
  root: string,
  paths: readonly string[],
  options: {protectedPaths: readonly string[]}
): Promise<PromptFile[]> {
  const files = await Promise.all(
    paths.map(async path => {
      if (isProtected(path, options.protectedPaths)) return undefined
      try {
        // Never a FIFO or device: reading one would wait forever.
        const bytes = await readRegularFile(
          resolveInWorkspace(root, path),
          path,
          MAX_PROMPT_FILE_BYTES
        )
        const content = bytes.toString('utf8')
        return content === '' ? undefined : {path, content}
      } catch {
        return undefined
      }
    })
  )
  return files.filter((f): f is PromptFile => f !== undefined)
}
