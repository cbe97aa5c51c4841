// The fake's git remote: a real bare repository, served over smart HTTP by
// `git http-backend` running as a CGI program, plus helpers to inspect it.
import {execFile, execFileSync, spawn} from 'node:child_process'
import {rmSync} from 'node:fs'
import {cp, mkdir, readdir, writeFile} from 'node:fs/promises'
import type {IncomingMessage, ServerResponse} from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {copyTemplate, template, templateKey} from '../../harness/template-cache.js'

const execFileAsync = promisify(execFile)

/** Environment for git commands the fake runs itself (no system config, no prompts). */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'ci-medic fake',
    GIT_AUTHOR_EMAIL: 'fake@ci-medic.invalid',
    GIT_COMMITTER_NAME: 'ci-medic fake',
    GIT_COMMITTER_EMAIL: 'fake@ci-medic.invalid',
    ...extra
  }
}

async function git(args: string[], cwd?: string): Promise<string> {
  const {stdout} = await execFileAsync('git', args, {cwd, env: gitEnv(), maxBuffer: 64 << 20})
  return stdout
}

export interface BareRepoSeed {
  /** Directory to seed from: a git work tree/repository (its branches are copied) or a plain directory (committed as one commit). */
  seedFrom?: string
  /** Files of the initial commit when there is no `seedFrom`; default a README. */
  files?: Record<string, string>
  defaultBranch: string
  /** Where to create the bare repository (`<root>/<owner>/<repo>.git`). */
  root: string
  owner: string
  repo: string
  workDir: string
}

export interface CommitInfo {
  sha: string
  tree: string
  subject: string
  message: string
  authorName: string
  authorEmail: string
  authorDate: string
  committerName: string
  committerEmail: string
  committerDate: string
}

export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  size: number
  path: string
}

/** Sync helpers over the bare repository (safe to call from request handlers and tests). */
export class BareRepo {
  constructor(
    /** GIT_PROJECT_ROOT for http-backend. */
    readonly root: string,
    /** The bare repository itself. */
    readonly path: string
  ) {}

  static async create(seed: BareRepoSeed): Promise<BareRepo> {
    const bare = join(seed.root, seed.owner, `${seed.repo}.git`)
    await mkdir(join(seed.root, seed.owner), {recursive: true})
    // Seeded from a repository: the same refs make the same bare repository,
    // so it is cloned once per run (a template) and copied from then on.
    const refs =
      seed.seedFrom === undefined
        ? undefined
        : await git(['show-ref', '--head'], seed.seedFrom).catch(() => undefined)
    if (refs !== undefined) {
      const key = templateKey('fake-github bare v1', seed.defaultBranch, refs)
      const source = seed.seedFrom as string
      const made = await template(key, dir => BareRepo.cloneBare(source, join(dir, 'bare'), seed))
      await copyTemplate(join(made, 'bare'), bare)
      return new BareRepo(seed.root, bare)
    }
    if (seed.seedFrom === undefined) {
      // Seeded from files: the same files make the same repository (its one commit differs
      // only in its time), so it is built once per run (a template) and copied from then on:
      // one cp instead of eight git processes for every fake most edge tests start.
      const files = seed.files ?? {'README.md': `# ${seed.repo}\n`}
      const entries = Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      const key = templateKey('fake-github files v1', seed.defaultBranch, JSON.stringify(entries))
      const made = await template(key, async dir => {
        const work = join(dir, 'seed')
        await BareRepo.commitFiles(work, files, seed.defaultBranch)
        await BareRepo.cloneBare(work, join(dir, 'bare'), seed)
      })
      await copyTemplate(join(made, 'bare'), bare)
      return new BareRepo(seed.root, bare)
    }
    const work = seed.workDir
    const seedIsRepo =
      seed.seedFrom !== undefined &&
      (await git(['rev-parse', '--git-dir'], seed.seedFrom).then(
        () => true,
        () => false
      ))
    let source: string
    if (seedIsRepo) {
      source = seed.seedFrom
    } else {
      // A plain directory: its files, committed as one commit.
      const files: Record<string, string | Buffer> = {}
      await mkdir(work, {recursive: true})
      for (const name of await readdir(seed.seedFrom)) {
        if (name === '.git') continue
        await cp(join(seed.seedFrom, name), join(work, name), {recursive: true})
      }
      await BareRepo.commitFiles(work, files, seed.defaultBranch)
      source = work
    }
    await BareRepo.cloneBare(source, bare, seed)
    return new BareRepo(seed.root, bare)
  }

