import { describeValue, invalidArgument, wrongType } from './errors.js'

/**
 * Read an options object the one way every function of the library does:
 * `undefined` means no options; anything else must be a plain object whose
 * every own key is one of `allowed`. A misspelt name (`cuttoff`, `tie`) is a
 * `RangeError` that names it, says whose option it was and lists the valid
 * names, instead of being ignored in silence. The values are returned as
 * given; checking each value stays with the function that uses it.
 *
 * @param options - what the caller passed
 * @param allowed - the option names the function understands, each set to `true`
 * @param where - the function's name, for the message (`'rank'`)
 * @returns the options object, or an empty object when none was passed
 *
 * @example
 * ```ts
 * import { readOptions } from 'hanhchinh/core'
 * const names = { ties: true, order: true } as const
 * readOptions<{ ties?: string; order?: string }>({ ties: 'dense' }, names, 'rank') //=> { ties: 'dense' }
 * readOptions<{ ties?: string; order?: string }>(undefined, names, 'rank') //=> {}
 * readOptions<{ ties?: string; order?: string }>({ tie: 'dense' } as never, names, 'rank') //=> throws RangeError: Unknown option "tie" of rank (did you mean "ties"?
 * ```
 */
export function readOptions<T extends object>(options: T | undefined, allowed: OptionNames<T>, where: string): Partial<T> {
  if (allowed === null || typeof allowed !== 'object') throw wrongType('allowed', allowed, 'an object of option names')
  if (typeof where !== 'string') throw wrongType('where', where, "the function's name")
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw wrongType(`${where} options`, options, 'an options object')
  }
  for (const key of Object.keys(options)) {
    if (!Object.prototype.hasOwnProperty.call(allowed, key)) throw unknownOption(key, Object.keys(allowed), where)
    // a throwing getter of the caller's propagates; an accessor is read once by the function itself
  }
  return options as Partial<T>
}

/**
 * The names an options type accepts, written as an object with every name
 * set to `true`: the compiler then checks that the list is complete, so an
 * option added to the type cannot be forgotten by {@link readOptions}.
 *
 * @example
 * ```ts
 * import type { OptionNames } from 'hanhchinh/core'
 * const names: OptionNames<{ ties?: string; order?: string }> = { ties: true, order: true }
 * Object.keys(names) //=> ['ties', 'order']
 * ```
 */
export type OptionNames<T> = { readonly [K in keyof T & string]-?: true }

function unknownOption(key: string, allowed: readonly string[], where: string): RangeError {
  const near = closest(key, allowed)
  const hint = near === undefined ? '' : `did you mean "${near}"? `
  const list = allowed.length === 0 ? 'it takes no options' : `valid options: ${allowed.join(', ')}`
  return new RangeError(`Unknown option ${JSON.stringify(key)} of ${where} (${hint}${list})`)
}

// Edit distance on short names only: option names are a few dozen characters at most.
function closest(key: string, names: readonly string[]): string | undefined {
  if (key.length > 64) return undefined
  let best: string | undefined
  let bestDistance = 3
  for (const name of names) {
    const d = distance(key.toLowerCase(), name.toLowerCase())
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = row
  }
  return prev[b.length]!
}

/**
 * Refuse an option that the mode the caller chose would ignore: passing it
 * shows the caller expects an effect the function will not have, so it is a
 * `RangeError` naming the option and the mode it needs, never silence.
 *
 * @param options - the options object (already read with {@link readOptions})
 * @param name - the option that would be ignored
 * @param applies - whether the chosen mode uses it
 * @param needs - the mode it needs, for the message (`"direction: 'outgoing'"`)
 * @param where - the function's name
 *
 * @example
 * ```ts
 * import { refuseIgnoredOption } from 'hanhchinh/core'
 * refuseIgnoredOption({ signedOn: '2024-01-02' }, 'signedOn', false, "direction: 'outgoing'", 'documentDeadlines')
 * //=> throws RangeError: Option "signedOn" of documentDeadlines is used only with direction: 'outgoing'
 * ```
 */
export function refuseIgnoredOption(options: object, name: string, applies: boolean, needs: string, where: string): void {
  if (options === null || typeof options !== 'object') throw wrongType('options', options, 'an options object')
  if (typeof name !== 'string') throw wrongType('name', name, 'an option name')
  if (typeof applies !== 'boolean') throw wrongType('applies', applies, 'a boolean')
  if (typeof needs !== 'string' || typeof where !== 'string') throw wrongType('needs', needs, 'the mode and the function name as strings')
  if (!Object.prototype.hasOwnProperty.call(options, name)) return
  const value = (options as Record<string, unknown>)[name]
  if (value === undefined || applies) return
  throw new RangeError(`Option ${JSON.stringify(name)} of ${where} is used only with ${needs} (received ${describeValue(value)})`)
}

/**
 * Check that an option, when given, is one of a fixed set of values, and
 * return it (or the default).
 *
 * @example
 * ```ts
 * import { readChoice } from 'hanhchinh/core'
 * readChoice(undefined, ['competition', 'dense'], 'competition', 'options.ties') //=> 'competition'
 * readChoice('skip', ['competition', 'dense'], 'competition', 'options.ties') //=> throws RangeError: Invalid options.ties: "skip"
 * ```
 */
export function readChoice<const C extends string>(value: unknown, choices: readonly C[], fallback: C, argument: string): C
export function readChoice<const C extends string>(value: unknown, choices: readonly C[], fallback: undefined, argument: string): C | undefined
export function readChoice<const C extends string>(value: unknown, choices: readonly C[], fallback: C | undefined, argument: string): C | undefined {
  if (!Array.isArray(choices)) throw wrongType('choices', choices, 'an array of the allowed values')
  if (typeof argument !== 'string') throw wrongType('argument', argument, 'the name of the argument')
  if (value === undefined) return fallback
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw invalidArgument(argument, value, `one of ${choices.map((c) => (typeof c === 'string' ? `'${c}'` : describeValue(c))).join(', ')}`)
  }
  return value as C
}
