import {describe, expect, it} from 'vitest'
import {
  createPathMapper,
  isThirdPartyOrRuntimePath,
  normalizeFramePath
} from '../../../src/core/self-heal/path-mapping.js'
import {framePath, type PathForm} from '../../fakes/sentry/index.js'

const REPO = [
  'package.json',
  'src/index.ts',
  'src/orders/total.ts',
  'src/routes/orders.ts',
  'src/billing/total.ts',
  'src/models/orders.ts',
  'packages/web/src/app.tsx',
  'packages/web/src/index.ts',
  'lib/legacy.js',
  'test/orders/total.test.ts'
]

describe('normalizeFramePath', () => {
  it.each([
    ['app:///src/orders/total.ts', 'src/orders/total.ts'],
    ['webpack://web-api/./src/orders/total.ts', 'src/orders/total.ts'],
    ['webpack-internal:///(rsc)/./src/x.ts', 'src/x.ts'],
    ['./src/orders/total.ts', 'src/orders/total.ts'],
    ['../../src/orders/total.ts', 'src/orders/total.ts'],
    ['/app/dist/orders/total.js', 'dist/orders/total.js'],
    ['/var/task/src/orders/total.js', 'src/orders/total.js'],
    ['/usr/src/app/src/orders/total.ts', 'src/orders/total.ts'],
    ['/home/node/src/orders/total.ts', 'src/orders/total.ts'],
    ['/srv/src/orders/total.ts', 'src/orders/total.ts'],
    ['C:\\build\\api\\src\\orders\\total.ts', 'build/api/src/orders/total.ts'],
    ['file:///app/src/orders/total.ts', 'src/orders/total.ts']
  ])('%s → %s', (raw, expected) => {
    expect(normalizeFramePath(raw)).toBe(expected)
  })

  it('recognizes dependencies and runtime internals', () => {
    expect(isThirdPartyOrRuntimePath('/app/node_modules/express/lib/router/layer.js')).toBe(true)
    expect(isThirdPartyOrRuntimePath('node:internal/process/task_queues')).toBe(true)
    expect(isThirdPartyOrRuntimePath('<anonymous>')).toBe(true)
    expect(isThirdPartyOrRuntimePath('webpack://web/~/react-dom/index.js')).toBe(true)
    expect(isThirdPartyOrRuntimePath('C:\\app\\node_modules\\pg\\lib\\client.js')).toBe(true)
    expect(isThirdPartyOrRuntimePath('/app/src/orders/total.ts')).toBe(false)
  })
})

describe('createPathMapper', () => {
  const map = createPathMapper(REPO)

  it.each<[PathForm, boolean]>([
    ['sourcemap', true],
    ['dist', false],
    ['enable-source-maps', true],
    ['webpack', true],
    ['app', true],
    ['lambda', false]
  ])('maps the %s path form to the TypeScript source', (form, lineReliable) => {
    expect(map(framePath('src/orders/total.ts', form))).toEqual({
      file: 'src/orders/total.ts',
      via: 'exact',
      lineReliable
    })
  })

  it('maps a Windows path by its suffix', () => {
    expect(map({filename: 'C:\\srv\\api\\src\\orders\\total.ts'})).toMatchObject({
      file: 'src/orders/total.ts',
      via: 'suffix'
    })
  })

  it('maps build output under an unknown root to the source by suffix', () => {
    expect(map({filename: '/opt/service/dist/routes/orders.js'})).toMatchObject({
      file: 'src/routes/orders.ts',
      lineReliable: false
    })
  })

  it('does not take a same-named file in another directory', () => {
    const r = map({filename: '/app/src/shipping/total.ts'})
    expect(r.file).toBeUndefined()
    expect(r).toMatchObject({reason: expect.stringContaining('shipping/total.ts')})
  })

  it('keeps a plain JavaScript file when there is no TypeScript source', () => {
    expect(map({filename: '/app/lib/legacy.js'})).toMatchObject({file: 'lib/legacy.js'})
  })

  it('prefers the shortest match and reports a real tie instead of guessing', () => {
    expect(map({filename: 'app:///index.ts'}).file).toBe('src/index.ts')
    const r = map({filename: 'app:///orders.ts'})
    expect(r.file).toBeUndefined()
    expect(r).toMatchObject({reason: expect.stringContaining('several repository files')})
  })

  it('applies path-mappings first', () => {
    const withMapping = createPathMapper(REPO, [{from: 'webpack://web/', to: 'packages/web/'}])
    expect(withMapping({filename: 'webpack://web/./src/index.ts'})).toEqual({
      file: 'packages/web/src/index.ts',
      via: 'path-mapping',
      lineReliable: true
    })
    // without the mapping the same frame is ambiguous or wrong
    expect(map({filename: 'webpack://web/./src/index.ts'}).file).toBe('src/index.ts')
  })

  it('maps a prefix to a source directory with dist → src', () => {
    const m = createPathMapper(REPO, [{from: '/deploy/current/', to: ''}])
    expect(m({filename: '/deploy/current/dist/orders/total.js'})).toMatchObject({
      file: 'src/orders/total.ts',
      via: 'path-mapping'
    })
  })

  it('gives the reason for dependency frames and empty frames', () => {
    expect(map({filename: '/app/node_modules/pg/lib/client.js'})).toEqual({
      file: undefined,
      reason: "'/app/node_modules/pg/lib/client.js' is a dependency or runtime path"
    })
    expect(map({filename: null, absPath: null})).toEqual({
      file: undefined,
      reason: 'the frame has no file name'
    })
  })

  it('falls back to absPath when filename does not map', () => {
    expect(map({filename: 'total.js', absPath: '/app/dist/orders/total.js'}).file).toBe(
      'src/orders/total.ts'
    )
  })
})
