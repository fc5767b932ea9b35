import type { Channel, ConsentScope, ConsentStatus, PlanArea } from '../../src/constants'

/**
 * Demo content of THPT Lê Chân (Quảng Ninh) for the school year 2025–2026: categories, images,
 * articles and achievements, in Vietnamese with language versions. Data only; the seed script
 * turns it into documents. All people named here are invented.
 */

export type SeedState = 'draft' | 'in_review' | 'approved' | 'published'

export type SeedImage = {
  key: string
  width: number
  height: number
  colors: [string, string]
  label: string
  alt: { vi: string; en: string }
  caption: { vi: string; en: string }
  credit: string
  depictsMinors: boolean
  consentStatus: ConsentStatus
  consentScope: ConsentScope[]
  gps?: { lat: number; lon: number }
}

export type SeedCategory = {
  key: string
  slug: string
  name: { vi: string; en: string }
  description: { vi: string; en: string }
}

export type SeedTranslation = {
  language: 'en' | 'fr' | 'zh' | 'ko' | 'ja'
  title: string
  summary: string
  paragraphs: string[]
  method: 'human' | 'machine-assisted'
  state: SeedState
  /** true: the Vietnamese source is edited after this translation was made, so it shows as outdated */
  makeOutdated?: boolean
}

export type SeedArticle = {
  key: string
  title: string
  summary: string
  paragraphs: string[]
  planArea: PlanArea
  category: string
  tags: string[]
  byline: string
  eventDate: string
  channels: Channel[]
  image?: string
  state: SeedState
  author: 'editor' | 'editor2'
  /** for the outdated demo: a Vietnamese paragraph appended to the body after the translations were made */
  laterEdit?: string
  translations: SeedTranslation[]
}

export type SeedStudent = {
  name: string
  className: string
  isMinor: boolean
  consentStatus: ConsentStatus
  consentScope: ConsentScope[]
}

export type SeedAchievement = {
  key: string
  title: string
  summary: string
  paragraphs: string[]
  competition: string
  level: 'school' | 'province' | 'national' | 'international'
  award: string
  subject: string
  schoolYear: '2025-2026' | '2024-2025'
  date: string
  students: SeedStudent[]
  teachers: { name: string; subject: string }[]
  channels: Channel[]
  image?: string
  relatedArticle?: string
  state: SeedState
  author: 'editor' | 'editor2'
  translations: SeedTranslation[]
}

export const categories: SeedCategory[] = [
  {
    key: 'school-news',
    slug: 'tin-nha-truong',
    name: { vi: 'Tin tức nhà trường', en: 'School news' },
    description: {
      vi: 'Hoạt động dạy học, kế hoạch và sự kiện của Trường THPT Lê Chân.',
      en: 'Teaching, plans and events at Le Chan High School.',
    },
  },
  {
    key: 'international',
    slug: 'hop-tac-quoc-te',
    name: { vi: 'Hợp tác quốc tế', en: 'International cooperation' },
    description: {
      vi: 'Giao lưu với trường bạn ở nước ngoài, hoạt động ngoại ngữ và hội nhập quốc tế.',
      en: 'Exchanges with partner schools abroad, foreign-language activities and international integration.',
    },
  },
  {
    key: 'province',
    slug: 'que-huong-quang-ninh',
    name: { vi: 'Quê hương Quảng Ninh', en: 'Quang Ninh, our home province' },
    description: {
      vi: 'Di sản, cảnh quan, con người và sản phẩm OCOP của tỉnh Quảng Ninh qua góc nhìn học sinh.',
      en: "Quang Ninh's heritage, landscapes, people and OCOP products, seen through students' eyes.",
    },
  },
  {
    key: 'holidays-sovereignty',
    slug: 'ngay-le-va-chu-quyen',
    name: { vi: 'Ngày lễ lớn và chủ quyền biển, đảo', en: 'National holidays and sea-and-islands sovereignty' },
    description: {
      vi: 'Các ngày lễ lớn của đất nước năm 2026 và hoạt động giáo dục về chủ quyền biển, đảo Việt Nam.',
      en: "Vietnam's major holidays of 2026 and school activities on the country's sea-and-islands sovereignty.",
    },
  },
  {
    key: 'student-life',
    slug: 'doi-song-hoc-duong',
    name: { vi: 'Đời sống học đường', en: 'Student life' },
    description: {
      vi: 'Câu lạc bộ, hoạt động trải nghiệm, tình nguyện và những câu chuyện của học sinh.',
      en: 'Clubs, hands-on learning, volunteering and stories from our students.',
    },
  },
]

export const images: SeedImage[] = [
  {
    key: 'img-halong-bay',
    width: 2400,
    height: 1350,
    colors: ['#0b6e99', '#8fd3c7'],
    label: 'Vịnh Hạ Long',
    alt: {
      vi: 'Vịnh Hạ Long nhìn từ núi Bài Thơ, nhiều đảo đá vôi nhô lên trên mặt nước xanh',
      en: 'Ha Long Bay seen from Bai Tho Mountain, with limestone islets rising from green water',
    },
    caption: {
      vi: 'Vịnh Hạ Long – Di sản thiên nhiên thế giới, điểm đến trong chuyến trải nghiệm của học sinh khối 10.',
      en: 'Ha Long Bay, a World Natural Heritage site and the destination of the grade 10 field trip.',
    },
    credit: 'Ảnh: Tổ Địa lí – THPT Lê Chân',
    depictsMinors: false,
    consentStatus: 'not-needed',
    consentScope: [],
    gps: { lat: 20.9536, lon: 107.0797 },
  },
  {
    key: 'img-yen-tu',
    width: 2000,
    height: 1333,
    colors: ['#2f5d3a', '#d9b26f'],
    label: 'Yên Tử',
    alt: {
      vi: 'Bậc đá dẫn lên chùa Đồng trên đỉnh Yên Tử, hai bên là rừng trúc và mây mù',
      en: 'Stone steps leading up to the Bronze Pagoda on the summit of Yen Tu, between bamboo forest and mist',
    },
    caption: {
      vi: 'Con đường lên chùa Đồng, Khu di tích Yên Tử.',
      en: 'The path to the Bronze Pagoda at the Yen Tu relic site.',
    },
    credit: 'Ảnh: Đoàn Thanh niên – THPT Lê Chân',
    depictsMinors: false,
    consentStatus: 'not-needed',
    consentScope: [],
  },
  {
    key: 'img-ocop-products',
    width: 1800,
    height: 1200,
    colors: ['#a4432b', '#f4d58d'],
    label: 'OCOP Quảng Ninh',
    alt: {
      vi: 'Chả mực Hạ Long, củ ba kích và bình gốm Đông Triều bày trên bàn gỗ',
      en: 'Ha Long squid cakes, morinda roots and a Dong Trieu ceramic vase on a wooden table',
    },
    caption: {
      vi: 'Một số sản phẩm OCOP tiêu biểu của Quảng Ninh được học sinh tìm hiểu trong dự án liên môn.',
      en: "Some of Quang Ninh's signature OCOP products, studied by students in a cross-subject project.",
    },
    credit: 'Ảnh: Nhóm dự án OCOP khối 12 – THPT Lê Chân',
    depictsMinors: false,
    consentStatus: 'not-needed',
    consentScope: [],
  },
  {
    key: 'img-school-building',
    width: 2200,
    height: 1300,
    colors: ['#1d3557', '#e63946'],
    label: 'THPT Lê Chân',
    alt: {
      vi: 'Dãy nhà học ba tầng của Trường THPT Lê Chân, cờ Tổ quốc tung bay trước sân trường',
      en: 'The three-storey classroom block of Le Chan High School, with the national flag flying over the schoolyard',
    },
    caption: {
      vi: 'Khuôn viên Trường THPT Lê Chân, tỉnh Quảng Ninh.',
      en: 'The campus of Le Chan High School, Quang Ninh province.',
    },
    credit: 'Ảnh: Ban Truyền thông – THPT Lê Chân',
    depictsMinors: false,
    consentStatus: 'not-needed',
    consentScope: [],
  },
  {
    key: 'img-exchange-class',
    width: 2200,
    height: 1400,
    colors: ['#3a86ff', '#ffbe0b'],
    label: 'Giao lưu quốc tế',
    alt: {
      vi: 'Học sinh lớp 11 Chuyên Anh trò chuyện với bạn học Hàn Quốc qua màn hình lớn trong buổi giao lưu trực tuyến',
      en: 'Students of class 11 English talk with Korean peers on a large screen during an online exchange',
    },
    caption: {
      vi: 'Buổi giao lưu trực tuyến với học sinh Hàn Quốc ngày 27/11/2025.',
      en: 'The online exchange with Korean students on 27 November 2025.',
    },
    credit: 'Ảnh: Tổ Ngoại ngữ – THPT Lê Chân',
    depictsMinors: true,
    consentStatus: 'obtained',
    consentScope: ['portal', 'feeds', 'press'],
  },
  {
    key: 'img-english-club',
    width: 1800,
    height: 1200,
    colors: ['#6a4c93', '#8ac926'],
    label: 'English Club',
    alt: {
      vi: 'Thành viên Câu lạc bộ Tiếng Anh thuyết trình trước các bạn học sinh tại hội trường nhà trường',
      en: 'English Club members giving a presentation to fellow students in the school hall',
    },
    caption: {
      vi: 'Câu lạc bộ Tiếng Anh trong một buổi sinh hoạt chuyên đề.',
      en: 'The English Club at one of its themed sessions.',
    },
    credit: 'Ảnh: Câu lạc bộ Tiếng Anh – THPT Lê Chân',
    depictsMinors: true,
    consentStatus: 'obtained',
    consentScope: ['portal', 'feeds'],
  },
  {
    key: 'img-opening-rehearsal',
    width: 2000,
    height: 1200,
    colors: ['#c1121f', '#fdf0d5'],
    label: 'Khai giảng 2026',
    alt: {
      vi: 'Học sinh mặc áo đỏ tập luyện đồng diễn trên sân trường',
      en: 'Students in red shirts rehearsing a mass performance in the schoolyard',
    },
    caption: {
      vi: 'Học sinh tập luyện tiết mục đồng diễn chuẩn bị Lễ khai giảng năm học 2026–2027.',
      en: 'Students rehearse a mass performance for the opening ceremony of the 2026–2027 school year.',
    },
    credit: 'Ảnh: Ban Truyền thông – THPT Lê Chân',
    depictsMinors: true,
    consentStatus: 'missing',
    consentScope: [],
  },
  {
    key: 'img-phu-dong-games',
    width: 1920,
    height: 1080,
    colors: ['#ff6b35', '#004e89'],
    label: 'Hội khỏe Phù Đổng',
    alt: {
      vi: 'Nữ vận động viên học sinh về đích ở nội dung chạy 1.500 m',
      en: 'A student athlete crossing the finish line in the 1,500 m race',
    },
    caption: {
      vi: 'Khoảnh khắc về đích tại Hội khỏe Phù Đổng tỉnh Quảng Ninh năm 2025.',
      en: 'At the finish line of the 2025 Phu Dong Games of Quang Ninh province.',
    },
    credit: 'Ảnh: Tổ Giáo dục thể chất – THPT Lê Chân',
    depictsMinors: true,
    consentStatus: 'withdrawn',
    consentScope: [],
  },
]

