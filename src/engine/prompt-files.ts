// The files a prompt shows the model, read the way the model's own tools
// read: only inside the workspace (a path from a hostile log or stack trace
// cannot lead elsewhere), never a protected path, never `.git`. A file that
// is missing, empty or refused is simply left out.
import {readFile} from 'node:fs/promises'
import type {PromptFile} from '../core/fixing/index.js'
import {isProtected, resolveInWorkspace} from '../edges/workspace/workspace-paths.js'

export async function readPromptFiles(
  root: string,
  paths: readonly string[],
  options: {protectedPaths: readonly string[]}
): Promise<PromptFile[]> {
  const files = await Promise.all(
    paths.map(async path => {
      if (isProtected(path, options.protectedPaths)) return undefined
      try {
        const content = await readFile(resolveInWorkspace(root, path), 'utf8')
        return content === '' ? undefined : {path, content}
      } catch {
        return undefined
      }
    })
  )
  return files.filter((f): f is PromptFile => f !== undefined)
}
