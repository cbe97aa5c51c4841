// The fix engine's fixed limits, each with one home and a name that says
// what it bounds. The budgets a user sets (tokens, cost, minutes, attempts,
// files) are settings; these are the engine's own.

/** Tool round trips in one model session before it is cut off. */
export const MAX_TURNS = 30
/** max_tokens of one model call (raised when thinking is on: see THINKING_BUDGET). */
export const MAX_OUTPUT_TOKENS = 8192
/** budget_tokens of extended thinking on the escalation attempt. */
export const THINKING_BUDGET = 4096
/** An attempt is started only with this much of the time budget left. */
export const ATTEMPT_TIME_RESERVE_MS = 60_000
/** Files of a failure's stack trace (or a group's frames) shown in the prompt. */
export const FILES_IN_PROMPT = 6
/** What run_affected_test shows the model of a failing run: the output's tail. */
export const TOOL_OUTPUT_TAIL = 6000
/** What the model is told of a failing run when an attempt is rejected. */
export const FEEDBACK_TAIL = 3000
/** Per failing check, when the full checks reject an attempt. */
export const FEEDBACK_TAIL_PER_CHECK = 2000
/** The model's last words kept when it changed nothing. */
export const MODEL_NOTE_CHARS = 500
/** A failing check nothing could parse keeps this much of its output as the excerpt. */
export const CHECK_OUTPUT_TAIL = 16 * 1024
/** A reproduction test's failing output kept for the PR body. */
export const REPRODUCTION_OUTPUT_TAIL = 6000
