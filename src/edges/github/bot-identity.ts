// Who writes ci-medic's comments. Only comments by this login are trusted
// as state: anyone can paste a marker into a comment of their own.
import type {GitHubClient} from './client.js'

/** The login of the workflow token's bot, the author of everything GITHUB_TOKEN writes. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * The login the token writes as: a PAT's user, else (GITHUB_TOKEN and app
 * tokens cannot call GET /user) the Actions bot.
 */
export async function resolveBotLogin(client: GitHubClient): Promise<string> {
  try {
    const {data} = await client.rest.users.getAuthenticated()
    return data.login
  } catch {
    return ACTIONS_BOT_LOGIN
  }
}
