/* The plugin's ko catalogue (Korean): the admin, API errors, e-mails, feeds, reports and the portal read it. */
import type { Catalogue } from './types'

const ko: Catalogue = {
  "collections": {
    "articles": {
      "singular": "기사",
      "plural": "기사"
    },
    "achievements": {
      "singular": "성과",
      "plural": "성과"
    },
    "languageVersions": {
      "singular": "언어판",
      "plural": "언어판"
    },
    "categories": {
      "singular": "분류",
      "plural": "분류"
    },
    "media": {
      "singular": "미디어 항목",
      "plural": "미디어"
    },
    "workflowEvents": {
      "singular": "워크플로 이벤트",
      "plural": "워크플로 이벤트"
    },
    "publishedEntries": {
      "singular": "게시 항목",
      "plural": "게시 색인"
    },
    "users": {
      "singular": "사용자",
      "plural": "사용자"
    },
    "destinations": {
      "singular": "전송 대상",
      "plural": "전송 대상"
    },
    "deliveries": {
      "singular": "전송",
      "plural": "전송 기록"
    },
    "integrations": {
      "singular": "연동",
      "plural": "연동(가져오기 API 키)"
    },
    "planTasks": {
      "singular": "계획 과제",
      "plural": "계획 과제"
    },
    "pressMonitoring": {
      "singular": "언론 모니터링 사례",
      "plural": "언론 모니터링"
    },
    "foreignPressVisits": {
      "singular": "외신 방문",
      "plural": "외신 방문"
    },
    "implementationReports": {
      "singular": "이행 보고서",
      "plural": "이행 보고서"
    }
  },
  "globals": {
    "siteSettings": "사이트 설정",
    "publishingSettings": "게시 설정"
  },
  "groups": {
    "content": "콘텐츠",
    "library": "라이브러리",
    "system": "시스템",
    "delivery": "전송",
    "plan": "계획 및 보고"
  },
  "fields": {
    "title": "제목",
    "slug": "슬러그(URL)",
    "slugDescription": "비워 두면 제목으로 만들어지며, 언어별로 고유해야 합니다.",
    "summary": "요약",
    "body": "본문",
    "language": "언어",
    "category": "분류",
    "planArea": "계획 분야",
    "tags": "태그",
    "featuredImage": "대표 이미지",
    "gallery": "갤러리",
    "videoUrl": "동영상 URL",
    "byline": "바이라인",
    "eventDate": "행사 날짜",
    "channels": "배포 채널",
    "publishAt": "예약 게시 시각",
    "unpublishAt": "예약 게시 중단 시각",
    "languageVersionsJoin": "언어판",
    "description": "설명",
    "competition": "대회",
    "level": "수준",
    "award": "수상",
    "subject": "과목",
    "schoolYear": "학년도",
    "schoolYearDescription": "예: 2025-2026.",
    "students": "학생",
    "studentName": "성명",
    "className": "학급",
    "isMinor": "18세 미만",
    "consentStatus": "동의",
    "consentScope": "동의 범위",
    "consentExpiresAt": "동의 만료일",
    "teachers": "교사",
    "teacherName": "교사",
    "date": "날짜",
    "images": "이미지",
    "relatedArticle": "관련 기사",
    "source": "원문",
    "translator": "번역자",
    "method": "방식",
    "sourceRevision": "원문 리비전",
    "sourceHash": "원문 콘텐츠 해시",
    "outdated": "업데이트 필요",
    "outdatedDescription": "이 판을 만든 뒤 원문의 승인된 제목, 요약 또는 본문이 변경되었습니다.",
    "syncWithSource": "원문 기준 최신으로 표시",
    "syncWithSourceDescription": "이 판을 원문의 현재 텍스트와 대조한 뒤 체크하세요. 저장하면 업데이트 필요 표시가 해제됩니다.",
    "name": "이름",
    "alt": "대체 텍스트",
    "caption": "캡션",
    "credit": "출처 표기",
    "depictsMinors": "18세 미만 학생이 나옴",
    "roles": "역할",
    "unit": "부서",
    "preferredLanguage": "선호 언어",
    "workflowState": "상태",
    "author": "작성자",
    "lastEditedBy": "최종 수정자",
    "contributors": "마지막 승인 이후 변경한 사람",
    "contributorsDescription": "이들은 이 리비전을 승인할 수 없습니다(이중 확인 원칙).",
    "approvedBy": "승인자",
    "approvedAt": "승인 시각",
    "approvedHash": "승인된 콘텐츠 해시",
    "liveUse": "게시된 항목에서 사용 중",
    "publishRequestedBy": "게시 요청자",
    "publishedAt": "게시 시각",
    "searchText": "검색용 텍스트",
    "actor": "수행자",
    "actorLabel": "수행자(이름)",
    "at": "시각",
    "from": "이전 상태",
    "to": "새 상태",
    "action": "작업",
    "comment": "의견",
    "contentHash": "콘텐츠 해시",
    "document": "문서",
    "documentCollection": "컬렉션",
    "documentId": "문서 ID",
    "mediaRef": "미디어 항목",
    "schoolName": "학교명",
    "schoolDescription": "학교 소개",
    "logo": "로고",
    "publicUrl": "공개 URL",
    "contacts": "연락처",
    "contactLabel": "라벨",
    "email": "이메일",
    "phone": "전화",
    "address": "주소",
    "spokesperson": "대변인",
    "spokespersonTitle": "대변인 직위",
    "fourEyes": "자신의 작업은 직접 승인할 수 없음(이중 확인 원칙)",
    "extraChecklist": "추가 승인 체크리스트 항목",
    "checklistKey": "키",
    "checklistLabel": "라벨",
    "defaultChannels": "새 항목의 기본 채널",
    "feedItemLimit": "피드당 항목 수",
    "newsPublicationName": "매체 이름(Google News)",
    "approvedTextHash": "승인된 텍스트 해시",
    "live": "사이트에 게시 중"
  },
  "planAreas": {
    "resolution-47": "대외 정보에 관한 결의 47/NQ-CP 이행",
    "human-rights": "인권 홍보 교육",
    "vietnam-vn": "Vietnam.vn 포털을 통한 국가 이미지 홍보",
    "province-image": "성 이미지 홍보",
    "integration-sovereignty": "국제 통합, 해양 도서 주권 및 2026년 주요 기념일",
    "ocop": "성의 특산품과 브랜드(OCOP)"
  },
  "channels": {
    "portal": "학교 포털",
    "vietnam-vn": "Vietnam.vn",
    "province": "성(省) 포털",
    "doet": "교육훈련국"
  },
  "levels": {
    "school": "교내",
    "province": "성(省)",
    "national": "전국",
    "international": "국제"
  },
  "methods": {
    "human": "사람 번역",
    "machine-assisted": "기계 번역 지원"
  },
  "consentStatus": {
    "not-needed": "필요 없음",
    "obtained": "받음",
    "missing": "없음",
    "withdrawn": "철회됨"
  },
  "consentScope": {
    "portal": "학교 포털",
    "feeds": "피드 및 애그리게이터",
    "press": "언론 및 성(省) 포털"
  },
  "roles": {
    "admin": "관리자",
    "leader": "책임자",
    "editor": "편집자",
    "translator": "번역자",
    "viewer": "열람자"
  },
  "states": {
    "draft": "초안",
    "in_review": "검토 대기",
    "changes_requested": "수정 요청됨",
    "approved": "승인됨",
    "published": "게시됨",
    "unpublished": "게시 중단됨",
    "published_pending": "게시됨 · 수정 대기 중"
  },
  "actions": {
    "submit": "검토 요청",
    "request_changes": "수정 요청",
    "approve": "승인",
    "publish": "게시",
    "unpublish": "게시 중단",
    "reopen": "다시 열기",
    "consent_changed": "동의 변경됨",
    "marked_up_to_date": "최신으로 표시됨"
  },
  "languages": {
    "vi": "베트남어",
    "en": "영어",
    "zh": "중국어",
    "ko": "한국어",
    "ja": "일본어",
    "fr": "프랑스어",
    "es": "스페인어",
    "de": "독일어",
    "ru": "러시아어"
  },
  "validation": {
    "required": "{{field}} 항목은 필수입니다.",
    "slugFormat": "영문 소문자 a–z, 숫자, 하이픈 하나씩만 사용하세요. 예: \"hoi-thao-2026\".",
    "slugTaken": "슬러그 \"{{slug}}\"은(는) 이미 {{language}}의 다른 항목에서 사용 중입니다.",
    "schoolYear": "학년도는 연속된 두 해로 입력하세요. 예: 2025-2026.",
    "url": "https:// 또는 http://로 시작하는 전체 웹 주소를 입력하세요.",
    "unpublishBeforePublish": "\"예약 게시 중단 시각\"은 \"예약 게시 시각\"보다 뒤여야 합니다.",
    "sameLanguageAsSource": "언어판은 원문({{language}})과 다른 언어여야 합니다.",
    "duplicateLanguageVersion": "이 원문에는 이미 {{language}} 판이 있습니다. 그 판을 수정하세요.",
    "sourceMissing": "원문 항목이 더 이상 존재하지 않습니다.",
    "unknownLanguage": "\"{{language}}\"은(는) 이 사이트의 언어가 아닙니다: {{languages}}.",
    "consentExpiryNeeded": "동의 만료일을 입력하거나 다른 동의 상태를 선택하세요.",
    "consentScopeNeeded": "동의 범위(포털, 피드, 언론)를 지정하세요.",
    "minorNeedsConsent": "18세 미만 학생이 나오는 이미지에는 동의 상태를 받음, 없음, 철회됨 중 하나로 지정해야 합니다(\"필요 없음\"은 선택할 수 없습니다).",
    "eventDateFuture": "행사 날짜가 1년도 더 남았습니다. 연도를 확인하세요.",
    "checklistKey": "체크리스트 키에는 영문 소문자, 숫자, camelCase를 사용하세요. 예: \"photoCreditChecked\".",
    "endBeforeStart": "이 날짜가 시작일보다 앞섭니다. 더 늦은 날짜를 선택하세요."
  },
  "errors": {
    "richTextShape": "편집기의 JSON을 보내세요. \"root\"의 type이 \"root\"이고 \"children\" 목록이 있는 객체여야 합니다.",
    "richTextNode": "노드 유형 \"{{type}}\"은(는) 이 편집기에 없습니다.",
    "richTextInvalid": "편집기가 읽을 수 없습니다({{detail}}).",
    "tooManyAttempts": "이 주소에서 시도가 너무 많습니다. {{seconds}}초 후에 다시 시도하세요.",
    "firstRegisterClosed": "운영 환경에서는 첫 계정을 웹에서 만들 수 없습니다. 관리자가 서버에서 \"npm run create-admin\"으로 만듭니다.",
    "badId": "\"{{id}}\"은(는) 올바른 ID가 아닙니다. 여기서 ID는 정수입니다.",
    "badParam": "쿼리 매개변수 \"{{param}}\"이(가) 올바르지 않습니다: {{reason}}",
    "reasonJson": "JSON 객체이거나 where[field][operator]=value 형식이어야 합니다.",
    "reasonInteger": "{{min}}부터 {{max}}까지의 정수를 사용하세요.",
    "reasonLocale": "{{locales}} 중 하나 또는 \"all\"을 사용하세요.",
    "reasonText": "일반 텍스트를 한 번만 사용하세요.",
    "badJsonBody": "요청 본문이 올바른 JSON이 아닙니다. JSON 객체를 보내세요.",
    "bodyTooLarge": "요청 본문이 여기서 허용하는 최대 크기인 {{max}}를 넘습니다.",
    "badEncoding": "주소에 디코딩할 수 없는 퍼센트 인코딩이 있습니다(예: 단독 \"%\"). UTF-8로 인코딩하세요.",
    "badRichText": "\"{{field}}\" 필드가 올바른 서식 있는 텍스트가 아닙니다: {{reason}}",
    "tooManyPixels": "이미지가 {{width}}×{{height}}픽셀({{megapixels}}MP)입니다. 최대 {{max}}MP까지 허용됩니다. 크기를 줄인 뒤 다시 시도하세요.",
    "unsupportedMediaType": "\"Content-Type: application/json\" 헤더와 JSON 본문으로 요청을 보내세요.",
    "emptyFile": "파일이 비어 있습니다. 이미지를 다시 선택하세요.",
    "fileTooLarge": "파일 크기가 {{size}}MB입니다. 업로드는 최대 {{max}}MB까지 허용됩니다. 크기를 줄이거나 압축한 뒤 다시 시도하세요.",
    "uploadLimit": "파일이 업로드 최대 크기인 {{max}}MB를 넘습니다. 크기를 줄이거나 압축한 뒤 다시 시도하세요.",
    "notAnImage": "\"{{name}}\" 파일은 읽을 수 있는 이미지가 아닙니다. JPEG, PNG, WebP 또는 GIF 파일을 업로드하세요.",
    "auditReadOnly": "워크플로 이벤트는 감사 로그이므로 변경하거나 삭제할 수 없습니다.",
    "workflowFieldReadOnly": "워크플로 필드 \"{{field}}\"은(는) 워크플로 작업으로만 바뀝니다."
  },
  "workflow": {
    "errors": {
      "unauthenticated": "워크플로 작업을 하려면 로그인하세요.",
      "notFound": "ID가 {{id}}인 {{collection}} 항목이 없습니다.",
      "commentTooLong": "의견이 {{length}}자입니다. 최대 {{max}}자까지 허용됩니다. 줄여 주세요.",
      "badBody": "{\"action\": \"submit\", \"comment\": \"…\"}와 같은 JSON 본문을 보내세요.",
      "unknownAction": "\"{{action}}\"은(는) 워크플로 작업이 아닙니다. 다음 중 하나를 사용하세요: submit, request_changes, approve, publish, unpublish, reopen.",
      "invalidTransition": "항목이 \"{{state}}\" 상태일 때는 \"{{action}}\"을(를) 할 수 없습니다.",
      "forbidden": "내 역할로는 이 항목에 \"{{action}}\"을(를) 할 수 없습니다.",
      "fourEyes": "마지막 승인 이후 본인이 작성, 편집 또는 변경한 리비전은 승인할 수 없습니다. 다른 책임자에게 승인을 요청하세요.",
      "commentRequired": "이유를 의견으로 작성하세요(\"{{action}}\"에는 의견이 필요합니다).",
      "changedSinceApproval": "승인 후 콘텐츠가 변경되었습니다. 게시하기 전에 다시 승인받아야 합니다.",
      "gatesFailed": "아직 \"{{action}}\"을(를) 할 수 없습니다: {{problems}}.",
      "publishGuard": "게시는 검토 워크플로를 거칩니다. 항목을 검토 요청하면 책임자가 승인하고 게시합니다.",
      "restoreAsDraft": "이전 버전은 초안으로 복원하세요(이후 검토를 거칩니다). 게시 중인 사이트로 바로 복원할 수는 없습니다.",
      "notTranslator": "이 판의 번역자만 내용이 여전히 정확하다고 확인할 수 있습니다.",
      "badPublishAt": "\"publishAt\"은 날짜와 시각이어야 합니다. 예: 2026-12-01T08:00:00+07:00.",
      "notTranslatorOrLeader": "이 판의 번역자, 책임자 또는 관리자만 최신으로 표시할 수 있습니다."
    },
    "gates": {
      "checklist": "승인 체크리스트의 모든 항목을 체크하세요({{items}})",
      "consentMissing": "{{name}}에 동의 상태가 \"{{status}}\"인 18세 미만 학생이 나옵니다",
      "consentExpired": "{{name}}의 동의가 만료되었습니다",
      "consentScope": "{{name}}의 동의 범위에 {{channels}}이(가) 포함되지 않습니다",
      "outdated": "원문이 변경되어 이 번역이 최신이 아닙니다. 번역자가 업데이트하거나 여전히 정확하다고 확인해야 합니다",
      "textMissing": "{{field}} 항목이 비어 있습니다",
      "altMissing": "이미지 {{name}}에 이 언어의 대체 텍스트가 없습니다"
    },
    "checklist": {
      "noStateSecrets": "국가 기밀 내용 없음",
      "sourcesVerified": "출처 확인 완료",
      "spokespersonApproved": "학교가 공개적으로 밝혀도 되는 내용임(대변인 규정)",
      "consentVerified": "등장하는 모든 사람의 동의 확보"
    },
    "ui": {
      "title": "워크플로",
      "state": "상태",
      "actions": "작업",
      "noActions": "이 상태에서는 할 수 있는 작업이 없습니다.",
      "comment": "의견",
      "commentRequired": "의견(필수)",
      "confirm": "확인",
      "cancel": "취소",
      "history": "이력",
      "noHistory": "아직 워크플로 이벤트가 없습니다.",
      "compare": "마지막 승인 리비전 이후 변경 사항",
      "checklist": "승인 체크리스트",
      "publishAt": "게시 시각(지금 게시하려면 비워 두세요)",
      "scheduled": "{{time}}에 게시 예약됨",
      "confirmUpToDate": "이 번역이 여전히 정확함을 확인합니다",
      "outdatedWarning": "이 판을 만든 뒤 원문의 승인된 텍스트가 변경되었습니다.",
      "reviewQueue": "검토 대기",
      "reviewQueueEmpty": "검토를 기다리는 항목이 없습니다.",
      "saveFirst": "먼저 문서를 저장하세요.",
      "done": "완료: 이제 항목 상태는 \"{{state}}\"입니다.",
      "system": "시스템",
      "outdatedBadge": "업데이트 필요",
      "markUpToDate": "최신으로 표시",
      "markUpToDateHelp": "먼저 이 판을 원문의 승인된 텍스트와 대조하세요. 이 작업은 이력에 기록됩니다.",
      "saveBeforeAction": "\"{{label}}\" 전에 저장하세요. 저장하지 않은 변경 사항이 있습니다. 저장(\"초안 저장\")한 뒤 다시 시도하세요.",
      "problemsTitle": "먼저 다음을 해결하세요:",
      "fixAlt": "대체 텍스트 추가",
      "fixPhoto": "사진 열기",
      "fixField": "필드로 이동",
      "fixChecklist": "아래 항목을 체크하세요",
      "changedSinceSubmit": "검토 요청 후 텍스트가 변경되었습니다. 승인하기 전에 변경 사항을 확인하세요.",
      "compareSubmitted": "검토 요청 이후 변경 사항",
      "versionHistory": "버전 이력",
      "submittedBy": "{{name}} 요청, {{time}}",
      "pendingEdit": "이 수정이 승인되어 게시될 때까지 게시된 버전이 사이트에 그대로 유지됩니다.",
      "editState": "이 수정: {{state}}",
      "markedUpToDate": "최신으로 표시했습니다."
    },
    "dashboard": {
      "myDrafts": "내 초안",
      "changesRequested": "나에게 수정 요청된 항목",
      "waiting": "내 검토 대기",
      "outdatedMine": "업데이트가 필요한 내 번역",
      "outdatedAll": "업데이트가 필요한 번역",
      "recent": "최근 게시",
      "empty": "항목이 없습니다.",
      "item": "항목",
      "type": "유형",
      "language": "언어",
      "submitter": "요청자",
      "waitingFor": "대기 시간",
      "updated": "수정일",
      "published": "게시일",
      "state": "상태",
      "title": "내 작업",
      "failedDeliveries": "실패했거나 중단된 전송(30일)"
    },
    "source": {
      "title": "원문 텍스트",
      "approved": "승인된 텍스트({{language}})",
      "draft": "아직 승인되지 않은 초안({{language}})",
      "changes": "이 판을 만든 이후 원문의 변경 사항",
      "noOld": "이 판의 바탕이 된 텍스트가 더 이상 원문 이력에 없습니다.",
      "noChanges": "제목, 요약, 본문에 변경 사항이 없습니다.",
      "open": "원문 열기",
      "pick": "먼저 원문을 선택하세요. 그러면 여기에 원문 텍스트가 표시됩니다.",
      "photos": "사진: {{language}} 대체 텍스트와 캡션",
      "photosNeedLanguage": "사진 텍스트를 편집하려면 이 판의 언어를 선택하세요.",
      "noPhotos": "원문에 사진이 없습니다.",
      "sourceAlt": "원문의 대체 텍스트: {{alt}}",
      "savePhoto": "저장",
      "saved": "저장했습니다.",
      "sourceCaption": "원문의 캡션: {{caption}}"
    }
  },
  "feeds": {
    "title": "{{school}}: 소식과 성과",
    "description": "{{school}}에서 게시한 소식과 학생 성과",
    "errors": {
      "unknownLanguage": "\"{{language}}\" 피드는 없습니다. 사용 가능한 언어: {{languages}}.",
      "unknownFormat": "알 수 없는 피드 형식 \"{{format}}\"입니다. 다음 중 하나를 사용하세요: {{formats}}.",
      "unknownChannel": "알 수 없는 채널 \"{{channel}}\"입니다. 다음 중 하나를 사용하세요: {{channels}}.",
      "unknownCategory": "슬러그가 \"{{category}}\"인 분류가 없습니다. 등록된 분류: {{categories}}."
    }
  },
  "portal": {
    "home": "홈",
    "news": "소식",
    "latestNews": "최신 소식",
    "achievements": "성과",
    "latestAchievements": "최근 성과",
    "allAchievements": "모든 성과",
    "categories": "분류",
    "search": "검색",
    "searchLabel": "소식과 성과 검색",
    "searchHint": "베트남어 성조 부호는 생략해도 됩니다: \"dong trieu\"로 \"Đông Triều\"를 찾습니다.",
    "searchResults": "\"{{q}}\" 검색 결과 {{count}}건",
    "noResults": "\"{{q}}\"에 대한 결과가 없습니다.",
    "nothingYet": "아직 게시된 내용이 없습니다.",
    "languages": "언어",
    "readIn": "{{language}}로 읽기",
    "notTranslated": "홈페이지: 이 글은 이 언어로 된 판이 없습니다",
    "publishedOn": "게시일 {{date}}",
    "updatedOn": "수정일 {{date}}",
    "by": "작성: {{name}}",
    "photo": "사진: {{credit}}",
    "draftBanner": "Bản nháp / 초안 미리보기: 게시되지 않았으며 로그인한 교직원만 볼 수 있습니다",
    "skipToContent": "본문으로 건너뛰기",
    "mainNav": "주 메뉴",
    "older": "이전",
    "newer": "최신",
    "pagination": "페이지",
    "notFoundTitle": "페이지를 찾을 수 없습니다",
    "notFoundBody": "페이지가 이동되었거나 사이트에서 내려졌을 수 있습니다.",
    "backHome": "홈으로 돌아가기",
    "feeds": "피드",
    "footer": "© {{year}} {{school}}",
    "menu": "메뉴",
    "notPublishedYet": "초안: 아직 게시되지 않음"
  },
  "email": {
    "submit": {
      "subject": "[검토 대기] {{title}}",
      "body": "{{actor}} 님이 \"{{title}}\"의 검토를 요청했습니다.\n\n열기: {{url}}"
    },
    "request_changes": {
      "subject": "[수정 요청] {{title}}",
      "body": "{{actor}} 님이 \"{{title}}\"의 수정을 요청했습니다:\n\n{{comment}}\n\n열기: {{url}}"
    },
    "approve": {
      "subject": "[승인됨] {{title}}",
      "body": "{{actor}} 님이 \"{{title}}\"을(를) 승인했습니다.\n\n열기: {{url}}"
    },
    "publish": {
      "subject": "[게시됨] {{title}}",
      "body": "\"{{title}}\"이(가) 게시되었습니다.\n\n열기: {{url}}"
    },
    "unpublish": {
      "subject": "[게시 중단] {{title}}",
      "body": "{{actor}} 님이 \"{{title}}\"의 게시를 중단했습니다:\n\n{{comment}}\n\n열기: {{url}}"
    },
    "outdated": {
      "subject": "[업데이트 필요] {{title}}",
      "body": "내 판 \"{{title}}\"을(를) 만든 뒤 원문 \"{{source}}\"이(가) 변경되었고, 그 변경이 승인되었습니다. 내 판을 업데이트하거나, 여전히 내용이 일치하면 최신으로 표시하세요.\n\n열기: {{url}}"
    },
    "deliveryDead": {
      "subject": "[전송 중단] {{item}} → {{destination}}",
      "body": "{{item}}({{language}})을(를) \"{{destination}}\"(으)로 전송하는 작업이 {{attempts}}회 실패하여 더 이상 시도하지 않습니다. 수신 측을 확인한 뒤 전송 기록에서 \"다시 보내기\"를 사용하세요."
    },
    "destinationGone": {
      "subject": "[전송 대상 비활성화] {{destination}}",
      "body": "\"{{destination}}\"이(가) {{url}}에서 410 Gone으로 응답하여 비활성화되었습니다. 관리자가 다시 활성화할 때까지 더 이상 전송하지 않습니다."
    },
    "package": {
      "published": {
        "subject": "[{{school}}] {{title}}",
        "body": "{{school}}에서 \"{{title}}\"을(를) 게시했습니다. 첨부된 패키지에는 Word 문서와 HTML 페이지로 된 본문, 캡션과 출처가 표기된 사진, ninjs, 승인 기록이 들어 있습니다."
      },
      "updated": {
        "subject": "[{{school}}] 수정: {{title}}",
        "body": "{{school}}에서 \"{{title}}\"의 새 승인 버전을 게시했습니다. 기존 버전을 첨부된 패키지로 교체해 주세요."
      },
      "withdrawn": {
        "subject": "[{{school}}] 철회: {{title}}",
        "body": "{{school}}에서 \"{{title}}\"을(를) 철회했습니다. 귀 사이트에서 내려 주세요."
      }
    }
  },
  "seed": {
    "logins": "데모 로그인 계정(비밀번호: {{password}}):"
  },
  "delivery": {
    "destinationsDescription": "승인된 콘텐츠를 받는 포털과 애그리게이터입니다. 웹훅(Standard Webhooks 규격으로 서명) 또는 이메일로 보냅니다.",
    "fields": {
      "kind": "유형",
      "url": "수신 URL",
      "urlDescription": "변경 사항마다 POST로 보낼 주소입니다. 예: https://portal.example.vn/hooks/lechan. 이 서버나 사설망의 주소는 허용되지 않습니다.",
      "emails": "이메일 주소",
      "emailsDescription": "게시된 항목마다 이 주소로 패키지를 보냅니다(이메일 전송은 아직 구현되지 않았습니다).",
      "secret": "서명 비밀 키",
      "secretDescription": "쓰기 전용: whsec_… 형식의 키(Standard Webhooks)입니다. 비워 두면 자동으로 만들어집니다. 새 키를 받으려면 \"새 서명 비밀 키 만들기\"를 사용하세요(한 번만 표시). 이후에는 다시 표시되지 않습니다.",
      "languages": "언어",
      "languagesDescription": "선택하지 않으면 모든 언어.",
      "categoriesDescription": "선택하지 않으면 모든 분류.",
      "enabled": "사용",
      "disabledReason": "비활성화 사유",
      "item": "항목",
      "itemKey": "항목 키",
      "event": "이벤트",
      "status": "상태",
      "attempts": "시도 횟수",
      "lastStatusCode": "마지막 응답(HTTP)",
      "lastError": "마지막 오류",
      "nextAttemptAt": "다음 시도",
      "deliveredAt": "전달 시각",
      "webhookId": "웹훅 ID(수신 측 멱등성 키)"
    },
    "kinds": {
      "webhook": "웹훅(HTTP POST)",
      "email": "이메일"
    },
    "events": {
      "published": "게시",
      "updated": "수정",
      "withdrawn": "철회"
    },
    "statuses": {
      "pending": "대기 중",
      "delivered": "전달됨",
      "failed": "실패",
      "dead": "포기함"
    },
    "errors": {
      "secretFormat": "서명 비밀 키는 whsec_ 뒤에 24~64바이트의 base64가 붙은 형식이어야 합니다. 자동으로 만들려면 비워 두세요.",
      "adminsOnly": "전송 대상과 비밀 키는 관리자만 관리할 수 있습니다.",
      "resendRole": "책임자와 관리자만 다시 보낼 수 있습니다.",
      "urlRequired": "수신 URL(https://…)을 입력하세요.",
      "url_private": "이 주소는 이 서버나 사설망에 있습니다({{address}}). 공개 주소로만 전송할 수 있습니다.",
      "url_scheme": "http:// 또는 https://로 시작하는 전체 주소를 사용하세요.",
      "url_unresolved": "이 호스트 이름을 확인할 수 없습니다. 주소를 확인하세요.",
      "emailsRequired": "올바른 이메일 주소를 하나 이상 입력하세요 {{email}}",
      "sendingNow": "지금 전송 중입니다. 이번 시도가 끝날 때까지(최대 1분) 기다린 뒤, 필요하면 다시 보내세요."
    },
    "secretShownOnce": "이 비밀 키를 지금 수신 측에 복사하세요. 다시 표시되지 않습니다.",
    "resent": "같은 webhook-id로 지금 다시 보내도록 대기열에 넣었습니다.",
    "resend": "다시 보내기",
    "rotate": "새 서명 비밀 키 만들기(한 번만 표시)"
  },
  "package": {
    "errors": {
      "notPublished": "게시된 항목에만 패키지가 있습니다. 먼저 게시하세요(이 항목은 현재 사이트에 게시되어 있지 않습니다).",
      "collection": "패키지는 {{collections}}에 대해서만 있습니다."
    },
    "approvalLine": "{{name}} 승인, {{time}}(콘텐츠 {{hash}}).",
    "dateLine": "게시일 {{date}}",
    "download": "패키지 다운로드(Word, HTML, 사진)"
  },
  "pull": {
    "integrationsDescription": "API 키로 변경 사항을 가져가는 애그리게이터입니다: GET /api/exports/changes. \"API 키 활성화\"를 체크하고 키를 애그리게이터에 복사하세요.",
    "channelsDescription": "이 키로 읽을 수 있는 채널입니다.",
    "errors": {
      "key": "연동의 API 키를 보내세요: Authorization: integrations API-Key {key}.",
      "disabled": "이 연동은 비활성화되어 있습니다. 학교 관리자에게 활성화를 요청하세요.",
      "channel": "이 키로는 \"{{channel}}\" 채널을 읽을 수 없습니다. 읽을 수 있는 채널: {{channels}}.",
      "language": "\"{{language}}\" 언어는 없습니다. 다음 중 하나를 사용하세요: {{languages}}.",
      "cursor": "\"since\"는 이 API가 반환한 커서(\"next\" 또는 항목의 \"cursor\")여야 하며, 처음부터 시작하려면 비워 두세요.",
      "limit": "\"limit\"는 1부터 {{max}}까지의 정수여야 합니다."
    }
  },
  "reports": {
    "planTasksDescription": "학교의 연간 대외 정보 계획 항목입니다. 기사와 성과를 해당 과제에 연결하세요.",
    "monitoringDescription": "계획 항목 1.3: 언론이나 소셜 미디어에서 발견한 허위·왜곡 정보와 조치 내용. 책임자와 관리자만 볼 수 있으며 공개되지 않습니다.",
    "visitsDescription": "계획 항목 1.4: 외국 기자의 방문. 책임자와 관리자만 볼 수 있으며 공개되지 않습니다.",
    "reportsDescription": "교육훈련국에 제출하는 보고서입니다. 기간을 선택하고 수치를 확인한 뒤 II, III 부분을 작성하고 Word와 Excel 파일을 다운로드하세요.",
    "none": "(미설정)",
    "fields": {
      "year": "연도",
      "code": "항목",
      "codeDescription": "계획의 번호대로. 예: 1.3",
      "responsibleUnit": "주관 부서",
      "coordinatingUnits": "협조 부서",
      "recurrence": "주기",
      "deadline": "기한",
      "status": "상태",
      "occasions": "계기",
      "planTask": "계획 과제",
      "planTaskDescription": "이 항목이 수행하는 연간 계획 과제(보고서 집계에 포함).",
      "foundAt": "발견일",
      "platform": "플랫폼",
      "url": "링크",
      "topic": "주제",
      "assessment": "평가",
      "actionTaken": "조치",
      "actionDetails": "조치 내용",
      "reportedTo": "보고 대상(기관)",
      "reportedAt": "보고일",
      "responseArticle": "우리 측 대응 기사",
      "reporters": "기자",
      "outlet": "매체",
      "country": "국가",
      "startDate": "시작일",
      "endDate": "종료일",
      "purpose": "목적",
      "permissionReference": "허가",
      "permissionDescription": "방문을 허가한 문서(번호, 날짜, 발행 기관).",
      "escort": "안내 담당",
      "spokespersonPresent": "대변인 참석",
      "materialsProvided": "제공한 정보 및 자료",
      "publications": "결과 보도",
      "notes": "비고",
      "from": "시작일",
      "to": "종료일",
      "summaryLine": "요약 문구",
      "summaryLineDescription": "BÁO CÁO 아래 줄. 예: Kết quả thực hiện công tác thông tin đối ngoại quý IV năm 2026",
      "number": "문서 번호",
      "place": "장소",
      "issuedOn": "날짜",
      "parentAgency": "상급 기관",
      "school": "학교",
      "results": "I. 결과: 직접 작성",
      "resultsDescription": "I부분의 분야별 수치 뒤에 추가됩니다.",
      "limitations": "II. 한계 및 원인",
      "nextTasks": "III. 향후 과제 및 건의",
      "signingMode": "서명 방식",
      "signerTitle": "서명자 직위",
      "onBehalfOf": "대표하는 기관",
      "signerName": "서명자 이름",
      "recipients": "Nơi nhận(수신처)",
      "recipientsDescription": "한 줄에 수신처 하나씩.",
      "reportStatus": "상태",
      "statusDescription": "발행된 보고서는 발행 당시의 수치를 유지합니다.",
      "schoolDescription": "비워 두면 사이트 설정의 학교명을 사용합니다."
    },
    "recurrences": {
      "once": "1회(기한까지)",
      "monthly": "매월",
      "quarterly": "분기별",
      "each-holiday": "국경일마다",
      "school-year": "학년도 내내"
    },
    "taskStatuses": {
      "not-started": "시작 전",
      "in-progress": "진행 중",
      "done": "완료"
    },
    "platforms": {
      "press": "언론",
      "facebook": "Facebook",
      "youtube": "YouTube",
      "tiktok": "TikTok",
      "zalo": "Zalo",
      "other": "기타"
    },
    "assessments": {
      "accurate": "정확",
      "inaccurate": "부정확",
      "distorted": "왜곡",
      "hostile": "적대적"
    },
    "actions": {
      "none": "아직 없음",
      "reported": "상부 보고",
      "response-published": "대응 기사 게시",
      "correction-requested": "정정 요청",
      "removal-requested": "삭제 요청"
    },
    "monitoringStatuses": {
      "open": "진행 중",
      "reported": "보고됨",
      "resolved": "해결됨"
    },
    "signingModes": {
      "principal": "교장(직접 서명)",
      "on-behalf": "대표하여 서명(TM.)",
      "deputy": "교장 대리 서명(KT.)"
    },
    "reportStatuses": {
      "draft": "초안",
      "issued": "발행됨"
    },
    "subjects": {
      "month": "월",
      "kind": "유형"
    },
    "tables": {
      "byLanguage": "언어별 게시",
      "byPlanArea": "계획 분야별 게시",
      "byChannel": "채널별 게시",
      "byCategory": "분류별 게시",
      "byUnit": "부서별 게시",
      "byMonth": "월별 게시",
      "byCollection": "유형별 게시",
      "achievementsByLevel": "수준별 성과",
      "achievementsByAward": "수상별 성과",
      "coverage": "번역 범위(게시 중인 항목 대비 %)",
      "outdated": "업데이트가 필요한 번역",
      "deliveriesByStatus": "상태별 전송",
      "deliveriesByDestination": "전송 대상별 전송",
      "monitoringByAssessment": "평가별 언론 모니터링 사례",
      "monitoringByAction": "조치별 언론 모니터링 사례",
      "monitoringByPlatform": "플랫폼별 언론 모니터링 사례",
      "visitsByCountry": "국가별 외신 방문",
      "tasksByArea": "분야별 계획 과제"
    },
    "summary": {
      "published": "기간 중 게시된 항목",
      "liveNow": "현재 게시 중인 항목",
      "achievements": "기간 중 게시된 성과",
      "sourcesLive": "현재 게시 중인 원문 항목",
      "outdated": "업데이트가 필요한 번역",
      "approvals": "기간 중 승인",
      "medianHours": "승인 소요 시간, 중앙값(시간)",
      "p90Hours": "승인 소요 시간, 90번째 백분위수(시간)",
      "deliveries": "포털 전송",
      "monitoring": "언론 모니터링 사례",
      "visits": "외신 방문",
      "tasks": "계획 과제",
      "tasksDone": "완료된 과제",
      "tasksInProgress": "진행 중인 과제",
      "tasksOverdue": "기한이 지난 과제"
    },
    "xlsx": {
      "indicator": "지표",
      "value": "값",
      "count": "건수",
      "percent": "비율",
      "total": "합계",
      "summary": "요약",
      "period": "기간: {{from}} ~ {{to}}"
    },
    "docx": {
      "overview": "{{from}}부터 {{to}}까지 학교는 {{published}}건(소식, 기사 및 그 언어판)을 게시했으며, 그중 {{achievements}}건은 학생 성과에 관한 것입니다. 현재 포털에 게시 중인 항목은 {{live}}건입니다.",
      "area": "{{count}}건 게시, 이 분야의 계획 과제 {{tasks}}건.",
      "otherFigures": "번역, 승인, 전송, 모니터링",
      "figures": "계획 과제: {{tasksTotal}}건 중 {{tasksDone}}건 완료, {{overdue}}건 기한 초과. 승인 소요 시간은 중앙값 {{median}}시간, 90번째 백분위수 {{p90}}시간. 포털 전송 {{deliveries}}건 중 {{delivered}}건 수신. 업데이트가 필요한 번역 {{outdated}}건. 언론 모니터링 사례 {{monitoring}}건, 외신 방문 {{visits}}건.",
      "deputy": "교감",
      "noLimitations": "(학교 지도부가 작성)",
      "noNextTasks": "(학교 지도부가 작성)",
      "overdue": "기한 초과"
    },
    "defaults": {
      "parentAgency": "꽝닌성 교육훈련국",
      "place": "꽝닌",
      "recipients": "꽝닌성 교육훈련국(보고용);\n학교 지도부;\n보관: 행정실.",
      "signerTitle": "교장",
      "summaryLine": "{{from}}부터 {{to}}까지 대외 정보 업무 추진 결과"
    },
    "errors": {
      "role": "책임자, 열람자, 관리자만 보고서를 볼 수 있습니다.",
      "format": "알 수 없는 형식 \"{{format}}\"입니다. 다음 중 하나를 사용하세요: {{formats}}.",
      "period": "기간 \"{{from}}\" ~ \"{{to}}\"이(가) 올바르지 않습니다. 시작일과 종료일을 YYYY-MM-DD 형식으로 입력하고, 시작일이 종료일보다 늦지 않게 하세요."
    },
    "panel": {
      "title": "기간 수치",
      "loading": "집계 중…",
      "saveFirst": "기간을 선택하고 저장하세요. 수치와 다운로드가 여기에 표시됩니다.",
      "issued": "발행됨: 보고서 발행 당시의 수치입니다.",
      "live": "초안: 현재 기준 수치입니다.",
      "downloadDocx": "Word 다운로드(.docx)",
      "downloadXlsx": "Excel 다운로드(.xlsx)",
      "unsaved": "먼저 변경 사항을 저장하세요. 파일은 저장된 보고서로 만들어집니다.",
      "error": "수치를 불러오지 못했습니다: {{message}}",
      "quarter": "분기"
    }
  }
}

export default ko
