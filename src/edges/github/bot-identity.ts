// Who writes ci-medic's comments. Only comments by this login are trusted
// as state: anyone can paste a marker into a comment of their own.
import type {GitHubClient} from './client.js'

/** The login of the workflow token's bot, the author of everything GITHUB_TOKEN writes. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * The login the token writes as: a PAT's user (GET /user); else GraphQL's
 * `viewer`, which names an installation token's bot (a GitHub App's
 * `<app-slug>[bot]`; GitHub refuses GET /user to installation tokens); else
 * the Actions bot, the author of what GITHUB_TOKEN writes.
 */
export async function resolveBotLogin(client: GitHubClient): Promise<string> {
  try {
    const {data} = await client.rest.users.getAuthenticated()
    return data.login
  } catch {
    // An installation token: ask GraphQL.
  }
  try {
    const data = await client.graphql<{viewer?: {login?: unknown} | null}>(VIEWER)
    const login = data.viewer?.login
    if (typeof login === 'string' && login !== '') return login
  } catch {
    // GraphQL unreachable or refused: the workflow token's bot, as before.
  }
  return ACTIONS_BOT_LOGIN
}

const VIEWER = 'query ciMedicViewer { viewer { login } }'
