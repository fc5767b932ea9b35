/* The plugin's ja catalogue (Japanese): the admin, API errors, e-mails, feeds, reports and the portal read it. */
import type { Catalogue } from './types'

const ja: Catalogue = {
  "collections": {
    "articles": {
      "singular": "記事",
      "plural": "記事"
    },
    "achievements": {
      "singular": "成果",
      "plural": "成果"
    },
    "languageVersions": {
      "singular": "言語版",
      "plural": "言語版"
    },
    "categories": {
      "singular": "カテゴリー",
      "plural": "カテゴリー"
    },
    "media": {
      "singular": "メディアファイル",
      "plural": "メディア"
    },
    "workflowEvents": {
      "singular": "ワークフローイベント",
      "plural": "ワークフローイベント"
    },
    "publishedEntries": {
      "singular": "公開エントリ",
      "plural": "公開インデックス"
    },
    "users": {
      "singular": "ユーザー",
      "plural": "ユーザー"
    },
    "destinations": {
      "singular": "配信先",
      "plural": "配信先"
    },
    "deliveries": {
      "singular": "配信",
      "plural": "配信ログ"
    },
    "integrations": {
      "singular": "連携",
      "plural": "連携（プル型 API キー）"
    },
    "planTasks": {
      "singular": "計画タスク",
      "plural": "計画タスク"
    },
    "pressMonitoring": {
      "singular": "報道モニタリング案件",
      "plural": "報道モニタリング"
    },
    "foreignPressVisits": {
      "singular": "外国報道機関の訪問",
      "plural": "外国報道機関の訪問"
    },
    "implementationReports": {
      "singular": "実施報告書",
      "plural": "実施報告書"
    }
  },
  "globals": {
    "siteSettings": "サイト設定",
    "publishingSettings": "公開設定"
  },
  "groups": {
    "content": "コンテンツ",
    "library": "ライブラリ",
    "system": "システム",
    "delivery": "配信",
    "plan": "計画と報告"
  },
  "fields": {
    "title": "タイトル",
    "slug": "スラッグ（URL）",
    "slugDescription": "空欄の場合はタイトルから作成されます。言語ごとに一意です。",
    "summary": "概要",
    "body": "本文",
    "language": "言語",
    "category": "カテゴリー",
    "planArea": "計画分野",
    "tags": "タグ",
    "featuredImage": "アイキャッチ画像",
    "gallery": "ギャラリー",
    "videoUrl": "動画 URL",
    "byline": "署名",
    "eventDate": "開催日",
    "channels": "配信チャネル",
    "publishAt": "公開予約日時",
    "unpublishAt": "公開終了予約日時",
    "languageVersionsJoin": "言語版",
    "description": "説明",
    "competition": "コンテスト",
    "level": "レベル",
    "award": "賞",
    "subject": "科目",
    "schoolYear": "学年度",
    "schoolYearDescription": "例：2025-2026",
    "students": "生徒",
    "studentName": "氏名",
    "className": "クラス",
    "isMinor": "18歳未満",
    "consentStatus": "同意",
    "consentScope": "同意の範囲",
    "consentExpiresAt": "同意の有効期限",
    "teachers": "教員",
    "teacherName": "教員",
    "date": "日付",
    "images": "画像",
    "relatedArticle": "関連記事",
    "source": "原文",
    "translator": "翻訳者",
    "method": "翻訳方法",
    "sourceRevision": "原文のリビジョン",
    "sourceHash": "原文コンテンツのハッシュ",
    "outdated": "要更新",
    "outdatedDescription": "この版の作成後に、原文の承認済みタイトル、概要または本文が変更されました。",
    "syncWithSource": "原文と同期済みとしてマーク",
    "syncWithSourceDescription": "この版を原文の現在のテキストと照合してからチェックしてください。保存すると「要更新」フラグが解除されます。",
    "name": "名前",
    "alt": "代替テキスト",
    "caption": "キャプション",
    "credit": "クレジット",
    "depictsMinors": "18歳未満の生徒が写っている",
    "roles": "ロール",
    "unit": "部署",
    "preferredLanguage": "優先言語",
    "workflowState": "状態",
    "author": "作成者",
    "lastEditedBy": "最終編集者",
    "contributors": "前回の承認以降の変更者",
    "contributorsDescription": "これらのユーザーはこのリビジョンを承認できません（フォーアイズ原則）。",
    "approvedBy": "承認者",
    "approvedAt": "承認日時",
    "approvedHash": "承認済みコンテンツのハッシュ",
    "liveUse": "公開中のコンテンツで使用",
    "publishRequestedBy": "公開依頼者",
    "publishedAt": "公開日時",
    "searchText": "検索用テキスト",
    "actor": "実行者",
    "actorLabel": "実行者（名前）",
    "at": "日時",
    "from": "変更前の状態",
    "to": "変更後の状態",
    "action": "操作",
    "comment": "コメント",
    "contentHash": "コンテンツのハッシュ",
    "document": "ドキュメント",
    "documentCollection": "コレクション",
    "documentId": "ドキュメント ID",
    "mediaRef": "メディアファイル",
    "schoolName": "学校名",
    "schoolDescription": "学校の紹介",
    "logo": "ロゴ",
    "publicUrl": "公開 URL",
    "contacts": "連絡先",
    "contactLabel": "ラベル",
    "email": "メールアドレス",
    "phone": "電話番号",
    "address": "住所",
    "spokesperson": "報道担当者",
    "spokespersonTitle": "報道担当者の役職",
    "fourEyes": "自分の作業を自分で承認しない（フォーアイズ原則）",
    "extraChecklist": "追加の承認チェック項目",
    "checklistKey": "キー",
    "checklistLabel": "ラベル",
    "defaultChannels": "新規コンテンツの既定チャネル",
    "feedItemLimit": "フィードあたりの件数",
    "newsPublicationName": "媒体名（Google News）",
    "approvedTextHash": "承認済みテキストのハッシュ",
    "live": "サイトで公開中"
  },
  "planAreas": {
    "resolution-47": "対外情報に関する決議47/NQ-CPの実施",
    "human-rights": "人権に関する広報・教育",
    "vietnam-vn": "Vietnam.vnポータルを通じた国家イメージの発信",
    "province-image": "省のイメージの発信",
    "integration-sovereignty": "国際統合、海洋・島嶼の主権、2026年の主な記念日",
    "ocop": "省の特産品とブランド（OCOP）"
  },
  "channels": {
    "portal": "学校ポータル",
    "vietnam-vn": "Vietnam.vn",
    "province": "省ポータル",
    "doet": "教育訓練局"
  },
  "levels": {
    "school": "校内",
    "province": "省",
    "national": "全国",
    "international": "国際"
  },
  "methods": {
    "human": "人による翻訳",
    "machine-assisted": "機械翻訳支援"
  },
  "consentStatus": {
    "not-needed": "不要",
    "obtained": "取得済み",
    "missing": "未取得",
    "withdrawn": "撤回"
  },
  "consentScope": {
    "portal": "学校ポータル",
    "feeds": "フィードとアグリゲーター",
    "press": "報道機関と省ポータル"
  },
  "roles": {
    "admin": "管理者",
    "leader": "管理職",
    "editor": "編集者",
    "translator": "翻訳者",
    "viewer": "閲覧者"
  },
  "states": {
    "draft": "下書き",
    "in_review": "レビュー待ち",
    "changes_requested": "修正依頼中",
    "approved": "承認済み",
    "published": "公開中",
    "unpublished": "公開停止",
    "published_pending": "公開中 · 編集内容が未承認"
  },
  "actions": {
    "submit": "レビューに提出",
    "request_changes": "修正を依頼",
    "approve": "承認",
    "publish": "公開",
    "unpublish": "公開を停止",
    "reopen": "再開",
    "consent_changed": "同意を変更",
    "marked_up_to_date": "最新としてマーク"
  },
  "languages": {
    "vi": "ベトナム語",
    "en": "英語",
    "zh": "中国語",
    "ko": "韓国語",
    "ja": "日本語",
    "fr": "フランス語",
    "es": "スペイン語",
    "de": "ドイツ語",
    "ru": "ロシア語"
  },
  "validation": {
    "required": "{{field}}は必須です。",
    "slugFormat": "小文字 a–z、数字、単一のハイフンを使用してください（例：「hoi-thao-2026」）。",
    "slugTaken": "スラッグ「{{slug}}」は{{language}}の別のコンテンツですでに使用されています。",
    "schoolYear": "学年度は連続する2つの年で入力してください（例：2025-2026）。",
    "url": "https:// または http:// で始まる完全な URL を入力してください。",
    "unpublishBeforePublish": "「公開終了予約日時」は「公開予約日時」より後にしてください。",
    "sameLanguageAsSource": "言語版は原文（{{language}}）とは別の言語にする必要があります。",
    "duplicateLanguageVersion": "この原文にはすでに{{language}}版があります。そちらを編集してください。",
    "sourceMissing": "原文はすでに存在しません。",
    "unknownLanguage": "「{{language}}」はこのサイトの言語ではありません。使用できる言語：{{languages}}。",
    "consentExpiryNeeded": "同意の有効期限を入力するか、別の同意状況を選択してください。",
    "consentScopeNeeded": "同意の範囲（ポータル、フィード、報道機関）を指定してください。",
    "minorNeedsConsent": "18歳未満の生徒が写っている画像には同意状況が必要です。「不要」ではなく、取得済み・未取得・撤回のいずれかを選択してください。",
    "eventDateFuture": "開催日が1年以上先になっています。年を確認してください。",
    "checklistKey": "チェック項目のキーには小文字、数字、キャメルケースを使用してください（例：「photoCreditChecked」）。",
    "endBeforeStart": "この日付は開始日より前です。それより後の日付を選択してください。"
  },
  "errors": {
    "richTextShape": "エディターの JSON を送信してください。「root」の type が「root」で、「children」のリストを持つオブジェクトである必要があります。",
    "richTextNode": "ノードタイプ「{{type}}」はこのエディターにはありません。",
    "richTextInvalid": "エディターで読み込めません（{{detail}}）。",
    "tooManyAttempts": "このアドレスからの試行回数が多すぎます。{{seconds}} 秒後にもう一度お試しください。",
    "firstRegisterClosed": "本番環境では、最初のアカウントを Web から作成することはできません。管理者がサーバー上で「npm run create-admin」を実行して作成します。",
    "badId": "「{{id}}」は有効な ID ではありません。ID は整数です。",
    "badParam": "クエリパラメーター「{{param}}」が無効です：{{reason}}",
    "reasonJson": "JSON オブジェクトにするか、where[field][operator]=value の形式で記述してください。",
    "reasonInteger": "{{min}} から {{max}} までの整数を指定してください。",
    "reasonLocale": "{{locales}} のいずれか、または「all」を指定してください。",
    "reasonText": "プレーンテキストで1回だけ指定してください。",
    "badJsonBody": "リクエスト本文が有効な JSON ではありません。JSON オブジェクトを送信してください。",
    "bodyTooLarge": "リクエスト本文が上限の {{max}} を超えています。",
    "badEncoding": "アドレスにデコードできないパーセントエンコーディング（単独の「%」など）が含まれています。UTF-8 でエンコードしてください。",
    "badRichText": "フィールド「{{field}}」は有効なリッチテキストではありません：{{reason}}",
    "tooManyPixels": "画像は {{width}}×{{height}} ピクセル（{{megapixels}} MP）です。上限は {{max}} MP です。サイズを縮小してもう一度お試しください。",
    "unsupportedMediaType": "「Content-Type: application/json」と JSON 本文でリクエストを送信してください。",
    "emptyFile": "ファイルが空です。画像をもう一度選択してください。",
    "fileTooLarge": "ファイルサイズは {{size}} MB です。アップロードの上限は {{max}} MB です。サイズを縮小または圧縮してもう一度お試しください。",
    "uploadLimit": "ファイルがアップロードの上限 {{max}} MB を超えています。サイズを縮小または圧縮してもう一度お試しください。",
    "notAnImage": "ファイル「{{name}}」は読み込める画像ではありません。JPEG、PNG、WebP、GIF のいずれかのファイルをアップロードしてください。",
    "auditReadOnly": "ワークフローイベントは監査ログのため、変更・削除できません。",
    "workflowFieldReadOnly": "ワークフローフィールド「{{field}}」はワークフロー操作によってのみ変更されます。"
  },
  "workflow": {
    "errors": {
      "unauthenticated": "ワークフロー操作を行うにはログインしてください。",
      "notFound": "{{collection}} に ID {{id}} の項目はありません。",
      "commentTooLong": "コメントは {{length}} 文字です。上限は {{max}} 文字です。短くしてください。",
      "badBody": "{\"action\": \"submit\", \"comment\": \"…\"} のような JSON 本文を送信してください。",
      "unknownAction": "「{{action}}」はワークフロー操作ではありません。submit、request_changes、approve、publish、unpublish、reopen のいずれかを使用してください。",
      "invalidTransition": "コンテンツが「{{state}}」の状態では「{{action}}」を実行できません。",
      "forbidden": "あなたのロールでは、このコンテンツに対して「{{action}}」を実行できません。",
      "fourEyes": "自分が作成・編集した、または前回の承認以降に変更したリビジョンは承認できません。別の管理職に承認を依頼してください。",
      "commentRequired": "理由をコメントに記入してください（「{{action}}」にはコメントが必要です）。",
      "changedSinceApproval": "承認後にコンテンツが変更されました。公開する前に再度承認を受ける必要があります。",
      "gatesFailed": "「{{action}}」はまだ実行できません：{{problems}}。",
      "publishGuard": "公開はレビューのワークフローを経て行います。コンテンツを提出し、管理職が承認して公開します。",
      "restoreAsDraft": "以前のバージョンは下書きとして復元してください（その後レビューを経ます）。公開サイトに直接復元することはできません。",
      "notTranslator": "この版が引き続き正確であることを確認できるのは、この版の翻訳者のみです。",
      "badPublishAt": "「publishAt」は日時で指定してください（例：2026-12-01T08:00:00+07:00）。",
      "notTranslatorOrLeader": "最新としてマークできるのは、この版の翻訳者、管理職、または管理者のみです。"
    },
    "gates": {
      "checklist": "承認チェックリストのすべての項目にチェックを入れる（{{items}}）",
      "consentMissing": "{{name}} に写っている18歳未満の生徒の同意状況が「{{status}}」です",
      "consentExpired": "{{name}} の同意の有効期限が切れています",
      "consentScope": "{{name}} の同意が {{channels}} を対象としていません",
      "outdated": "この翻訳は古くなっています（原文が変更されました）。翻訳者が更新するか、引き続き正確であることを確認する必要があります",
      "textMissing": "{{field}} が空です",
      "altMissing": "画像 {{name}} にこの言語の代替テキストがありません"
    },
    "checklist": {
      "noStateSecrets": "国家機密に該当する内容を含まない",
      "sourcesVerified": "情報源を確認済み",
      "spokespersonApproved": "学校として公表して差し支えない内容である（報道担当者規程）",
      "consentVerified": "写っているすべての人の同意を得ている"
    },
    "ui": {
      "title": "ワークフロー",
      "state": "状態",
      "actions": "操作",
      "noActions": "この状態で実行できる操作はありません。",
      "comment": "コメント",
      "commentRequired": "コメント（必須）",
      "confirm": "確認",
      "cancel": "キャンセル",
      "history": "履歴",
      "noHistory": "ワークフローイベントはまだありません。",
      "compare": "前回承認されたリビジョンからの変更点",
      "checklist": "承認チェックリスト",
      "publishAt": "公開日時（空欄の場合はすぐに公開）",
      "scheduled": "{{time}} に公開予定",
      "confirmUpToDate": "この翻訳が引き続き正確であることを確認しました",
      "outdatedWarning": "この版の作成後に、原文の承認済みテキストが変更されました。",
      "reviewQueue": "レビュー待ち",
      "reviewQueueEmpty": "レビュー待ちの項目はありません。",
      "saveFirst": "先にドキュメントを保存してください。",
      "done": "完了しました。現在の状態は「{{state}}」です。",
      "system": "システム",
      "outdatedBadge": "要更新",
      "markUpToDate": "最新としてマーク",
      "markUpToDateHelp": "先にこの版を原文の承認済みテキストと照合してください。この操作は履歴に記録されます。",
      "saveBeforeAction": "「{{label}}」の前に保存してください。フォームに未保存の変更があります。保存（「下書きを保存」）してから、もう一度お試しください。",
      "problemsTitle": "先に次の点を修正してください：",
      "fixAlt": "代替テキストを追加",
      "fixPhoto": "写真を開く",
      "fixField": "フィールドへ移動",
      "fixChecklist": "下の項目にチェックを入れる",
      "changedSinceSubmit": "レビューに提出された後にテキストが変更されました。承認する前に変更点を確認してください。",
      "compareSubmitted": "提出後の変更点",
      "versionHistory": "バージョン履歴",
      "submittedBy": "{{name}} が {{time}} に提出",
      "pendingEdit": "この編集が承認されて公開されるまで、公開中のバージョンがサイトに表示されます。",
      "editState": "この編集：{{state}}",
      "markedUpToDate": "最新としてマークしました。"
    },
    "dashboard": {
      "myDrafts": "自分の下書き",
      "changesRequested": "自分への修正依頼",
      "waiting": "自分のレビュー待ち",
      "outdatedMine": "更新が必要な自分の翻訳",
      "outdatedAll": "更新が必要な翻訳",
      "recent": "最近の公開",
      "empty": "ここには何もありません。",
      "item": "項目",
      "type": "種類",
      "language": "言語",
      "submitter": "提出者",
      "waitingFor": "待機時間",
      "updated": "更新日時",
      "published": "公開日時",
      "state": "状態",
      "title": "自分の作業",
      "failedDeliveries": "失敗または中止された配信（30日間）"
    },
    "source": {
      "title": "原文",
      "approved": "承認済みテキスト（{{language}}）",
      "draft": "下書き、未承認（{{language}}）",
      "changes": "この版の作成後の原文の変更点",
      "noOld": "この版の元になったテキストは、原文の履歴にもうありません。",
      "noChanges": "タイトル、概要、本文に変更はありません。",
      "open": "原文を開く",
      "pick": "先に原文を選択してください。そのテキストがここに表示されます。",
      "photos": "写真：{{language}}の代替テキストとキャプション",
      "photosNeedLanguage": "写真のテキストを編集するには、この版の言語を選択してください。",
      "noPhotos": "原文には写真がありません。",
      "sourceAlt": "原文の代替テキスト：{{alt}}",
      "savePhoto": "保存",
      "saved": "保存しました。",
      "sourceCaption": "原文のキャプション：{{caption}}"
    }
  },
  "feeds": {
    "title": "{{school}}：ニュースと成果",
    "description": "{{school}} が公開したニュースと生徒の成果",
    "errors": {
      "unknownLanguage": "「{{language}}」のフィードはありません。利用できる言語：{{languages}}。",
      "unknownFormat": "不明なフィード形式「{{format}}」です。次のいずれかを使用してください：{{formats}}。",
      "unknownChannel": "不明なチャネル「{{channel}}」です。次のいずれかを使用してください：{{channels}}。",
      "unknownCategory": "スラッグ「{{category}}」のカテゴリーはありません。既存のカテゴリー：{{categories}}。"
    }
  },
  "portal": {
    "home": "ホーム",
    "news": "ニュース",
    "latestNews": "最新ニュース",
    "achievements": "成果",
    "latestAchievements": "最近の成果",
    "allAchievements": "すべての成果",
    "categories": "カテゴリー",
    "search": "検索",
    "searchLabel": "ニュースと成果を検索",
    "searchHint": "ベトナム語の声調記号は省略できます：「dong trieu」で「Đông Triều」が見つかります。",
    "searchResults": "「{{q}}」の検索結果 {{count}} 件",
    "noResults": "「{{q}}」に一致する記事はありません。",
    "nothingYet": "まだ何も公開されていません。",
    "languages": "言語",
    "readIn": "{{language}}で読む",
    "notTranslated": "ホームページ：この記事にはこの言語版がありません",
    "publishedOn": "公開日 {{date}}",
    "updatedOn": "更新日 {{date}}",
    "by": "執筆：{{name}}",
    "photo": "写真：{{credit}}",
    "draftBanner": "Bản nháp / 下書きプレビュー：未公開、ログインした職員のみ閲覧できます",
    "skipToContent": "本文へスキップ",
    "mainNav": "メインナビゲーション",
    "older": "古い記事",
    "newer": "新しい記事",
    "pagination": "ページ",
    "notFoundTitle": "ページが見つかりません",
    "notFoundBody": "ページが移動したか、サイトから削除された可能性があります。",
    "backHome": "ホームに戻る",
    "feeds": "フィード",
    "footer": "© {{year}} {{school}}",
    "menu": "メニュー",
    "notPublishedYet": "下書き：未公開"
  },
  "email": {
    "submit": {
      "subject": "【レビュー待ち】{{title}}",
      "body": "{{actor}} さんが「{{title}}」をレビューに提出しました。\n\n開く：{{url}}"
    },
    "request_changes": {
      "subject": "【修正依頼】{{title}}",
      "body": "{{actor}} さんが「{{title}}」の修正を依頼しました：\n\n{{comment}}\n\n開く：{{url}}"
    },
    "approve": {
      "subject": "【承認済み】{{title}}",
      "body": "{{actor}} さんが「{{title}}」を承認しました。\n\n開く：{{url}}"
    },
    "publish": {
      "subject": "【公開】{{title}}",
      "body": "「{{title}}」が公開されました。\n\n開く：{{url}}"
    },
    "unpublish": {
      "subject": "【公開停止】{{title}}",
      "body": "「{{title}}」は {{actor}} さんによって公開停止されました：\n\n{{comment}}\n\n開く：{{url}}"
    },
    "outdated": {
      "subject": "【要更新】{{title}}",
      "body": "あなたの版「{{title}}」の作成後に、原文「{{source}}」が変更され、その変更が承認されました。版を更新するか、内容が引き続き一致している場合は最新としてマークしてください。\n\n開く：{{url}}"
    },
    "deliveryDead": {
      "subject": "【配信停止】{{item}} → {{destination}}",
      "body": "{{item}}（{{language}}）の「{{destination}}」への配信が {{attempts}} 回失敗したため、これ以上再試行しません。受信側を確認してから、配信ログの「再送信」を使用してください。"
    },
    "destinationGone": {
      "subject": "【配信先を無効化】{{destination}}",
      "body": "「{{destination}}」が {{url}} で 410 Gone を返したため、無効化されました。管理者が再度有効にするまで、この配信先には何も送信されません。"
    },
    "package": {
      "published": {
        "subject": "[{{school}}] {{title}}",
        "body": "{{school}} は「{{title}}」を公開しました。添付のパッケージには、Word 文書と HTML ページ形式の本文、キャプションとクレジット付きの写真、ninjs、承認記録が含まれています。"
      },
      "updated": {
        "subject": "[{{school}}] 更新：{{title}}",
        "body": "{{school}} は「{{title}}」の承認済みの新しいバージョンを公開しました。以前のものを添付のパッケージに差し替えてください。"
      },
      "withdrawn": {
        "subject": "[{{school}}] 取り下げ：{{title}}",
        "body": "{{school}} は「{{title}}」を取り下げました。貴サイトから削除してください。"
      }
    }
  },
  "seed": {
    "logins": "デモ用ログイン（パスワード：{{password}}）："
  },
  "delivery": {
    "destinationsDescription": "承認済みコンテンツを受け取るポータルとアグリゲーター。Webhook（Standard Webhooks に準拠した署名付き）またはメールで配信します。",
    "fields": {
      "kind": "種類",
      "url": "受信側 URL",
      "urlDescription": "変更があるたびにここへ POST します（例：https://portal.example.vn/hooks/lechan）。このマシン上またはプライベートネットワーク上のアドレスは拒否されます。",
      "emails": "メールアドレス",
      "emailsDescription": "公開された各コンテンツはパッケージとしてこれらのアドレスに送信されます（メール送信はまだ実装されていません）。",
      "secret": "署名シークレット",
      "secretDescription": "書き込み専用：whsec_… 形式のキー（Standard Webhooks）。空欄の場合は自動生成されます。「新しい署名シークレットを作成」で新しいキーを取得できます（表示は1回のみ）。再表示はされません。",
      "languages": "言語",
      "languagesDescription": "未選択の場合：すべての言語。",
      "categoriesDescription": "未選択の場合：すべてのカテゴリー。",
      "enabled": "有効",
      "disabledReason": "無効化の理由",
      "item": "項目",
      "itemKey": "項目キー",
      "event": "イベント",
      "status": "ステータス",
      "attempts": "試行回数",
      "lastStatusCode": "最終応答（HTTP）",
      "lastError": "最終エラー",
      "nextAttemptAt": "次回試行",
      "deliveredAt": "配信日時",
      "webhookId": "Webhook ID（受信側の冪等キー）"
    },
    "kinds": {
      "webhook": "Webhook（HTTP POST）",
      "email": "メール"
    },
    "events": {
      "published": "公開",
      "updated": "更新",
      "withdrawn": "取り下げ"
    },
    "statuses": {
      "pending": "保留中",
      "delivered": "配信済み",
      "failed": "失敗",
      "dead": "中止"
    },
    "errors": {
      "secretFormat": "署名シークレットは whsec_ の後に 24〜64 バイトの base64 が続く形式にしてください。空欄にすると自動生成されます。",
      "adminsOnly": "配信先とそのシークレットを管理できるのは管理者のみです。",
      "resendRole": "配信を再送信できるのは管理職と管理者のみです。",
      "urlRequired": "受信側の URL（https://…）を入力してください。",
      "url_private": "このアドレスはこのマシン上またはプライベートネットワーク上にあります（{{address}}）。配信先は公開アドレスのみです。",
      "url_scheme": "http:// または https:// で始まる完全なアドレスを使用してください。",
      "url_unresolved": "このホスト名は名前解決できません。アドレスを確認してください。",
      "emailsRequired": "有効なメールアドレスを1つ以上入力してください {{email}}",
      "sendingNow": "現在送信中です。この試行が完了するまで（最大1分）お待ちください。その後も必要であれば再送信してください。"
    },
    "secretShownOnce": "このシークレットを今すぐ受信側にコピーしてください。再表示はされません。",
    "resent": "同じ webhook-id ですぐに再送信するようキューに追加しました。",
    "resend": "再送信",
    "rotate": "新しい署名シークレットを作成（表示は1回のみ）"
  },
  "package": {
    "errors": {
      "notPublished": "パッケージがあるのは公開中のコンテンツのみです。先に公開してください（このコンテンツは現在サイトに掲載されていません）。",
      "collection": "パッケージは {{collections}} でのみ利用できます。"
    },
    "approvalLine": "{{name}} が {{time}} に承認（コンテンツ {{hash}}）。",
    "dateLine": "公開日 {{date}}",
    "download": "パッケージをダウンロード（Word、HTML、写真）"
  },
  "pull": {
    "integrationsDescription": "API キーを使って変更内容を取得するアグリゲーター：GET /api/exports/changes。「API キーを有効にする」にチェックを入れ、キーをアグリゲーターにコピーしてください。",
    "channelsDescription": "このキーで読み取れるチャネル。",
    "errors": {
      "key": "連携の API キーを送信してください：Authorization: integrations API-Key {key}。",
      "disabled": "この連携は無効になっています。学校の管理者に有効化を依頼してください。",
      "channel": "このキーではチャネル「{{channel}}」を読み取れません。読み取れるチャネル：{{channels}}。",
      "language": "言語「{{language}}」はありません。次のいずれかを使用してください：{{languages}}。",
      "cursor": "「since」には、この API が返したカーソル（「next」または項目の「cursor」）を指定するか、最初から取得する場合は空にしてください。",
      "limit": "「limit」は 1 から {{max}} までの整数にしてください。"
    }
  },
  "reports": {
    "planTasksDescription": "学校の年間対外情報計画の各項目です。記事や成果を、それが実施するタスクに関連付けてください。",
    "monitoringDescription": "計画項目 1.3：報道やソーシャルメディアで見つかった虚偽・歪曲情報と、その対応。管理職と管理者のみ閲覧でき、公開されることはありません。",
    "visitsDescription": "計画項目 1.4：外国人記者の訪問。管理職と管理者のみ閲覧でき、公開されることはありません。",
    "reportsDescription": "教育訓練局への報告書：期間を選択し、数値を確認して、第 II 部と第 III 部を記入してから、Word と Excel のファイルをダウンロードします。",
    "none": "（未設定）",
    "fields": {
      "year": "年",
      "code": "項目",
      "codeDescription": "計画での番号（例：1.3）",
      "responsibleUnit": "主管部署",
      "coordinatingUnits": "協力部署",
      "recurrence": "頻度",
      "deadline": "期限",
      "status": "ステータス",
      "occasions": "実施時期",
      "planTask": "計画タスク",
      "planTaskDescription": "このコンテンツが実施する年間計画のタスク（報告書に集計されます）。",
      "foundAt": "発見日",
      "platform": "プラットフォーム",
      "url": "リンク",
      "topic": "トピック",
      "assessment": "評価",
      "actionTaken": "対応",
      "actionDetails": "対応内容",
      "reportedTo": "報告先（部署）",
      "reportedAt": "報告日",
      "responseArticle": "当校の反論記事",
      "reporters": "記者",
      "outlet": "報道機関",
      "country": "国",
      "startDate": "開始日",
      "endDate": "終了日",
      "purpose": "目的",
      "permissionReference": "許可",
      "permissionDescription": "訪問を許可した文書（番号、日付、発行機関）。",
      "escort": "同行者",
      "spokespersonPresent": "報道担当者の同席",
      "materialsProvided": "提供した情報・資料",
      "publications": "掲載された記事",
      "notes": "備考",
      "from": "開始日",
      "to": "終了日",
      "summaryLine": "件名",
      "summaryLineDescription": "BÁO CÁO の下の行（例：Kết quả thực hiện công tác thông tin đối ngoại quý IV năm 2026）",
      "number": "文書番号",
      "place": "発行地",
      "issuedOn": "日付",
      "parentAgency": "上級機関",
      "school": "学校",
      "results": "I. 結果：自由記述",
      "resultsDescription": "第 I 部で、分野別の数値の後に追加されます。",
      "limitations": "II. 課題と原因",
      "nextTasks": "III. 今後の課題と提案",
      "signingMode": "署名の形式",
      "signerTitle": "署名者の役職",
      "onBehalfOf": "代理元",
      "signerName": "署名者の氏名",
      "recipients": "Nơi nhận（送付先）",
      "recipientsDescription": "1行に1つの送付先を記入します。",
      "reportStatus": "ステータス",
      "statusDescription": "発行後の報告書は、発行時の数値を保持します。",
      "schoolDescription": "空欄の場合：サイト設定の学校名を使用します。"
    },
    "recurrences": {
      "once": "1回（期限まで）",
      "monthly": "毎月",
      "quarterly": "四半期ごと",
      "each-holiday": "国の祝日ごと",
      "school-year": "学年度を通して"
    },
    "taskStatuses": {
      "not-started": "未着手",
      "in-progress": "進行中",
      "done": "完了"
    },
    "platforms": {
      "press": "報道機関",
      "facebook": "Facebook",
      "youtube": "YouTube",
      "tiktok": "TikTok",
      "zalo": "Zalo",
      "other": "その他"
    },
    "assessments": {
      "accurate": "正確",
      "inaccurate": "不正確",
      "distorted": "歪曲",
      "hostile": "敵対的"
    },
    "actions": {
      "none": "未対応",
      "reported": "上部に報告済み",
      "response-published": "反論を公開済み",
      "correction-requested": "訂正を要請済み",
      "removal-requested": "削除を要請済み"
    },
    "monitoringStatuses": {
      "open": "未解決",
      "reported": "報告済み",
      "resolved": "解決済み"
    },
    "signingModes": {
      "principal": "校長（本人が署名）",
      "on-behalf": "代表して署名（TM.）",
      "deputy": "校長に代わって署名（KT.）"
    },
    "reportStatuses": {
      "draft": "下書き",
      "issued": "発行済み"
    },
    "subjects": {
      "month": "月",
      "kind": "種類"
    },
    "tables": {
      "byLanguage": "言語別の公開数",
      "byPlanArea": "計画分野別の公開数",
      "byChannel": "チャネル別の公開数",
      "byCategory": "カテゴリー別の公開数",
      "byUnit": "部署別の公開数",
      "byMonth": "月別の公開数",
      "byCollection": "種類別の公開数",
      "achievementsByLevel": "レベル別の成果",
      "achievementsByAward": "賞別の成果",
      "coverage": "翻訳カバー率（公開中コンテンツに対する %）",
      "outdated": "更新が必要な翻訳",
      "deliveriesByStatus": "ステータス別の配信",
      "deliveriesByDestination": "配信先別の配信",
      "monitoringByAssessment": "評価別の報道モニタリング案件",
      "monitoringByAction": "対応別の報道モニタリング案件",
      "monitoringByPlatform": "プラットフォーム別の報道モニタリング案件",
      "visitsByCountry": "国別の外国報道機関の訪問",
      "tasksByArea": "分野別の計画タスク"
    },
    "summary": {
      "published": "期間中に公開されたコンテンツ",
      "liveNow": "現在公開中のコンテンツ",
      "achievements": "期間中に公開された成果",
      "sourcesLive": "現在公開中の原文",
      "outdated": "更新が必要な翻訳",
      "approvals": "期間中の承認数",
      "medianHours": "承認所要時間の中央値（時間）",
      "p90Hours": "承認所要時間の90パーセンタイル（時間）",
      "deliveries": "ポータルへの配信",
      "monitoring": "報道モニタリング案件",
      "visits": "外国報道機関の訪問",
      "tasks": "計画タスク",
      "tasksDone": "完了したタスク",
      "tasksInProgress": "進行中のタスク",
      "tasksOverdue": "期限切れのタスク"
    },
    "xlsx": {
      "indicator": "指標",
      "value": "値",
      "count": "件数",
      "percent": "割合",
      "total": "合計",
      "summary": "概要",
      "period": "期間：{{from}}～{{to}}"
    },
    "docx": {
      "overview": "{{from}}から{{to}}までに、学校は {{published}} 件のコンテンツ（ニュース、記事とその言語版）を公開し、そのうち {{achievements}} 件が生徒の成果でした。現在ポータルに掲載中のコンテンツは {{live}} 件です。",
      "area": "公開 {{count}} 件。この分野の計画タスクは {{tasks}} 件です。",
      "otherFigures": "翻訳・承認・配信・モニタリング",
      "figures": "計画タスク：{{tasksTotal}} 件中 {{tasksDone}} 件が完了、{{overdue}} 件が期限切れ。承認所要時間は中央値で {{median}} 時間、90パーセンタイルで {{p90}} 時間でした。ポータルへの配信は {{deliveries}} 件で、そのうち {{delivered}} 件が受信されました。更新が必要な翻訳は {{outdated}} 件です。報道モニタリング案件は {{monitoring}} 件、外国報道機関の訪問は {{visits}} 件でした。",
      "deputy": "副校長",
      "noLimitations": "（学校の管理職が記入します。）",
      "noNextTasks": "（学校の管理職が記入します。）",
      "overdue": "期限切れ"
    },
    "defaults": {
      "parentAgency": "クアンニン省教育訓練局",
      "place": "クアンニン",
      "recipients": "クアンニン省教育訓練局（報告用）；\n学校管理職；\n保存：事務室。",
      "signerTitle": "校長",
      "summaryLine": "{{from}}から{{to}}までの対外情報活動の実施結果"
    },
    "errors": {
      "role": "報告書を閲覧できるのは管理職、閲覧者、管理者のみです。",
      "format": "不明な形式「{{format}}」です。{{formats}} のいずれかを使用してください。",
      "period": "期間「{{from}}」～「{{to}}」は無効です。開始日と終了日を YYYY-MM-DD 形式で指定し、開始日が終了日より後にならないようにしてください。"
    },
    "panel": {
      "title": "期間の数値",
      "loading": "集計中…",
      "saveFirst": "期間を選択して保存してください。数値とダウンロードがここに表示されます。",
      "issued": "発行済み：報告書の発行時の数値です。",
      "live": "下書き：現時点の数値です。",
      "downloadDocx": "Word をダウンロード（.docx）",
      "downloadXlsx": "Excel をダウンロード（.xlsx）",
      "unsaved": "先に変更を保存してください。ファイルは保存済みの報告書から作成されます。",
      "error": "数値を読み込めませんでした：{{message}}",
      "quarter": "四半期"
    }
  }
}

export default ja