  /** A new repository in `work` (its files already there, plus `files`), committed once. */
  private static async commitFiles(
    work: string,
    files: Record<string, string | Buffer>,
    defaultBranch: string
  ): Promise<void> {
    await mkdir(work, {recursive: true})
    await git(['init', '-q', '-b', defaultBranch, work])
    for (const [file, content] of Object.entries(files)) {
      const target = join(work, file)
      await mkdir(join(target, '..'), {recursive: true})
      await writeFile(target, content)
    }
    await git(['add', '-A'], work)
    await git(
      ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'Initial commit'],
      work
    )
  }

  /** `git clone --bare` of `source`, its default branch set and pushes allowed. */
  private static async cloneBare(source: string, bare: string, seed: BareRepoSeed): Promise<void> {
    await git(['clone', '-q', '--bare', source, bare])
    await git(['remote', 'remove', 'origin'], bare).catch(() => '')
    const hasDefault = await git(
      ['rev-parse', '--verify', '-q', `refs/heads/${seed.defaultBranch}`],
      bare
    ).then(
      () => true,
      () => false
    )
    if (!hasDefault) await git(['branch', seed.defaultBranch, 'HEAD'], bare)
    await git(['symbolic-ref', 'HEAD', `refs/heads/${seed.defaultBranch}`], bare)
    await git(['config', 'http.receivepack', 'true'], bare)
  }

  /** Runs git in the bare repository and returns stdout (throws on failure). */
  run(args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.path,
      env: gitEnv(),
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'pipe']
    })
  }

  private runBuffer(args: string[]): Buffer {
    return execFileSync('git', args, {
      cwd: this.path,
      env: gitEnv(),
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'pipe']
    })
  }

  private tryRun(args: string[]): string | undefined {
    try {
      return this.run(args)
    } catch {
      return undefined
    }
  }

  /** Branch names, sorted. */
  branches(): string[] {
    return this.run(['for-each-ref', '--format=%(refname:short)', 'refs/heads/'])
      .split('\n')
      .filter(Boolean)
      .sort()
  }

  tags(): string[] {
    return this.run(['for-each-ref', '--format=%(refname:short)', 'refs/tags/'])
      .split('\n')
      .filter(Boolean)
  }

  /** The commit sha of a branch, or undefined when it does not exist. */
  branchSha(branch: string): string | undefined {
    return this.tryRun(['rev-parse', '--verify', '-q', `refs/heads/${branch}^{commit}`])?.trim()
  }

  /** Resolves a branch, tag or sha to a commit sha. */
  resolve(ref: string): string | undefined {
    for (const candidate of [`refs/heads/${ref}`, `refs/tags/${ref}`, ref]) {
      const sha = this.tryRun(['rev-parse', '--verify', '-q', `${candidate}^{commit}`])?.trim()
      if (sha) return sha
    }
    return undefined
  }

  /** The text of `path` at `ref`, or undefined when missing. */
  readFile(ref: string, path: string): string | undefined {
    return this.readFileBuffer(ref, path)?.toString('utf8')
  }

  readFileBuffer(ref: string, path: string): Buffer | undefined {
    const sha = this.resolve(ref)
    if (!sha) return undefined
    try {
      return this.runBuffer(['cat-file', 'blob', `${sha}:${path}`])
    } catch {
      return undefined
    }
  }

  blob(sha: string): Buffer {
    return this.runBuffer(['cat-file', 'blob', sha])
  }

  /** Commits reachable from `ref`, newest first. */
  log(ref: string, max = 100): CommitInfo[] {
    const out = this.tryRun(['log', `-n${max}`, '--format=%H%x00', ref, '--'])
    if (!out) return []
    return out
      .split('\n')
      .map(line => line.replace(/\0$/, ''))
      .filter(Boolean)
      .map(sha => this.commit(sha))
  }

  commit(ref: string): CommitInfo {
    const format = ['%H', '%T', '%s', '%B', '%an', '%ae', '%aI', '%cn', '%ce', '%cI'].join('%x00')
    const [sha, tree, subject, message, an, ae, ad, cn, ce, cd] = this.run([
      'show',
      '-s',
      `--format=${format}`,
      ref
    ]).split('\0')
    return {
      sha: sha ?? '',
      tree: tree ?? '',
      subject: subject ?? '',
      message: (message ?? '').trim(),
      authorName: an ?? '',
      authorEmail: ae ?? '',
      authorDate: ad ?? '',
      committerName: cn ?? '',
      committerEmail: ce ?? '',
      committerDate: (cd ?? '').trim()
    }
  }

  /** The entry for `path` at commit `sha` (the root tree when path is ''), or undefined. */
  entry(sha: string, path: string): TreeEntry | undefined {
    if (path === '') {
      const tree = this.run(['rev-parse', `${sha}^{tree}`]).trim()
      return {mode: '040000', type: 'tree', sha: tree, size: 0, path: ''}
    }
    const out = this.tryRun(['ls-tree', '-l', '-z', sha, '--', path])
    const entries = out ? parseTree(out) : []
    return entries.find(e => e.path === path)
  }

  /** The entries of directory `path` at commit `sha`. */
  list(sha: string, path: string): TreeEntry[] {
    const out = this.tryRun(['ls-tree', '-l', '-z', path ? `${sha}:${path}` : sha])
    if (out === undefined) return []
    return parseTree(out).map(e => ({...e, path: path ? `${path}/${e.path}` : e.path}))
  }

  /** Every entry below the tree of `ref` (a commit, tree or branch), trees included, as `ls-tree -r -t`. */
  listAll(ref: string): TreeEntry[] | undefined {
    const out = this.tryRun(['ls-tree', '-r', '-t', '-l', '-z', ref])
    return out === undefined ? undefined : parseTree(out)
  }

  isAncestor(ancestor: string, descendant: string): boolean {
    return this.tryRun(['merge-base', '--is-ancestor', ancestor, descendant]) !== undefined
  }

  /** A commit on `branch` that writes `files` (a push someone else made, for tests); returns its sha. */
  commitFiles(branch: string, files: Record<string, string>, message: string): string {
    const parent = this.branchSha(branch)
    const index = join(
      tmpdir(),
      `fake-github-index-${process.pid}-${Math.random().toString(36).slice(2)}`
    )
    const env = gitEnv({GIT_INDEX_FILE: index})
    const git = (args: string[], input?: string): string =>
      execFileSync('git', args, {cwd: this.path, env, encoding: 'utf8', input}).trim()
    try {
      if (parent) git(['read-tree', parent])
      for (const [path, content] of Object.entries(files)) {
        const blob = git(['hash-object', '-w', '--stdin'], content)
        git(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`])
      }
      const tree = git(['write-tree'])
      const sha = git(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message])
      git(['update-ref', `refs/heads/${branch}`, sha])
      return sha
    } finally {
      rmSync(index, {force: true})
    }
  }

  /** The merge base of two commits, or undefined when they have none (or one is unknown). */
  mergeBase(a: string, b: string): string | undefined {
    return this.tryRun(['merge-base', a, b])?.trim() || undefined
  }

  /** Commits in `to` but not in `from`, oldest first (`git rev-list --reverse from..to`). */
  commitsBetween(from: string, to: string): string[] {
    return (this.tryRun(['rev-list', '--reverse', `${from}..${to}`]) ?? '')
      .split('\n')
      .filter(Boolean)
  }

  /** Files of the three-dot diff `base...head`, with their change and line counts. */
  diffFiles(
    base: string,
    head: string
  ): Array<{
    filename: string
    status: string
    additions: number
    deletions: number
    previous?: string
  }> {
    const statuses = (this.tryRun(['diff', '-M', '--name-status', '-z', `${base}...${head}`]) ?? '')
      .split('\0')
      .filter(Boolean)
    const numstat = this.tryRun(['diff', '-M', '--numstat', '-z', `${base}...${head}`]) ?? ''
    const counts = new Map<string, [number, number]>()
    const fields = numstat.split('\0')
    for (let i = 0; i < fields.length; i++) {
      const [a, d, path] = (fields[i] ?? '').split('\t')
      if (a === undefined || d === undefined) continue
      // A rename's numstat is "a\td\t" then the old and the new path as two fields.
      const name = path ? path : ((i += 2), fields[i] ?? '')
      counts.set(name, [Number(a) || 0, Number(d) || 0])
    }
    const out: Array<{
      filename: string
      status: string
      additions: number
      deletions: number
      previous?: string
    }> = []
    const kinds: Record<string, string> = {
      A: 'added',
      M: 'modified',
      D: 'removed',
      R: 'renamed',
      C: 'copied',
      T: 'changed'
    }
    for (let i = 0; i < statuses.length; i++) {
      const code = statuses[i] ?? ''
      const kind = kinds[code[0] ?? ''] ?? 'changed'
      const previous = code[0] === 'R' || code[0] === 'C' ? statuses[++i] : undefined
      const filename = statuses[++i] ?? ''
      const [additions, deletions] = counts.get(filename) ?? [0, 0]
      out.push({filename, status: kind, additions, deletions, ...(previous ? {previous} : {})})
    }
    return out
  }

  /** Commit count and diff stats of `head` compared with `base` (three-dot). */
  compare(
    base: string,
    head: string
  ): {commits: number; additions: number; deletions: number; changedFiles: number} {
    const commits = Number(this.tryRun(['rev-list', '--count', `${base}..${head}`])?.trim() ?? 0)
    const numstat = this.tryRun(['diff', '--numstat', `${base}...${head}`]) ?? ''
    let additions = 0
    let deletions = 0
    let changedFiles = 0
    for (const line of numstat.split('\n').filter(Boolean)) {
      const [a, d] = line.split('\t')
      additions += Number(a) || 0
      deletions += Number(d) || 0
      changedFiles += 1
    }
    return {commits, additions, deletions, changedFiles}
  }
}

function parseTree(out: string): TreeEntry[] {
  return out
    .split('\0')
    .filter(Boolean)
    .map(record => {
      const tab = record.indexOf('\t')
      const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/)
      return {
        mode: mode ?? '',
        type: type as TreeEntry['type'],
        sha: sha ?? '',
        size: size === '-' ? 0 : Number(size),
        path: record.slice(tab + 1)
      }
    })
}

export interface GitHttpRequest {
  method: string
  /** Path below the repository, e.g. `/info/refs`. */
  path: string
  service?: 'git-upload-pack' | 'git-receive-pack'
  /** Basic-auth user name (e.g. `x-access-token`), when sent. */
  user?: string
  /** Basic-auth password (the token), when sent. */
  password?: string
  status?: number
}

export interface GitHttpOptions {
  repo: BareRepo
  owner: string
  name: string
  /** When Basic auth is demanded: for pushes only (a public repo), always, or never. */
  auth: 'push' | 'always' | 'never'
  /** When set, only this password is accepted. */
  token?: string
  /** Whether the token may push (contents: write). */
  canPush: () => boolean
  log: GitHttpRequest[]
}

function parseBasic(header: string | undefined): {user: string; password: string} | undefined {
  const match = /^basic\s+(\S+)/i.exec(header ?? '')
  if (!match?.[1]) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return {user: decoded, password: ''}
  return {user: decoded.slice(0, colon), password: decoded.slice(colon + 1)}
}

function plain(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, {'content-type': 'text/plain; charset=utf-8', ...headers})
  res.end(text)
}

/**
 * A raw handler (for `FakeHttpServer.rawRoute('/<owner>/<repo>')`) serving the
 * bare repository over smart HTTP through `git http-backend`.
 */
export function gitHttpHandler(
  options: GitHttpOptions
): (req: IncomingMessage, res: ServerResponse, rest: string) => void {
  return (req, res, rest) => {
    let sub = rest.startsWith('.git') ? rest.slice(4) : rest
    const url = new URL(req.url ?? '/', 'http://fake')
    if (sub !== '' && !sub.startsWith('/')) {
      plain(res, 404, 'Not Found')
      req.resume()
      return
    }
    if (sub === '') sub = '/'
    const queryService = url.searchParams.get('service')
    const service =
      queryService === 'git-upload-pack' || queryService === 'git-receive-pack'
        ? queryService
        : sub.endsWith('/git-receive-pack')
          ? 'git-receive-pack'
          : sub.endsWith('/git-upload-pack')
            ? 'git-upload-pack'
            : undefined
    const credentials = parseBasic(req.headers.authorization)
    const record: GitHttpRequest = {
      method: req.method ?? 'GET',
      path: sub,
      service,
      user: credentials?.user,
      password: credentials?.password
    }
    options.log.push(record)
    const isPush = service === 'git-receive-pack'
    const needsAuth = options.auth === 'always' || (options.auth === 'push' && isPush)
    const reject = (status: number, text: string, headers: Record<string, string> = {}): void => {
      record.status = status
      req.resume()
      plain(res, status, text, headers)
    }
    if (needsAuth && !credentials) {
      reject(401, 'Authentication required\n', {'www-authenticate': 'Basic realm="GitHub"'})
      return
    }
    if (credentials && options.token !== undefined && credentials.password !== options.token) {
      reject(401, 'Invalid username or token.\n', {'www-authenticate': 'Basic realm="GitHub"'})
      return
    }
    if (isPush && !options.canPush()) {
      reject(
        403,
        `Permission to ${options.owner}/${options.name}.git denied to github-actions[bot].\n`
      )
      return
    }

    const env: NodeJS.ProcessEnv = {
      ...gitEnv(),
      GIT_PROJECT_ROOT: options.repo.root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: `/${options.owner}/${options.name}.git${sub}`,
      QUERY_STRING: url.search.replace(/^\?/, ''),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: String(req.headers['content-type'] ?? ''),
      REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
      REMOTE_USER: credentials?.user ?? '',
      SERVER_PROTOCOL: 'HTTP/1.1',
      GATEWAY_INTERFACE: 'CGI/1.1'
    }
    if (!credentials) delete env.REMOTE_USER
    if (req.headers['content-length'] !== undefined)
      env.CONTENT_LENGTH = String(req.headers['content-length'])
    if (req.headers['content-encoding'] !== undefined)
      env.HTTP_CONTENT_ENCODING = String(req.headers['content-encoding'])
    if (req.headers['git-protocol'] !== undefined)
      env.HTTP_GIT_PROTOCOL = String(req.headers['git-protocol'])

    const child = spawn('git', ['http-backend'], {env, stdio: ['pipe', 'pipe', 'pipe']})
    child.stdin.on('error', () => undefined)
    req.pipe(child.stdin)
    const stderr: Buffer[] = []
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    let pending: Buffer = Buffer.alloc(0)
    let headersSent = false
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk)
        return
      }
      pending = Buffer.concat([pending, chunk])
      const crlf = pending.indexOf('\r\n\r\n')
      const lf = pending.indexOf('\n\n')
      let end = -1
      let sep = 0
      if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        end = crlf
        sep = 4
      } else if (lf >= 0) {
        end = lf
        sep = 2
      }
      if (end < 0) return
      let status = 200
      const headers: Record<string, string> = {}
      for (const line of pending.subarray(0, end).toString('latin1').split(/\r?\n/)) {
        const colon = line.indexOf(':')
        if (colon < 0) continue
        const key = line.slice(0, colon).trim()
        const value = line.slice(colon + 1).trim()
        if (key.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 200
        else headers[key] = value
      }
      record.status = status
      res.writeHead(status, headers)
      headersSent = true
      const body = pending.subarray(end + sep)
      if (body.length) res.write(body)
    })
    child.on('error', error => {
      if (!headersSent) {
        headersSent = true
        plain(res, 500, `git http-backend failed to start: ${String(error)}\n`)
      }
    })
    child.on('close', code => {
      if (!headersSent) {
        record.status = 500
        plain(
          res,
          500,
          `git http-backend exited with ${code}: ${Buffer.concat(stderr).toString('utf8')}`
        )
        return
      }
      res.end()
    })
  }
}
