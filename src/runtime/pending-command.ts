// A command whose settings are read and validated, but whose work has not
// landed yet in this version. It says so plainly and fails the step: a
// placeholder must never look like a green run that did its job.
import * as core from '@actions/core'
import {ConfigurationError} from '../errors.js'

export async function reportPendingCommand(
  command: string,
  settings: Record<string, unknown>,
  outputs: Record<string, string>
): Promise<void> {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  const rows = Object.entries(settings)
    .filter(([name]) => !['githubToken', 'anthropicApiKey', 'sentryToken'].includes(name))
    .map(([name, value]) => [name, JSON.stringify(value) ?? ''])
  await core.summary
    .addHeading(`ci-medic ${command}`, 2)
    .addRaw(
      `Settings were read and validated; the ${command} command itself is not in this version yet.`,
      true
    )
    .addTable([
      [
        {data: 'setting', header: true},
        {data: 'value', header: true}
      ],
      ...rows
    ])
    .write()
  throw new ConfigurationError(
    `the ${command} command is not available in this version of ci-medic yet; pin a release that has it.`
  )
}
