import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatTimeOfDay, formatVietnamDateTime, InstantSchema, parseTimeOfDay, toEpochMs, toVietnamTime, vietnamEpochMs } from 'hanhchinh/core'

describe('instants in Vietnam time', () => {
  it('reads the civil date and time in UTC+07:00 whatever the offset written', () => {
    // 15:30 in Hà Nội, written three ways
    for (const t of ['2024-04-26T15:30:00+07:00', '2024-04-26T08:30:00Z', '2024-04-26T01:30:00-07:00', new Date(Date.UTC(2024, 3, 26, 8, 30))]) {
      expect(toVietnamTime(t)).toMatchObject({ date: '2024-04-26', minuteOfDay: 15 * 60 + 30 })
    }
    // 23:30 UTC on the 16th is already Tết (17/02/2026) in Vietnam
    expect(toVietnamTime('2026-02-16T17:30:00Z').date).toBe('2026-02-17')
  })

  it('refuses date-times without an offset and impossible ones', () => {
    expect(() => toEpochMs('2024-04-26T15:30:00')).toThrow(RangeError)
    expect(() => toEpochMs('2024-02-30T10:00:00+07:00')).toThrow(/2024-02-30/)
    expect(() => toEpochMs('2024-04-26T25:00:00+07:00')).toThrow(RangeError)
    expect(() => toEpochMs(new Date(Number.NaN), 'receivedAt')).toThrow(/receivedAt/)
    expect(() => toEpochMs(42 as unknown as string)).toThrow(TypeError)
    expect(InstantSchema.safeParse('2024-04-26').success).toBe(false)
  })

  it('formats back with +07:00 and round-trips', () => {
    expect(formatVietnamDateTime('2026-02-13T09:00:00Z')).toBe('2026-02-13T16:00:00+07:00')
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) }), (ms) => {
      const s = formatVietnamDateTime(ms)
      const { date, minuteOfDay } = toVietnamTime(s)
      return toEpochMs(s) === ms && vietnamEpochMs(date, minuteOfDay) === Math.floor(ms / 60_000) * 60_000
    }))
  })

  it('parses and formats times of day', () => {
    expect(parseTimeOfDay('07:30')).toBe(450)
    expect(parseTimeOfDay('24:00')).toBe(1440)
    expect(() => parseTimeOfDay('15h', 'cutoff')).toThrow(/cutoff/)
    expect(() => parseTimeOfDay('24:30')).toThrow(RangeError)
    expect(formatTimeOfDay(900)).toBe('15:00')
  })
})

describe('toEpochMs edge cases', () => {
  it('reads years 0–99 as themselves, not as 1900–1999', () => {
    expect(toEpochMs('0001-01-01T00:00:00Z')).toBe(Date.parse('0001-01-01T00:00:00Z'))
    expect(toEpochMs('0099-12-31T23:59:59+07:00')).toBe(Date.parse('0099-12-31T23:59:59+07:00'))
  })
  it('refuses offsets that are not offsets', () => {
    expect(() => toEpochMs('2024-10-07T09:00:00+25:00')).toThrow(RangeError)
    expect(() => toEpochMs('2024-10-07T09:00:00+07:60')).toThrow(/\+07:60/)
  })
  it('agrees with Date.parse on random instants', () => {
    fc.assert(fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
      const iso = d.toISOString()
      return toEpochMs(iso) === d.getTime()
    }))
  })
})
