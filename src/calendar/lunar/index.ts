// The Vietnamese lunar calendar (âm lịch): conversion between Gregorian and
// lunar dates, Tết, month lengths, leap months and can chi year names,
// computed from astronomy for UTC+07:00 (1900-01-01 to 2199-12-31).
// Re-exported by src/calendar/index.ts (`hanhchinh/calendar`).
export * from './schema.js'
export * from './convert.js'
export * from './can-chi.js'
