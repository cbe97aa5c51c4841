// A user's permission on the repository, as a feature build asks before it
// trusts an `issues: labeled` event: GET /collaborators/{username}/permission.
// The owner is admin, a collaborator (state.addCollaborator) has write, and
// anyone else reads (a public repository); setRepoRole gives a user another
// role (`none`: no access, as for a private repository's stranger). The
// issue timeline's `fake.timeline.setPermission` sets it too. `permission`
// is GitHub's legacy role (maintain → write, triage → read); `role_name` is
// the role itself.
import type {GitHubState} from '../state.js'
import {docs, json, type RouteContext} from './context.js'

export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

const roles = new WeakMap<GitHubState, Map<string, RepoRole>>()

/** Gives `login` a role on the fake's repository (e.g. `read` for someone who may only label). */
export function setRepoRole(state: GitHubState, login: string, role: RepoRole): void {
  const map = roles.get(state) ?? new Map<string, RepoRole>()
  map.set(login.toLowerCase(), role)
  roles.set(state, map)
  if (role !== 'read' && role !== 'none') state.addCollaborator(login)
}

function roleOf(state: GitHubState, login: string): RepoRole {
  const set = roles.get(state)?.get(login.toLowerCase())
  if (set) return set
  if (login.toLowerCase() === state.owner.toLowerCase()) return 'admin'
  return state.collaborators.has(login.toLowerCase()) ? 'write' : 'read'
}

const LEGACY: Record<RepoRole, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none'
}

export function registerCollaboratorRoutes(ctx: RouteContext): void {
  const {server, state, shapes} = ctx
  server.api(
    'GET',
    '/repos/:owner/:repo/collaborators/:username/permission',
    {docs: docs('collaborators/collaborators#get-repository-permissions-for-a-user')},
    req => {
      const login = req.params.username ?? ''
      const role = roleOf(state, login)
      const user = shapes.user(state.user(login))
      return json(200, {
        permission: LEGACY[role],
        role_name: role,
        user: {
          ...user,
          permissions: {
            admin: role === 'admin',
            maintain: role === 'admin' || role === 'maintain',
            push: LEGACY[role] === 'admin' || LEGACY[role] === 'write',
            triage: role !== 'read' && role !== 'none',
            pull: role !== 'none'
          },
          role_name: role
        }
      })
    }
  )
}
