// Who a fix PR asks for review: the `reviewers` and `team-reviewers` inputs,
// plus the CODEOWNERS owners of the files it touches when
// `request-codeowners` is on. Each once, never the PR's author (GitHub
// refuses a review request to the author, and the author is the bot), and a
// team only of the repository's own organization (GitHub can request no
// other); the logins and slugs GitHub's API takes, without the `@`.

export interface ReviewSettings {
  /** Logins, as given (an `@` in front is allowed). */
  reviewers: string[]
  /** Team slugs, `slug`, `org/slug` or `@org/slug`. */
  teamReviewers: string[]
  /** Also request the CODEOWNERS owners of the touched files. */
  requestCodeowners: boolean
}

export interface ReviewRequest {
  reviewers: string[]
  teamReviewers: string[]
}

export interface ReviewRequestInput {
  settings: Pick<ReviewSettings, 'reviewers' | 'teamReviewers'>
  /** CODEOWNERS owners of the touched files (`@user`, `@org/team`). */
  owners?: readonly string[]
  /** The repository's owner: only its teams can be requested. */
  repoOwner: string
  /** The PR's author, never requested. */
  author?: string
}

export interface PlannedReviewRequest {
  request: ReviewRequest
  /** Owners left out, each with why (for one info line). */
  leftOut: string[]
}

const key = (login: string): string => login.toLowerCase().replace(/\[bot\]$/, '')

/** The request to send, from the settings and the owners; empty when there is no one to ask. */
export function planReviewRequest(input: ReviewRequestInput): PlannedReviewRequest {
  const reviewers = new Map<string, string>()
  const teams = new Map<string, string>()
  const leftOut: string[] = []
  const author = input.author === undefined ? undefined : key(input.author)
  const addUser = (login: string): void => {
    const name = login.replace(/^@/, '')
    if (author !== undefined && key(name) === author) {
      leftOut.push(`${name} (the PR's author)`)
      return
    }
    if (!reviewers.has(key(name))) reviewers.set(key(name), name)
  }
  const addTeam = (team: string): void => {
    const name = team.replace(/^@/, '')
    const slash = name.indexOf('/')
    const org = slash >= 0 ? name.slice(0, slash) : input.repoOwner
    const slug = slash >= 0 ? name.slice(slash + 1) : name
    if (org.toLowerCase() !== input.repoOwner.toLowerCase()) {
      leftOut.push(`@${name} (a team of another organization than ${input.repoOwner})`)
      return
    }
    if (!teams.has(slug.toLowerCase())) teams.set(slug.toLowerCase(), slug)
  }
  input.settings.reviewers.forEach(addUser)
  input.settings.teamReviewers.forEach(addTeam)
  for (const owner of input.owners ?? []) {
    if (owner.includes('/')) addTeam(owner)
    else addUser(owner)
  }
  return {
    request: {reviewers: [...reviewers.values()], teamReviewers: [...teams.values()]},
    leftOut
  }
}

export function isEmptyRequest(request: ReviewRequest): boolean {
  return request.reviewers.length === 0 && request.teamReviewers.length === 0
}
