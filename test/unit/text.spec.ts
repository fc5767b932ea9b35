import { describe, expect, it } from 'vitest'

import { compareVietnamese, foldForSearch, matchesSearch, normalizeDeep, normalizeText, slugify, sortVietnameseNames, uniqueSlug } from '../../src/text'

const nfd = (s: string) => s.normalize('NFD')

describe('slugify: Vietnamese titles become stable ASCII slugs', () => {
  it.each([
    ['Đông Triều', 'dong-trieu'],
    [nfd('Đông Triều'), 'dong-trieu'],
    ['đường Trần Hưng Đạo', 'duong-tran-hung-dao'],
    ['Lê Chân', 'le-chan'],
    [nfd('Trường THPT Lê Chân'), 'truong-thpt-le-chan'],
    ['Vịnh Hạ Long – Di sản thế giới!', 'vinh-ha-long-di-san-the-gioi'],
    ['Học sinh đạt giải Nhất 🎉🏆', 'hoc-sinh-dat-giai-nhat'],
    ['  Khoảng   trắng   thừa  ', 'khoang-trang-thua'],
    ['Ngày 30/4 & 1/5', 'ngay-30-4-1-5'],
    ['Kỳ thi HSG cấp tỉnh 2025-2026', 'ky-thi-hsg-cap-tinh-2025-2026'],
    ['Ươm mầm tài năng', 'uom-mam-tai-nang'],
    ['Quyền con người: "Bình đẳng giới"', 'quyen-con-nguoi-binh-dang-gioi'],
    ['ỨNG DỤNG AI TRONG DẠY HỌC', 'ung-dung-ai-trong-day-hoc'],
    ['Sản phẩm OCOP Quảng Ninh', 'san-pham-ocop-quang-ninh'],
    ['Chủ quyền biển, đảo: Hoàng Sa – Trường Sa', 'chu-quyen-bien-dao-hoang-sa-truong-sa'],
    ['Tết Nguyên đán Bính Ngọ', 'tet-nguyen-dan-binh-ngo'],
    ['English title stays English', 'english-title-stays-english'],
    ['Ça va? Déjà vu', 'ca-va-deja-vu'],
    ['---', ''],
    ['🎉🎉', ''],
    ['a__b..c', 'a-b-c'],
    ['Yên Tử — non thiêng', 'yen-tu-non-thieng'],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Hội thảo quốc tế về giáo dục công dân toàn cầu và chuyển đổi số trong trường trung học phổ thông năm 2026', { maxLength: 40 })
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug).toBe('hoi-thao-quoc-te-ve-giao-duc-cong-dan')
  })
})

describe('uniqueSlug: a taken slug gets -2, -3', () => {
  it('returns the base when free', async () => {
    expect(await uniqueSlug('le-chan', () => false)).toBe('le-chan')
  })
  it('adds -2 then -3', async () => {
    const taken = new Set(['le-chan', 'le-chan-2'])
    expect(await uniqueSlug('le-chan', (s) => taken.has(s))).toBe('le-chan-3')
  })
})

describe('normalizeText: decomposed text pasted from Word is stored composed', () => {
  it.each([
    [nfd('Tiếng Việt'), 'Tiếng Việt'],
    [nfd('Quảng Ninh'), 'Quảng Ninh'],
    [nfd('Ngữ văn'), 'Ngữ văn'],
  ])('%j is NFC after normalizing', (input, expected) => {
    expect(input).not.toBe(expected)
    expect(normalizeText(input)).toBe(expected)
  })

  it('normalizes every string inside a Lexical tree and keeps other values', () => {
    const date = new Date('2026-01-01T00:00:00Z')
    const tree = { root: { children: [{ text: nfd('Hạ Long'), version: 1 }], when: date, flag: true } }
    const out = normalizeDeep(tree)
    expect(out.root.children[0]!.text).toBe('Hạ Long')
    expect(out.root.when).toBe(date)
    expect(out.root.flag).toBe(true)
  })
})

describe('foldForSearch: searches ignore tone marks and đ', () => {
  it.each([
    ['Lê Chân', 'le chan'],
    ['ĐÔNG TRIỀU', 'dong trieu'],
    [nfd('Đông Triều'), 'dong trieu'],
    ['Hạ Long, Quảng Ninh!', 'ha long quang ninh'],
    ['Nguyễn Thị Ánh Tuyết', 'nguyen thi anh tuyet'],
  ])('%j folds to %j', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected)
  })

  it('"le chan" finds "Lê Chân" and "dong trieu" finds "Đông Triều"', () => {
    expect(matchesSearch('Trường THPT Lê Chân', 'le chan')).toBe(true)
    expect(matchesSearch('Gốm Đông Triều', 'dong trieu')).toBe(true)
    expect(matchesSearch('Gốm Đông Triều', 'Đông')).toBe(true)
  })

  it('does not match a word that is not there', () => {
    expect(matchesSearch('Gốm Đông Triều', 'ha long')).toBe(false)
    expect(matchesSearch('Gốm Đông Triều', '   ')).toBe(false)
  })
})

describe('Vietnamese ordering with Intl.Collator("vi")', () => {
  it('orders letters the Vietnamese way: a ă â … d đ e ê', () => {
    const words = ['Đức', 'Dũng', 'Ân', 'An', 'Ăn', 'Êm', 'Em']
    expect([...words].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'Dũng', 'Đức', 'Em', 'Êm'])
  })

  it('orders names by given name first, as school lists do', () => {
    expect(sortVietnameseNames(['Lê Thị Bình', 'Trần Văn An', 'Nguyễn Đức Anh', 'Phạm Minh Đức', 'Đỗ Văn Dũng'])).toEqual([
      'Trần Văn An',
      'Nguyễn Đức Anh',
      'Lê Thị Bình',
      'Đỗ Văn Dũng',
      'Phạm Minh Đức',
    ])
  })

  it('breaks ties on the family name', () => {
    expect(sortVietnameseNames(['Vũ Thị Hà', 'Bùi Thu Hà', 'Đặng Hà'])).toEqual(['Bùi Thu Hà', 'Đặng Hà', 'Vũ Thị Hà'])
  })
})
