// GET /user: who the token is. GitHub answers a personal access token with
// its user, and refuses an installation token (the workflow's GITHUB_TOKEN, a
// GitHub App's token) with 403 "Resource not accessible by integration" (as
// quoted in actions/create-github-app-token#258). The token's identity is
// `state.setTokenIdentity` (GraphQL `viewer` answers it for both kinds).
import {notAccessibleByIntegration} from '../errors.js'
import {docs, json, type RouteContext} from './context.js'

export function registerUserRoutes(ctx: RouteContext): void {
  const {server, state, shapes} = ctx
  const userDocs = docs('users/users#get-the-authenticated-user')
  server.api('GET', '/user', {docs: userDocs}, req => {
    const identity = state.identityOf(req.token)
    if (identity.kind === 'installation') return notAccessibleByIntegration(userDocs)
    // The public-user shape: the simple user plus the profile (empty here).
    return json(200, {
      ...shapes.user(state.user(identity.login)),
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2024-01-02T03:04:05Z',
      updated_at: '2024-01-02T03:04:05Z'
    })
  })
}
