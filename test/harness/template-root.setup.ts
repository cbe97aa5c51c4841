// vitest globalSetup: one directory for the run's templates (see
// template-cache.ts), shared by all workers through the environment they
// inherit, and removed when the run ends.
import {mkdtemp, realpath, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {TEMPLATE_ROOT_ENV} from './template-cache.js'

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  // Each project runs the global setup: the first one makes the directory.
  if (process.env[TEMPLATE_ROOT_ENV]) return undefined
  const dir = await mkdtemp(path.join(await realpath(tmpdir()), 'ci-medic-templates-'))
  process.env[TEMPLATE_ROOT_ENV] = dir
  return async () => {
    await rm(dir, {recursive: true, force: true})
    delete process.env[TEMPLATE_ROOT_ENV]
  }
}
