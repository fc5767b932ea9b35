/* The plugin's zh catalogue (Chinese (simplified)): the admin, API errors, e-mails, feeds, reports and the portal read it. */
import type { Catalogue } from './types'

const zh: Catalogue = {
  "collections": {
    "articles": {
      "singular": "文章",
      "plural": "文章"
    },
    "achievements": {
      "singular": "成绩",
      "plural": "成绩"
    },
    "languageVersions": {
      "singular": "语言版本",
      "plural": "语言版本"
    },
    "categories": {
      "singular": "栏目",
      "plural": "栏目"
    },
    "media": {
      "singular": "媒体文件",
      "plural": "媒体"
    },
    "workflowEvents": {
      "singular": "工作流事件",
      "plural": "工作流事件"
    },
    "publishedEntries": {
      "singular": "发布条目",
      "plural": "发布索引"
    },
    "users": {
      "singular": "用户",
      "plural": "用户"
    },
    "destinations": {
      "singular": "推送目标",
      "plural": "推送目标"
    },
    "deliveries": {
      "singular": "推送记录",
      "plural": "推送日志"
    },
    "integrations": {
      "singular": "集成",
      "plural": "集成（拉取 API 密钥）"
    },
    "planTasks": {
      "singular": "计划任务",
      "plural": "计划任务"
    },
    "pressMonitoring": {
      "singular": "舆情监测事件",
      "plural": "舆情监测"
    },
    "foreignPressVisits": {
      "singular": "外国记者来访",
      "plural": "外国记者来访"
    },
    "implementationReports": {
      "singular": "落实情况报告",
      "plural": "落实情况报告"
    }
  },
  "globals": {
    "siteSettings": "网站设置",
    "publishingSettings": "发布设置"
  },
  "groups": {
    "content": "内容",
    "library": "资源库",
    "system": "系统",
    "delivery": "推送",
    "plan": "计划与报告"
  },
  "fields": {
    "title": "标题",
    "slug": "Slug（URL）",
    "slugDescription": "留空时根据标题生成；在同一语言内唯一。",
    "summary": "摘要",
    "body": "正文",
    "language": "语言",
    "category": "栏目",
    "planArea": "计划领域",
    "tags": "标签",
    "featuredImage": "封面图片",
    "gallery": "图集",
    "videoUrl": "视频 URL",
    "byline": "署名",
    "eventDate": "活动日期",
    "channels": "分发渠道",
    "publishAt": "定时发布时间",
    "unpublishAt": "定时取消发布时间",
    "languageVersionsJoin": "语言版本",
    "description": "说明",
    "competition": "比赛",
    "level": "级别",
    "award": "奖项",
    "subject": "科目",
    "schoolYear": "学年",
    "schoolYearDescription": "例如 2025-2026。",
    "students": "学生",
    "studentName": "姓名",
    "className": "班级",
    "isMinor": "未满 18 岁",
    "consentStatus": "同意情况",
    "consentScope": "同意范围",
    "consentExpiresAt": "同意到期日",
    "teachers": "教师",
    "teacherName": "教师",
    "date": "日期",
    "images": "图片",
    "relatedArticle": "相关文章",
    "source": "原文",
    "translator": "译者",
    "method": "翻译方式",
    "sourceRevision": "原文修订版本",
    "sourceHash": "原文内容哈希",
    "outdated": "需要更新",
    "outdatedDescription": "本版本创建后，原文已批准的标题、摘要或正文发生了变化。",
    "syncWithSource": "标记为与原文同步",
    "syncWithSourceDescription": "对照原文当前文本核对本版本后勾选；保存时将清除“过时”标记。",
    "name": "名称",
    "alt": "替代文本",
    "caption": "图片说明",
    "credit": "来源署名",
    "depictsMinors": "含未满 18 岁的学生",
    "roles": "角色",
    "unit": "单位",
    "preferredLanguage": "首选语言",
    "workflowState": "状态",
    "author": "作者",
    "lastEditedBy": "最后编辑者",
    "contributors": "自上次批准以来的修改者",
    "contributorsDescription": "这些人不能批准此修订版本（四眼原则）。",
    "approvedBy": "批准人",
    "approvedAt": "批准时间",
    "approvedHash": "已批准内容哈希",
    "liveUse": "已发布内容正在使用",
    "publishRequestedBy": "发布申请人",
    "publishedAt": "发布时间",
    "searchText": "搜索文本",
    "actor": "操作人",
    "actorLabel": "操作人（姓名）",
    "at": "时间",
    "from": "原状态",
    "to": "新状态",
    "action": "操作",
    "comment": "备注",
    "contentHash": "内容哈希",
    "document": "文档",
    "documentCollection": "集合",
    "documentId": "文档 ID",
    "mediaRef": "媒体文件",
    "schoolName": "学校名称",
    "schoolDescription": "学校简介",
    "logo": "标志",
    "publicUrl": "公开网址",
    "contacts": "联系方式",
    "contactLabel": "标签",
    "email": "电子邮件",
    "phone": "电话",
    "address": "地址",
    "spokesperson": "发言人",
    "spokespersonTitle": "发言人职务",
    "fourEyes": "任何人不得批准自己的工作（四眼原则）",
    "extraChecklist": "额外的批准检查项",
    "checklistKey": "键",
    "checklistLabel": "标签",
    "defaultChannels": "新内容的默认渠道",
    "feedItemLimit": "每个订阅源的条目数",
    "newsPublicationName": "出版物名称（Google News）",
    "approvedTextHash": "已批准文本哈希",
    "live": "已在网站上线"
  },
  "planAreas": {
    "resolution-47": "贯彻落实关于对外宣传工作的第47/NQ-CP号决议",
    "human-rights": "人权宣传教育",
    "vietnam-vn": "通过Vietnam.vn门户网站宣传国家形象",
    "province-image": "宣传本省形象",
    "integration-sovereignty": "国际融入、海洋岛屿主权与2026年重大节日",
    "ocop": "本省特色产品与品牌（OCOP）"
  },
  "channels": {
    "portal": "学校门户网站",
    "vietnam-vn": "Vietnam.vn",
    "province": "省门户网站",
    "doet": "教育培训厅"
  },
  "levels": {
    "school": "校级",
    "province": "省级",
    "national": "国家级",
    "international": "国际级"
  },
  "methods": {
    "human": "人工翻译",
    "machine-assisted": "机器辅助翻译"
  },
  "consentStatus": {
    "not-needed": "无需",
    "obtained": "已取得",
    "missing": "缺失",
    "withdrawn": "已撤回"
  },
  "consentScope": {
    "portal": "学校门户网站",
    "feeds": "订阅源和聚合平台",
    "press": "新闻媒体和省门户网站"
  },
  "roles": {
    "admin": "管理员",
    "leader": "领导",
    "editor": "编辑",
    "translator": "译者",
    "viewer": "查看者"
  },
  "states": {
    "draft": "草稿",
    "in_review": "待审核",
    "changes_requested": "已要求修改",
    "approved": "已批准",
    "published": "已发布",
    "unpublished": "已取消发布",
    "published_pending": "已发布 · 修改待审"
  },
  "actions": {
    "submit": "提交审核",
    "request_changes": "要求修改",
    "approve": "批准",
    "publish": "发布",
    "unpublish": "取消发布",
    "reopen": "重新打开",
    "consent_changed": "同意情况已变更",
    "marked_up_to_date": "已标记为最新"
  },
  "languages": {
    "vi": "越南语",
    "en": "英语",
    "zh": "中文",
    "ko": "韩语",
    "ja": "日语",
    "fr": "法语",
    "es": "西班牙语",
    "de": "德语",
    "ru": "俄语"
  },
  "validation": {
    "required": "{{field}} 为必填项。",
    "slugFormat": "请使用小写字母 a–z、数字和单个连字符，例如“hoi-thao-2026”。",
    "slugTaken": "Slug“{{slug}}”已被{{language}}的另一条内容使用。",
    "schoolYear": "学年请写成两个连续的年份，例如 2025-2026。",
    "url": "请输入以 https:// 或 http:// 开头的完整网址。",
    "unpublishBeforePublish": "“定时取消发布时间”必须晚于“定时发布时间”。",
    "sameLanguageAsSource": "语言版本的语言必须与原文（{{language}}）不同。",
    "duplicateLanguageVersion": "该原文已有{{language}}版本，请编辑该版本。",
    "sourceMissing": "原文已不存在。",
    "unknownLanguage": "“{{language}}”不是本网站的语言之一：{{languages}}。",
    "consentExpiryNeeded": "请填写同意的到期日期，或选择其他同意情况。",
    "consentScopeNeeded": "请注明同意的范围（门户网站、订阅源、新闻媒体）。",
    "minorNeedsConsent": "显示未满 18 岁学生的图片需要填写其同意情况：已取得、缺失或已撤回，不能为“无需”。",
    "eventDateFuture": "活动日期距今超过一年，请检查年份。",
    "checklistKey": "检查项的键请使用小写字母、数字和驼峰命名，例如“photoCreditChecked”。",
    "endBeforeStart": "该日期早于开始日期，请选择更晚的日期。"
  },
  "errors": {
    "richTextShape": "请发送编辑器的 JSON：一个对象，其“root”的类型为“root”，并包含“children”列表。",
    "richTextNode": "本编辑器不支持节点类型“{{type}}”。",
    "richTextInvalid": "编辑器无法读取该内容（{{detail}}）。",
    "tooManyAttempts": "该地址尝试次数过多，请在 {{seconds}} 秒后重试。",
    "firstRegisterClosed": "在生产环境中，第一个账号不能通过网页创建。请由管理员在服务器上运行“npm run create-admin”创建。",
    "badId": "“{{id}}”不是有效的 ID：此处的 ID 为整数。",
    "badParam": "查询参数“{{param}}”无效：{{reason}}",
    "reasonJson": "必须是 JSON 对象，或写成 where[field][operator]=value 的形式。",
    "reasonInteger": "请使用 {{min}} 到 {{max}} 之间的整数。",
    "reasonLocale": "请使用 {{locales}} 之一，或“all”。",
    "reasonText": "请使用纯文本，且只能出现一次。",
    "badJsonBody": "请求体不是有效的 JSON，请发送 JSON 对象。",
    "bodyTooLarge": "请求体超过了此处允许的上限 {{max}}。",
    "badEncoding": "地址中含有无法解码的百分号编码（例如单独的“%”），请按 UTF-8 编码。",
    "badRichText": "字段“{{field}}”不是有效的富文本：{{reason}}",
    "tooManyPixels": "图片尺寸为 {{width}}×{{height}} 像素（{{megapixels}} 百万像素），上限为 {{max}} 百万像素。请缩小尺寸后重试。",
    "unsupportedMediaType": "请以“Content-Type: application/json”发送请求，并附带 JSON 请求体。",
    "emptyFile": "文件为空，请重新选择图片。",
    "fileTooLarge": "文件大小为 {{size}} MB，上传上限为 {{max}} MB。请缩小或压缩后重试。",
    "uploadLimit": "文件超过了上传上限 {{max}} MB。请缩小或压缩后重试。",
    "notAnImage": "文件“{{name}}”不是可读取的图片。请上传 JPEG、PNG、WebP 或 GIF 文件。",
    "auditReadOnly": "工作流事件属于审计日志，不能修改或删除。",
    "workflowFieldReadOnly": "工作流字段“{{field}}”只能通过工作流操作更改。"
  },
  "workflow": {
    "errors": {
      "unauthenticated": "请登录后再执行工作流操作。",
      "notFound": "{{collection}} 中没有 ID 为 {{id}} 的条目。",
      "commentTooLong": "备注长度为 {{length}} 个字符，上限为 {{max}} 个字符，请缩短。",
      "badBody": "请发送 JSON 请求体，例如 {\"action\": \"submit\", \"comment\": \"…\"}。",
      "unknownAction": "“{{action}}”不是工作流操作。请使用以下之一：submit、request_changes、approve、publish、unpublish、reopen。",
      "invalidTransition": "内容处于“{{state}}”状态时无法执行“{{action}}”。",
      "forbidden": "您的角色无权对此内容执行“{{action}}”。",
      "fourEyes": "您不能批准由您撰写、编辑或在上次批准后修改过的修订版本。请让另一位领导批准。",
      "commentRequired": "请填写备注说明原因（“{{action}}”需要备注）。",
      "changedSinceApproval": "内容在批准后发生了变化，发布前必须重新批准。",
      "gatesFailed": "暂时无法执行“{{action}}”：{{problems}}。",
      "publishGuard": "发布须经过审核流程：先提交内容，再由领导批准并发布。",
      "restoreAsDraft": "请将早期版本恢复为草稿（之后再经过审核）；不允许直接恢复到线上网站。",
      "notTranslator": "只有本版本的译者才能确认其内容仍然准确。",
      "badPublishAt": "“publishAt”必须是日期和时间，例如 2026-12-01T08:00:00+07:00。",
      "notTranslatorOrLeader": "只有本版本的译者、领导或管理员才能将其标记为最新。"
    },
    "gates": {
      "checklist": "勾选批准检查清单中的所有项目（{{items}}）",
      "consentMissing": "{{name}} 中有未满 18 岁的学生，其同意情况为“{{status}}”",
      "consentExpired": "{{name}} 的同意已过期",
      "consentScope": "{{name}} 的同意不涵盖 {{channels}}",
      "outdated": "此译文已过时（原文已更改）；译者必须更新译文或确认其仍然准确",
      "textMissing": "{{field}} 为空",
      "altMissing": "图片 {{name}} 没有该语言的替代文本"
    },
    "checklist": {
      "noStateSecrets": "不含国家秘密内容",
      "sourcesVerified": "信息来源已核实",
      "spokespersonApproved": "适合由学校公开发布（符合新闻发言人制度）",
      "consentVerified": "所有出镜人员均已取得同意"
    },
    "ui": {
      "title": "工作流",
      "state": "状态",
      "actions": "操作",
      "noActions": "在此状态下，您没有可执行的操作。",
      "comment": "备注",
      "commentRequired": "备注（必填）",
      "confirm": "确认",
      "cancel": "取消",
      "history": "历史记录",
      "noHistory": "暂无工作流事件。",
      "compare": "自上次批准的修订版本以来的变更",
      "checklist": "批准检查清单",
      "publishAt": "发布时间（留空则立即发布）",
      "scheduled": "计划于 {{time}} 发布",
      "confirmUpToDate": "我确认此译文仍然准确",
      "outdatedWarning": "本版本创建后，原文已批准的文本发生了变化。",
      "reviewQueue": "待审核",
      "reviewQueueEmpty": "没有待审核的内容。",
      "saveFirst": "请先保存文档。",
      "done": "完成：内容当前状态为“{{state}}”。",
      "system": "系统",
      "outdatedBadge": "需要更新",
      "markUpToDate": "标记为最新",
      "markUpToDateHelp": "请先对照原文已批准的文本核对本版本。此操作将记入历史记录。",
      "saveBeforeAction": "执行“{{label}}”前请先保存：表单有未保存的更改。请先保存（“保存草稿”），然后重试。",
      "problemsTitle": "请先解决以下问题：",
      "fixAlt": "添加替代文本",
      "fixPhoto": "打开图片",
      "fixField": "前往该字段",
      "fixChecklist": "勾选下方各项",
      "changedSinceSubmit": "文本在提交审核后发生了变化。批准前请检查变更内容。",
      "compareSubmitted": "自提交以来的变更",
      "versionHistory": "版本历史",
      "submittedBy": "由 {{name}} 于 {{time}} 提交",
      "pendingEdit": "在此次修改获批准并发布之前，已发布的版本仍保留在网站上。",
      "editState": "此次修改：{{state}}",
      "markedUpToDate": "已标记为最新。"
    },
    "dashboard": {
      "myDrafts": "我的草稿",
      "changesRequested": "要求我修改的内容",
      "waiting": "等待我审核",
      "outdatedMine": "我的待更新译文",
      "outdatedAll": "待更新的译文",
      "recent": "最近发布",
      "empty": "暂无内容。",
      "item": "内容",
      "type": "类型",
      "language": "语言",
      "submitter": "提交人",
      "waitingFor": "等待时长",
      "updated": "更新时间",
      "published": "发布时间",
      "state": "状态",
      "title": "我的工作",
      "failedDeliveries": "推送失败或已放弃（30 天内）"
    },
    "source": {
      "title": "原文",
      "approved": "已批准的文本（{{language}}）",
      "draft": "草稿，尚未批准（{{language}}）",
      "changes": "本版本创建后原文的变更",
      "noOld": "原文历史中已找不到本版本所依据的文本。",
      "noChanges": "标题、摘要和正文均无变更。",
      "open": "打开原文",
      "pick": "请先选择原文，其文本将显示在此处。",
      "photos": "图片：{{language}}的替代文本和图片说明",
      "photosNeedLanguage": "请先选择本版本的语言，再编辑图片的文字。",
      "noPhotos": "原文没有图片。",
      "sourceAlt": "原文中的替代文本：{{alt}}",
      "savePhoto": "保存",
      "saved": "已保存。",
      "sourceCaption": "原文中的图片说明：{{caption}}"
    }
  },
  "feeds": {
    "title": "{{school}}：新闻与成绩",
    "description": "{{school}} 发布的新闻和学生成绩",
    "errors": {
      "unknownLanguage": "没有“{{language}}”的订阅源。可用语言：{{languages}}。",
      "unknownFormat": "未知的订阅源格式“{{format}}”。请使用以下之一：{{formats}}。",
      "unknownChannel": "未知的渠道“{{channel}}”。请使用以下之一：{{channels}}。",
      "unknownCategory": "没有 Slug 为“{{category}}”的栏目。已有栏目：{{categories}}。"
    }
  },
  "portal": {
    "home": "首页",
    "news": "新闻",
    "latestNews": "最新消息",
    "achievements": "成绩",
    "latestAchievements": "最新成绩",
    "allAchievements": "全部成绩",
    "categories": "栏目",
    "search": "搜索",
    "searchLabel": "搜索新闻和成绩",
    "searchHint": "越南语声调符号可省略：“dong trieu”可找到“Đông Triều”。",
    "searchResults": "“{{q}}”的搜索结果：{{count}} 条",
    "noResults": "未找到与“{{q}}”相关的内容。",
    "nothingYet": "这里还没有发布任何内容。",
    "languages": "语言",
    "readIn": "用{{language}}阅读",
    "notTranslated": "首页：本文没有该语言版本",
    "publishedOn": "发布于 {{date}}",
    "updatedOn": "更新于 {{date}}",
    "by": "作者：{{name}}",
    "photo": "图片：{{credit}}",
    "draftBanner": "Bản nháp / 草稿预览：尚未发布，仅登录的工作人员可见",
    "skipToContent": "跳到正文",
    "mainNav": "主导航",
    "older": "较早",
    "newer": "较新",
    "pagination": "分页",
    "notFoundTitle": "页面未找到",
    "notFoundBody": "该页面可能已移动或已从网站撤下。",
    "backHome": "返回首页",
    "feeds": "订阅源",
    "footer": "© {{year}} {{school}}",
    "menu": "菜单",
    "notPublishedYet": "草稿：尚未发布"
  },
  "email": {
    "submit": {
      "subject": "【待审核】{{title}}",
      "body": "{{actor}} 已提交“{{title}}”，等待审核。\n\n打开：{{url}}"
    },
    "request_changes": {
      "subject": "【要求修改】{{title}}",
      "body": "{{actor}} 要求修改“{{title}}”：\n\n{{comment}}\n\n打开：{{url}}"
    },
    "approve": {
      "subject": "【已批准】{{title}}",
      "body": "{{actor}} 已批准“{{title}}”。\n\n打开：{{url}}"
    },
    "publish": {
      "subject": "【已发布】{{title}}",
      "body": "“{{title}}”现已发布。\n\n打开：{{url}}"
    },
    "unpublish": {
      "subject": "【已取消发布】{{title}}",
      "body": "“{{title}}”已被 {{actor}} 取消发布：\n\n{{comment}}\n\n打开：{{url}}"
    },
    "outdated": {
      "subject": "【需要更新】{{title}}",
      "body": "在您的版本“{{title}}”创建之后，原文“{{source}}”发生了变化，且该变更已获批准。请更新您的版本；如果仍然一致，请将其标记为最新。\n\n打开：{{url}}"
    },
    "deliveryDead": {
      "subject": "【推送已停止】{{item}} → {{destination}}",
      "body": "{{item}}（{{language}}）推送到“{{destination}}”已失败 {{attempts}} 次，将不再重试。请检查接收方，然后在推送日志中点击“重新发送”。"
    },
    "destinationGone": {
      "subject": "【推送目标已停用】{{destination}}",
      "body": "“{{destination}}”在 {{url}} 返回了 410 Gone，已被停用。在管理员重新启用之前，不会再向其发送任何内容。"
    },
    "package": {
      "published": {
        "subject": "[{{school}}] {{title}}",
        "body": "{{school}} 已发布“{{title}}”。附件资料包包含 Word 文档和 HTML 网页格式的文本、带说明和来源署名的图片、ninjs 以及批准记录。"
      },
      "updated": {
        "subject": "[{{school}}] 已更新：{{title}}",
        "body": "{{school}} 已发布“{{title}}”经批准的新版本。请用附件资料包替换之前的版本。"
      },
      "withdrawn": {
        "subject": "[{{school}}] 已撤回：{{title}}",
        "body": "{{school}} 已撤回“{{title}}”。请将其从贵方网站撤下。"
      }
    }
  },
  "seed": {
    "logins": "演示账号（密码：{{password}}）："
  },
  "delivery": {
    "destinationsDescription": "接收已批准内容的门户网站和聚合平台：通过 Webhook（按 Standard Webhooks 签名）或电子邮件推送。",
    "fields": {
      "kind": "类型",
      "url": "接收方 URL",
      "urlDescription": "每次变更都会 POST 到此地址，例如 https://portal.example.vn/hooks/lechan。本机或内网地址将被拒绝。",
      "emails": "电子邮件地址",
      "emailsDescription": "每条已发布内容将以资料包形式发送到这些地址（电子邮件发送功能尚未实现）。",
      "secret": "签名密钥",
      "secretDescription": "只写：一个 whsec_… 密钥（Standard Webhooks）。留空将自动生成；点击“生成新的签名密钥”可获取新密钥，仅显示一次，之后不会再显示。",
      "languages": "语言",
      "languagesDescription": "不选择：所有语言。",
      "categoriesDescription": "不选择：所有栏目。",
      "enabled": "已启用",
      "disabledReason": "停用原因",
      "item": "内容",
      "itemKey": "内容键",
      "event": "事件",
      "status": "状态",
      "attempts": "尝试次数",
      "lastStatusCode": "最近响应（HTTP）",
      "lastError": "最近错误",
      "nextAttemptAt": "下次尝试",
      "deliveredAt": "送达时间",
      "webhookId": "Webhook ID（接收方的幂等键）"
    },
    "kinds": {
      "webhook": "Webhook（HTTP POST）",
      "email": "电子邮件"
    },
    "events": {
      "published": "已发布",
      "updated": "已更新",
      "withdrawn": "已撤回"
    },
    "statuses": {
      "pending": "待发送",
      "delivered": "已送达",
      "failed": "失败",
      "dead": "已放弃"
    },
    "errors": {
      "secretFormat": "签名密钥的格式必须为 whsec_ 加上 24 到 64 字节的 base64 编码。留空可自动生成。",
      "adminsOnly": "只有管理员可以管理推送目标及其密钥。",
      "resendRole": "只有领导和管理员可以重新发送推送。",
      "urlRequired": "请填写接收方的 URL（https://…）。",
      "url_private": "该地址位于本机或内网（{{address}}）：只能推送到公网地址。",
      "url_scheme": "请使用完整的 http:// 或 https:// 地址。",
      "url_unresolved": "无法解析该主机名，请检查地址。",
      "emailsRequired": "请至少填写一个有效的电子邮件地址 {{email}}",
      "sendingNow": "正在发送中：请等待本次尝试完成（最多一分钟），如仍需要再重新发送。"
    },
    "secretShownOnce": "请立即将此密钥复制到接收方：它不会再次显示。",
    "resent": "已加入队列，将立即使用相同的 webhook-id 重新发送。",
    "resend": "重新发送",
    "rotate": "生成新的签名密钥（仅显示一次）"
  },
  "package": {
    "errors": {
      "notPublished": "只有已发布的内容才有资料包：请先发布（此内容目前不在网站上）。",
      "collection": "资料包仅适用于 {{collections}}。"
    },
    "approvalLine": "由 {{name}} 于 {{time}} 批准（内容 {{hash}}）。",
    "dateLine": "发布于 {{date}}",
    "download": "下载资料包（Word、HTML、图片）"
  },
  "pull": {
    "integrationsDescription": "使用 API 密钥拉取变更内容的聚合平台：GET /api/exports/changes。勾选“启用 API 密钥”，并将密钥复制到聚合平台。",
    "channelsDescription": "此密钥可读取的渠道。",
    "errors": {
      "key": "请发送集成的 API 密钥：Authorization: integrations API-Key {key}。",
      "disabled": "此集成已停用：请联系学校管理员启用。",
      "channel": "此密钥无权读取渠道“{{channel}}”。可读取：{{channels}}。",
      "language": "没有语言“{{language}}”。请使用以下之一：{{languages}}。",
      "cursor": "“since”必须是此 API 返回的游标（其“next”或某条目的“cursor”），或留空以从头开始。",
      "limit": "“limit”必须是 1 到 {{max}} 之间的整数。"
    }
  },
  "reports": {
    "planTasksDescription": "学校年度对外宣传工作计划的各项任务。请将文章和成绩关联到其所落实的任务。",
    "monitoringDescription": "计划第 1.3 项：在新闻媒体或社交媒体上发现的虚假或歪曲信息及处理情况。仅限领导和管理员；绝不公开。",
    "visitsDescription": "计划第 1.4 项：外国记者来访。仅限领导和管理员；绝不公开。",
    "reportsDescription": "向教育培训厅报告：选择期间，核对数据，撰写第二、三部分，然后下载 Word 和 Excel 文件。",
    "none": "（未设置）",
    "fields": {
      "year": "年份",
      "code": "项目",
      "codeDescription": "按计划中的编号，例如 1.3",
      "responsibleUnit": "负责单位",
      "coordinatingUnits": "配合单位",
      "recurrence": "频次",
      "deadline": "截止日期",
      "status": "状态",
      "occasions": "时间节点",
      "planTask": "计划任务",
      "planTaskDescription": "本内容所落实的年度计划任务（计入报告）。",
      "foundAt": "发现日期",
      "platform": "平台",
      "url": "链接",
      "topic": "主题",
      "assessment": "评估",
      "actionTaken": "已采取的措施",
      "actionDetails": "处理情况",
      "reportedTo": "上报单位",
      "reportedAt": "上报日期",
      "responseArticle": "我方回应文章",
      "reporters": "记者",
      "outlet": "媒体机构",
      "country": "国家",
      "startDate": "开始日期",
      "endDate": "结束日期",
      "purpose": "目的",
      "permissionReference": "许可文件",
      "permissionDescription": "批准此次来访的文件（文号、日期、签发机关）。",
      "escort": "陪同人员",
      "spokespersonPresent": "发言人在场",
      "materialsProvided": "提供的信息和资料",
      "publications": "相关报道",
      "notes": "备注",
      "from": "起始日期",
      "to": "终止日期",
      "summaryLine": "摘要行",
      "summaryLineDescription": "BÁO CÁO 下方的一行，例如 Kết quả thực hiện công tác thông tin đối ngoại quý IV năm 2026",
      "number": "文号",
      "place": "地点",
      "issuedOn": "日期",
      "parentAgency": "主管机关",
      "school": "学校",
      "results": "一、结果：自行撰写的内容",
      "resultsDescription": "添加在第一部分按任务领域列出的数据之后。",
      "limitations": "二、不足及原因",
      "nextTasks": "三、下一步任务及建议",
      "signingMode": "签署方式",
      "signerTitle": "签署人职务",
      "onBehalfOf": "代表",
      "signerName": "签署人姓名",
      "recipients": "Nơi nhận（收件单位）",
      "recipientsDescription": "每行一个收件单位。",
      "reportStatus": "状态",
      "statusDescription": "报告一经签发，将保留签发时的数据。",
      "schoolDescription": "留空：使用网站设置中的学校名称。"
    },
    "recurrences": {
      "once": "一次（截止日期前）",
      "monthly": "每月",
      "quarterly": "每季度",
      "each-holiday": "每个国家节日",
      "school-year": "全学年"
    },
    "taskStatuses": {
      "not-started": "未开始",
      "in-progress": "进行中",
      "done": "已完成"
    },
    "platforms": {
      "press": "新闻媒体",
      "facebook": "Facebook",
      "youtube": "YouTube",
      "tiktok": "TikTok",
      "zalo": "Zalo",
      "other": "其他"
    },
    "assessments": {
      "accurate": "准确",
      "inaccurate": "不准确",
      "distorted": "歪曲",
      "hostile": "敌对"
    },
    "actions": {
      "none": "尚未处理",
      "reported": "已上报",
      "response-published": "已发布回应",
      "correction-requested": "已要求更正",
      "removal-requested": "已要求删除"
    },
    "monitoringStatuses": {
      "open": "待处理",
      "reported": "已上报",
      "resolved": "已解决"
    },
    "signingModes": {
      "principal": "校长（直接签署）",
      "on-behalf": "代表（TM.）",
      "deputy": "代校长签（KT.）"
    },
    "reportStatuses": {
      "draft": "草稿",
      "issued": "已签发"
    },
    "subjects": {
      "month": "月份",
      "kind": "类型"
    },
    "tables": {
      "byLanguage": "按语言统计的发布量",
      "byPlanArea": "按计划领域统计的发布量",
      "byChannel": "按渠道统计的发布量",
      "byCategory": "按栏目统计的发布量",
      "byUnit": "按单位统计的发布量",
      "byMonth": "按月份统计的发布量",
      "byCollection": "按类型统计的发布量",
      "achievementsByLevel": "按级别统计的成绩",
      "achievementsByAward": "按奖项统计的成绩",
      "coverage": "翻译覆盖率（占在线内容的百分比）",
      "outdated": "待更新的译文",
      "deliveriesByStatus": "按状态统计的推送",
      "deliveriesByDestination": "按推送目标统计的推送",
      "monitoringByAssessment": "按评估统计的舆情监测事件",
      "monitoringByAction": "按处理措施统计的舆情监测事件",
      "monitoringByPlatform": "按平台统计的舆情监测事件",
      "visitsByCountry": "按国家统计的外国记者来访",
      "tasksByArea": "按领域统计的计划任务"
    },
    "summary": {
      "published": "期间内发布的内容",
      "liveNow": "当前在线的内容",
      "achievements": "期间内发布的成绩",
      "sourcesLive": "当前在线的原文",
      "outdated": "待更新的译文",
      "approvals": "期间内的批准次数",
      "medianHours": "批准用时中位数（小时）",
      "p90Hours": "批准用时第 90 百分位（小时）",
      "deliveries": "门户网站推送次数",
      "monitoring": "舆情监测事件",
      "visits": "外国记者来访",
      "tasks": "计划任务",
      "tasksDone": "已完成任务",
      "tasksInProgress": "进行中任务",
      "tasksOverdue": "逾期任务"
    },
    "xlsx": {
      "indicator": "指标",
      "value": "数值",
      "count": "数量",
      "percent": "百分比",
      "total": "合计",
      "summary": "汇总",
      "period": "期间：{{from}} 至 {{to}}"
    },
    "docx": {
      "overview": "{{from}} 至 {{to}}，学校共发布 {{published}} 条内容（新闻、文章及其语言版本），其中学生成绩 {{achievements}} 条；目前门户网站上共有 {{live}} 条内容。",
      "area": "已发布 {{count}} 条内容；该领域有 {{tasks}} 项计划任务。",
      "otherFigures": "翻译、批准、推送、监测",
      "figures": "计划任务：共 {{tasksTotal}} 项，已完成 {{tasksDone}} 项，逾期 {{overdue}} 项。批准用时中位数为 {{median}} 小时，第 90 百分位为 {{p90}} 小时。向门户网站推送 {{deliveries}} 次，已送达 {{delivered}} 次。{{outdated}} 篇译文需要更新。舆情监测事件 {{monitoring}} 起；外国记者来访 {{visits}} 次。",
      "deputy": "副校长",
      "noLimitations": "（由学校领导班子撰写。）",
      "noNextTasks": "（由学校领导班子撰写。）",
      "overdue": "逾期"
    },
    "defaults": {
      "parentAgency": "广宁省教育培训厅",
      "place": "广宁",
      "recipients": "广宁省教育培训厅（报告）；\n学校领导班子；\n存档：办公室。",
      "signerTitle": "校长",
      "summaryLine": "{{from}} 至 {{to}} 对外宣传工作落实结果"
    },
    "errors": {
      "role": "只有领导、查看者和管理员可以查看报告。",
      "format": "未知格式“{{format}}”：请使用 {{formats}} 之一。",
      "period": "期间“{{from}}”至“{{to}}”无效：请以 YYYY-MM-DD 格式填写起止日期，且开始日期不得晚于结束日期。"
    },
    "panel": {
      "title": "本期数据",
      "loading": "正在统计…",
      "saveFirst": "请选择期间并保存：数据和下载链接将显示在此处。",
      "issued": "已签发：以下为报告签发时的数据。",
      "live": "草稿：以下为当前的实时数据。",
      "downloadDocx": "下载 Word（.docx）",
      "downloadXlsx": "下载 Excel（.xlsx）",
      "unsaved": "请先保存更改：文件根据已保存的报告生成。",
      "error": "无法加载数据：{{message}}",
      "quarter": "季度"
    }
  }
}

export default zh
