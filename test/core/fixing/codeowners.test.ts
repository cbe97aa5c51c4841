// CODEOWNERS as GitHub reads it, and who a fix PR asks for review.
import {describe, expect, it} from 'vitest'
import {ownersOf, ownersOfFile, parseCodeowners} from '../../../src/core/fixing/codeowners.js'
import {planReviewRequest} from '../../../src/core/fixing/review-request.js'

// GitHub's documented example file (docs.github.com, "About code owners"), trimmed.
const GITHUB_EXAMPLE = `# This is a comment.
*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
`

describe('parseCodeowners and ownersOfFile: GitHub semantics, last matching rule wins', () => {
  const codeowners = parseCodeowners(GITHUB_EXAMPLE)

  it('reads every line of the documented example without problems', () => {
    expect(codeowners.problems).toEqual([])
    expect(codeowners.rules).toHaveLength(12)
  })

  it.each([
    ['README.md', ['@global-owner1', '@global-owner2']],
    ['src/index.js', ['@js-owner']],
    ['deep/nested/file.js', ['@js-owner']],
    // An e-mail owner cannot be asked for review: the file is owned, but by no one we can request.
    ['cmd/main.go', []],
    ['notes/todo.txt', ['@octo-org/octocats']],
    ['build/logs/today.log', ['@octocat']],
    ['docs/getting-started.md', ['@doctocat']],
    ['scripts/deploy.sh', ['@doctocat', '@octocat']],
    ['web/apps/main.ts', ['@octocat']],
    ['deeply/nested/logs/x.log', ['@octocat']],
    ['apps/web/index.ts', ['@octocat']],
    // A later line with no owners leaves its files unowned.
    ['apps/github/index.ts', []]
  ])('%s → %j', (path, owners) => {
    expect(ownersOfFile(codeowners, path)).toEqual(owners)
  })

  it('`dir/*` owns the files directly in dir only; a name without a slash matches at any depth', () => {
    const rules = parseCodeowners('docs/* @docs\nMakefile @build\n/src/ @core\n')
    expect(ownersOfFile(rules, 'docs/a.md')).toEqual(['@docs'])
    expect(ownersOfFile(rules, 'docs/deep/a.md')).toEqual([])
    expect(ownersOfFile(rules, 'Makefile')).toEqual(['@build'])
    expect(ownersOfFile(rules, 'tools/Makefile')).toEqual(['@build'])
    expect(ownersOfFile(rules, 'src/a/b.ts')).toEqual(['@core'])
    expect(ownersOfFile(rules, 'lib/src/b.ts')).toEqual([])
    expect(ownersOfFile(rules, '.github/workflows/ci.yml')).toEqual([])
  })

  it('matches dot files and is case-sensitive, as GitHub is', () => {
    const rules = parseCodeowners('*.ts @ts\n/.config/ @cfg\n')
    expect(ownersOfFile(rules, '.config/x.json')).toEqual(['@cfg'])
    expect(ownersOfFile(rules, 'src/.hidden.ts')).toEqual(['@ts'])
    expect(ownersOfFile(rules, 'src/A.TS')).toEqual([])
  })

  it('skips the lines GitHub skips, each with one sentence naming the line and the fix', () => {
    const parsed = parseCodeowners(
      '* @all\n!secret.txt @nobody\nsrc/[ab].ts @ranges\nlib/ owner-without-at\n\n   \n# ok\n',
      '.github/CODEOWNERS'
    )
    expect(parsed.rules.map(r => r.line)).toEqual([1])
    expect(parsed.problems).toEqual([
      '.github/CODEOWNERS line 2 was skipped: GitHub does not support `!` negation in CODEOWNERS.',
      '.github/CODEOWNERS line 3 was skipped: GitHub does not support `[ ]` character ranges in CODEOWNERS.',
      '.github/CODEOWNERS line 4 was skipped: "owner-without-at" is not an owner (write @user, @org/team or an e-mail address).'
    ])
    // The skipped lines change nothing: the earlier rule still owns those files.
    expect(ownersOfFile(parsed, 'lib/x.ts')).toEqual(['@all'])
  })

  it('ownersOf: the owners of all touched files, each once, case-insensitively', () => {
    const rules = parseCodeowners('*.ts @Alice @octo-org/backend\n/test/ @alice @bob\n')
    expect(ownersOf(rules, ['src/a.ts', 'test/a.test.ts', './src/b.ts'])).toEqual([
      '@Alice',
      '@octo-org/backend',
      '@bob'
    ])
  })
})

describe('planReviewRequest', () => {
  it('merges the inputs and the owners, each once, without the author, teams of the repository owner only', () => {
    const plan = planReviewRequest({
      settings: {reviewers: ['@alice', 'Bob'], teamReviewers: ['backend', 'octo-org/SRE']},
      owners: ['@bob', '@github-actions', '@octo-org/backend', '@other-org/web', '@carol'],
      repoOwner: 'octo-org',
      author: 'github-actions[bot]'
    })
    expect(plan.request).toEqual({
      reviewers: ['alice', 'Bob', 'carol'],
      teamReviewers: ['backend', 'SRE']
    })
    expect(plan.leftOut).toEqual([
      "github-actions (the PR's author)",
      '@other-org/web (a team of another organization than octo-org)'
    ])
  })

  it('asks no one when nothing is configured', () => {
    const plan = planReviewRequest({
      settings: {reviewers: [], teamReviewers: []},
      repoOwner: 'acme'
    })
    expect(plan.request).toEqual({reviewers: [], teamReviewers: []})
  })
})
