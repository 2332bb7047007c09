// fast-check generators of individual and collective records (shared by the property tests).
import fc from 'fast-check'
import type { CollectiveRecordInput, IndividualRecordInput } from 'hanhchinh/emulation'

const rating = fc.constantFrom('hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh', 'khong-hoan-thanh' as const)
const title = fc.constantFrom('lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh' as const)
const commendation = fc.record({
  award: fc.constantFrom('bang-khen-chu-tich-ubnd-tinh', 'bang-khen-bo-nganh', 'bang-khen-thu-tuong' as const),
  nature: fc.constantFrom('cong-trang', 'cong-trang', 'chuyen-de', 'dot-xuat' as const),
})
const initiative = fc.record({ level: fc.constantFrom('co-so', 'cap-tinh', 'toan-quoc' as const), scope: fc.constantFrom('co-so', 'cap-tinh', 'toan-quoc' as const) })
const discipline = fc.record({ form: fc.constantFrom('khien-trach', 'canh-cao', 'ha-bac-luong', 'cach-chuc' as const), dutyRelated: fc.boolean() })

export const individualYear = fc.record(
  {
    rating,
    titles: fc.uniqueArray(title, { maxLength: 3 }),
    commendations: fc.array(commendation, { maxLength: 1 }),
    initiatives: fc.array(initiative, { maxLength: 2 }),
    leave: fc.oneof(fc.record({ maternityMonths: fc.constant(0), otherMonths: fc.constantFrom(0, 0, 1, 4, 7) }), fc.record({ maternityMonths: fc.constant(6), otherMonths: fc.constantFrom(0, 1, 4) })),
    discipline: fc.array(discipline, { maxLength: 1 }),
  },
  { requiredKeys: ['rating', 'titles'] },
)

export const individualRecord: fc.Arbitrary<IndividualRecordInput> = fc
  .record({
    first: fc.integer({ min: 2012, max: 2024 }),
    years: fc.array(individualYear, { minLength: 1, maxLength: 10 }),
    recruitedMonth: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  })
  .map(({ first, years, recruitedMonth }) => {
    const rec: IndividualRecordInput = { kind: 'individual', years: Object.fromEntries(years.map((y, i) => [first + i, y])) }
    if (recruitedMonth !== undefined) rec.recruitedOn = `${first}-${String(recruitedMonth).padStart(2, '0')}-01`
    return rec
  })

export const collectiveRecord: fc.Arbitrary<CollectiveRecordInput> = fc
  .record({
    year: fc.integer({ min: 2015, max: 2026 }),
    members: fc.integer({ min: 1, max: 60 }),
    ldttShare: fc.double({ min: 0, max: 1, noNaN: true }),
    cstdShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    allDone: fc.boolean(),
    rating,
    disciplined: fc.array(fc.constantFrom('khien-trach', 'canh-cao', 'giang-chuc' as const), { maxLength: 2 }),
  })
  .map(({ year, members, ldttShare, cstdShare, allDone, rating: r, disciplined }) => {
    const laoDongTienTien = Math.floor(members * ldttShare)
    return {
      kind: 'collective' as const,
      years: {
        [year]: {
          members,
          laoDongTienTien,
          chienSiThiDuaCoSo: Math.floor(laoDongTienTien * cstdShare),
          tasksCompleted: allDone ? members : members - 1,
          rating: r,
          disciplinedMembers: disciplined.map((form) => ({ form })),
        },
      },
    }
  })
