// Who the fix engine's commits are by: one identity for both fixing actions.
import type {GitAuthor} from '../edges/workspace/index.js'

export const BOT_AUTHOR: GitAuthor = {
  name: 'ci-medic[bot]',
  email: 'ci-medic@users.noreply.github.com'
}
