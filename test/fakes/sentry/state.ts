// In-memory state of the fake Sentry: one organization, its projects,
// issues with their events, releases, and what clients changed (status
// updates, notes).
import {
  buildEvent,
  buildIssue,
  buildRelease,
  DEFAULT_PROJECT,
  isoMicros,
  issueFieldsFromEvent,
  shortIdFor,
  type BuildEventOptions,
  type BuildIssueOptions,
  type BuildReleaseOptions,
  type SentryEvent,
  type SentryIssue,
  type SentryProject,
  type SentryRelease,
  type SentryUser
} from './builders.js'

export interface SentryActivity {
  id: string
  user: SentryUser | null
  sentry_app: Record<string, unknown> | null
  type: string
  data: Record<string, unknown>
  dateCreated: string
}

export interface StoredIssue {
  issue: SentryIssue
  /** Oldest first. */
  events: SentryEvent[]
  /** Environments the issue was seen in (from its events). */
  environments: string[]
  /** Releases the issue was seen in (from its events). */
  releases: string[]
  activity: SentryActivity[]
}

export interface StatusUpdate {
  issueId: string
  shortId: string
  /** The PUT body as sent. */
  body: Record<string, unknown>
  status: SentryIssue['status']
  statusDetails: Record<string, unknown>
  token: string
  at: string
}

export interface RecordedNote extends SentryActivity {
  issueId: string
  text: string
  token: string
}

/** `addIssue` input: builder overrides plus the issue's events. */
export interface AddIssueInput extends BuildIssueOptions {
  /** Built events (kept as they are) or event options (built for this issue). Oldest first. */
  events?: (SentryEvent | BuildEventOptions)[]
  /** Environment of events built here (default `production`). */
  environment?: string
  /** Project id or slug instead of a project object. */
  projectRef?: string
}

function isBuiltEvent(e: SentryEvent | BuildEventOptions): e is SentryEvent {
  return typeof (e as SentryEvent).eventID === 'string' && Array.isArray((e as SentryEvent).entries)
}

export class SentryState {
  readonly projects: SentryProject[]
  readonly issues: StoredIssue[] = []
  readonly releases: SentryRelease[] = []
  readonly statusUpdates: StatusUpdate[] = []
  readonly notes: RecordedNote[] = []
  private readonly shortIdCounters = new Map<string, number>()
  private activitySeq = 7_000_000_000

  constructor(
    readonly org: {slug: string; id: string; name: string},
    projects: SentryProject[],
    private readonly clock: () => number,
    private readonly baseUrl: () => string
  ) {
    this.projects = projects.length ? projects : [DEFAULT_PROJECT]
  }

  project(idOrSlug: string): SentryProject | undefined {
    return this.projects.find(p => p.id === idOrSlug || p.slug === idOrSlug)
  }

  /** Adds an issue (and its events); returns the stored list-shaped issue. */
  addIssue(input: AddIssueInput = {}): SentryIssue {
    const {events: eventInputs, environment, projectRef, ...issueOptions} = input
    const project =
      issueOptions.project ??
      (projectRef ? this.project(projectRef) : undefined) ??
      this.projects[0] ??
      DEFAULT_PROJECT
    if (projectRef && !this.project(projectRef))
      throw new Error(`fake Sentry: unknown project ${projectRef}`)
    const now = issueOptions.now ?? this.clock()
    const counter = (this.shortIdCounters.get(project.slug) ?? 0) + 1
    this.shortIdCounters.set(project.slug, counter)

    const latestInput = eventInputs?.[eventInputs.length - 1]
    const fromEvent =
      latestInput && isBuiltEvent(latestInput) ? issueFieldsFromEvent(latestInput) : {}
    const issue = buildIssue({
      now,
      org: this.org.slug,
      baseUrl: this.baseUrl(),
      ...fromEvent,
      ...issueOptions,
      project,
      shortId: issueOptions.shortId ?? shortIdFor(project.slug, counter)
    })
    if (!issueOptions.permalink) {
      issue.permalink = `${this.baseUrl()}/organizations/${this.org.slug}/issues/${issue.id}/`
    }

    const inputs = eventInputs ?? [{}]
    const lastSeenMs = Date.parse(issue.lastSeen)
    const events = inputs.map((e, i) => {
      if (isBuiltEvent(e)) return {...e, groupID: issue.id, projectID: project.id}
      const options: BuildEventOptions = {
        type: issue.metadata.type,
        value: issue.metadata.value,
        handled: !issue.isUnhandled,
        level: issue.level,
        environment,
        dateCreated: lastSeenMs - (inputs.length - 1 - i) * 600_000,
        ...e
      }
      return buildEvent({...options, groupID: issue.id, project})
    })
    if (!eventInputs?.length || !isBuiltEvent(eventInputs[eventInputs.length - 1]!)) {
      // keep the issue's metadata consistent with its latest built event
      const latest = events[events.length - 1]
      if (latest && !issueOptions.metadata?.in_app_frame_mix) {
        issue.metadata.in_app_frame_mix = latest.metadata.in_app_frame_mix
      }
    }
    linkEvents(events)

    const stored: StoredIssue = {
      issue,
      events,
      environments: unique(events.map(e => tag(e, 'environment')).filter(isString)),
      releases: unique(events.map(e => tag(e, 'release')).filter(isString)),
      activity: [
        {
          id: this.nextActivityId(),
          user: null,
          sentry_app: null,
          type: 'first_seen',
          data: {priority: issue.priority},
          dateCreated: issue.firstSeen
        }
      ]
    }
    this.issues.push(stored)
    return issue
  }

