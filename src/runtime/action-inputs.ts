// The runner's side of InputSource and of the workflow context.
//
// Reading an input and masking a secret are the toolkit's own few lines
// (getInput: the trimmed INPUT_<NAME> variable, hyphens kept; setSecret: an
// add-mask command). They are done here so that reading settings does not
// load @actions/core, whose OIDC client pulls in the HTTP stack (undici,
// about 30 MB of memory): classify streams a 1 GB log before it needs any of
// that. Everything else goes through @actions/core.
import {readFileSync} from 'node:fs'
import {EOL, tmpdir} from 'node:os'
import {ConfigurationError, errorMessage} from '../errors.js'
import type {InputSource} from '../settings/input-source.js'
import {readWorkflowContext, type WorkflowContext} from '../settings/workflow-context.js'
import {writeStdout} from './stdout.js'

export const actionInputs: InputSource = {
  get: name => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** Masks a secret in everything logged after this point (the runner's add-mask command). */
export function maskSecret(value: string): void {
  const escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  writeStdout(`::add-mask::${escaped}${EOL}`)
}

export function readEventPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read the event payload at GITHUB_EVENT_PATH '${path}': ${errorMessage(error)}.`
    )
  }
  try {
    const payload: unknown = JSON.parse(text)
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {}
  } catch {
    throw new ConfigurationError(
      `The event payload at GITHUB_EVENT_PATH '${path}' is not valid JSON.`
    )
  }
}

export function runnerContext(): WorkflowContext {
  return readWorkflowContext(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH), tmpdir())
}