export const articles: SeedArticle[] = [
  {
    key: 'ke-hoach-thong-tin-doi-ngoai-2025-2026',
    title: 'Trường THPT Lê Chân triển khai kế hoạch thông tin đối ngoại năm học 2025–2026',
    summary:
      'Nhà trường ban hành kế hoạch thông tin đối ngoại năm học 2025–2026 với sáu nhóm nhiệm vụ, chú trọng giới thiệu hoạt động giáo dục, quê hương Quảng Ninh và hình ảnh đất nước bằng tiếng Việt và tiếng Anh.',
    paragraphs: [
      'Ngày 22/9/2025, Trường THPT Lê Chân tổ chức hội nghị triển khai kế hoạch thông tin đối ngoại năm học 2025–2026. Kế hoạch được xây dựng trên cơ sở Nghị quyết 47/NQ-CP của Chính phủ về công tác thông tin đối ngoại và hướng dẫn của Sở Giáo dục và Đào tạo tỉnh Quảng Ninh.',
      'Kế hoạch gồm sáu nhóm nhiệm vụ: quán triệt các văn bản chỉ đạo về thông tin đối ngoại; tuyên truyền về quyền con người; quảng bá hình ảnh quốc gia qua Cổng Vietnam.vn; giới thiệu hình ảnh tỉnh Quảng Ninh; thông tin về hội nhập quốc tế, chủ quyền biển, đảo và các ngày lễ lớn năm 2026; giới thiệu sản phẩm OCOP của tỉnh. Mỗi nhóm nhiệm vụ có một tổ chuyên môn phụ trách, một giáo viên đầu mối và lịch đăng bài theo tháng.',
      'Điểm mới của năm học này là các tin, bài quan trọng trên cổng thông tin nhà trường sẽ có bản tiếng Anh do giáo viên Tổ Ngoại ngữ biên dịch và hiệu đính. Mọi tin, bài đều phải được kiểm tra nguồn tin và được lãnh đạo nhà trường duyệt trước khi đăng; bài có ảnh học sinh phải có sự đồng ý của học sinh và cha mẹ học sinh.',
      'Phát biểu tại hội nghị, thầy Vũ Văn Thành, Hiệu trưởng nhà trường, đề nghị mỗi giáo viên, học sinh trở thành một “người kể chuyện” chân thực, tích cực về ngôi trường và quê hương mình. Nhà trường sẽ sơ kết việc thực hiện kế hoạch vào cuối học kỳ I và tổng kết vào tháng 5/2026.',
    ],
    laterEdit:
      'Cập nhật ngày 15/10/2025: Nhà trường bổ sung vào kế hoạch việc thử nghiệm bản tiếng Pháp, tiếng Trung và tiếng Hàn cho một số bài viết tiêu biểu về di sản và giao lưu quốc tế. Các bản dịch do giáo viên và cộng tác viên có chuyên môn ngoại ngữ thực hiện và được hiệu đính trước khi đăng.',
    planArea: 'resolution-47',
    category: 'school-news',
    tags: ['thông tin đối ngoại', 'Nghị quyết 47/NQ-CP', 'kế hoạch năm học'],
    byline: 'Ban Truyền thông nhà trường',
    eventDate: '2025-09-22',
    channels: ['portal', 'doet'],
    image: 'img-school-building',
    state: 'published',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: 'Le Chan High School launches its foreign-information plan for the 2025–2026 school year',
        summary:
          'The school has adopted its foreign-information plan for 2025–2026, with six groups of tasks focused on presenting its educational activities, its home province of Quang Ninh and the image of Vietnam in Vietnamese and English.',
        paragraphs: [
          "On 22 September 2025, Le Chan High School held a meeting to launch its foreign-information plan for the 2025–2026 school year. The plan is based on the Government's Resolution 47/NQ-CP on foreign information and on the guidance of the Quang Ninh Department of Education and Training.",
          "The plan sets out six groups of tasks: studying the guiding documents on foreign information; teaching about human rights; promoting Vietnam's image through the Vietnam.vn portal; presenting Quang Ninh province; reporting on international integration, sea-and-islands sovereignty and the major holidays of 2026; and introducing the province's OCOP products. Each group is led by a subject team, with a named teacher as contact and a monthly publishing schedule.",
          "New this year, important news on the school portal will also appear in English, translated and edited by teachers of the Foreign Languages team. Every item must have its sources checked and be approved by the school's leadership before it is published, and items with photos of students need the consent of the students and their parents.",
          'Speaking at the meeting, Principal Vu Van Thanh asked every teacher and student to become an honest and positive “storyteller” for their school and home province. The school will review the plan at the end of the first semester and assess the whole year in May 2026.',
        ],
        method: 'human',
        state: 'published',
        makeOutdated: true,
      },
    ],
  },
  {
    key: 'tap-huan-viet-tin-song-ngu',
    title: 'Tập huấn kỹ năng viết tin song ngữ cho giáo viên và học sinh cộng tác viên',
    summary: 'Hơn 40 giáo viên và học sinh cộng tác viên được hướng dẫn cách viết tin ngắn, chú thích ảnh và chuyển tin sang tiếng Anh theo đúng quy trình kiểm duyệt của nhà trường.',
    paragraphs: [
      'Sáng 18/10/2025, Trường THPT Lê Chân tổ chức buổi tập huấn kỹ năng viết tin song ngữ cho 28 giáo viên và 15 học sinh cộng tác viên của Ban Truyền thông nhà trường. Đây là một trong những hoạt động đầu tiên nhằm cụ thể hóa kế hoạch thông tin đối ngoại năm học 2025–2026.',
      'Cô Đặng Thị Lan Hương, Tổ trưởng Tổ Ngoại ngữ, hướng dẫn cách viết một bản tin ngắn trả lời đủ các câu hỏi “ai, cái gì, ở đâu, khi nào, vì sao”, cách đặt tiêu đề rõ ràng và viết chú thích ảnh đầy đủ. Các học viên cũng thực hành chuyển một bản tin tiếng Việt sang tiếng Anh, chú ý cách viết tên riêng, địa danh và chức danh.',
      'Nội dung được nhấn mạnh là trách nhiệm khi đưa tin: chỉ sử dụng thông tin đã được kiểm chứng, không đăng tải nội dung thuộc bí mật nhà nước và tôn trọng quyền riêng tư của học sinh. Ảnh có học sinh dưới 18 tuổi chỉ được sử dụng khi đã có sự đồng ý bằng văn bản của cha mẹ hoặc người giám hộ.',
      'Kết thúc buổi tập huấn, mỗi nhóm hoàn thành một bản tin song ngữ về hoạt động của lớp mình. Những bản tin đạt yêu cầu sẽ được Ban Biên tập hiệu đính và đăng trên cổng thông tin nhà trường trong tháng 11/2025.',
    ],
    planArea: 'resolution-47',
    category: 'school-news',
    tags: ['thông tin đối ngoại', 'tập huấn', 'song ngữ'],
    byline: 'Lê Thị Thu Trang',
    eventDate: '2025-10-18',
    channels: ['portal', 'doet'],
    state: 'published',
    author: 'editor2',
    translations: [
      {
        language: 'en',
        title: 'Teachers and student contributors train in bilingual news writing',
        summary: "More than 40 teachers and student contributors learned how to write short news items and photo captions and how to put news into English, following the school's review procedure.",
        paragraphs: [
          "On the morning of 18 October 2025, Le Chan High School ran a workshop on bilingual news writing for 28 teachers and 15 student contributors of the school's Communications Team. It was one of the first activities to put the school's 2025–2026 foreign-information plan into practice.",
          'Ms Dang Thi Lan Huong, head of the Foreign Languages team, showed how to write a short news item that answers “who, what, where, when and why”, how to write a clear headline and how to caption a photo properly. Participants then practised turning a Vietnamese news item into English, paying attention to personal names, place names and official titles.',
          "The workshop stressed responsibility in reporting: using only verified information, never publishing state secrets and respecting students' privacy. Photos of students under 18 may only be used with the written consent of a parent or guardian.",
          'At the end of the workshop, each group completed a bilingual news item about its own class. Items that meet the standard will be edited by the editorial board and published on the school portal in November 2025.',
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'quyen-tre-em-khong-gian-mang',
    title: 'Sinh hoạt chuyên đề “Quyền trẻ em và an toàn trên không gian mạng”',
    summary: 'Học sinh khối 10 tìm hiểu các quyền cơ bản của trẻ em theo Luật Trẻ em và Công ước của Liên hợp quốc về Quyền trẻ em, đồng thời thảo luận cách tự bảo vệ mình khi sử dụng mạng xã hội.',
    paragraphs: [
      'Chiều 14/11/2025, Đoàn Thanh niên Trường THPT Lê Chân phối hợp với nhóm giáo viên môn Giáo dục kinh tế và pháp luật tổ chức buổi sinh hoạt chuyên đề “Quyền trẻ em và an toàn trên không gian mạng” cho gần 400 học sinh khối 10. Hoạt động nằm trong kế hoạch tuyên truyền, giáo dục về quyền con người của nhà trường năm học 2025–2026.',
      'Học sinh được giới thiệu những nội dung cơ bản của Luật Trẻ em năm 2016 và Công ước của Liên hợp quốc về Quyền trẻ em. Thầy Hoàng Minh Đức cho biết Việt Nam là quốc gia đầu tiên ở châu Á và thứ hai trên thế giới phê chuẩn Công ước này, vào năm 1990.',
      'Ở phần thảo luận, các lớp đưa ra nhiều tình huống gần gũi như bị lộ thông tin cá nhân, bị bắt nạt qua tin nhắn hay nhận được đường link lạ. Các nhóm cùng tìm cách xử lý, từ việc cài đặt quyền riêng tư cho tài khoản đến việc chủ động chia sẻ với cha mẹ, thầy cô khi gặp sự việc bất thường.',
      'Em Lương Khánh Linh, lớp 10A3, chia sẻ: “Em hiểu rằng quyền được bảo vệ luôn đi cùng trách nhiệm tôn trọng quyền của người khác, kể cả khi ở trên mạng.” Sau buổi sinh hoạt, mỗi lớp xây dựng một bộ quy tắc ứng xử trên mạng để treo tại lớp học.',
    ],
    planArea: 'human-rights',
    category: 'student-life',
    tags: ['quyền trẻ em', 'an toàn trên mạng', 'khối 10'],
    byline: 'Ngô Thị Mai',
    eventDate: '2025-11-14',
    channels: ['portal', 'doet'],
    state: 'published',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: "Themed session on children's rights and online safety",
        summary:
          "Grade 10 students learned about children's basic rights under Vietnam's Law on Children and the UN Convention on the Rights of the Child, and discussed how to protect themselves on social media.",
        paragraphs: [
          "On the afternoon of 14 November 2025, the Youth Union of Le Chan High School and the teachers of Economic and Legal Education held a themed session on “Children's rights and online safety” for almost 400 grade 10 students. The session is part of the school's 2025–2026 plan for human rights education.",
          'Students were introduced to the main provisions of the 2016 Law on Children and of the UN Convention on the Rights of the Child. Teacher Hoang Minh Duc explained that in 1990 Vietnam became the first country in Asia and the second in the world to ratify the Convention.',
          'In the discussion, classes brought up familiar situations such as personal data being exposed, bullying by text message or receiving suspicious links. Groups worked out how to respond, from adjusting the privacy settings of their accounts to talking to parents and teachers whenever something seems wrong.',
          '“I understand that the right to be protected always comes with the duty to respect the rights of others, online too,” said Luong Khanh Linh of class 10A3. After the session, each class drew up its own code of conduct for the internet to hang in the classroom.',
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'lop-hoc-khong-dinh-kien',
    title: 'Dự án “Lớp học không định kiến”: học sinh khối 11 thảo luận về bình đẳng giới',
    summary: 'Nhân dịp Ngày Quốc tế Phụ nữ 8/3, học sinh khối 11 thực hiện dự án tìm hiểu định kiến giới trong học tập và chọn nghề, trình bày kết quả bằng tiếng Việt và tiếng Anh.',
    paragraphs: [
      'Từ ngày 23/2 đến 6/3/2026, học sinh 8 lớp khối 11 Trường THPT Lê Chân thực hiện dự án “Lớp học không định kiến” trong giờ hoạt động trải nghiệm, hướng nghiệp. Dự án được tổ chức nhân dịp Ngày Quốc tế Phụ nữ 8/3, gắn với tinh thần của Luật Bình đẳng giới năm 2006 và nội dung giáo dục bình đẳng giới trong chương trình giáo dục phổ thông.',
      'Các nhóm học sinh khảo sát bạn bè trong lớp về những nhận định quen thuộc như “con trai học Toán giỏi hơn” hay “con gái không hợp với nghề kỹ thuật”. Kết quả cho thấy phần lớn học sinh không đồng tình với những nhận định này, song nhiều em thừa nhận đôi khi vẫn chịu ảnh hưởng của chúng khi chọn môn học hoặc định hướng nghề nghiệp.',
      'Buổi trình bày kết quả ngày 6/3 có sự tham gia của một số cựu học sinh đang là kỹ sư, bác sĩ, giáo viên mầm non, trong đó có những người chọn ngành nghề còn ít người cùng giới theo học. Một số nhóm trình bày bằng tiếng Anh với sự hỗ trợ của giáo viên Tổ Ngoại ngữ.',
      'Cô Phạm Thu Hà, giáo viên chủ nhiệm lớp 11A4, cho biết dự án giúp học sinh nhận ra định kiến giới thường ẩn trong những lời nói rất đời thường. Nhà trường lựa chọn các sản phẩm tiêu biểu để trưng bày tại thư viện trong tháng 3/2026.',
    ],
    planArea: 'human-rights',
    category: 'student-life',
    tags: ['bình đẳng giới', 'Ngày Quốc tế Phụ nữ', 'khối 11'],
    byline: 'Phạm Thu Hà',
    eventDate: '2026-03-06',
    channels: ['portal'],
    state: 'published',
    author: 'editor2',
    translations: [
      {
        language: 'en',
        title: '“A classroom without stereotypes”: grade 11 students discuss gender equality',
        summary: "For International Women's Day, grade 11 students ran a project on gender stereotypes in study and career choices, and presented their findings in Vietnamese and English.",
        paragraphs: [
          "From 23 February to 6 March 2026, students of eight grade 11 classes at Le Chan High School carried out the project “A classroom without stereotypes” during their experiential and career-guidance lessons. The project marked International Women's Day on 8 March and drew on the spirit of the 2006 Law on Gender Equality and the gender-equality content of the national curriculum.",
          'Student groups surveyed their classmates on familiar sayings such as “boys are better at maths” or “girls are not suited to engineering”. Most students disagreed with these statements, yet many admitted that they are sometimes still influenced by them when choosing subjects or thinking about careers.',
          'The presentation on 6 March was joined by several former students who now work as engineers, doctors and preschool teachers, some of them in fields where few people of their gender work. Some groups presented in English with help from the Foreign Languages team.',
          'Ms Pham Thu Ha, form teacher of class 11A4, said the project helped students notice how gender stereotypes hide in everyday remarks. The school has chosen the best work for an exhibition in the library during March 2026.',
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'gioi-thieu-cong-vietnam-vn',
    title: 'Câu lạc bộ Tiếng Anh giới thiệu Cổng thông tin Vietnam.vn tới học sinh toàn trường',
    summary: 'Thành viên Câu lạc bộ Tiếng Anh hướng dẫn bạn bè khai thác Cổng Vietnam.vn để tìm hiểu và giới thiệu hình ảnh đất nước, con người Việt Nam bằng nhiều ngôn ngữ.',
    paragraphs: [
      'Ngày 5/12/2025, Câu lạc bộ Tiếng Anh Trường THPT Lê Chân tổ chức chuyên đề “Kể chuyện Việt Nam cùng Vietnam.vn” tại hội trường nhà trường. Hơn 150 học sinh các khối đã tham gia buổi sinh hoạt.',
      'Vietnam.vn là cổng thông tin điện tử quốc gia về thông tin đối ngoại, giới thiệu đất nước, con người, văn hóa và thành tựu phát triển của Việt Nam bằng nhiều thứ tiếng. Các thành viên câu lạc bộ hướng dẫn bạn bè cách tìm bài viết theo chủ đề, chọn ngôn ngữ hiển thị và chia sẻ nội dung chính thống lên trang cá nhân.',
      'Phần sôi nổi nhất là trò chơi “Hướng dẫn viên trẻ”: mỗi đội chọn một bài viết trên Vietnam.vn về Quảng Ninh và giới thiệu lại bằng tiếng Anh trong ba phút. Các đội lựa chọn những chủ đề như Vịnh Hạ Long, lễ hội Xuân Yên Tử hay món chả mực Hạ Long.',
      'Theo cô Đặng Thị Lan Hương, Tổ trưởng Tổ Ngoại ngữ, việc làm quen với nguồn thông tin chính thống giúp học sinh vừa luyện ngoại ngữ, vừa có thêm tư liệu tin cậy khi giới thiệu quê hương với bạn bè quốc tế. Câu lạc bộ sẽ duy trì chuyên mục “Mỗi tuần một câu chuyện Việt Nam” trên bảng tin của trường.',
    ],
    planArea: 'vietnam-vn',
    category: 'school-news',
    tags: ['Vietnam.vn', 'Câu lạc bộ Tiếng Anh', 'quảng bá hình ảnh'],
    byline: 'Nguyễn Thị Hồng Nhung',
    eventDate: '2025-12-05',
    channels: ['portal', 'vietnam-vn'],
    image: 'img-english-club',
    state: 'published',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: 'English Club introduces the Vietnam.vn portal to the whole school',
        summary: "English Club members showed their schoolmates how to use the Vietnam.vn portal to learn about Vietnam and its people, and to share the country's image in many languages.",
        paragraphs: [
          "On 5 December 2025, the English Club of Le Chan High School held a themed session, “Telling Vietnam's story with Vietnam.vn”, in the school hall. More than 150 students from all grades took part.",
          "Vietnam.vn is the national foreign-information portal, presenting Vietnam's land, people, culture and development in many languages. Club members showed their schoolmates how to find articles by topic, switch the display language and share official content on their own pages.",
          'The liveliest part was the “Young guides” game: each team picked a Vietnam.vn article about Quang Ninh and retold it in English in three minutes. Teams chose topics such as Ha Long Bay, the Yen Tu spring festival and Ha Long squid cakes.',
          'According to Ms Dang Thi Lan Huong, head of the Foreign Languages team, getting to know official sources helps students practise languages while gaining reliable material for introducing their home province to friends abroad. The club will keep a weekly corner, “One Vietnamese story a week”, on the school notice board.',
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'tuan-le-ke-chuyen-viet-nam',
    title: 'Tuần lễ “Kể chuyện Việt Nam bằng tiếng Anh”: 36 bài viết của học sinh được chọn giới thiệu',
    summary: 'Sau một tuần phát động, học sinh gửi 124 bài viết ngắn bằng tiếng Anh về con người, phong tục và cảnh sắc Việt Nam; 36 bài được chọn giới thiệu trên cổng thông tin nhà trường.',
    paragraphs: [
      'Từ ngày 30/3 đến 4/4/2026, Tổ Ngoại ngữ Trường THPT Lê Chân tổ chức Tuần lễ “Kể chuyện Việt Nam bằng tiếng Anh”. Mỗi học sinh tham gia viết một bài ngắn, từ 150 đến 250 từ, về một con người, một phong tục hoặc một địa danh Việt Nam mà em yêu thích.',
      'Ban tổ chức đã nhận được 124 bài viết. Nhiều bài chọn đề tài giản dị mà giàu cảm xúc như phiên chợ vùng cao Bình Liêu, nghề làm chả mực của gia đình ở Hạ Long hay mâm cơm chiều Ba mươi Tết của ông bà.',
      'Sau hai vòng chấm, 36 bài viết được chọn giới thiệu trên cổng thông tin nhà trường. Các bài đều được giáo viên hiệu đính, kiểm tra thông tin và được học sinh, cha mẹ học sinh đồng ý cho đăng kèm họ tên.',
      'Nhà trường dự kiến tập hợp các bài viết tiêu biểu thành một tập san song ngữ để gửi tới các trường bạn ở nước ngoài. Một số bài sẽ được đề xuất gửi tới Cổng Vietnam.vn theo hướng dẫn của Sở Giáo dục và Đào tạo.',
    ],
    planArea: 'vietnam-vn',
    category: 'international',
    tags: ['Vietnam.vn', 'tiếng Anh', 'viết sáng tạo'],
    byline: 'Đặng Thị Lan Hương',
    eventDate: '2026-04-10',
    channels: ['portal', 'vietnam-vn'],
    state: 'approved',
    author: 'editor2',
    translations: [
      {
        language: 'en',
        title: "“Telling Vietnam's story in English” week: 36 student pieces selected",
        summary: 'In one week, students wrote 124 short English pieces about the people, customs and landscapes of Vietnam; 36 of them have been selected for the school portal.',
        paragraphs: [
          "From 30 March to 4 April 2026, the Foreign Languages team of Le Chan High School ran a “Telling Vietnam's story in English” week. Each participant wrote a short piece of 150 to 250 words about a Vietnamese person, custom or place they love.",
          "The organisers received 124 pieces. Many chose simple but moving subjects: the highland market in Binh Lieu, a family's squid-cake trade in Ha Long, or the grandparents' dinner on the last evening of the lunar year.",
          "After two rounds of marking, 36 pieces were selected for the school portal. Every piece has been edited and fact-checked by teachers, and the students and their parents have agreed to publication under the students' names.",
          'The school plans to gather the best pieces into a bilingual magazine for its partner schools abroad. Some will be proposed to the Vietnam.vn portal, following the guidance of the Department of Education and Training.',
        ],
        method: 'human',
        state: 'approved',
      },
    ],
  },
  {
    key: 'trai-nghiem-di-san-vinh-ha-long',
    title: 'Học sinh khối 10 trải nghiệm tìm hiểu di sản Vịnh Hạ Long',
    summary:
      'Gần 300 học sinh khối 10 tham gia chuyến học tập trải nghiệm trên Vịnh Hạ Long, tìm hiểu giá trị địa chất, cảnh quan của di sản thiên nhiên thế giới và thực hành giới thiệu di sản bằng tiếng Anh.',
    paragraphs: [
      'Ngày 25/10/2025, Trường THPT Lê Chân tổ chức cho 296 học sinh khối 10 tham gia chuyến học tập trải nghiệm trên Vịnh Hạ Long. Hoạt động gắn với nội dung các môn Địa lí, Lịch sử và Tiếng Anh, giúp học sinh hiểu rõ hơn giá trị của di sản ngay bên cạnh nơi mình sinh sống.',
      'Vịnh Hạ Long được UNESCO ghi danh là Di sản thiên nhiên thế giới năm 1994 về giá trị thẩm mỹ và năm 2000 về giá trị địa chất, địa mạo. Năm 2023, di sản được mở rộng thành Vịnh Hạ Long – quần đảo Cát Bà, trở thành di sản thiên nhiên thế giới liên tỉnh đầu tiên của Việt Nam.',
      'Trên hành trình, các thầy cô Tổ Địa lí giới thiệu quá trình hình thành các đảo đá vôi và hang động; học sinh cùng thực hiện cam kết không sử dụng đồ nhựa dùng một lần trong suốt chuyến đi. Tại hang Sửng Sốt, từng nhóm thuyết trình ngắn bằng tiếng Anh về một điểm cảnh mà nhóm đã tìm hiểu từ trước.',
      'Nhiều du khách quốc tế trên tàu đã dừng lại lắng nghe và trò chuyện cùng các em. Em Bùi Gia Hân, lớp 10A5, chia sẻ: “Sống ở Quảng Ninh nhưng đây là lần đầu em giới thiệu Vịnh Hạ Long bằng tiếng Anh với người nước ngoài. Em thấy tự hào và muốn học tốt hơn để kể về quê hương mình.”',
    ],
    planArea: 'province-image',
    category: 'province',
    tags: ['Vịnh Hạ Long', 'di sản thế giới', 'học tập trải nghiệm'],
    byline: 'Vũ Thị Ngọc Ánh',
    eventDate: '2025-10-25',
    channels: ['portal', 'province', 'vietnam-vn'],
    image: 'img-halong-bay',
    state: 'published',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: 'Grade 10 students explore the heritage of Ha Long Bay',
        summary: 'Nearly 300 grade 10 students joined a field trip on Ha Long Bay to learn about the geology and scenery of the World Natural Heritage site, and practised presenting it in English.',
        paragraphs: [
          'On 25 October 2025, Le Chan High School took 296 grade 10 students on a field trip to Ha Long Bay. Linked to their geography, history and English lessons, the trip helped students better understand the value of the heritage site right next to where they live.',
          'UNESCO inscribed Ha Long Bay on the World Heritage List in 1994 for its aesthetic value and in 2000 for its geological and geomorphological value. In 2023 the site was extended to become Ha Long Bay – Cat Ba Archipelago, the first World Natural Heritage site in Vietnam to span two provincial-level localities.',
          'On board, geography teachers explained how the limestone islets and caves were formed, and students kept their pledge to use no single-use plastic during the whole trip. In Sung Sot Cave, each group gave a short talk in English about a spot it had researched beforehand.',
          'Many international tourists on the boat stopped to listen and chat with the students. “I live in Quang Ninh, but this was the first time I introduced Ha Long Bay in English to foreign visitors. I felt proud, and I want to study harder so I can tell people about my home,” said Bui Gia Han of class 10A5.',
        ],
        method: 'human',
        state: 'published',
      },
      {
        language: 'fr',
        title: "Les élèves de seconde à la découverte du patrimoine de la baie d'Ha Long",
        summary:
          "Près de 300 élèves de seconde ont participé à une sortie pédagogique dans la baie d'Ha Long pour découvrir la valeur géologique et paysagère de ce site du patrimoine mondial, et se sont exercés à le présenter en anglais.",
        paragraphs: [
          "Le 25 octobre 2025, le lycée Le Chan a organisé une sortie pédagogique dans la baie d'Ha Long pour 296 élèves de seconde. Liée aux cours de géographie, d'histoire et d'anglais, cette activité a permis aux élèves de mieux comprendre la valeur d'un patrimoine situé tout près de chez eux.",
          "La baie d'Ha Long a été inscrite sur la Liste du patrimoine mondial de l'UNESCO en 1994 pour sa valeur esthétique, puis en 2000 pour sa valeur géologique et géomorphologique. En 2023, le bien a été étendu sous le nom « Baie d'Ha Long – archipel de Cat Ba », devenant le premier site naturel du patrimoine mondial du Vietnam à s'étendre sur deux localités de rang provincial.",
          "Pendant la croisière, les professeurs de géographie ont expliqué la formation des îlots calcaires et des grottes, tandis que les élèves respectaient leur engagement de n'utiliser aucun plastique à usage unique. Dans la grotte de Sung Sot, chaque groupe a présenté en anglais, en quelques minutes, un site qu'il avait étudié au préalable.",
          "De nombreux touristes étrangers à bord se sont arrêtés pour écouter les élèves et échanger avec eux. « J'habite à Quang Ninh, mais c'était la première fois que je présentais la baie d'Ha Long en anglais à des étrangers. J'en suis fière et je veux progresser pour mieux parler de ma région », confie Bui Gia Han, élève de la classe 10A5.",
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 've-nguon-yen-tu',
    title: 'Về nguồn Yên Tử: đoàn viên tìm hiểu di sản văn hóa thế giới của quê hương',
    summary:
      'Đoàn viên tiêu biểu của nhà trường tham quan, tìm hiểu Khu di tích Yên Tử, một phần của Quần thể di tích và danh thắng Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc được UNESCO ghi danh năm 2025.',
    paragraphs: [
      'Ngày 21/3/2026, hướng tới kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2026), Đoàn trường THPT Lê Chân tổ chức hành trình về nguồn tại Khu di tích Yên Tử cho 120 đoàn viên tiêu biểu. Hoạt động nhằm giáo dục truyền thống, bồi đắp tình yêu quê hương và ý thức giữ gìn di sản cho thế hệ trẻ.',
      'Tháng 7/2025, Quần thể di tích và danh thắng Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc được UNESCO ghi danh là Di sản văn hóa thế giới. Quần thể gắn liền với Phật hoàng Trần Nhân Tông và Thiền phái Trúc Lâm, một dòng thiền mang đậm bản sắc Việt Nam ra đời vào cuối thế kỷ XIII.',
      'Theo chân hướng dẫn viên, các em đi qua chùa Giải Oan, chùa Hoa Yên rồi lên đỉnh Yên Tử, nơi có chùa Đồng ở độ cao hơn 1.000 mét. Tại mỗi điểm dừng, một nhóm học sinh lớp 11A2 giới thiệu ngắn về lịch sử di tích và giá trị nhân văn của tư tưởng nhập thế, sống hòa hợp với thiên nhiên.',
      'Chuyến đi còn giúp đoàn viên ý thức rõ hơn trách nhiệm của thế hệ trẻ trong việc giữ gìn di sản: ứng xử văn minh tại di tích, không xả rác, không viết, vẽ lên cảnh quan. Sau hành trình, Đoàn trường phát động cuộc thi viết “Di sản quê em” với bài dự thi bằng tiếng Việt hoặc tiếng Anh.',
    ],
    planArea: 'province-image',
    category: 'province',
    tags: ['Yên Tử', 'di sản văn hóa', 'Đoàn Thanh niên'],
    byline: 'Ngô Thị Mai',
    eventDate: '2026-03-21',
    channels: ['portal', 'province'],
    image: 'img-yen-tu',
    state: 'published',
    author: 'editor2',
    translations: [
      {
        language: 'en',
        title: "Back to the roots at Yen Tu: Youth Union members discover their province's world heritage",
        summary: 'Outstanding Youth Union members visited the Yen Tu relic site, part of the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac complex inscribed by UNESCO in 2025.',
        paragraphs: [
          "On 21 March 2026, ahead of the 95th anniversary of the Ho Chi Minh Communist Youth Union (26 March 1931 – 26 March 2026), the Youth Union of Le Chan High School took 120 of its outstanding members on a “back to the roots” trip to the Yen Tu relic site. The trip aimed to deepen young people's knowledge of their traditions, their love for their home province and their sense of responsibility for its heritage.",
          'In July 2025, the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac Complex of Monuments and Landscapes was inscribed by UNESCO as a World Cultural Heritage site. The complex is closely linked to the Buddha-King Tran Nhan Tong and the Truc Lam Zen school, a distinctly Vietnamese school of Zen founded at the end of the 13th century.',
          'Following their guide, students passed Giai Oan and Hoa Yen pagodas and climbed to the summit of Yen Tu, where the Bronze Pagoda stands more than 1,000 metres above sea level. At each stop, a group from class 11A2 gave a short talk on the history of the site and on the humane values of a Buddhism engaged with the world and in harmony with nature.',
          "The trip also reminded members of the young generation's duty to protect heritage: behaving respectfully at relic sites, not littering and not writing or drawing on the landscape. Afterwards, the Youth Union launched a writing contest, “The heritage of my home”, open to entries in Vietnamese or English.",
        ],
        method: 'human',
        state: 'published',
      },
      {
        language: 'zh',
        title: '安子山寻根之旅：团员探访家乡的世界文化遗产',
        summary: '黎真高中的优秀团员参观了安子山遗迹区。安子山是2025年被联合国教科文组织列入《世界遗产名录》的“安子—永严—昆山、劫泊遗迹和名胜群”的组成部分。',
        paragraphs: [
          '2026年3月21日，为迎接胡志明共产主义青年团成立95周年（1931年3月26日—2026年3月26日），黎真高中团委组织120名优秀团员前往安子山遗迹区开展寻根之旅。此次活动旨在对青年一代进行传统教育，培养他们热爱家乡、保护遗产的意识。',
          '2025年7月，“安子—永严—昆山、劫泊遗迹和名胜群”被联合国教科文组织列为世界文化遗产。该遗产群与陈仁宗佛皇及竹林禅派密切相关。竹林禅派创立于13世纪末，是具有鲜明越南特色的禅宗流派。',
          '在导游的带领下，同学们途经解冤寺、华烟寺，登上安子山顶。山顶的铜寺海拔1000多米。在每个停留点，11A2班的学生小组都会简要介绍遗迹的历史，以及入世精神和与自然和谐相处的人文价值。',
          '此次活动也让团员们更加认识到青年一代保护遗产的责任：在遗迹区文明游览，不乱扔垃圾，不在景物上乱写乱画。活动结束后，校团委发起了“家乡的遗产”征文比赛，参赛作品可用越南语或英语撰写。',
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'tinh-nguyen-bao-tang-quang-ninh',
    title: 'Học sinh tình nguyện hỗ trợ du khách tại Bảo tàng Quảng Ninh dịp hè 2026',
    summary: 'Trong tháng 7/2026, 24 học sinh Câu lạc bộ Tiếng Anh hỗ trợ, chỉ dẫn du khách tại Bảo tàng Quảng Ninh vào các buổi sáng cuối tuần, theo sự phân công của cán bộ bảo tàng.',
    paragraphs: [
      'Từ ngày 4/7 đến 26/7/2026, 24 học sinh Câu lạc bộ Tiếng Anh Trường THPT Lê Chân tham gia chương trình tình nguyện hỗ trợ du khách tại Bảo tàng Quảng Ninh vào các buổi sáng thứ Bảy và Chủ nhật. Chương trình do nhà trường phối hợp với bảo tàng tổ chức, có sự đồng ý của cha mẹ học sinh.',
      'Trước khi bắt đầu, các em được cán bộ bảo tàng giới thiệu nội dung các khu trưng bày, từ lịch sử vùng mỏ, văn hóa biển đến thiên nhiên Vịnh Hạ Long. Nhiệm vụ của tình nguyện viên là chỉ dẫn lối đi, giới thiệu ngắn một số hiện vật tiêu biểu và hỗ trợ du khách nước ngoài khi cần.',
      'Mỗi ca tình nguyện kéo dài ba giờ và luôn có giáo viên đi cùng để bảo đảm sức khỏe, an toàn cho học sinh. Các em ghi lại những câu hỏi du khách thường đặt ra để cùng nhau hoàn thiện một bộ tài liệu giới thiệu ngắn bằng tiếng Anh.',
      'Em Trần Đức Huy, lớp 11A1, cho biết: “Có những câu hỏi về nghề mỏ hay về đồng bào Dao ở Quảng Ninh mà em phải về đọc thêm mới trả lời được. Nhờ vậy, em hiểu quê mình hơn.”',
    ],
    planArea: 'province-image',
    category: 'student-life',
    tags: ['tình nguyện', 'Bảo tàng Quảng Ninh', 'hè 2026'],
    byline: 'Nguyễn Thị Hồng Nhung',
    eventDate: '2026-07-26',
    channels: ['portal', 'province'],
    state: 'in_review',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: 'Students volunteer to help visitors at the Quang Ninh Museum in summer 2026',
        summary: 'In July 2026, 24 English Club members helped and guided visitors at the Quang Ninh Museum on weekend mornings, working under the direction of museum staff.',
        paragraphs: [
          "From 4 to 26 July 2026, 24 members of the English Club of Le Chan High School volunteered to help visitors at the Quang Ninh Museum on Saturday and Sunday mornings. The programme was organised by the school together with the museum, with the consent of the students' parents.",
          'Before starting, the students were briefed by museum staff on the exhibition areas, from the history of the coal-mining region and the culture of the sea to the natural world of Ha Long Bay. Volunteers showed visitors the way, gave short introductions to some key exhibits and helped foreign visitors when needed.',
          "Each shift lasted three hours and a teacher was always present to look after the students' health and safety. The students noted down the questions visitors asked most often, to build a short English-language guide together.",
          '“Some questions, about mining or about the Dao people of Quang Ninh, I could only answer after reading up at home. Thanks to that, I understand my home province better,” said Tran Duc Huy of class 11A1.',
        ],
        method: 'machine-assisted',
        state: 'draft',
      },
    ],
  },
  {
    key: 'giao-luu-truc-tuyen-han-quoc',
    title: 'Giao lưu trực tuyến với học sinh một trường trung học tại Hàn Quốc',
    summary: 'Học sinh lớp 11 Chuyên Anh giao lưu trực tuyến với bạn học tại thành phố Changwon, Hàn Quốc, cùng giới thiệu về trường học, món ăn và lễ hội truyền thống của hai nước bằng tiếng Anh.',
    paragraphs: [
      'Chiều 27/11/2025, 35 học sinh lớp 11 Chuyên Anh Trường THPT Lê Chân có buổi giao lưu trực tuyến với học sinh một trường trung học phổ thông tại thành phố Changwon, Hàn Quốc. Buổi giao lưu kéo dài 90 phút, sử dụng tiếng Anh làm ngôn ngữ chung.',
      'Mở đầu chương trình, học sinh hai trường giới thiệu về ngôi trường, thời khóa biểu và các câu lạc bộ của mình. Các bạn Hàn Quốc quan tâm đến lễ chào cờ sáng thứ Hai và phong trào thể thao học đường ở Việt Nam, còn học sinh Lê Chân hỏi nhiều về cách các bạn chuẩn bị thi đại học và tham gia hoạt động tình nguyện.',
      'Phần được chờ đợi nhất là “Góc văn hóa”, nơi hai bên giới thiệu món ăn và lễ hội truyền thống. Học sinh Lê Chân trình chiếu video về Vịnh Hạ Long và cách gói bánh chưng ngày Tết, hướng dẫn các bạn vài câu chào hỏi bằng tiếng Việt; các bạn Hàn Quốc giới thiệu Tết Trung thu Chuseok và món kim chi.',
      'Hai trường thống nhất duy trì giao lưu trực tuyến mỗi học kỳ một lần và trao đổi thư, bưu thiếp giữa các lớp. Theo cô Nguyễn Thị Hồng Nhung, giáo viên chủ nhiệm lớp 11 Chuyên Anh, những buổi giao lưu như vậy giúp học sinh tự tin sử dụng ngoại ngữ và hiểu thêm về bạn bè trong khu vực.',
    ],
    planArea: 'integration-sovereignty',
    category: 'international',
    tags: ['giao lưu quốc tế', 'Hàn Quốc', 'tiếng Anh'],
    byline: 'Nguyễn Thị Hồng Nhung',
    eventDate: '2025-11-27',
    channels: ['portal', 'vietnam-vn', 'province'],
    image: 'img-exchange-class',
    state: 'published',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: 'Online exchange with students of a high school in Korea',
        summary: 'Students of class 11 English met peers from Changwon, Korea, online and introduced their schools, food and traditional festivals to each other in English.',
        paragraphs: [
          'On the afternoon of 27 November 2025, 35 students of class 11 English at Le Chan High School took part in an online exchange with students of a general high school in Changwon, Korea. The 90-minute exchange was held in English.',
          'To begin, students of both schools introduced their school, timetable and clubs. The Korean students were curious about the Monday morning flag ceremony and school sport in Vietnam, while Le Chan students asked many questions about how their Korean peers prepare for university entrance exams and take part in volunteering.',
          'The most awaited part was the “Culture corner”, where both sides presented their food and traditional festivals. Le Chan students showed videos of Ha Long Bay and of wrapping banh chung for Tet, and taught a few Vietnamese greetings; the Korean students introduced Chuseok and kimchi.',
          'The two schools agreed to hold an online exchange every semester and to exchange letters and postcards between classes. Ms Nguyen Thi Hong Nhung, form teacher of class 11 English, said such exchanges help students use foreign languages with confidence and understand their friends in the region better.',
        ],
        method: 'human',
        state: 'published',
      },
      {
        language: 'ko',
        title: '한국 고등학교 학생들과 온라인 교류',
        summary: '레쩐 고등학교 11학년 영어 특성화반 학생들이 한국 창원시의 한 고등학교 학생들과 온라인으로 만나 두 나라의 학교생활, 음식, 전통 명절을 영어로 소개했습니다.',
        paragraphs: [
          '2025년 11월 27일 오후, 레쩐 고등학교 11학년 영어 특성화반 학생 35명이 한국 창원시의 한 일반계 고등학교 학생들과 온라인 교류 행사를 가졌습니다. 교류는 90분 동안 영어로 진행되었습니다.',
          '첫 순서에서 두 학교 학생들은 각자의 학교와 시간표, 동아리 활동을 소개했습니다. 한국 학생들은 월요일 아침 국기 게양식과 베트남의 학교 체육 활동에 관심을 보였고, 레쩐 고등학교 학생들은 한국 친구들의 대입 준비 방법과 봉사 활동에 대해 많은 질문을 했습니다.',
          '가장 기대를 모은 순서는 두 나라의 음식과 전통 명절을 소개하는 ‘문화 코너’였습니다. 레쩐 고등학교 학생들은 하롱베이와 베트남 설날인 뗏(Tết)에 먹는 반쯩 만들기 영상을 보여 주고 간단한 베트남어 인사말을 가르쳐 주었으며, 한국 학생들은 추석과 김치를 소개했습니다.',
          '두 학교는 앞으로 학기마다 한 번씩 온라인 교류를 이어 가고, 학급 간에 편지와 엽서를 주고받기로 했습니다. 담임인 응우옌 티 홍 늉 선생님은 이러한 교류가 학생들이 자신 있게 외국어를 사용하고 이웃 나라 친구들을 더 깊이 이해하는 데 도움이 된다고 말했습니다.',
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'tet-sum-vay-binh-ngo-2026',
    title: 'Ấm áp chương trình “Tết sum vầy” Xuân Bính Ngọ 2026',
    summary: 'Trước kỳ nghỉ Tết Nguyên đán, nhà trường tổ chức gói bánh chưng, tặng chữ đầu xuân và trao 60 suất quà cho học sinh có hoàn cảnh khó khăn, lan tỏa nét đẹp Tết cổ truyền của dân tộc.',
    paragraphs: [
      'Ngày 6/2/2026, Trường THPT Lê Chân tổ chức chương trình “Tết sum vầy” chào Xuân Bính Ngọ 2026. Sân trường rực rỡ sắc đỏ của câu đối, đèn lồng và những gian trưng bày do các lớp tự trang trí.',
      'Hoạt động được học sinh yêu thích nhất là thi gói bánh chưng. Dưới sự hướng dẫn của thầy cô và cha mẹ học sinh, mỗi lớp gói từ 10 đến 15 chiếc bánh; bánh luộc chín được dành tặng học sinh có hoàn cảnh khó khăn và các gia đình chính sách gần trường.',
      'Tại góc “Ông đồ xứ Quảng”, Câu lạc bộ Thư pháp tặng chữ đầu xuân cho thầy cô, học sinh và khách mời. Nhà trường cũng trao 60 suất quà Tết, mỗi suất trị giá 500.000 đồng, cho học sinh có hoàn cảnh khó khăn từ nguồn đóng góp của cán bộ, giáo viên và cựu học sinh.',
      'Câu lạc bộ Tiếng Anh giới thiệu phong tục Tết Việt bằng tiếng Anh trong một video ngắn để gửi tới các trường bạn ở nước ngoài. Nhà trường nhắc nhở học sinh đón Tết vui tươi, an toàn, chấp hành quy định về an toàn giao thông và phòng, chống cháy nổ trong những ngày nghỉ.',
    ],
    planArea: 'integration-sovereignty',
    category: 'holidays-sovereignty',
    tags: ['Tết Nguyên đán', 'Xuân Bính Ngọ 2026', 'văn hóa truyền thống'],
    byline: 'Ban Truyền thông nhà trường',
    eventDate: '2026-02-06',
    channels: ['portal', 'province', 'vietnam-vn'],
    image: 'img-school-building',
    state: 'published',
    author: 'editor2',
    translations: [
      {
        language: 'en',
        title: 'A warm “Tet together” to welcome the Year of the Horse 2026',
        summary:
          'Before the Lunar New Year holiday, the school wrapped banh chung, gave New Year calligraphy and presented 60 gifts to students in difficult circumstances, sharing the traditions of Tet.',
        paragraphs: [
          'On 6 February 2026, Le Chan High School held its “Tet together” celebration to welcome the Lunar New Year of the Horse. The schoolyard glowed with red couplets, lanterns and stalls decorated by each class.',
          "The students' favourite activity was the banh chung wrapping contest. Guided by teachers and parents, each class wrapped 10 to 15 of the square sticky-rice cakes; once boiled, they were given to students in difficult circumstances and to families of war veterans and martyrs living near the school.",
          'At the “Scholar of Quang Ninh” corner, the Calligraphy Club wrote New Year characters for teachers, students and guests. The school also presented 60 Tet gifts worth 500,000 dong each to students in need, funded by contributions from staff, teachers and former students.',
          'The English Club explained Vietnamese Tet customs in English in a short video to be sent to partner schools abroad. The school reminded students to enjoy a happy and safe holiday, respecting traffic rules and fire-safety regulations.',
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'ky-niem-30-4-va-chu-quyen-bien-dao',
    title: 'Kỷ niệm 51 năm Ngày Giải phóng miền Nam và trưng bày tư liệu về chủ quyền biển, đảo',
    summary: 'Nhà trường tổ chức chào cờ đặc biệt kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước và khai mạc trưng bày bản đồ, tư liệu về hai quần đảo Hoàng Sa, Trường Sa của Việt Nam.',
    paragraphs: [
      'Sáng 27/4/2026, Trường THPT Lê Chân tổ chức buổi chào cờ đặc biệt kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2026). Thầy cô và học sinh cùng ôn lại ý nghĩa lịch sử của Chiến dịch Hồ Chí Minh và sức mạnh của khối đại đoàn kết toàn dân tộc.',
      'Ngay sau lễ chào cờ, nhà trường khai mạc trưng bày “Hoàng Sa, Trường Sa – máu thịt của Tổ quốc” tại thư viện. Trưng bày giới thiệu bản sao một số bản đồ, châu bản triều Nguyễn và tư liệu được sưu tầm từ các nguồn chính thống, cùng các bài viết, tranh vẽ của học sinh về biển, đảo.',
      'Thầy Trịnh Văn Lâm, giáo viên Lịch sử, giới thiệu với học sinh những bằng chứng lịch sử và căn cứ pháp lý khẳng định chủ quyền của Việt Nam đối với hai quần đảo Hoàng Sa và Trường Sa. Thầy nhấn mạnh chủ trương nhất quán của Việt Nam là giải quyết các tranh chấp bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế, đặc biệt là Công ước của Liên hợp quốc về Luật Biển năm 1982.',
      'Là học sinh của một tỉnh ven biển với nhiều đảo như Cô Tô, Vân Đồn, các em được khuyến khích tìm hiểu về biển, đảo từ nguồn thông tin chính thống và thể hiện tình yêu biển, đảo bằng những việc làm cụ thể. Khu trưng bày mở cửa cho học sinh và cha mẹ học sinh đến hết ngày 15/5/2026.',
    ],
    planArea: 'integration-sovereignty',
    category: 'holidays-sovereignty',
    tags: ['30/4', 'chủ quyền biển, đảo', 'Hoàng Sa', 'Trường Sa'],
    byline: 'Trịnh Văn Lâm',
    eventDate: '2026-04-27',
    channels: ['portal', 'doet', 'province'],
    image: 'img-school-building',
    state: 'published',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: 'Marking 51 years since the liberation of the South, with an exhibition on sea-and-islands sovereignty',
        summary:
          "The school held a special flag ceremony for the 51st anniversary of the liberation of the South and national reunification, and opened an exhibition of maps and documents on Vietnam's Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagos.",
        paragraphs: [
          'On the morning of 27 April 2026, Le Chan High School held a special flag ceremony to mark the 51st anniversary of the liberation of the South and national reunification (30 April 1975 – 30 April 2026). Teachers and students recalled the historic significance of the Ho Chi Minh Campaign and the strength of national unity.',
          "Right after the ceremony, the school opened the exhibition “Hoang Sa and Truong Sa – flesh and blood of the Fatherland” in the library. It shows copies of maps, Nguyen dynasty imperial records and documents collected from official sources, together with students' writing and drawings about the sea and islands.",
          "History teacher Trinh Van Lam presented the historical evidence and legal grounds affirming Vietnam's sovereignty over the Hoang Sa and Truong Sa archipelagos. He stressed Vietnam's consistent policy of settling disputes by peaceful means on the basis of international law, in particular the 1982 United Nations Convention on the Law of the Sea.",
          'Living in a coastal province with many islands, such as Co To and Van Don, students are encouraged to learn about the sea and islands from official sources and to show their love for them through practical actions. The exhibition is open to students and parents until 15 May 2026.',
        ],
        method: 'human',
        state: 'in_review',
      },
    ],
  },
  {
    key: 'hoc-sinh-gioi-thieu-san-pham-ocop',
    title: 'Học sinh giới thiệu sản phẩm OCOP Quảng Ninh bằng tiếng Anh',
    summary: 'Trong dự án học tập liên môn, học sinh khối 12 tìm hiểu và giới thiệu bằng tiếng Anh những sản phẩm OCOP tiêu biểu của tỉnh như ba kích, chả mực Hạ Long và gốm Đông Triều.',
    paragraphs: [
      'Ngày 16/1/2026, học sinh khối 12 Trường THPT Lê Chân trình bày dự án học tập liên môn “OCOP Quảng Ninh – Kể chuyện sản phẩm quê hương”. Dự án kết hợp kiến thức các môn Địa lí, Giáo dục kinh tế và pháp luật và Tiếng Anh.',
      'Quảng Ninh là địa phương đầu tiên trong cả nước triển khai Chương trình “Mỗi xã, phường một sản phẩm” (OCOP) từ năm 2013, sau đó mô hình được nhân rộng trên toàn quốc. Các nhóm học sinh lựa chọn những sản phẩm tiêu biểu như ba kích Ba Chẽ, chả mực Hạ Long, gốm Đông Triều, trà hoa vàng và tìm hiểu câu chuyện phía sau mỗi sản phẩm.',
      'Để có tư liệu, nhiều nhóm đã trò chuyện với các cơ sở sản xuất, tìm hiểu quy trình giã chả mực bằng tay, cách sơ chế củ ba kích hay kỹ thuật tráng men gốm. Mỗi nhóm làm một tờ giới thiệu song ngữ và một bài thuyết trình ngắn bằng tiếng Anh dành cho du khách.',
      'Cô Vũ Thị Ngọc Ánh, giáo viên Địa lí phụ trách dự án, cho biết học sinh không chỉ rèn kỹ năng thuyết trình mà còn hiểu hơn giá trị kinh tế, văn hóa của sản phẩm địa phương. Những tờ giới thiệu tốt nhất được trưng bày tại thư viện và sẽ được dùng khi nhà trường đón khách quốc tế.',
    ],
    planArea: 'ocop',
    category: 'province',
    tags: ['OCOP', 'sản phẩm địa phương', 'dự án liên môn'],
    byline: 'Vũ Thị Ngọc Ánh',
    eventDate: '2026-01-16',
    channels: ['portal', 'province', 'vietnam-vn'],
    image: 'img-ocop-products',
    state: 'published',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: "Students present Quang Ninh's OCOP products in English",
        summary:
          "In a cross-subject project, grade 12 students researched some of the province's signature OCOP products, such as morinda root, Ha Long squid cakes and Dong Trieu pottery, and presented them in English.",
        paragraphs: [
          'On 16 January 2026, grade 12 students of Le Chan High School presented their cross-subject project “Quang Ninh OCOP – telling the stories of our local products”. The project combined geography, economic and legal education, and English.',
          'Quang Ninh was the first locality in Vietnam to launch the “One Commune One Product” (OCOP) programme, in 2013, and the model was later adopted nationwide. Student groups chose signature products such as Ba Che morinda root, Ha Long squid cakes, Dong Trieu pottery and golden camellia tea, and explored the story behind each one.',
          'To gather material, many groups talked to local producers and learned how squid paste is pounded by hand, how morinda roots are prepared and how pottery is glazed. Each group produced a bilingual leaflet and a short English presentation for visitors.',
          'Ms Vu Thi Ngoc Anh, the geography teacher in charge of the project, said students not only practised their presentation skills but also came to appreciate the economic and cultural value of local products. The best leaflets are on display in the library and will be used when the school welcomes international guests.',
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'tap-luyen-khai-giang-2026-2027',
    title: 'Học sinh tập luyện đồng diễn chuẩn bị Lễ khai giảng năm học 2026–2027',
    summary: 'Hơn 200 học sinh tập luyện tiết mục đồng diễn cho Lễ khai giảng năm học 2026–2027, gắn với kỷ niệm 81 năm Cách mạng tháng Tám và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
    paragraphs: [
      'Những ngày cuối tháng 8/2026, sân Trường THPT Lê Chân rộn ràng tiếng nhạc và tiếng hô nhịp của hơn 200 học sinh tập luyện tiết mục đồng diễn “Tự hào Việt Nam”. Tiết mục sẽ được biểu diễn tại Lễ khai giảng năm học 2026–2027 vào ngày 5/9/2026.',
      'Năm nay, lễ khai giảng gắn với kỷ niệm 81 năm Cách mạng tháng Tám thành công (19/8/1945 – 19/8/2026) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 – 2/9/2026). Phần đồng diễn tái hiện hình ảnh lá cờ Tổ quốc, bản đồ Việt Nam với hai quần đảo Hoàng Sa, Trường Sa và Vịnh Hạ Long quê hương.',
      'Để bảo đảm sức khỏe cho học sinh, nhà trường bố trí lịch tập vào sáng sớm và chiều muộn, mỗi buổi không quá 90 phút, có nhân viên y tế trực. Học sinh lớp 10 mới nhập học cũng được làm quen với nội quy và truyền thống nhà trường qua các buổi sinh hoạt đầu năm.',
    ],
    planArea: 'integration-sovereignty',
    category: 'holidays-sovereignty',
    tags: ['khai giảng', 'Quốc khánh 2/9', 'năm học 2026–2027'],
    byline: 'Ban Truyền thông nhà trường',
    eventDate: '2026-09-05',
    channels: ['portal'],
    image: 'img-opening-rehearsal',
    state: 'draft',
    author: 'editor2',
    translations: [],
  },
]

export const achievements: SeedAchievement[] = [
  {
    key: 'hsg-tinh-dia-li-2025-2026',
    title: 'Học sinh lớp 12A2 đoạt Giải Nhì kỳ thi chọn học sinh giỏi cấp tỉnh môn Địa lí',
    summary: 'Em Nguyễn Minh Anh, lớp 12A2, đạt Giải Nhì môn Địa lí tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2025–2026; đội tuyển Địa lí của trường có 4/6 học sinh đạt giải.',
    paragraphs: [
      'Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2025–2026 do Sở Giáo dục và Đào tạo Quảng Ninh tổ chức, em Nguyễn Minh Anh, lớp 12A2, đạt Giải Nhì môn Địa lí. Đội tuyển Địa lí của nhà trường có 4/6 học sinh đạt giải, gồm một Giải Nhì, một Giải Ba và hai Giải Khuyến khích.',
      'Minh Anh cho biết em yêu thích môn Địa lí từ những chuyến đi cùng gia đình tới các vùng biển, đảo của Quảng Ninh. Trong quá trình ôn luyện, em chú trọng kỹ năng đọc bản đồ, phân tích bảng số liệu, biểu đồ và liên hệ kiến thức với thực tiễn phát triển kinh tế – xã hội của tỉnh.',
      'Cô Vũ Thị Ngọc Ánh, giáo viên bồi dưỡng đội tuyển, chia sẻ thành tích của các em là kết quả của sự kiên trì trong nhiều tháng, với những buổi học vào cuối tuần và các chuyên đề tự nghiên cứu. Nhà trường đã khen thưởng học sinh đạt giải và giáo viên bồi dưỡng trong buổi chào cờ đầu tuần.',
    ],
    competition: 'Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2025–2026',
    level: 'province',
    award: 'Giải Nhì',
    subject: 'Địa lí',
    schoolYear: '2025-2026',
    date: '2025-12-10',
    students: [
      {
        name: 'Nguyễn Minh Anh',
        className: '12A2',
        isMinor: true,
        consentStatus: 'obtained',
        consentScope: ['portal', 'feeds'],
      },
    ],
    teachers: [{ name: 'Vũ Thị Ngọc Ánh', subject: 'Địa lí' }],
    channels: ['portal', 'doet'],
    state: 'published',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: 'Class 12A2 student wins second prize in the provincial geography contest',
        summary:
          "Nguyen Minh Anh of class 12A2 won second prize in geography at the 2025–2026 provincial contest for outstanding grade 12 students; four of the six members of the school's geography team won prizes.",
        paragraphs: [
          "At the 2025–2026 provincial contest for outstanding grade 12 students, organised by the Quang Ninh Department of Education and Training, Nguyen Minh Anh of class 12A2 won second prize in geography. Four of the six members of the school's geography team won prizes: one second prize, one third prize and two consolation prizes.",
          'Minh Anh says her love of geography grew from family trips to the coast and islands of Quang Ninh. While preparing, she focused on reading maps, analysing tables and charts, and relating what she learned to the social and economic development of the province.',
          'Ms Vu Thi Ngoc Anh, who coached the team, said the results reflect months of perseverance, with weekend sessions and independent research topics. The school honoured the prize-winners and their teacher at the Monday flag ceremony.',
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'khkt-quoc-gia-2025-2026',
    title: 'Dự án giám sát chất lượng nước ven bờ đạt Giải Ba Cuộc thi Khoa học kỹ thuật cấp quốc gia',
    summary:
      'Dự án thiết bị giám sát chất lượng nước ven bờ chi phí thấp của hai học sinh đạt Giải Ba lĩnh vực Khoa học môi trường tại Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học năm học 2025–2026.',
    paragraphs: [
      'Dự án “Thiết bị giám sát độ đục và độ mặn của nước ven bờ chi phí thấp, kết nối Internet” của em Lê Hoàng Nam (lớp 12A1) và em Đỗ Phương Thảo (lớp 11A1) đạt Giải Ba lĩnh vực Khoa học môi trường tại Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học năm học 2025–2026. Trước đó, dự án đạt Giải Nhất cấp tỉnh và được chọn vào đoàn dự thi của tỉnh Quảng Ninh.',
      'Xuất phát từ mong muốn góp phần bảo vệ môi trường biển quê hương, nhóm thiết kế một thiết bị nhỏ gọn dùng cảm biến giá rẻ và vi điều khiển, tự động gửi số liệu về điện thoại. Trong ba tháng, nhóm đặt thiết bị thử nghiệm tại một số điểm ven bờ và đối chiếu kết quả với các phép đo trong phòng thí nghiệm của trường.',
      'Ban giám khảo đánh giá cao tính thực tiễn và chi phí thấp của sản phẩm, đồng thời góp ý để nhóm bổ sung chỉ số đo và tăng độ bền của thiết bị trong môi trường nước mặn. Nhóm sẽ tiếp tục hoàn thiện sản phẩm với sự hướng dẫn của thầy Nguyễn Văn Tùng và cô Trần Thị Bích Ngọc.',
    ],
    competition: 'Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học năm học 2025–2026',
    level: 'national',
    award: 'Giải Ba',
    subject: 'Khoa học môi trường',
    schoolYear: '2025-2026',
    date: '2026-03-18',
    students: [
      {
        name: 'Lê Hoàng Nam',
        className: '12A1',
        isMinor: false,
        consentStatus: 'obtained',
        consentScope: ['portal', 'feeds', 'press'],
      },
      {
        name: 'Đỗ Phương Thảo',
        className: '11A1',
        isMinor: true,
        consentStatus: 'obtained',
        consentScope: ['portal', 'feeds', 'press'],
      },
    ],
    teachers: [
      { name: 'Nguyễn Văn Tùng', subject: 'Vật lí' },
      { name: 'Trần Thị Bích Ngọc', subject: 'Sinh học' },
    ],
    channels: ['portal', 'doet', 'province'],
    state: 'published',
    author: 'editor2',
    translations: [
      {
        language: 'en',
        title: 'Coastal water-monitoring project wins third prize at the national science and engineering fair',
        summary:
          "Two students' low-cost device for monitoring coastal water quality won third prize in environmental science at the 2025–2026 national science and engineering fair for secondary school students.",
        paragraphs: [
          'The project “A low-cost, internet-connected device for monitoring the turbidity and salinity of coastal water” by Le Hoang Nam (class 12A1) and Do Phuong Thao (class 11A1) won third prize in environmental science at the 2025–2026 national science and engineering fair for secondary school students. The project had earlier won first prize at provincial level and was selected for the Quang Ninh delegation.',
          'Wanting to help protect the sea near their home, the pair designed a compact device that uses inexpensive sensors and a microcontroller and sends readings to a phone automatically. For three months they tested it at several coastal spots and compared its readings with measurements taken in the school laboratory.',
          "The judges praised the device's practicality and low cost, and suggested adding more indicators and making it more durable in salt water. The team will keep improving it under the guidance of Mr Nguyen Van Tung and Ms Tran Thi Bich Ngoc.",
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'olympic-tieng-anh-cap-tinh-2026',
    title: 'Học sinh lớp 11 Chuyên Anh đoạt Giải Nhất Olympic Tiếng Anh cấp tỉnh',
    summary: 'Em Nguyễn Khánh Vy đạt Giải Nhất và em Hoàng Gia Bảo đạt Giải Ba tại Kỳ thi Olympic Tiếng Anh dành cho học sinh THPT tỉnh Quảng Ninh năm học 2025–2026.',
    paragraphs: [
      'Tại Kỳ thi Olympic Tiếng Anh dành cho học sinh THPT tỉnh Quảng Ninh năm học 2025–2026, em Nguyễn Khánh Vy, lớp 11 Chuyên Anh, đạt Giải Nhất; em Hoàng Gia Bảo, cùng lớp, đạt Giải Ba. Kỳ thi gồm các phần nghe, đọc, viết và nói, đánh giá toàn diện năng lực sử dụng tiếng Anh của học sinh.',
      'Khánh Vy là thành viên tích cực của Câu lạc bộ Tiếng Anh và từng dẫn chương trình buổi giao lưu trực tuyến với học sinh Hàn Quốc. Em cho biết thói quen đọc tin tức bằng tiếng Anh mỗi ngày, trong đó có các bài viết về Việt Nam trên Cổng Vietnam.vn, giúp em mở rộng vốn từ và tự tin hơn ở phần thi nói.',
      'Cô Đặng Thị Lan Hương, Tổ trưởng Tổ Ngoại ngữ, cho biết nhà trường chú trọng tạo môi trường sử dụng tiếng Anh thường xuyên qua câu lạc bộ, các dự án song ngữ và hoạt động giao lưu quốc tế. Kết quả của hai em là nguồn động viên lớn cho phong trào học ngoại ngữ của trường.',
    ],
    competition: 'Kỳ thi Olympic Tiếng Anh dành cho học sinh THPT tỉnh Quảng Ninh năm học 2025–2026',
    level: 'province',
    award: 'Giải Nhất',
    subject: 'Tiếng Anh',
    schoolYear: '2025-2026',
    date: '2026-01-24',
    students: [
      {
        name: 'Nguyễn Khánh Vy',
        className: '11 Chuyên Anh',
        isMinor: true,
        consentStatus: 'obtained',
        consentScope: ['portal', 'feeds'],
      },
      {
        name: 'Hoàng Gia Bảo',
        className: '11 Chuyên Anh',
        isMinor: true,
        consentStatus: 'obtained',
        consentScope: ['portal', 'feeds'],
      },
    ],
    teachers: [
      { name: 'Đặng Thị Lan Hương', subject: 'Tiếng Anh' },
      { name: 'Nguyễn Thị Hồng Nhung', subject: 'Tiếng Anh' },
    ],
    channels: ['portal', 'doet'],
    image: 'img-english-club',
    relatedArticle: 'gioi-thieu-cong-vietnam-vn',
    state: 'published',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: 'Class 11 English student wins first prize in the provincial English Olympiad',
        summary: 'Nguyen Khanh Vy won first prize and Hoang Gia Bao third prize at the 2025–2026 Quang Ninh English Olympiad for upper-secondary students.',
        paragraphs: [
          'At the 2025–2026 Quang Ninh English Olympiad for upper-secondary students, Nguyen Khanh Vy of class 11 English won first prize, and her classmate Hoang Gia Bao won third prize. The Olympiad tests listening, reading, writing and speaking, giving a full picture of how well students use English.',
          'Khanh Vy is an active member of the English Club and hosted the online exchange with Korean students. She says her habit of reading the news in English every day, including articles about Vietnam on the Vietnam.vn portal, has widened her vocabulary and made her more confident in the speaking test.',
          "Ms Dang Thi Lan Huong, head of the Foreign Languages team, said the school works to give students regular chances to use English through clubs, bilingual projects and international exchanges. The two students' results are a great encouragement for language learning across the school.",
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'hoi-khoe-phu-dong-tinh-2025',
    title: 'Học sinh lớp 10A6 giành Huy chương Vàng môn Điền kinh tại Hội khỏe Phù Đổng tỉnh Quảng Ninh',
    summary: 'Em Hà Thị Thu Uyên, lớp 10A6, giành Huy chương Vàng nội dung chạy 1.500 m nữ khối THPT tại Hội khỏe Phù Đổng tỉnh Quảng Ninh năm 2025.',
    paragraphs: [
      'Tại Hội khỏe Phù Đổng tỉnh Quảng Ninh năm 2025, em Hà Thị Thu Uyên, lớp 10A6, giành Huy chương Vàng nội dung chạy 1.500 m nữ khối THPT. Đây là lần đầu tiên Thu Uyên thi đấu ở cấp tỉnh.',
      'Thu Uyên được thầy Đinh Công Sơn phát hiện năng khiếu qua giải chạy việt dã cấp trường đầu năm học. Từ đó, em tập luyện đều đặn vào mỗi buổi sáng trước giờ vào lớp mà vẫn duy trì kết quả học tập tốt.',
      'Cùng với Huy chương Vàng của Thu Uyên, đoàn vận động viên nhà trường còn giành một Huy chương Bạc môn Cầu lông và hai Huy chương Đồng môn Bơi. Kết quả này góp phần lan tỏa phong trào rèn luyện thể dục, thể thao trong học sinh toàn trường.',
    ],
    competition: 'Hội khỏe Phù Đổng tỉnh Quảng Ninh năm 2025',
    level: 'province',
    award: 'Huy chương Vàng',
    subject: 'Điền kinh (chạy 1.500 m nữ)',
    schoolYear: '2025-2026',
    date: '2025-11-22',
    students: [
      {
        name: 'Hà Thị Thu Uyên',
        className: '10A6',
        isMinor: true,
        consentStatus: 'obtained',
        consentScope: ['portal'],
      },
    ],
    teachers: [{ name: 'Đinh Công Sơn', subject: 'Giáo dục thể chất' }],
    channels: ['portal'],
    state: 'published',
    author: 'editor2',
    translations: [
      {
        language: 'en',
        title: 'Class 10A6 student wins athletics gold at the Quang Ninh Phu Dong Games',
        summary: "Ha Thi Thu Uyen of class 10A6 won the gold medal in the upper-secondary girls' 1,500 m at the 2025 Phu Dong Games of Quang Ninh province.",
        paragraphs: [
          "At the 2025 Phu Dong Games of Quang Ninh province, Ha Thi Thu Uyen of class 10A6 won the gold medal in the upper-secondary girls' 1,500 m. It was her first competition at provincial level.",
          'Her talent was spotted by PE teacher Dinh Cong Son at the school cross-country race at the start of the school year. Since then she has trained every morning before lessons while keeping up good results in class.',
          "Besides Thu Uyen's gold, the school team won a silver medal in badminton and two bronze medals in swimming. The results help spread the habit of regular exercise and sport among all students.",
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'rung-chuong-vang-bien-dao-2026',
    title: 'Em Vương Thảo Nguyên “rung chuông vàng” tại hội thi tìm hiểu về biển, đảo Việt Nam',
    summary: 'Em Vương Thảo Nguyên, lớp 10A2, là thí sinh rung chuông vàng tại Hội thi “Rung chuông vàng – Tìm hiểu biển, đảo Việt Nam” cấp trường năm học 2025–2026.',
    paragraphs: [
      'Chiều 29/4/2026, trong chuỗi hoạt động kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước, Đoàn trường THPT Lê Chân tổ chức Hội thi “Rung chuông vàng – Tìm hiểu biển, đảo Việt Nam” với sự tham gia của 100 học sinh khối 10 và khối 11. Hội thi tiếp nối buổi nói chuyện chuyên đề và khu trưng bày về chủ quyền biển, đảo mà nhà trường khai mạc đầu tuần.',
      'Các câu hỏi xoay quanh quá trình xác lập và thực thi chủ quyền của Việt Nam đối với hai quần đảo Hoàng Sa, Trường Sa, những quy định cơ bản của Công ước của Liên hợp quốc về Luật Biển năm 1982 và kiến thức về kinh tế biển, các đảo của tỉnh Quảng Ninh. Sau 30 câu hỏi, em Vương Thảo Nguyên, lớp 10A2, là thí sinh duy nhất trả lời đúng câu hỏi cuối cùng và rung chuông vàng.',
      'Thảo Nguyên chia sẻ em đã đọc nhiều tư liệu tại khu trưng bày về Hoàng Sa, Trường Sa ở thư viện trường trong hai ngày trước hội thi. Thầy Trịnh Văn Lâm, giáo viên Lịch sử, đánh giá hội thi giúp học sinh tiếp cận kiến thức về biển, đảo một cách sinh động, từ nguồn thông tin chính xác.',
    ],
    competition: 'Hội thi “Rung chuông vàng – Tìm hiểu biển, đảo Việt Nam” cấp trường năm học 2025–2026',
    level: 'school',
    award: 'Giải Nhất (Rung chuông vàng)',
    subject: 'Lịch sử – Địa lí',
    schoolYear: '2025-2026',
    date: '2026-04-29',
    students: [
      {
        name: 'Vương Thảo Nguyên',
        className: '10A2',
        isMinor: true,
        consentStatus: 'obtained',
        consentScope: ['portal', 'feeds'],
      },
    ],
    teachers: [{ name: 'Trịnh Văn Lâm', subject: 'Lịch sử' }],
    channels: ['portal', 'doet'],
    relatedArticle: 'ky-niem-30-4-va-chu-quyen-bien-dao',
    state: 'published',
    author: 'editor',
    translations: [
      {
        language: 'en',
        title: "Vuong Thao Nguyen rings the golden bell in the school quiz on Vietnam's sea and islands",
        summary: "Vuong Thao Nguyen of class 10A2 was the last contestant standing in the school's “Ring the golden bell – Vietnam's sea and islands” quiz for the 2025–2026 school year.",
        paragraphs: [
          "On the afternoon of 29 April 2026, as part of the activities marking the 51st anniversary of the liberation of the South and national reunification, the Youth Union of Le Chan High School held the quiz “Ring the golden bell – Vietnam's sea and islands”, with 100 students from grades 10 and 11. The quiz followed on from the talk and the exhibition on sea-and-islands sovereignty that the school had opened earlier that week.",
          'Questions covered how Vietnam established and exercised its sovereignty over the Hoang Sa and Truong Sa archipelagos, the main provisions of the 1982 United Nations Convention on the Law of the Sea, the marine economy and the islands of Quang Ninh. After 30 questions, Vuong Thao Nguyen of class 10A2 was the only contestant to answer the final question correctly and ring the golden bell.',
          'Thao Nguyen said she had read many of the documents in the library exhibition on Hoang Sa and Truong Sa in the two days before the quiz. History teacher Trinh Van Lam said the quiz helped students learn about the sea and islands in a lively way, from accurate sources.',
        ],
        method: 'human',
        state: 'published',
      },
    ],
  },
  {
    key: 'viet-thu-quoc-te-upu-2026',
    title: 'Học sinh lớp 12A3 đạt Giải Khuyến khích toàn quốc Cuộc thi viết thư quốc tế UPU',
    summary: 'Bức thư của em Phan Ngọc Hà, lớp 12A3, đạt Giải Khuyến khích toàn quốc Cuộc thi viết thư quốc tế UPU năm 2026 sau khi giành Giải Nhất cấp tỉnh.',
    paragraphs: [
      'Em Phan Ngọc Hà, lớp 12A3, vừa đạt Giải Khuyến khích toàn quốc Cuộc thi viết thư quốc tế UPU năm 2026 dành cho thanh thiếu niên. Trước đó, bài viết của em đạt Giải Nhất cấp tỉnh và được chọn gửi dự thi vòng toàn quốc.',
      'Bức thư của Ngọc Hà gửi người ông từng là ngư dân, kể về những buổi chiều hai ông cháu ngồi vá lưới bên bến cá Hồng Gai và những đổi thay của quê hương hôm nay. Với giọng văn chân thành, giàu hình ảnh, bức thư gửi gắm mong ước của người trẻ về một vùng biển xanh, sạch và bình yên.',
      'Cô Lê Thị Hồng Vân, giáo viên Ngữ văn hướng dẫn, cho biết điều đáng quý ở bài viết là em kể về những điều rất gần gũi bằng cảm xúc thật. Nhà trường sẽ tổ chức buổi giới thiệu các bài viết đạt giải để khuyến khích học sinh tham gia cuộc thi trong những năm tới.',
    ],
    competition: 'Cuộc thi viết thư quốc tế UPU năm 2026',
    level: 'national',
    award: 'Giải Khuyến khích',
    subject: 'Ngữ văn',
    schoolYear: '2025-2026',
    date: '2026-05-08',
    students: [{ name: 'Phan Ngọc Hà', className: '12A3', isMinor: false, consentStatus: 'obtained', consentScope: ['portal'] }],
    teachers: [{ name: 'Lê Thị Hồng Vân', subject: 'Ngữ văn' }],
    channels: ['portal', 'doet'],
    state: 'in_review',
    author: 'editor2',
    translations: [
      {
        language: 'en',
        title: 'Class 12A3 student wins a national consolation prize in the UPU letter-writing competition',
        summary: 'The letter by Phan Ngoc Ha of class 12A3 won a national consolation prize in the 2026 UPU International Letter-Writing Competition, after taking first prize at provincial level.',
        paragraphs: [
          'Phan Ngoc Ha of class 12A3 has won a national consolation prize in the 2026 UPU International Letter-Writing Competition for Young People. Her letter had earlier won first prize in the province and was selected for the national round.',
          "Ngoc Ha wrote to her grandfather, a former fisherman, recalling afternoons mending nets together at the Hong Gai fishing wharf and describing how their home town has changed. Sincere and full of imagery, the letter expresses a young person's hope for a clean, blue and peaceful sea.",
          'Her literature teacher, Ms Le Thi Hong Van, said the letter stands out because it tells of familiar things with genuine feeling. The school will hold a reading of the prize-winning letters to encourage more students to enter in the coming years.',
        ],
        method: 'machine-assisted',
        state: 'draft',
      },
    ],
  },
  {
    key: 'robotics-quoc-te-truc-tuyen-2026',
    title: 'Đội Robotics của trường đạt Giải Khuyến khích vòng chung kết trực tuyến cuộc thi robotics quốc tế',
    summary:
      'Với mô hình robot thu gom rác nổi trên mặt nước, đội Robotics Trường THPT Lê Chân đạt Giải Khuyến khích tại vòng chung kết trực tuyến một cuộc thi robotics quốc tế dành cho học sinh trung học.',
    paragraphs: [
      'Đội Robotics Trường THPT Lê Chân gồm ba học sinh khối 10, 11 và 12 đạt Giải Khuyến khích tại vòng chung kết trực tuyến Cuộc thi Robotics dành cho học sinh trung học khu vực châu Á – Thái Bình Dương. Vòng chung kết có các đội đến từ nhiều quốc gia và vùng lãnh thổ tham gia.',
      'Sản phẩm dự thi của đội là mô hình robot thu gom rác nổi trên mặt nước, được điều khiển từ xa và có thể tự quay về điểm xuất phát khi pin yếu. Ý tưởng xuất phát từ những buổi các em tham gia dọn rác ven biển vào cuối tuần.',
      'Thầy Nguyễn Văn Tùng, giáo viên hướng dẫn, cho biết đội đã thử nghiệm robot nhiều lần tại bể bơi và khu vực ven biển gần trường dưới sự giám sát của giáo viên. Trong phần vấn đáp bằng tiếng Anh, các em trình bày rõ quá trình thiết kế, thử nghiệm và sửa lỗi của robot.',
    ],
    competition: 'Cuộc thi Robotics dành cho học sinh trung học khu vực châu Á – Thái Bình Dương (vòng chung kết trực tuyến)',
    level: 'international',
    award: 'Giải Khuyến khích',
    subject: 'Tin học – Công nghệ',
    schoolYear: '2025-2026',
    date: '2026-05-23',
    students: [
      {
        name: 'Cao Minh Quân',
        className: '12A1',
        isMinor: false,
        consentStatus: 'obtained',
        consentScope: ['portal', 'feeds'],
      },
      { name: 'Đinh Tuấn Kiệt', className: '11A1', isMinor: true, consentStatus: 'obtained', consentScope: ['portal'] },
      { name: 'Mai Anh Thư', className: '10A1', isMinor: true, consentStatus: 'missing', consentScope: [] },
    ],
    teachers: [
      { name: 'Nguyễn Văn Tùng', subject: 'Vật lí' },
      { name: 'Lý Thị Hải Yến', subject: 'Tin học' },
    ],
    channels: ['portal'],
    state: 'draft',
    author: 'editor',
    translations: [],
  },
]
