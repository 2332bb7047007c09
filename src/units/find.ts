// Name search shared by the readers of hanhchinh/units. Internal (not exported by the entry).
import { describeValue } from '../core/errors.js'
import { accept, refuse } from '../core/parse-result.js'
import { listNames, provinceFilter, searchAnywhere, searchUnits } from './query.js'
import { MAX_UNIT_NAME_LENGTH, type CommuneFailure, type CommuneResult } from './resolve.js'
import type { AdministrativeUnit, ProvinceInput, UnitLevel } from './schema.js'
import { unitKey } from './text.js'

export function failure(vi: string, en: string, code: CommuneFailure['code'], candidates: readonly AdministrativeUnit[] = []): CommuneFailure {
  return Object.freeze({ ...refuse(vi, en, code), code, candidates: Object.freeze([...candidates]) })
}

/** Find one unit by its name among `levels`, in the periods and province asked. */
export function findByName(
  name: unknown,
  levels: ReadonlySet<UnitLevel>,
  options: { province?: ProvinceInput | undefined; date?: string | undefined; periods: readonly ('before' | 'after')[] },
  what: { vi: string; en: string },
): CommuneResult {
  if (typeof name !== 'string') {
    return failure(`Cần tên ${what.vi} (chuỗi chữ), nhận được ${describeValue(name)}`, `Expected the text of a ${what.en} name, received ${describeValue(name)}`, 'not-text')
  }
  if (name.length > MAX_UNIT_NAME_LENGTH) {
    return failure(
      `Tên ${what.vi} dài ${name.length} ký tự, quá ${MAX_UNIT_NAME_LENGTH} ký tự`,
      `The ${what.en} name has ${name.length} characters, more than ${MAX_UNIT_NAME_LENGTH}`,
      'too-long',
    )
  }
  if (unitKey(name) === '') return failure(`Chưa nhập tên ${what.vi}`, `Empty ${what.en} name`, 'empty')
  const filter = provinceFilter(options.province, options.periods)
  if (!filter.ok) return failure(filter.reason.vi, filter.reason.en, 'unknown-province')
  const found = searchUnits(name, { levels, periods: options.periods, date: options.date, provinces: filter.codes })
  if (found.length === 1) return accept(found[0]!)
  if (found.length === 0) {
    const elsewhere = searchAnywhere(name, levels)
    const where = options.date ? ` (${options.date})` : ''
    return failure(
      `Không có ${what.vi} "${name}"${where}${elsewhere.length ? `; tên này thuộc: ${listNames(elsewhere, 'vi')}` : ''}`,
      `Unknown ${what.en} "${name}"${where}${elsewhere.length ? `; this name belongs to: ${listNames(elsewhere, 'en')}` : ''}`,
      'unknown',
      elsewhere,
    )
  }
  return failure(
    `Tên "${name}" không rõ, có thể là: ${listNames(found, 'vi')} — hãy ghi rõ tỉnh, thành phố (hoặc loại đơn vị)`,
    `Ambiguous ${what.en} "${name}": could be ${listNames(found, 'en')} — give the province (or the kind of unit)`,
    'ambiguous',
    found,
  )
}

