/* The plugin's vi catalogue: API errors, e-mails, feeds, reports and admin labels all read it. */
import type { Catalogue } from './types'

const vi: Catalogue = {
  "collections": {
    "articles": {
      "singular": "Bài viết",
      "plural": "Bài viết"
    },
    "achievements": {
      "singular": "Thành tích",
      "plural": "Thành tích"
    },
    "languageVersions": {
      "singular": "Bản ngôn ngữ",
      "plural": "Bản ngôn ngữ"
    },
    "categories": {
      "singular": "Chuyên mục",
      "plural": "Chuyên mục"
    },
    "media": {
      "singular": "Tệp đa phương tiện",
      "plural": "Thư viện ảnh"
    },
    "workflowEvents": {
      "singular": "Sự kiện quy trình",
      "plural": "Nhật ký quy trình"
    },
    "publishedEntries": {
      "singular": "Mục đã xuất bản",
      "plural": "Chỉ mục xuất bản"
    },
    "users": {
      "singular": "Người dùng",
      "plural": "Người dùng"
    },
    "destinations": {
      "singular": "Nơi nhận",
      "plural": "Nơi nhận"
    },
    "deliveries": {
      "singular": "Lượt gửi",
      "plural": "Nhật ký gửi"
    },
    "integrations": {
      "singular": "Tích hợp",
      "plural": "Tích hợp (khóa API lấy tin)"
    },
    "planTasks": {
      "singular": "Nhiệm vụ kế hoạch",
      "plural": "Nhiệm vụ kế hoạch"
    },
    "pressMonitoring": {
      "singular": "Vụ việc theo dõi báo chí",
      "plural": "Theo dõi báo chí, mạng xã hội"
    },
    "foreignPressVisits": {
      "singular": "Đoàn phóng viên nước ngoài",
      "plural": "Phóng viên nước ngoài đến trường"
    },
    "implementationReports": {
      "singular": "Báo cáo kết quả",
      "plural": "Báo cáo kết quả thực hiện"
    }
  },
  "globals": {
    "siteSettings": "Thông tin trang",
    "publishingSettings": "Cài đặt xuất bản"
  },
  "groups": {
    "content": "Nội dung",
    "library": "Thư viện",
    "system": "Hệ thống",
    "delivery": "Gửi đi",
    "plan": "Kế hoạch và báo cáo"
  },
  "fields": {
    "title": "Tiêu đề",
    "slug": "Đường dẫn (slug)",
    "slugDescription": "Để trống thì tạo từ tiêu đề; không trùng trong cùng một ngôn ngữ.",
    "summary": "Tóm tắt",
    "body": "Nội dung",
    "language": "Ngôn ngữ",
    "category": "Chuyên mục",
    "planArea": "Nhiệm vụ trong kế hoạch",
    "tags": "Từ khóa",
    "featuredImage": "Ảnh đại diện",
    "gallery": "Bộ ảnh",
    "videoUrl": "Đường dẫn video",
    "byline": "Tác giả (ghi tên)",
    "eventDate": "Ngày diễn ra",
    "channels": "Kênh phát hành",
    "publishAt": "Hẹn giờ đăng",
    "unpublishAt": "Hẹn giờ gỡ",
    "languageVersionsJoin": "Các bản ngôn ngữ",
    "description": "Mô tả",
    "competition": "Cuộc thi",
    "level": "Cấp",
    "award": "Giải thưởng",
    "subject": "Môn học",
    "schoolYear": "Năm học",
    "schoolYearDescription": "Ví dụ 2025-2026.",
    "students": "Học sinh",
    "studentName": "Họ và tên",
    "className": "Lớp",
    "isMinor": "Dưới 18 tuổi",
    "consentStatus": "Đồng ý đăng tải",
    "consentScope": "Phạm vi đồng ý",
    "consentExpiresAt": "Hết hạn đồng ý",
    "teachers": "Giáo viên",
    "teacherName": "Giáo viên",
    "date": "Ngày",
    "images": "Hình ảnh",
    "relatedArticle": "Bài viết liên quan",
    "source": "Bản gốc",
    "translator": "Người dịch",
    "method": "Cách dịch",
    "sourceRevision": "Phiên bản gốc",
    "sourceHash": "Mã băm nội dung gốc",
    "outdated": "Cần cập nhật",
    "outdatedDescription": "Tiêu đề, tóm tắt hoặc nội dung đã duyệt của bản gốc đã thay đổi sau khi bản này được làm.",
    "syncWithSource": "Đánh dấu đã cập nhật theo bản gốc",
    "syncWithSourceDescription": "Đánh dấu sau khi đã đối chiếu bản này với nội dung hiện tại của bản gốc; cờ lỗi thời sẽ được xóa khi lưu.",
    "name": "Tên",
    "alt": "Văn bản thay thế (alt)",
    "caption": "Chú thích ảnh",
    "credit": "Nguồn ảnh",
    "depictsMinors": "Có học sinh dưới 18 tuổi",
    "roles": "Vai trò",
    "unit": "Đơn vị",
    "preferredLanguage": "Ngôn ngữ ưa dùng",
    "workflowState": "Trạng thái",
    "author": "Người tạo",
    "lastEditedBy": "Người sửa gần nhất",
    "contributors": "Người đã sửa nội dung từ lần duyệt trước",
    "contributorsDescription": "Những người này không được duyệt phiên bản này (nguyên tắc bốn mắt).",
    "approvedBy": "Người duyệt",
    "approvedAt": "Thời điểm duyệt",
    "approvedHash": "Mã băm nội dung đã duyệt",
    "liveUse": "Đang dùng trong bài đã đăng",
    "publishRequestedBy": "Người hẹn đăng",
    "publishedAt": "Đã đăng lúc",
    "searchText": "Văn bản tìm kiếm",
    "actor": "Người thực hiện",
    "actorLabel": "Người thực hiện (tên)",
    "at": "Thời điểm",
    "from": "Từ trạng thái",
    "to": "Sang trạng thái",
    "action": "Thao tác",
    "comment": "Ý kiến",
    "contentHash": "Mã băm nội dung",
    "document": "Tài liệu",
    "documentCollection": "Bộ sưu tập",
    "documentId": "Mã tài liệu",
    "mediaRef": "Tệp ảnh",
    "schoolName": "Tên trường",
    "schoolDescription": "Giới thiệu trường",
    "logo": "Logo",
    "publicUrl": "Địa chỉ công khai",
    "contacts": "Liên hệ",
    "contactLabel": "Nhãn",
    "email": "Thư điện tử",
    "phone": "Điện thoại",
    "address": "Địa chỉ",
    "spokesperson": "Người phát ngôn",
    "spokespersonTitle": "Chức vụ người phát ngôn",
    "fourEyes": "Không ai tự duyệt bài của mình (nguyên tắc bốn mắt)",
    "extraChecklist": "Mục kiểm tra bổ sung khi duyệt",
    "checklistKey": "Mã",
    "checklistLabel": "Nhãn",
    "defaultChannels": "Kênh mặc định cho bài mới",
    "feedItemLimit": "Số mục mỗi nguồn tin",
    "newsPublicationName": "Tên ấn phẩm (Google News)",
    "approvedTextHash": "Mã băm văn bản đã duyệt",
    "live": "Đang hiển thị công khai"
  },
  "planAreas": {
    "resolution-47": "Triển khai Nghị quyết 47/NQ-CP về công tác thông tin đối ngoại",
    "human-rights": "Thông tin, tuyên truyền về quyền con người",
    "vietnam-vn": "Quảng bá hình ảnh quốc gia qua Cổng Vietnam.vn",
    "province-image": "Quảng bá hình ảnh tỉnh",
    "integration-sovereignty": "Hội nhập quốc tế, chủ quyền biển đảo và các ngày lễ lớn năm 2026",
    "ocop": "Sản phẩm, thương hiệu đặc trưng của tỉnh (OCOP)"
  },
  "channels": {
    "portal": "Cổng thông tin nhà trường",
    "vietnam-vn": "Vietnam.vn",
    "province": "Cổng thông tin tỉnh",
    "doet": "Sở Giáo dục và Đào tạo"
  },
  "levels": {
    "school": "Cấp trường",
    "province": "Cấp tỉnh",
    "national": "Cấp quốc gia",
    "international": "Quốc tế"
  },
  "methods": {
    "human": "Người dịch",
    "machine-assisted": "Dịch máy có hiệu đính"
  },
  "consentStatus": {
    "not-needed": "Không cần",
    "obtained": "Đã có",
    "missing": "Chưa có",
    "withdrawn": "Đã rút lại"
  },
  "consentScope": {
    "portal": "Cổng thông tin nhà trường",
    "feeds": "Nguồn tin và trang tổng hợp",
    "press": "Báo chí và cổng thông tin tỉnh"
  },
  "roles": {
    "admin": "Quản trị",
    "leader": "Lãnh đạo",
    "editor": "Biên tập viên",
    "translator": "Người dịch",
    "viewer": "Người xem"
  },
  "states": {
    "draft": "Bản nháp",
    "in_review": "Chờ duyệt",
    "changes_requested": "Cần chỉnh sửa",
    "approved": "Đã duyệt",
    "published": "Đã đăng",
    "unpublished": "Đã gỡ",
    "published_pending": "Đã đăng · có bản sửa chờ duyệt"
  },
  "actions": {
    "submit": "Gửi duyệt",
    "request_changes": "Yêu cầu chỉnh sửa",
    "approve": "Duyệt",
    "publish": "Đăng",
    "unpublish": "Gỡ bài",
    "reopen": "Mở lại",
    "consent_changed": "Thay đổi sự đồng ý",
    "marked_up_to_date": "Đánh dấu đã cập nhật"
  },
  "languages": {
    "vi": "Tiếng Việt",
    "en": "Tiếng Anh",
    "zh": "Tiếng Trung",
    "ko": "Tiếng Hàn",
    "ja": "Tiếng Nhật",
    "fr": "Tiếng Pháp",
    "es": "Tiếng Tây Ban Nha",
    "de": "Tiếng Đức",
    "ru": "Tiếng Nga"
  },
  "validation": {
    "required": "Cần nhập {{field}}.",
    "slugFormat": "Chỉ dùng chữ thường a–z, chữ số và dấu gạch nối đơn, ví dụ \"hoi-thao-2026\".",
    "slugTaken": "Đường dẫn \"{{slug}}\" đã được một mục khác bằng {{language}} sử dụng.",
    "schoolYear": "Ghi năm học là hai năm liên tiếp, ví dụ 2025-2026.",
    "url": "Nhập địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://.",
    "unpublishBeforePublish": "\"Hẹn giờ gỡ\" phải sau \"Hẹn giờ đăng\".",
    "sameLanguageAsSource": "Bản ngôn ngữ phải khác ngôn ngữ của bản gốc ({{language}}).",
    "duplicateLanguageVersion": "Bản gốc này đã có bản {{language}}. Hãy sửa bản đó.",
    "sourceMissing": "Bản gốc không còn tồn tại.",
    "unknownLanguage": "\"{{language}}\" không thuộc các ngôn ngữ của trang: {{languages}}.",
    "consentExpiryNeeded": "Nhập ngày hết hạn đồng ý, hoặc chọn trạng thái đồng ý khác.",
    "consentScopeNeeded": "Chọn phạm vi đồng ý (cổng thông tin, nguồn tin, báo chí).",
    "minorNeedsConsent": "Ảnh có học sinh dưới 18 tuổi cần ghi rõ trạng thái đồng ý: đã có, chưa có hoặc đã rút lại, không phải \"không cần\".",
    "eventDateFuture": "Ngày diễn ra cách hơn một năm nữa; hãy kiểm tra lại năm.",
    "checklistKey": "Mã mục kiểm tra chỉ gồm chữ thường, chữ số theo kiểu camelCase, ví dụ \"photoCreditChecked\".",
    "endBeforeStart": "Ngày này trước ngày bắt đầu: hãy chọn ngày sau đó."
  },
  "errors": {
    "richTextShape": "hãy gửi JSON của trình soạn thảo: một đối tượng có \"root\" kiểu \"root\" và danh sách \"children\".",
    "richTextNode": "loại nút \"{{type}}\" không có trong trình soạn thảo này.",
    "richTextInvalid": "trình soạn thảo không đọc được ({{detail}}).",
    "tooManyAttempts": "Có quá nhiều lần thử từ địa chỉ này. Hãy thử lại sau {{seconds}} giây.",
    "firstRegisterClosed": "Trên máy chủ chính thức, tài khoản đầu tiên không được tạo qua web. Quản trị viên tạo tài khoản này trên máy chủ bằng lệnh \"npm run create-admin\".",
    "badId": "\"{{id}}\" không phải mã hợp lệ: mã ở đây là số nguyên.",
    "badParam": "Tham số truy vấn \"{{param}}\" không hợp lệ: {{reason}}",
    "reasonJson": "phải là đối tượng JSON hoặc viết dạng where[trường][toán tử]=giá trị.",
    "reasonInteger": "hãy dùng số nguyên từ {{min}} đến {{max}}.",
    "reasonLocale": "hãy dùng một trong {{locales}}, hoặc \"all\".",
    "reasonText": "hãy dùng văn bản thường, một lần.",
    "badJsonBody": "Nội dung yêu cầu không phải JSON hợp lệ. Hãy gửi một đối tượng JSON.",
    "bodyTooLarge": "Nội dung yêu cầu lớn hơn {{max}}, mức tối đa được nhận.",
    "badEncoding": "Địa chỉ có mã phần trăm không giải mã được (ví dụ một dấu \"%\" đứng riêng). Hãy mã hoá theo UTF-8.",
    "badRichText": "Trường \"{{field}}\" không phải văn bản định dạng hợp lệ: {{reason}}",
    "tooManyPixels": "Ảnh có {{width}}×{{height}} điểm ảnh ({{megapixels}} MP); tối đa cho phép là {{max}} MP. Hãy thu nhỏ ảnh rồi thử lại.",
    "unsupportedMediaType": "Hãy gửi yêu cầu với \"Content-Type: application/json\" và nội dung JSON.",
    "emptyFile": "Tệp rỗng. Hãy chọn lại ảnh.",
    "fileTooLarge": "Tệp nặng {{size}} MB; tối đa được tải lên {{max}} MB. Hãy giảm kích thước ảnh rồi thử lại.",
    "uploadLimit": "Tệp lớn hơn {{max}} MB, mức tối đa được tải lên. Hãy giảm kích thước ảnh rồi thử lại.",
    "notAnImage": "Tệp \"{{name}}\" không phải ảnh đọc được. Hãy tải lên tệp JPEG, PNG, WebP hoặc GIF.",
    "auditReadOnly": "Nhật ký quy trình chỉ được ghi thêm: không thể sửa hay xóa.",
    "workflowFieldReadOnly": "Trường quy trình \"{{field}}\" chỉ thay đổi qua các thao tác duyệt."
  },
  "workflow": {
    "errors": {
      "unauthenticated": "Hãy đăng nhập để thực hiện thao tác duyệt.",
      "notFound": "Không có mục {{collection}} nào mang mã {{id}}.",
      "commentTooLong": "Ý kiến dài {{length}} ký tự; tối đa là {{max}} ký tự. Hãy rút gọn.",
      "badBody": "Hãy gửi nội dung JSON, ví dụ {\"action\": \"submit\", \"comment\": \"…\"}.",
      "unknownAction": "\"{{action}}\" không phải thao tác duyệt. Dùng một trong: submit, request_changes, approve, publish, unpublish, reopen.",
      "invalidTransition": "Không thể \"{{action}}\" khi mục đang ở trạng thái \"{{state}}\".",
      "forbidden": "Vai trò của bạn không được \"{{action}}\" mục này.",
      "fourEyes": "Bạn không thể duyệt phiên bản do chính mình viết hoặc đã sửa từ lần duyệt trước. Hãy nhờ một lãnh đạo khác duyệt.",
      "commentRequired": "Hãy ghi ý kiến nêu lý do (thao tác \"{{action}}\" cần ý kiến).",
      "changedSinceApproval": "Nội dung đã thay đổi sau khi được duyệt. Cần duyệt lại trước khi đăng.",
      "gatesFailed": "Chưa thể \"{{action}}\": {{problems}}.",
      "publishGuard": "Việc đăng bài đi qua quy trình duyệt: gửi duyệt, rồi lãnh đạo duyệt và đăng.",
      "restoreAsDraft": "Hãy khôi phục phiên bản cũ dưới dạng bản nháp (rồi gửi duyệt); không được khôi phục thẳng lên trang công khai.",
      "notTranslator": "Chỉ người dịch bản này mới xác nhận được bản dịch vẫn chính xác.",
      "badPublishAt": "\"publishAt\" phải là ngày giờ, ví dụ 2026-12-01T08:00:00+07:00.",
      "notTranslatorOrLeader": "Chỉ người dịch bản này, lãnh đạo hoặc quản trị mới đánh dấu được bản dịch là đã cập nhật."
    },
    "gates": {
      "checklist": "đánh dấu đủ các mục kiểm tra khi duyệt ({{items}})",
      "consentMissing": "{{name}} có học sinh dưới 18 tuổi mà sự đồng ý đang ở trạng thái \"{{status}}\"",
      "consentExpired": "sự đồng ý cho {{name}} đã hết hạn",
      "consentScope": "sự đồng ý cho {{name}} không bao gồm {{channels}}",
      "outdated": "bản dịch đã lỗi thời (bản gốc đã thay đổi); người dịch cần cập nhật hoặc xác nhận bản dịch vẫn chính xác",
      "textMissing": "phần {{field}} còn trống",
      "altMissing": "ảnh {{name}} chưa có văn bản thay thế bằng ngôn ngữ này"
    },
    "checklist": {
      "noStateSecrets": "Không có nội dung bí mật nhà nước",
      "sourcesVerified": "Đã kiểm chứng nguồn tin",
      "spokespersonApproved": "Phù hợp để nhà trường công bố (quy chế người phát ngôn)",
      "consentVerified": "Đã có sự đồng ý của mọi người xuất hiện"
    },
    "ui": {
      "title": "Quy trình duyệt",
      "state": "Trạng thái",
      "actions": "Thao tác",
      "noActions": "Bạn không có thao tác nào ở trạng thái này.",
      "comment": "Ý kiến",
      "commentRequired": "Ý kiến (bắt buộc)",
      "confirm": "Xác nhận",
      "cancel": "Hủy",
      "history": "Lịch sử",
      "noHistory": "Chưa có sự kiện nào.",
      "compare": "Những gì đã thay đổi từ lần duyệt gần nhất",
      "checklist": "Danh mục kiểm tra khi duyệt",
      "publishAt": "Thời điểm đăng (để trống để đăng ngay)",
      "scheduled": "Đã hẹn đăng lúc {{time}}",
      "confirmUpToDate": "Tôi xác nhận bản dịch vẫn chính xác",
      "outdatedWarning": "Văn bản đã duyệt của bản gốc đã thay đổi sau khi bản dịch này được làm.",
      "reviewQueue": "Chờ duyệt",
      "reviewQueueEmpty": "Không có mục nào chờ duyệt.",
      "saveFirst": "Hãy lưu tài liệu trước.",
      "done": "Xong: mục đã chuyển sang \"{{state}}\".",
      "system": "hệ thống",
      "outdatedBadge": "Cần cập nhật",
      "markUpToDate": "Đánh dấu đã cập nhật",
      "markUpToDateHelp": "Hãy đối chiếu bản dịch với văn bản đã duyệt của bản gốc trước. Thao tác được ghi vào lịch sử.",
      "saveBeforeAction": "Lưu trước khi {{action}}: biểu mẫu có thay đổi chưa lưu. Hãy lưu (nút \"Lưu bản nháp\") rồi thử lại.",
      "problemsTitle": "Cần sửa trước:",
      "fixAlt": "Thêm văn bản thay thế",
      "fixPhoto": "Mở ảnh",
      "fixField": "Tới ô này",
      "fixChecklist": "Đánh dấu các mục bên dưới",
      "changedSinceSubmit": "Nội dung đã thay đổi sau khi được gửi duyệt. Hãy xem phần thay đổi trước khi duyệt.",
      "compareSubmitted": "Những gì đã thay đổi từ lúc gửi duyệt",
      "versionHistory": "Lịch sử phiên bản",
      "submittedBy": "Gửi duyệt bởi {{name}} lúc {{time}}",
      "pendingEdit": "Bản đã đăng vẫn hiển thị cho tới khi bản sửa này được duyệt và đăng.",
      "editState": "Bản sửa: {{state}}",
      "markedUpToDate": "Đã đánh dấu là đã cập nhật."
    },
    "dashboard": {
      "myDrafts": "Bản nháp của tôi",
      "changesRequested": "Cần tôi chỉnh sửa",
      "waiting": "Chờ tôi duyệt",
      "outdatedMine": "Bản dịch của tôi cần cập nhật",
      "outdatedAll": "Bản dịch cần cập nhật",
      "recent": "Mới đăng gần đây",
      "empty": "Không có mục nào.",
      "item": "Mục",
      "type": "Loại",
      "language": "Ngôn ngữ",
      "submitter": "Người gửi",
      "waitingFor": "Đã chờ",
      "updated": "Cập nhật lúc",
      "published": "Đăng lúc",
      "state": "Trạng thái",
      "title": "Việc của tôi",
      "failedDeliveries": "Lượt gửi thất bại hoặc đã ngừng thử (30 ngày)"
    },
    "source": {
      "title": "Bản gốc",
      "approved": "Văn bản đã duyệt ({{language}})",
      "draft": "Bản nháp, chưa duyệt ({{language}})",
      "changes": "Những gì bản gốc đã thay đổi từ khi làm bản dịch này",
      "noOld": "Lịch sử của bản gốc không còn văn bản lúc làm bản dịch này.",
      "noChanges": "Tiêu đề, tóm tắt và nội dung không thay đổi.",
      "open": "Mở bản gốc",
      "pick": "Hãy chọn bản gốc trước: văn bản của nó sẽ hiện ở đây.",
      "photos": "Ảnh: văn bản thay thế và chú thích bằng {{language}}",
      "photosNeedLanguage": "Hãy chọn ngôn ngữ của bản này để sửa chữ của ảnh.",
      "noPhotos": "Bản gốc không có ảnh.",
      "sourceAlt": "Văn bản thay thế ở bản gốc: {{alt}}",
      "savePhoto": "Lưu",
      "saved": "Đã lưu.",
      "sourceCaption": "Chú thích ở bản gốc: {{caption}}"
    }
  },
  "feeds": {
    "title": "{{school}}: tin tức và thành tích",
    "description": "Tin tức và thành tích của học sinh do {{school}} xuất bản",
    "errors": {
      "unknownLanguage": "Không có nguồn tin bằng ngôn ngữ \"{{language}}\". Các ngôn ngữ có: {{languages}}.",
      "unknownFormat": "Không có định dạng nguồn tin \"{{format}}\". Hãy dùng một trong: {{formats}}.",
      "unknownChannel": "Không có kênh \"{{channel}}\". Hãy dùng một trong: {{channels}}.",
      "unknownCategory": "Không có chuyên mục với đường dẫn \"{{category}}\". Các chuyên mục có: {{categories}}."
    }
  },
  "portal": {
    "home": "Trang chủ",
    "news": "Tin tức",
    "latestNews": "Tin mới",
    "achievements": "Thành tích",
    "latestAchievements": "Thành tích mới",
    "allAchievements": "Tất cả thành tích",
    "categories": "Chuyên mục",
    "search": "Tìm kiếm",
    "searchLabel": "Tìm tin tức và thành tích",
    "searchHint": "Không cần gõ dấu: \"dong trieu\" tìm được \"Đông Triều\".",
    "searchResults": "{{count}} kết quả cho \"{{q}}\"",
    "noResults": "Không tìm thấy kết quả cho \"{{q}}\".",
    "nothingYet": "Chưa có bài nào được xuất bản ở đây.",
    "languages": "Ngôn ngữ",
    "readIn": "Đọc bằng {{language}}",
    "notTranslated": "trang chủ: bài này chưa có bản bằng ngôn ngữ này",
    "publishedOn": "Đăng ngày {{date}}",
    "updatedOn": "Cập nhật {{date}}",
    "by": "Tác giả: {{name}}",
    "photo": "Ảnh: {{credit}}",
    "draftBanner": "Bản nháp / Draft preview: chưa xuất bản, chỉ cán bộ đã đăng nhập mới xem được",
    "skipToContent": "Bỏ qua, tới nội dung",
    "mainNav": "Điều hướng chính",
    "older": "Cũ hơn",
    "newer": "Mới hơn",
    "pagination": "Trang",
    "notFoundTitle": "Không tìm thấy trang",
    "notFoundBody": "Trang có thể đã được chuyển hoặc gỡ xuống.",
    "backHome": "Về trang chủ",
    "feeds": "Nguồn tin",
    "footer": "© {{year}} {{school}}",
    "menu": "Danh mục",
    "notPublishedYet": "Bản nháp: chưa đăng"
  },
  "email": {
    "submit": {
      "subject": "[Chờ duyệt] {{title}}",
      "body": "{{actor}} đã gửi duyệt \"{{title}}\".\n\nMở tại: {{url}}"
    },
    "request_changes": {
      "subject": "[Cần chỉnh sửa] {{title}}",
      "body": "{{actor}} yêu cầu chỉnh sửa \"{{title}}\":\n\n{{comment}}\n\nMở tại: {{url}}"
    },
    "approve": {
      "subject": "[Đã duyệt] {{title}}",
      "body": "{{actor}} đã duyệt \"{{title}}\".\n\nMở tại: {{url}}"
    },
    "publish": {
      "subject": "[Đã đăng] {{title}}",
      "body": "\"{{title}}\" đã được đăng.\n\nMở tại: {{url}}"
    },
    "unpublish": {
      "subject": "[Đã gỡ] {{title}}",
      "body": "\"{{title}}\" đã được {{actor}} gỡ xuống:\n\n{{comment}}\n\nMở tại: {{url}}"
    },
    "outdated": {
      "subject": "[Cần cập nhật] {{title}}",
      "body": "Bản gốc \"{{source}}\" đã thay đổi và được duyệt sau khi bản \"{{title}}\" của bạn được làm. Hãy cập nhật bản dịch, hoặc đánh dấu đã cập nhật nếu bản dịch vẫn đúng.\n\nMở tại: {{url}}"
    },
    "deliveryDead": {
      "subject": "[Ngừng gửi] {{item}} tới {{destination}}",
      "body": "Việc gửi {{item}} ({{language}}) tới \"{{destination}}\" đã thất bại {{attempts}} lần và sẽ không thử nữa. Hãy kiểm tra bên nhận, rồi dùng \"Gửi lại\" trong nhật ký gửi."
    },
    "destinationGone": {
      "subject": "[Đã tắt nơi nhận] {{destination}}",
      "body": "\"{{destination}}\" trả lời 410 Gone tại {{url}}: nơi nhận đã được tắt. Không gửi gì thêm tới đó cho tới khi quản trị viên bật lại."
    },
    "package": {
      "published": {
        "subject": "[{{school}}] {{title}}",
        "body": "{{school}} đã đăng \"{{title}}\". Gói đính kèm gồm bài dưới dạng văn bản Word và trang HTML, ảnh kèm chú thích và nguồn ảnh, tệp ninjs và hồ sơ phê duyệt."
      },
      "updated": {
        "subject": "[{{school}}] Cập nhật: {{title}}",
        "body": "{{school}} đã đăng bản mới đã được duyệt của \"{{title}}\". Đề nghị thay bản trước bằng gói đính kèm."
      },
      "withdrawn": {
        "subject": "[{{school}}] Gỡ bài: {{title}}",
        "body": "{{school}} đã gỡ \"{{title}}\". Đề nghị gỡ bài này khỏi trang của quý cơ quan."
      }
    }
  },
  "seed": {
    "logins": "Tài khoản demo (mật khẩu: {{password}}):"
  },
  "delivery": {
    "destinationsDescription": "Các cổng thông tin và trang tổng hợp nhận nội dung đã duyệt: qua webhook (ký theo Standard Webhooks) hoặc qua e-mail.",
    "fields": {
      "kind": "Hình thức",
      "url": "Địa chỉ nhận (URL)",
      "urlDescription": "Nơi mỗi thay đổi được gửi (POST), ví dụ https://portal.example.vn/hooks/lechan. Không nhận địa chỉ trên máy này hay mạng nội bộ.",
      "emails": "Địa chỉ e-mail",
      "emailsDescription": "Mỗi mục đã đăng được gửi tới các địa chỉ này dưới dạng gói (việc gửi qua e-mail chưa được làm).",
      "secret": "Khóa ký",
      "secretDescription": "Chỉ ghi: khóa dạng whsec_… (Standard Webhooks). Để trống thì hệ thống tự tạo; dùng \"đổi khóa\" để nhận khóa mới, hiện một lần. Khóa không bao giờ được hiện lại.",
      "languages": "Ngôn ngữ",
      "languagesDescription": "Không chọn: mọi ngôn ngữ.",
      "categoriesDescription": "Không chọn: mọi chuyên mục.",
      "enabled": "Đang bật",
      "disabledReason": "Lý do bị tắt",
      "item": "Mục",
      "itemKey": "Mã mục",
      "event": "Sự kiện",
      "status": "Trạng thái",
      "attempts": "Số lần thử",
      "lastStatusCode": "Mã trả lời gần nhất (HTTP)",
      "lastError": "Lỗi gần nhất",
      "nextAttemptAt": "Lần thử tiếp",
      "deliveredAt": "Nhận lúc",
      "webhookId": "Mã webhook (khóa chống trùng của bên nhận)"
    },
    "kinds": {
      "webhook": "Webhook (HTTP POST)",
      "email": "E-mail"
    },
    "events": {
      "published": "Đăng",
      "updated": "Cập nhật",
      "withdrawn": "Gỡ"
    },
    "statuses": {
      "pending": "Đang chờ gửi",
      "delivered": "Đã nhận",
      "failed": "Thất bại",
      "dead": "Đã ngừng thử"
    },
    "errors": {
      "secretFormat": "Khóa ký phải có dạng whsec_ rồi chuỗi base64 dài 24 đến 64 byte. Để trống để hệ thống tự tạo.",
      "adminsOnly": "Chỉ quản trị viên quản lý nơi nhận và khóa ký.",
      "resendRole": "Chỉ lãnh đạo và quản trị viên được gửi lại.",
      "urlRequired": "Hãy nhập địa chỉ nhận (https://…).",
      "url_private": "Địa chỉ này nằm trên máy này hoặc mạng nội bộ ({{address}}): chỉ gửi tới địa chỉ công khai.",
      "url_scheme": "Hãy dùng địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.",
      "url_unresolved": "Không phân giải được tên máy này: hãy kiểm tra lại địa chỉ.",
      "emailsRequired": "Hãy nhập ít nhất một địa chỉ e-mail hợp lệ {{email}}",
      "sendingNow": "Mục này đang được gửi ngay lúc này: hãy chờ lần gửi này xong (tối đa một phút) rồi gửi lại nếu vẫn cần."
    },
    "secretShownOnce": "Hãy chép khóa này cho bên nhận ngay: khóa sẽ không hiện lại.",
    "resent": "Đã xếp để gửi lại ngay, giữ nguyên mã webhook.",
    "resend": "Gửi lại",
    "rotate": "Tạo khóa ký mới (chỉ hiện một lần)"
  },
  "package": {
    "errors": {
      "notPublished": "Chỉ mục đã đăng mới có gói: hãy đăng trước (mục này hiện không có trên trang).",
      "collection": "Chỉ có gói cho {{collections}}."
    },
    "approvalLine": "Đã được {{name}} duyệt lúc {{time}} (mã nội dung {{hash}}).",
    "dateLine": "Đăng lúc {{date}}",
    "download": "Tải gói (Word, HTML, ảnh)"
  },
  "pull": {
    "integrationsDescription": "Các trang tổng hợp lấy những gì đã thay đổi bằng khóa API: GET /api/exports/changes. Đánh dấu \"Bật khóa API\" rồi chép khóa cho bên tổng hợp.",
    "channelsDescription": "Các kênh khóa này được đọc.",
    "errors": {
      "key": "Hãy gửi khóa API của một tích hợp: Authorization: integrations API-Key {khóa}.",
      "disabled": "Tích hợp này đang tắt: hãy nhờ quản trị viên nhà trường bật lại.",
      "channel": "Khóa này không được đọc kênh \"{{channel}}\". Các kênh được đọc: {{channels}}.",
      "language": "Không có ngôn ngữ \"{{language}}\". Hãy dùng một trong: {{languages}}.",
      "cursor": "\"since\" phải là con trỏ do API này trả về (\"next\" hoặc \"cursor\" của một mục), hoặc để trống để bắt đầu từ đầu.",
      "limit": "\"limit\" phải là số nguyên từ 1 đến {{max}}."
    }
  },
  "reports": {
    "planTasksDescription": "Các nhiệm vụ trong kế hoạch thông tin đối ngoại hằng năm của nhà trường. Gắn bài viết, thành tích với nhiệm vụ mà chúng thực hiện.",
    "monitoringDescription": "Mục 1.3 của kế hoạch: thông tin sai lệch, xuyên tạc phát hiện trên báo chí, mạng xã hội và việc đã xử lý. Chỉ lãnh đạo và quản trị xem; không bao giờ công khai.",
    "visitsDescription": "Mục 1.4 của kế hoạch: phóng viên nước ngoài đến làm việc. Chỉ lãnh đạo và quản trị xem; không bao giờ công khai.",
    "reportsDescription": "Báo cáo gửi Sở GDĐT: chọn kỳ báo cáo, xem số liệu, viết mục II và III rồi tải tệp Word, Excel.",
    "none": "(chưa xác định)",
    "fields": {
      "year": "Năm",
      "code": "Mục",
      "codeDescription": "Theo số mục trong kế hoạch, ví dụ 1.3",
      "responsibleUnit": "Đơn vị chủ trì",
      "coordinatingUnits": "Đơn vị phối hợp",
      "recurrence": "Tần suất",
      "deadline": "Thời hạn",
      "status": "Tình trạng",
      "occasions": "Các dịp",
      "planTask": "Nhiệm vụ kế hoạch",
      "planTaskDescription": "Nhiệm vụ trong kế hoạch năm mà tin, bài này thực hiện (được tính trong báo cáo).",
      "foundAt": "Ngày phát hiện",
      "platform": "Nền tảng",
      "url": "Đường dẫn",
      "topic": "Chủ đề",
      "assessment": "Đánh giá",
      "actionTaken": "Biện pháp xử lý",
      "actionDetails": "Nội dung xử lý",
      "reportedTo": "Đã báo cáo (đơn vị)",
      "reportedAt": "Ngày báo cáo",
      "responseArticle": "Bài viết phản bác, đính chính",
      "reporters": "Phóng viên",
      "outlet": "Cơ quan báo chí",
      "country": "Quốc gia",
      "startDate": "Từ ngày",
      "endDate": "Đến ngày",
      "purpose": "Mục đích, nội dung",
      "permissionReference": "Văn bản cho phép",
      "permissionDescription": "Văn bản cho phép (số, ngày, cơ quan ban hành).",
      "escort": "Người tháp tùng",
      "spokespersonPresent": "Có người phát ngôn",
      "materialsProvided": "Thông tin, tài liệu đã cung cấp",
      "publications": "Tin, bài đã đăng sau chuyến làm việc",
      "notes": "Ghi chú",
      "from": "Từ ngày",
      "to": "Đến ngày",
      "summaryLine": "Trích yếu",
      "summaryLineDescription": "Dòng dưới chữ BÁO CÁO, ví dụ: Kết quả thực hiện công tác thông tin đối ngoại quý IV năm 2026",
      "number": "Số hiệu",
      "place": "Địa danh",
      "issuedOn": "Ngày ban hành",
      "parentAgency": "Cơ quan chủ quản",
      "school": "Tên trường",
      "results": "I. Kết quả: phần viết thêm",
      "resultsDescription": "Được thêm vào mục I, sau số liệu theo từng nhóm nhiệm vụ.",
      "limitations": "II. Hạn chế, nguyên nhân",
      "nextTasks": "III. Nhiệm vụ trọng tâm, đề xuất, kiến nghị",
      "signingMode": "Thẩm quyền ký",
      "signerTitle": "Chức vụ người ký",
      "onBehalfOf": "Thay mặt",
      "signerName": "Họ tên người ký",
      "recipients": "Nơi nhận",
      "recipientsDescription": "Mỗi nơi nhận một dòng.",
      "reportStatus": "Trạng thái",
      "statusDescription": "Khi đã ban hành, báo cáo giữ nguyên số liệu tại thời điểm ban hành.",
      "schoolDescription": "Để trống: dùng tên trường trong cài đặt trang."
    },
    "recurrences": {
      "once": "Một lần (theo thời hạn)",
      "monthly": "Hằng tháng",
      "quarterly": "Hằng quý",
      "each-holiday": "Mỗi dịp lễ, kỷ niệm",
      "school-year": "Cả năm học"
    },
    "taskStatuses": {
      "not-started": "Chưa thực hiện",
      "in-progress": "Đang thực hiện",
      "done": "Đã hoàn thành"
    },
    "platforms": {
      "press": "Báo chí",
      "facebook": "Facebook",
      "youtube": "YouTube",
      "tiktok": "TikTok",
      "zalo": "Zalo",
      "other": "Khác"
    },
    "assessments": {
      "accurate": "Chính xác",
      "inaccurate": "Sai sự thật",
      "distorted": "Xuyên tạc",
      "hostile": "Thù địch"
    },
    "actions": {
      "none": "Chưa xử lý",
      "reported": "Đã báo cáo cấp trên",
      "response-published": "Đã đăng bài phản bác, đính chính",
      "correction-requested": "Đã đề nghị cải chính",
      "removal-requested": "Đã đề nghị gỡ bỏ"
    },
    "monitoringStatuses": {
      "open": "Đang theo dõi",
      "reported": "Đã báo cáo",
      "resolved": "Đã xử lý xong"
    },
    "signingModes": {
      "principal": "Hiệu trưởng ký",
      "on-behalf": "Thay mặt (TM.)",
      "deputy": "Ký thay (KT.)"
    },
    "reportStatuses": {
      "draft": "Dự thảo",
      "issued": "Đã ban hành"
    },
    "subjects": {
      "month": "Tháng",
      "kind": "Loại"
    },
    "tables": {
      "byLanguage": "Tin, bài đã đăng theo ngôn ngữ",
      "byPlanArea": "Tin, bài theo nhóm nhiệm vụ",
      "byChannel": "Tin, bài theo kênh",
      "byCategory": "Tin, bài theo chuyên mục",
      "byUnit": "Tin, bài theo đơn vị",
      "byMonth": "Tin, bài theo tháng",
      "byCollection": "Tin, bài theo loại",
      "achievementsByLevel": "Thành tích theo cấp",
      "achievementsByAward": "Thành tích theo giải",
      "coverage": "Tỉ lệ có bản dịch (% tin, bài đang đăng)",
      "outdated": "Bản dịch cần cập nhật",
      "deliveriesByStatus": "Lượt gửi theo trạng thái",
      "deliveriesByDestination": "Lượt gửi theo nơi nhận",
      "monitoringByAssessment": "Vụ việc theo dõi theo đánh giá",
      "monitoringByAction": "Vụ việc theo dõi theo biện pháp xử lý",
      "monitoringByPlatform": "Vụ việc theo dõi theo nền tảng",
      "visitsByCountry": "Đoàn phóng viên nước ngoài theo quốc gia",
      "tasksByArea": "Nhiệm vụ kế hoạch theo nhóm"
    },
    "summary": {
      "published": "Tin, bài đăng trong kỳ",
      "liveNow": "Tin, bài đang đăng",
      "achievements": "Thành tích đăng trong kỳ",
      "sourcesLive": "Bài gốc đang đăng",
      "outdated": "Bản dịch cần cập nhật",
      "approvals": "Lượt phê duyệt trong kỳ",
      "medianHours": "Thời gian phê duyệt, trung vị (giờ)",
      "p90Hours": "Thời gian phê duyệt, phân vị 90 (giờ)",
      "deliveries": "Lượt gửi tới các cổng",
      "monitoring": "Vụ việc theo dõi báo chí, mạng xã hội",
      "visits": "Đoàn phóng viên nước ngoài",
      "tasks": "Nhiệm vụ kế hoạch",
      "tasksDone": "Nhiệm vụ đã hoàn thành",
      "tasksInProgress": "Nhiệm vụ đang thực hiện",
      "tasksOverdue": "Nhiệm vụ quá hạn"
    },
    "xlsx": {
      "indicator": "Chỉ tiêu",
      "value": "Số liệu",
      "count": "Số lượng",
      "percent": "Tỉ lệ (%)",
      "total": "Tổng",
      "summary": "Tổng hợp",
      "period": "Kỳ báo cáo: từ {{from}} đến {{to}}"
    },
    "docx": {
      "overview": "Từ {{from}} đến {{to}}, nhà trường đã đăng {{published}} tin, bài (kể cả các bản ngôn ngữ khác), trong đó {{achievements}} tin về thành tích của học sinh; hiện có {{live}} tin, bài đang đăng trên cổng thông tin.",
      "area": "Đã đăng {{count}} tin, bài; kế hoạch có {{tasks}} nhiệm vụ thuộc nhóm này.",
      "otherFigures": "Công tác dịch thuật, phê duyệt, cung cấp thông tin, theo dõi dư luận",
      "figures": "Nhiệm vụ kế hoạch: hoàn thành {{tasksDone}}/{{tasksTotal}}, quá hạn {{overdue}}. Thời gian phê duyệt trung vị {{median}} giờ, phân vị 90 là {{p90}} giờ. Đã gửi {{deliveries}} lượt tới các cổng thông tin, {{delivered}} lượt được tiếp nhận. Có {{outdated}} bản dịch cần cập nhật. Theo dõi {{monitoring}} vụ việc trên báo chí, mạng xã hội; đón {{visits}} đoàn phóng viên nước ngoài.",
      "deputy": "Phó Hiệu trưởng",
      "noLimitations": "(Ban giám hiệu bổ sung.)",
      "noNextTasks": "(Ban giám hiệu bổ sung.)",
      "overdue": "quá hạn"
    },
    "defaults": {
      "parentAgency": "Sở Giáo dục và Đào tạo Quảng Ninh",
      "place": "Quảng Ninh",
      "recipients": "Sở GDĐT Quảng Ninh (để báo cáo);\nBan Giám hiệu;\nLưu: VT.",
      "signerTitle": "Hiệu trưởng",
      "summaryLine": "Kết quả thực hiện công tác thông tin đối ngoại từ {{from}} đến {{to}}"
    },
    "errors": {
      "role": "Chỉ lãnh đạo, người xem báo cáo và quản trị viên được xem báo cáo.",
      "format": "Định dạng \"{{format}}\" không hợp lệ: dùng một trong {{formats}}.",
      "period": "Kỳ báo cáo \"{{from}}\" đến \"{{to}}\" không hợp lệ: nhập from và to dạng YYYY-MM-DD, ngày đầu không sau ngày cuối."
    },
    "panel": {
      "title": "Số liệu của kỳ báo cáo",
      "loading": "Đang tổng hợp số liệu…",
      "saveFirst": "Chọn kỳ báo cáo và lưu: số liệu và nút tải tệp sẽ hiện ở đây.",
      "issued": "Đã ban hành: đây là số liệu tại thời điểm ban hành.",
      "live": "Dự thảo: số liệu tính đến hiện tại.",
      "downloadDocx": "Tải báo cáo Word (.docx)",
      "downloadXlsx": "Tải số liệu Excel (.xlsx)",
      "unsaved": "Hãy lưu thay đổi trước: tệp được tạo từ báo cáo đã lưu.",
      "error": "Không tải được số liệu: {{message}}",
      "quarter": "Quý"
    }
  }
}

export default vi
