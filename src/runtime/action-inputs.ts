// The runner's side of InputSource and of the workflow context.
import {readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import * as core from '@actions/core'
import {ConfigurationError, errorMessage} from '../errors.js'
import type {InputSource} from '../settings/input-source.js'
import {readWorkflowContext, type WorkflowContext} from '../settings/workflow-context.js'

export const actionInputs: InputSource = {
  get: name => core.getInput(name)
}

/** Masks a secret in everything logged after this point. */
export function maskSecret(value: string): void {
  core.setSecret(value)
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
    throw new ConfigurationError(`The event payload at GITHUB_EVENT_PATH '${path}' is not valid JSON.`)
  }
}

export function runnerContext(): WorkflowContext {
  return readWorkflowContext(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH), tmpdir())
}
