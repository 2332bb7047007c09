/** What a call gives: its value, or the name and message of what it threw (to compare two ways of computing). */
export function outcome(f: () => unknown): unknown {
  try {
    return f()
  } catch (e) {
    return { error: (e as Error).name, message: (e as Error).message }
  }
}
