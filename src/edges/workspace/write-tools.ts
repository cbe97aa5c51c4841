// The model's writing tools, replace_in_file and write_file: each write goes
// through ToolScope.writable (protected paths, installed dependencies, nested
// repositories, git-ignored files and the caller's own guard refused) and is
// recorded in the scope's written files.
import {lstat, mkdir, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import type {z} from 'zod'
import type {ToolResult, ToolScope} from './tool-scope.js'
import type {toolInputSchemas} from './tool-schemas.js'
import {isBinary} from './workspace-files.js'
import {readRegularFile} from './workspace-paths.js'

type ReplaceInput = z.infer<typeof toolInputSchemas.replace_in_file>
type WriteInput = z.infer<typeof toolInputSchemas.write_file>

export async function replaceInFile(scope: ToolScope, input: ReplaceInput): Promise<ToolResult> {
  const {absolute, rel} = await scope.writable(input.path)
  if (input.old_string === '')
    return scope.fail('old_string is empty. To create a file or replace all of it, use write_file.')
  if (input.old_string === input.new_string)
    return scope.fail('old_string and new_string are the same; nothing would change.')
  const bytes = await readRegularFile(absolute, input.path, scope.maxFileBytes)
  if (isBinary(bytes))
    return scope.fail(`"${input.path}" is a binary file and cannot be edited as text.`)
  const content = bytes.toString('utf8')
  const {oldString, newString, positions} = locate(content, input.old_string, input.new_string)
  if (positions.length === 0) {
    return scope.fail(
      `old_string was not found in ${rel}. Read the file again and copy the text exactly, including whitespace and indentation (the line numbers and tab that read_file adds are not part of the file).`
    )
  }
  if (positions.length > 1) {
    const lines = positions.slice(0, 10).map(p => lineOf(content, p))
    return scope.fail(
      `old_string was found ${positions.length} times in ${rel} (at lines ${lines.join(', ')}${positions.length > 10 ? ', …' : ''}); it must occur exactly once. Include more surrounding lines to make it unique.`
    )
  }
  const at = positions[0]!
  const updated = content.slice(0, at) + newString + content.slice(at + oldString.length)
  await writeFile(absolute, updated)
  scope.written.add(rel)
  return scope.ok(`Replaced 1 occurrence in ${rel} at line ${lineOf(content, at)}.`)
}

/** Where `oldString` occurs in `content`, with both strings in the file's line endings. */
function locate(
  content: string,
  oldString: string,
  newString: string
): {oldString: string; newString: string; positions: number[]} {
  const positions = occurrences(content, oldString)
  if (positions.length === 0 && content.includes('\r\n') && !oldString.includes('\r\n')) {
    // A CRLF file and an LF old_string (the model saw lines, not line endings).
    const crlfOld = oldString.replace(/\n/g, '\r\n')
    return {
      oldString: crlfOld,
      newString: newString.replace(/\r?\n/g, '\r\n'),
      positions: occurrences(content, crlfOld)
    }
  }
  return {oldString, newString, positions}
}

export async function writeFileTool(scope: ToolScope, input: WriteInput): Promise<ToolResult> {
  const {absolute, rel} = await scope.writable(input.path)
  const size = Buffer.byteLength(input.content)
  if (size > scope.maxWriteBytes)
    return scope.fail(
      `The content is ${size} bytes; write_file accepts at most ${scope.maxWriteBytes}.`
    )
  const existing = await lstat(absolute).catch(() => undefined)
  if (existing?.isDirectory()) return scope.fail(`"${input.path}" is a directory.`)
  await mkdir(dirname(absolute), {recursive: true})
  await writeFile(absolute, input.content)
  scope.written.add(rel)
  return scope.ok(`${existing ? 'Overwrote' : 'Created'} ${rel} (${size} bytes).`)
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = []
  let from = 0
  for (;;) {
    const at = haystack.indexOf(needle, from)
    if (at === -1) return found
    found.push(at)
    from = at + needle.length
  }
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