  /** Appends an event to an issue (it becomes the latest). */
  addEvent(issueIdOrShortId: string, event: SentryEvent | BuildEventOptions = {}): SentryEvent {
    const stored = this.find(issueIdOrShortId)
    if (!stored) throw new Error(`fake Sentry: unknown issue ${issueIdOrShortId}`)
    const project = stored.issue.project
    const built = isBuiltEvent(event)
      ? {...event, groupID: stored.issue.id, projectID: project.id}
      : buildEvent({
          type: stored.issue.metadata.type,
          value: stored.issue.metadata.value,
          dateCreated: this.clock(),
          ...event,
          groupID: stored.issue.id,
          project
        })
    stored.events.push(built)
    linkEvents(stored.events)
    for (const [list, key] of [
      [stored.environments, 'environment'],
      [stored.releases, 'release']
    ] as const) {
      const value = tag(built, key)
      if (value && !list.includes(value)) list.push(value)
    }
    return built
  }

  addRelease(options: BuildReleaseOptions | SentryRelease = {}): SentryRelease {
    const project =
      'project' in options && options.project
        ? options.project
        : (this.projects[0] ?? DEFAULT_PROJECT)
    const release =
      'id' in options && typeof options.id === 'number' && 'versionInfo' in options
        ? (options as SentryRelease)
        : buildRelease({project, ...(options as BuildReleaseOptions)})
    this.releases.push(release)
    return release
  }

  release(version: string): SentryRelease | undefined {
    return this.releases.find(r => r.version === version)
  }

  /** By numeric id or short id (case-insensitive, as Sentry's org routes accept). */
  find(idOrShortId: string): StoredIssue | undefined {
    return this.issues.find(
      s => s.issue.id === idOrShortId || s.issue.shortId.toUpperCase() === idOrShortId.toUpperCase()
    )
  }

  /** The current list-shaped issue (status changes applied). */
  issue(idOrShortId: string): SentryIssue | undefined {
    return this.find(idOrShortId)?.issue
  }

  updatesFor(idOrShortId: string): StatusUpdate[] {
    const id = this.find(idOrShortId)?.issue.id
    return this.statusUpdates.filter(u => u.issueId === id)
  }

  notesFor(idOrShortId: string): RecordedNote[] {
    const id = this.find(idOrShortId)?.issue.id
    return this.notes.filter(n => n.issueId === id)
  }

  nextActivityId(): string {
    this.activitySeq += 1
    return String(this.activitySeq)
  }

  now(): number {
    return this.clock()
  }

  nowIso(): string {
    return isoMicros(this.clock())
  }
}

function linkEvents(events: SentryEvent[]): void {
  events.sort((a, b) => Date.parse(a.dateCreated) - Date.parse(b.dateCreated))
  events.forEach((e, i) => {
    e.previousEventID = events[i - 1]?.eventID ?? null
    e.nextEventID = events[i + 1]?.eventID ?? null
  })
}

export function tag(event: SentryEvent, key: string): string | undefined {
  return event.tags.find(t => t.key === key)?.value
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}

function isString(v: string | undefined): v is string {
  return typeof v === 'string'
}
