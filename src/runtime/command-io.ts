// The runner's ActionIO written straight to the runner's channels, without
// @actions/core: workflow commands on stdout (`::name key=value,…::data`),
// outputs appended to the GITHUB_OUTPUT file as `name<<delimiter` blocks, and
// the job summary appended to the GITHUB_STEP_SUMMARY file. Loading
// @actions/core costs a step about 150 ms of CPU and 30 MB (its OIDC client
// pulls in the HTTP stack), which is most of classify's start-up on a local
// log; what classify says needs none of it. The bytes written are the ones
// runnerIO (over @actions/core) writes for the same calls, escaping included
// (test/security/workflow-commands.test.ts runs both and compares).
//
// Escaping: a command's data has %, CR and LF escaped, and its property
// values also : and ,, so no text can end the command's line or add a
// property; an output's delimiter is random and refused if the value holds it.
import {appendFileSync, closeSync, existsSync, openSync, readSync} from 'node:fs'
import {access, appendFile, constants} from '../edges/files/light-fs.js'
import {EOL} from 'node:os'
import type {Logger} from '../logger.js'
import type {ActionIO, AnnotationPlace} from './action-io.js'
import {inert, oneLine} from './inert-text.js'
import {setOutputs} from './outputs.js'
import {writeStdout} from './stdout.js'

type Properties = Record<string, string | number | undefined>

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One workflow command line; properties with an empty value are left out. */
export function workflowCommand(name: string, properties: Properties, data: string): string {
  const keys = Object.keys(properties)
  const set = keys
    .filter(k => properties[k])
    .map(k => `${k}=${escapeProperty(String(properties[k]))}`)
  return `::${name}${keys.length > 0 ? ` ${set.join(',')}` : ''}::${escapeData(data)}`
}

function issue(name: string, properties: Properties, data: string): void {
  writeStdout(workflowCommand(name, properties, data) + EOL)
}

/** The annotation properties in the order and under the names the runner reads. */
function annotationProperties(place: AnnotationPlace): Properties {
  if (Object.keys(place).length === 0) return {}
  return {
    title: place.title === undefined ? undefined : oneLine(place.title),
    file: place.file === undefined ? undefined : oneLine(place.file),
    line: place.startLine,
    endLine: undefined,
    col: place.startColumn,
    endColumn: undefined
  }
}

/**
 * A random (version 4) UUID, as node:crypto's randomUUID gives, read from /dev/urandom where
 * there is one: loading node:crypto for it cost classify's start-up some 20 M instructions
 * (#11). Elsewhere (Windows) node:crypto's.
 */
export function randomUUID(): string {
  const bytes = Buffer.alloc(16)
  try {
    const fd = openSync('/dev/urandom', 'r')
    try {
      if (readSync(fd, bytes, 0, 16, null) !== 16) throw new Error('short read')
    } finally {
      closeSync(fd)
    }
  } catch {
    return process.getBuiltinModule('node:crypto').randomUUID()
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || ''
  if (!file) {
    writeStdout(EOL)
    issue('set-output', {name}, value)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    )
  try {
    await access(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
    )
  }
  await appendFile(file, markdown, {encoding: 'utf8'})
}

const logger: Logger = {
  debug: message => issue('debug', {}, inert(message)),
  info: message => writeStdout(inert(message) + EOL),
  warning: message => issue('warning', {}, message),
  error: message => issue('error', {}, message)
}

/** The runner's ActionIO, written directly (no @actions/core). */
export function commandIO(): ActionIO {
  return {
    logger,
    async group(name, body) {
      issue('group', {}, oneLine(name))
      try {
        return await body()
      } finally {
        issue('endgroup', {}, '')
      }
    },
    setOutputs: values => setOutputs({setOutput}, values),
    writeSummary: appendSummary,
    annotate: (message, place) => issue('error', annotationProperties(place), message),
    notice: message => issue('notice', {}, message)
  }
}
