/**
 * The school's 2026 foreign-information plan as tasks, and a few entries of the two registers, so
 * the plan and report screens are not empty. Demo data: the units and documents are the school's
 * usual ones, the press cases and the visit are made up.
 */
import type { Payload } from 'payload'

import type { PlanArea } from '../../src/constants'

type Id = number | string

type Task = {
  code: string
  area: PlanArea
  title: string
  responsibleUnit: string
  coordinatingUnits?: string[]
  recurrence: 'each-holiday' | 'monthly' | 'once' | 'quarterly' | 'school-year'
  deadline?: string
  status: 'done' | 'in-progress' | 'not-started'
  occasions?: Array<{ date: string; name: string }>
}

/** The holidays and anniversaries of 2026 the plan names. */
const HOLIDAYS_2026 = [
  { date: '2026-02-03', name: '96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2026)' },
  { date: '2026-02-17', name: 'Tết Nguyên đán Bính Ngọ' },
  { date: '2026-03-26', name: '95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2026)' },
  { date: '2026-04-30', name: '51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2026)' },
  { date: '2026-05-19', name: '136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2026)' },
  { date: '2026-09-02', name: '81 năm Cách mạng tháng Tám và Quốc khánh 2/9' },
  { date: '2026-10-30', name: '63 năm Ngày thành lập tỉnh Quảng Ninh (30/10/1963 – 30/10/2026)' },
  { date: '2026-11-20', name: 'Ngày Nhà giáo Việt Nam 20/11' },
]

export const PLAN_2026: Task[] = [
  {
    area: 'resolution-47',
    code: '1.1',
    deadline: '2026-03-31',
    recurrence: 'once',
    responsibleUnit: 'Ban Giám hiệu',
    coordinatingUnits: ['Công đoàn', 'Đoàn Thanh niên'],
    status: 'done',
    title: 'Quán triệt Nghị quyết 47/NQ-CP và kế hoạch thông tin đối ngoại năm 2026 tới cán bộ, giáo viên',
  },
  {
    area: 'resolution-47',
    code: '1.1.2',
    recurrence: 'monthly',
    responsibleUnit: 'Tổ Văn phòng',
    status: 'in-progress',
    title: 'Cập nhật tin, bài song ngữ Việt – Anh trên cổng thông tin nhà trường hằng tháng',
  },
  {
    area: 'human-rights',
    code: '1.2',
    deadline: '2026-05-31',
    recurrence: 'once',
    responsibleUnit: 'Tổ Giáo dục kinh tế và pháp luật',
    coordinatingUnits: ['Đoàn Thanh niên'],
    status: 'done',
    title: 'Lồng ghép giáo dục quyền con người, quyền trẻ em trong các tiết học và hoạt động ngoại khóa',
  },
  {
    area: 'human-rights',
    code: '1.3',
    recurrence: 'school-year',
    responsibleUnit: 'Ban Giám hiệu',
    coordinatingUnits: ['Đoàn Thanh niên', 'Tổ Tin học'],
    status: 'in-progress',
    title: 'Theo dõi thông tin về nhà trường, ngành và tỉnh trên báo chí, mạng xã hội; báo cáo và phản bác thông tin sai lệch, xuyên tạc',
  },
  {
    area: 'vietnam-vn',
    code: '1.4',
    recurrence: 'school-year',
    responsibleUnit: 'Ban Giám hiệu',
    coordinatingUnits: ['Tổ Ngoại ngữ'],
    status: 'in-progress',
    title: 'Quản lý hoạt động của phóng viên nước ngoài đến làm việc tại trường (xin phép, tháp tùng, cung cấp thông tin)',
  },
  {
    area: 'vietnam-vn',
    code: '1.4.2',
    deadline: '2026-06-30',
    recurrence: 'quarterly',
    responsibleUnit: 'Tổ Ngoại ngữ',
    status: 'in-progress',
    title: 'Giới thiệu tin, bài tiêu biểu của nhà trường tới Cổng thông tin đối ngoại Vietnam.vn',
  },
  {
    area: 'province-image',
    code: '1.5',
    deadline: '2026-04-30',
    recurrence: 'once',
    responsibleUnit: 'Tổ Địa lý – Lịch sử',
    coordinatingUnits: ['Đoàn Thanh niên'],
    status: 'done',
    title: 'Cuộc thi "Em yêu Quảng Ninh" giới thiệu Vịnh Hạ Long và di sản của tỉnh bằng tiếng Anh',
  },
  {
    area: 'integration-sovereignty',
    code: '1.6',
    occasions: HOLIDAYS_2026,
    recurrence: 'each-holiday',
    responsibleUnit: 'Đoàn Thanh niên',
    coordinatingUnits: ['Tổ Ngữ văn'],
    status: 'in-progress',
    title: 'Tuyên truyền các ngày lễ lớn, sự kiện quan trọng năm 2026 và chủ quyền biển, đảo Việt Nam',
  },
  {
    area: 'ocop',
    code: '1.6.2',
    deadline: '2026-10-31',
    recurrence: 'once',
    responsibleUnit: 'Tổ Công nghệ',
    coordinatingUnits: ['Đoàn Thanh niên'],
    status: 'not-started',
    title: 'Giới thiệu sản phẩm OCOP Quảng Ninh qua hoạt động trải nghiệm của học sinh',
  },
  {
    area: 'resolution-47',
    code: 'II.1',
    deadline: '2026-12-15',
    recurrence: 'once',
    responsibleUnit: 'Ban Giám hiệu',
    status: 'not-started',
    title: 'Tổng kết, báo cáo kết quả thực hiện kế hoạch năm 2026 về Sở GDĐT',
  },
]

