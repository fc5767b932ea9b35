import type { Role } from '../../src/constants'

export type DemoAccount = {
  email: string
  key: 'admin' | 'editor' | 'editor2' | 'leader' | 'leader2' | 'translator' | 'viewer'
  name: string
  preferredLanguage: string
  roles: Role[]
  unit: string
}

/** The demo accounts of DESIGN.md. Their password is DEMO_PASSWORD (default `lechan-demo`). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@lechan.test', key: 'admin', name: 'Quản trị hệ thống', preferredLanguage: 'vi', roles: ['admin'], unit: 'Tổ Tin học' },
  { email: 'leader@lechan.test', key: 'leader', name: 'Nguyễn Văn Hùng', preferredLanguage: 'vi', roles: ['leader'], unit: 'Ban Giám hiệu – Hiệu trưởng, người phát ngôn' },
  { email: 'leader2@lechan.test', key: 'leader2', name: 'Phạm Thị Lan', preferredLanguage: 'vi', roles: ['leader'], unit: 'Ban Giám hiệu – Phó Hiệu trưởng' },
  { email: 'editor@lechan.test', key: 'editor', name: 'Trần Thu Hà', preferredLanguage: 'vi', roles: ['editor'], unit: 'Tổ Ngữ văn' },
  { email: 'editor2@lechan.test', key: 'editor2', name: 'Lê Minh Tuấn', preferredLanguage: 'vi', roles: ['editor'], unit: 'Đoàn Thanh niên' },
  { email: 'translator@lechan.test', key: 'translator', name: 'Đỗ Thị Mai', preferredLanguage: 'en', roles: ['translator'], unit: 'Tổ Ngoại ngữ' },
  { email: 'viewer@lechan.test', key: 'viewer', name: 'Hoàng Văn Nam', preferredLanguage: 'vi', roles: ['viewer'], unit: 'Văn phòng' },
]

export const DEFAULT_DEMO_PASSWORD = 'lechan-demo'
