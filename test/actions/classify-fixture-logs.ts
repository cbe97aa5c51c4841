// Real output of the ts-vitest fixture's tools (vitest and tsc, with their
// planted failures), captured once per test file: the logs classify reads.
import {expect} from 'vitest'
import {createFixtureRepo} from '../harness/fixture-repo.js'

export interface ToolOutputs {
  vitest: string
  tsc: string
}

export async function fixtureToolOutputs(): Promise<ToolOutputs> {
  const fixture = await createFixtureRepo('ts-vitest')
  try {
    const vitest = await fixture.tool('vitest', ['run'])
    const tsc = await fixture.tool('tsc', ['--noEmit'])
    const outputs = {vitest: vitest.stdout + vitest.stderr, tsc: tsc.stdout + tsc.stderr}
    expect(outputs.vitest).toContain('FAIL')
    expect(outputs.tsc).toContain('error TS')
    return outputs
  } finally {
    await fixture.cleanup()
  }
}