/** Seed the plan's tasks; returns the first task of each area (seeded articles are linked to it). */
export async function seedPlan(payload: Payload): Promise<Partial<Record<PlanArea, Id>>> {
  const byArea: Partial<Record<PlanArea, Id>> = {}
  for (const task of PLAN_2026) {
    const doc = await payload.create({
      collection: 'plan-tasks' as 'articles',
      data: { ...task, deadline: task.deadline ? `${task.deadline}T00:00:00.000Z` : null, year: 2026 } as never,
      overrideAccess: true,
    })
    byArea[task.area] ??= doc.id
  }
  return byArea
}

/** Two press-monitoring cases and one foreign-press visit (made up). */
export async function seedRegisters(payload: Payload, responseArticle: Id | undefined): Promise<void> {
  await payload.create({
    collection: 'press-monitoring' as 'articles',
    data: {
      actionDetails: 'Báo cáo Sở GDĐT; đăng bài đính chính trên cổng thông tin nhà trường.',
      actionTaken: 'response-published',
      assessment: 'inaccurate',
      foundAt: '2025-11-20T00:00:00.000Z',
      platform: 'facebook',
      reportedAt: '2025-11-21T00:00:00.000Z',
      reportedTo: 'Sở GDĐT Quảng Ninh',
      responseArticle: responseArticle ?? null,
      status: 'resolved',
      summary: 'Một trang cá nhân đăng sai về việc thu tiền học thêm của nhà trường.',
      topic: 'Thông tin sai về khoản thu',
      url: 'https://www.facebook.com/example/posts/1',
    } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'press-monitoring' as 'articles',
    data: {
      actionTaken: 'reported',
      assessment: 'distorted',
      foundAt: '2025-12-01T00:00:00.000Z',
      platform: 'tiktok',
      reportedAt: '2025-12-02T00:00:00.000Z',
      reportedTo: 'Công an tỉnh Quảng Ninh',
      status: 'reported',
      summary: 'Video cắt ghép hình ảnh lễ chào cờ kèm bình luận xuyên tạc về chủ quyền biển, đảo.',
      topic: 'Video xuyên tạc về chủ quyền biển, đảo',
      url: 'https://www.tiktok.com/@example/video/1',
    } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'foreign-press-visits' as 'articles',
    data: {
      country: 'Hàn Quốc',
      endDate: '2025-11-13T00:00:00.000Z',
      escort: 'Cô Nguyễn Thị Hoa, Tổ Ngoại ngữ',
      materialsProvided: 'Giới thiệu chương trình trao đổi học sinh; tài liệu song ngữ về nhà trường.',
      outlet: 'Korea Education Daily',
      permissionReference: 'Công văn số 1234/SGDĐT-VP ngày 05/11/2025 của Sở GDĐT Quảng Ninh',
      publications: [{ title: 'A Vietnamese high school by Ha Long Bay', url: 'https://news.example.kr/2025/11/ha-long-school' }],
      purpose: 'Tìm hiểu chương trình giao lưu học sinh với trường kết nghĩa tại Hàn Quốc.',
      reporters: ['Kim Min-jun', 'Lee Seo-yeon'],
      spokespersonPresent: true,
      startDate: '2025-11-12T00:00:00.000Z',
    } as never,
    overrideAccess: true,
  })
}
