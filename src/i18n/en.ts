/* The plugin's en catalogue: API errors, e-mails, feeds, reports and admin labels all read it. */
const en = {
  "collections": {
    "articles": {
      "singular": "Article",
      "plural": "Articles"
    },
    "achievements": {
      "singular": "Achievement",
      "plural": "Achievements"
    },
    "languageVersions": {
      "singular": "Language version",
      "plural": "Language versions"
    },
    "categories": {
      "singular": "Category",
      "plural": "Categories"
    },
    "media": {
      "singular": "Media item",
      "plural": "Media"
    },
    "workflowEvents": {
      "singular": "Workflow event",
      "plural": "Workflow events"
    },
    "publishedEntries": {
      "singular": "Publication entry",
      "plural": "Publication index"
    },
    "users": {
      "singular": "User",
      "plural": "Users"
    },
    "destinations": {
      "singular": "Destination",
      "plural": "Destinations"
    },
    "deliveries": {
      "singular": "Delivery",
      "plural": "Delivery log"
    },
    "integrations": {
      "singular": "Integration",
      "plural": "Integrations (pull API keys)"
    },
    "planTasks": {
      "singular": "Plan task",
      "plural": "Plan tasks"
    },
    "pressMonitoring": {
      "singular": "Press-monitoring case",
      "plural": "Press monitoring"
    },
    "foreignPressVisits": {
      "singular": "Foreign-press visit",
      "plural": "Foreign-press visits"
    },
    "implementationReports": {
      "singular": "Implementation report",
      "plural": "Implementation reports"
    }
  },
  "globals": {
    "siteSettings": "Site settings",
    "publishingSettings": "Publishing settings"
  },
  "groups": {
    "content": "Content",
    "library": "Library",
    "system": "System",
    "delivery": "Delivery",
    "plan": "Plan and reports"
  },
  "fields": {
    "title": "Title",
    "slug": "Slug (URL)",
    "slugDescription": "Made from the title when left empty; unique per language.",
    "summary": "Summary",
    "body": "Body",
    "language": "Language",
    "category": "Category",
    "planArea": "Plan area",
    "tags": "Tags",
    "featuredImage": "Featured image",
    "gallery": "Gallery",
    "videoUrl": "Video URL",
    "byline": "Byline",
    "eventDate": "Event date",
    "channels": "Distribution channels",
    "publishAt": "Scheduled publish time",
    "unpublishAt": "Scheduled unpublish time",
    "languageVersionsJoin": "Language versions",
    "description": "Description",
    "competition": "Competition",
    "level": "Level",
    "award": "Award",
    "subject": "Subject",
    "schoolYear": "School year",
    "schoolYearDescription": "For example 2025-2026.",
    "students": "Students",
    "studentName": "Full name",
    "className": "Class",
    "isMinor": "Under 18",
    "consentStatus": "Consent",
    "consentScope": "Consent covers",
    "consentExpiresAt": "Consent expires",
    "teachers": "Teachers",
    "teacherName": "Teacher",
    "date": "Date",
    "images": "Images",
    "relatedArticle": "Related article",
    "source": "Source",
    "translator": "Translator",
    "method": "Method",
    "sourceRevision": "Source revision",
    "sourceHash": "Source content hash",
    "outdated": "Needs update",
    "outdatedDescription": "The source's approved title, summary or body changed after this version was made.",
    "syncWithSource": "Mark as up to date with the source",
    "syncWithSourceDescription": "Tick after checking this version against the source's current text; the outdated flag clears on save.",
    "name": "Name",
    "alt": "Alt text",
    "caption": "Caption",
    "credit": "Credit",
    "depictsMinors": "Shows students under 18",
    "roles": "Roles",
    "unit": "Unit",
    "preferredLanguage": "Preferred language",
    "workflowState": "State",
    "author": "Author",
    "lastEditedBy": "Last edited by",
    "contributors": "Changed since the last approval by",
    "contributorsDescription": "They may not approve this revision (four-eyes rule).",
    "approvedBy": "Approved by",
    "approvedAt": "Approved at",
    "approvedHash": "Approved content hash",
    "liveUse": "Shown by a published item",
    "publishRequestedBy": "Publish requested by",
    "publishedAt": "Published at",
    "searchText": "Search text",
    "actor": "Actor",
    "actorLabel": "Actor (name)",
    "at": "Time",
    "from": "From",
    "to": "To",
    "action": "Action",
    "comment": "Comment",
    "contentHash": "Content hash",
    "document": "Document",
    "documentCollection": "Collection",
    "documentId": "Document ID",
    "mediaRef": "Media item",
    "schoolName": "School name",
    "schoolDescription": "School description",
    "logo": "Logo",
    "publicUrl": "Public URL",
    "contacts": "Contacts",
    "contactLabel": "Label",
    "email": "E-mail",
    "phone": "Phone",
    "address": "Address",
    "spokesperson": "Spokesperson",
    "spokespersonTitle": "Spokesperson's title",
    "fourEyes": "Nobody approves their own work (four-eyes rule)",
    "extraChecklist": "Extra approval checklist items",
    "checklistKey": "Key",
    "checklistLabel": "Label",
    "defaultChannels": "Default channels for new items",
    "feedItemLimit": "Items per feed",
    "newsPublicationName": "Publication name (Google News)",
    "approvedTextHash": "Approved text hash",
    "live": "Live on the site"
  },
  "planAreas": {
    "resolution-47": "Implementing Resolution 47/NQ-CP on foreign information",
    "human-rights": "Communication on human rights",
    "vietnam-vn": "Promoting the national image through Vietnam.vn",
    "province-image": "Promoting the province's image",
    "integration-sovereignty": "International integration, sea-and-islands sovereignty and the major holidays of 2026",
    "ocop": "The province's distinctive products and brands (OCOP)"
  },
  "channels": {
    "portal": "School portal",
    "vietnam-vn": "Vietnam.vn",
    "province": "Provincial portal",
    "doet": "Department of Education and Training"
  },
  "levels": {
    "school": "School",
    "province": "Province",
    "national": "National",
    "international": "International"
  },
  "methods": {
    "human": "Human translation",
    "machine-assisted": "Machine-assisted"
  },
  "consentStatus": {
    "not-needed": "Not needed",
    "obtained": "Obtained",
    "missing": "Missing",
    "withdrawn": "Withdrawn"
  },
  "consentScope": {
    "portal": "School portal",
    "feeds": "Feeds and aggregators",
    "press": "Press and provincial portals"
  },
  "roles": {
    "admin": "Administrator",
    "leader": "Leader",
    "editor": "Editor",
    "translator": "Translator",
    "viewer": "Viewer"
  },
  "states": {
    "draft": "Draft",
    "in_review": "Awaiting review",
    "changes_requested": "Changes requested",
    "approved": "Approved",
    "published": "Published",
    "unpublished": "Unpublished",
    "published_pending": "Published · edits pending"
  },
  "actions": {
    "submit": "Submit for review",
    "request_changes": "Request changes",
    "approve": "Approve",
    "publish": "Publish",
    "unpublish": "Unpublish",
    "reopen": "Reopen",
    "consent_changed": "Consent changed",
    "marked_up_to_date": "Marked as up to date"
  },
  "languages": {
    "vi": "Vietnamese",
    "en": "English",
    "zh": "Chinese",
    "ko": "Korean",
    "ja": "Japanese",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "ru": "Russian"
  },
  "validation": {
    "required": "{{field}} is required.",
    "slugFormat": "Use lower-case letters a–z, digits and single hyphens, for example \"hoi-thao-2026\".",
    "slugTaken": "The slug \"{{slug}}\" is already used by another item in {{language}}.",
    "schoolYear": "Write the school year as two consecutive years, for example 2025-2026.",
    "url": "Enter a full web address starting with https:// or http://.",
    "unpublishBeforePublish": "\"Scheduled unpublish time\" must be after \"Scheduled publish time\".",
    "sameLanguageAsSource": "A language version must be in another language than its source ({{language}}).",
    "duplicateLanguageVersion": "This source already has a version in {{language}}. Edit that one instead.",
    "sourceMissing": "The source item does not exist any more.",
    "unknownLanguage": "\"{{language}}\" is not one of this site's languages: {{languages}}.",
    "consentExpiryNeeded": "Give the date consent expires, or choose another consent status.",
    "consentScopeNeeded": "Say what the consent covers (portal, feeds, press).",
    "minorNeedsConsent": "An image that shows students under 18 needs their consent status: obtained, missing or withdrawn, not \"not needed\".",
    "eventDateFuture": "The event date is more than a year away; check the year.",
    "checklistKey": "Use lower-case letters, digits and camelCase for a checklist key, for example \"photoCreditChecked\".",
    "endBeforeStart": "This date is before the start date: choose a later one."
  },
  "errors": {
    "richTextShape": "send the editor's JSON: an object whose \"root\" has type \"root\" and a list of \"children\".",
    "richTextNode": "the node type \"{{type}}\" is not one this editor has.",
    "richTextInvalid": "the editor cannot read it ({{detail}}).",
    "tooManyAttempts": "Too many attempts from this address. Try again in {{seconds}} seconds.",
    "firstRegisterClosed": "In production the first account is not created from the web. An administrator creates it on the server with \"npm run create-admin\".",
    "badId": "\"{{id}}\" is not a valid id: ids here are whole numbers.",
    "badParam": "The query parameter \"{{param}}\" is not valid: {{reason}}",
    "reasonJson": "it must be a JSON object or written as where[field][operator]=value.",
    "reasonInteger": "use a whole number from {{min}} to {{max}}.",
    "reasonLocale": "use one of {{locales}}, or \"all\".",
    "reasonText": "use plain text, once.",
    "badJsonBody": "The request body is not valid JSON. Send a JSON object.",
    "bodyTooLarge": "The request body is larger than {{max}}, the most accepted here.",
    "badEncoding": "The address contains percent-encoding that does not decode (for example a lone \"%\"). Encode it as UTF-8.",
    "badRichText": "The field \"{{field}}\" is not valid rich text: {{reason}}",
    "tooManyPixels": "The image is {{width}}×{{height}} pixels ({{megapixels}} MP); the largest allowed is {{max}} MP. Resize it and try again.",
    "unsupportedMediaType": "Send the request with \"Content-Type: application/json\" and a JSON body.",
    "emptyFile": "The file is empty. Choose the image again.",
    "fileTooLarge": "The file is {{size}} MB; the largest upload allowed is {{max}} MB. Resize or compress it and try again.",
    "uploadLimit": "The file is larger than {{max}} MB, the largest upload allowed. Resize or compress it and try again.",
    "notAnImage": "The file \"{{name}}\" is not a readable image. Upload a JPEG, PNG, WebP or GIF file.",
    "auditReadOnly": "Workflow events are an audit log: they cannot be changed or deleted.",
    "workflowFieldReadOnly": "The workflow field \"{{field}}\" changes only through workflow actions."
  },
  "workflow": {
    "errors": {
      "unauthenticated": "Log in to take workflow actions.",
      "notFound": "No {{collection}} item with id {{id}}.",
      "commentTooLong": "The comment is {{length}} characters long; the most allowed is {{max}}. Shorten it.",
      "badBody": "Send a JSON body such as {\"action\": \"submit\", \"comment\": \"…\"}.",
      "unknownAction": "\"{{action}}\" is not a workflow action. Use one of: submit, request_changes, approve, publish, unpublish, reopen.",
      "invalidTransition": "\"{{action}}\" is not possible while the item is \"{{state}}\".",
      "forbidden": "Your role may not \"{{action}}\" this item.",
      "fourEyes": "You cannot approve a revision you wrote, edited or changed since the last approval. Ask another leader to approve it.",
      "commentRequired": "Write a comment to say why (\"{{action}}\" needs one).",
      "changedSinceApproval": "The content changed after it was approved. It must be approved again before publishing.",
      "gatesFailed": "\"{{action}}\" is not possible yet: {{problems}}.",
      "publishGuard": "Publishing goes through the review workflow: submit the item, then a leader approves and publishes it.",
      "restoreAsDraft": "Restore an earlier version as a draft (it then goes through review); restoring straight to the live site is not allowed.",
      "notTranslator": "Only the translator of this version can confirm it is still accurate.",
      "badPublishAt": "\"publishAt\" must be a date and time, for example 2026-12-01T08:00:00+07:00.",
      "notTranslatorOrLeader": "Only this version's translator, a leader or an admin can mark it as up to date."
    },
    "gates": {
      "checklist": "tick every item of the approval checklist ({{items}})",
      "consentMissing": "{{name}} shows a student under 18 whose consent is \"{{status}}\"",
      "consentExpired": "the consent for {{name}} has expired",
      "consentScope": "the consent for {{name}} does not cover {{channels}}",
      "outdated": "this translation is outdated (its source changed); the translator must update it or confirm it is still accurate",
      "textMissing": "the {{field}} is empty",
      "altMissing": "image {{name}} has no alt text in this language"
    },
    "checklist": {
      "noStateSecrets": "No state-secret content",
      "sourcesVerified": "Sources verified",
      "spokespersonApproved": "Appropriate for the school to state publicly (spokesperson rules)",
      "consentVerified": "Consent in place for every person shown"
    },
    "ui": {
      "title": "Workflow",
      "state": "State",
      "actions": "Actions",
      "noActions": "No action of yours is possible in this state.",
      "comment": "Comment",
      "commentRequired": "Comment (required)",
      "confirm": "Confirm",
      "cancel": "Cancel",
      "history": "History",
      "noHistory": "No workflow events yet.",
      "compare": "What changed since the last approved revision",
      "checklist": "Approval checklist",
      "publishAt": "Publish at (leave empty to publish now)",
      "scheduled": "Scheduled to publish at {{time}}",
      "confirmUpToDate": "I confirm this translation is still accurate",
      "outdatedWarning": "The source's approved text changed after this version was made.",
      "reviewQueue": "Awaiting review",
      "reviewQueueEmpty": "Nothing awaits review.",
      "saveFirst": "Save the document first.",
      "done": "Done: the item is now \"{{state}}\".",
      "system": "system",
      "outdatedBadge": "Needs update",
      "markUpToDate": "Mark as up to date",
      "markUpToDateHelp": "Check this version against the source's approved text first. This is recorded in the history.",
      "saveBeforeAction": "Save before \"{{label}}\": the form has changes that are not saved. Save them (\"Save draft\"), then try again.",
      "problemsTitle": "Fix these first:",
      "fixAlt": "Add the alt text",
      "fixPhoto": "Open the photo",
      "fixField": "Go to the field",
      "fixChecklist": "Tick the items below",
      "changedSinceSubmit": "The text changed after it was submitted for review. Check what changed before approving.",
      "compareSubmitted": "What changed since it was submitted",
      "versionHistory": "Version history",
      "submittedBy": "Submitted by {{name}}, {{time}}",
      "pendingEdit": "The published version stays on the site until this edit is approved and published.",
      "editState": "This edit: {{state}}",
      "markedUpToDate": "Marked as up to date."
    },
    "dashboard": {
      "myDrafts": "My drafts",
      "changesRequested": "Changes requested to me",
      "waiting": "Waiting for my review",
      "outdatedMine": "My translations that need updating",
      "outdatedAll": "Translations that need updating",
      "recent": "Recently published",
      "empty": "Nothing here.",
      "item": "Item",
      "type": "Type",
      "language": "Language",
      "submitter": "Submitted by",
      "waitingFor": "Waiting",
      "updated": "Updated",
      "published": "Published",
      "state": "State",
      "title": "My work",
      "failedDeliveries": "Deliveries that failed or gave up (30 days)"
    },
    "source": {
      "title": "Source text",
      "approved": "Approved text ({{language}})",
      "draft": "Draft, not yet approved ({{language}})",
      "changes": "What changed in the source since this version was made",
      "noOld": "The text this version was made from is no longer in the source's history.",
      "noChanges": "No changes in the title, summary or body.",
      "open": "Open the source",
      "pick": "Choose the source first: its text then shows here.",
      "photos": "Photos: alt text and caption in {{language}}",
      "photosNeedLanguage": "Choose this version's language to edit the photos' texts.",
      "noPhotos": "The source has no photos.",
      "sourceAlt": "Alt text in the source: {{alt}}",
      "savePhoto": "Save",
      "saved": "Saved.",
      "sourceCaption": "Caption in the source: {{caption}}"
    }
  },
  "feeds": {
    "title": "{{school}}: news and achievements",
    "description": "News and students' achievements published by {{school}}",
    "errors": {
      "unknownLanguage": "There is no feed in \"{{language}}\". Available languages: {{languages}}.",
      "unknownFormat": "Unknown feed format \"{{format}}\". Use one of: {{formats}}.",
      "unknownChannel": "Unknown channel \"{{channel}}\". Use one of: {{channels}}.",
      "unknownCategory": "There is no category with the slug \"{{category}}\". Known categories: {{categories}}."
    }
  },
  "portal": {
    "home": "Home",
    "news": "News",
    "latestNews": "Latest news",
    "achievements": "Achievements",
    "latestAchievements": "Recent achievements",
    "allAchievements": "All achievements",
    "categories": "Categories",
    "search": "Search",
    "searchLabel": "Search news and achievements",
    "searchHint": "Tone marks are optional: \"dong trieu\" finds \"Đông Triều\".",
    "searchResults": "{{count}} results for \"{{q}}\"",
    "noResults": "Nothing found for \"{{q}}\".",
    "nothingYet": "Nothing has been published here yet.",
    "languages": "Languages",
    "readIn": "Read in {{language}}",
    "notTranslated": "home page: this item has no version in this language",
    "publishedOn": "Published {{date}}",
    "updatedOn": "Updated {{date}}",
    "by": "By {{name}}",
    "photo": "Photo: {{credit}}",
    "draftBanner": "Bản nháp / Draft preview: not published, visible only to signed-in staff",
    "skipToContent": "Skip to content",
    "mainNav": "Main navigation",
    "older": "Older",
    "newer": "Newer",
    "pagination": "Pages",
    "notFoundTitle": "Page not found",
    "notFoundBody": "The page may have moved or been taken off the site.",
    "backHome": "Back to the home page",
    "feeds": "Feeds",
    "footer": "© {{year}} {{school}}",
    "menu": "Menu",
    "notPublishedYet": "Draft: not published yet"
  },
  "email": {
    "submit": {
      "subject": "[Awaiting review] {{title}}",
      "body": "{{actor}} submitted \"{{title}}\" for review.\n\nOpen it: {{url}}"
    },
    "request_changes": {
      "subject": "[Changes requested] {{title}}",
      "body": "{{actor}} asked for changes to \"{{title}}\":\n\n{{comment}}\n\nOpen it: {{url}}"
    },
    "approve": {
      "subject": "[Approved] {{title}}",
      "body": "{{actor}} approved \"{{title}}\".\n\nOpen it: {{url}}"
    },
    "publish": {
      "subject": "[Published] {{title}}",
      "body": "\"{{title}}\" is now published.\n\nOpen it: {{url}}"
    },
    "unpublish": {
      "subject": "[Unpublished] {{title}}",
      "body": "\"{{title}}\" was unpublished by {{actor}}:\n\n{{comment}}\n\nOpen it: {{url}}"
    },
    "outdated": {
      "subject": "[Needs update] {{title}}",
      "body": "The source \"{{source}}\" changed, and the change was approved, after your version \"{{title}}\" was made. Update your version, or mark it as up to date if it still matches.\n\nOpen: {{url}}"
    },
    "deliveryDead": {
      "subject": "[Delivery stopped] {{item}} to {{destination}}",
      "body": "The delivery of {{item}} ({{language}}) to \"{{destination}}\" failed {{attempts}} times, and no more attempts will be made. Check the receiver, then use \"Resend\" in the delivery log."
    },
    "destinationGone": {
      "subject": "[Destination disabled] {{destination}}",
      "body": "\"{{destination}}\" answered 410 Gone at {{url}}: it has been disabled. Nothing more is sent there until an admin enables it again."
    },
    "package": {
      "published": {
        "subject": "[{{school}}] {{title}}",
        "body": "{{school}} has published \"{{title}}\". The attached package holds the text as a Word document and an HTML page, the photos with captions and credits, the ninjs, and the approval record."
      },
      "updated": {
        "subject": "[{{school}}] Updated: {{title}}",
        "body": "{{school}} has published a new approved version of \"{{title}}\". Please replace the earlier one with the attached package."
      },
      "withdrawn": {
        "subject": "[{{school}}] Withdrawn: {{title}}",
        "body": "{{school}} has withdrawn \"{{title}}\". Please take it down from your site."
      }
    }
  },
  "seed": {
    "logins": "Demo logins (password: {{password}}):"
  },
  "delivery": {
    "destinationsDescription": "Portals and aggregators that receive approved content: by webhook (signed per Standard Webhooks) or by e-mail.",
    "fields": {
      "kind": "Kind",
      "url": "Receiver URL",
      "urlDescription": "Where each change is POSTed, e.g. https://portal.example.vn/hooks/lechan. Addresses on this machine or a private network are refused.",
      "emails": "E-mail addresses",
      "emailsDescription": "Each published item goes to these addresses as a package (sending by e-mail is not built yet).",
      "secret": "Signing secret",
      "secretDescription": "Write-only: a whsec_… key (Standard Webhooks). Left empty, one is made; use \"rotate\" to get a new one shown once. It is never shown again.",
      "languages": "Languages",
      "languagesDescription": "None chosen: every language.",
      "categoriesDescription": "None chosen: every category.",
      "enabled": "Enabled",
      "disabledReason": "Why it was disabled",
      "item": "Item",
      "itemKey": "Item key",
      "event": "Event",
      "status": "Status",
      "attempts": "Attempts",
      "lastStatusCode": "Last answer (HTTP)",
      "lastError": "Last error",
      "nextAttemptAt": "Next attempt",
      "deliveredAt": "Delivered at",
      "webhookId": "Webhook id (the receiver's idempotency key)"
    },
    "kinds": {
      "webhook": "Webhook (HTTP POST)",
      "email": "E-mail"
    },
    "events": {
      "published": "Published",
      "updated": "Updated",
      "withdrawn": "Withdrawn"
    },
    "statuses": {
      "pending": "Pending",
      "delivered": "Delivered",
      "failed": "Failed",
      "dead": "Gave up"
    },
    "errors": {
      "secretFormat": "The signing secret must look like whsec_ followed by base64 of 24 to 64 bytes. Leave it empty to have one made.",
      "adminsOnly": "Only admins manage destinations and their secrets.",
      "resendRole": "Only leaders and admins can resend a delivery.",
      "urlRequired": "Give the receiver's URL (https://…).",
      "url_private": "This address is on this machine or a private network ({{address}}): deliveries go to public addresses only.",
      "url_scheme": "Use a full http:// or https:// address.",
      "url_unresolved": "This host name does not resolve: check the address.",
      "emailsRequired": "Give at least one valid e-mail address {{email}}",
      "sendingNow": "It is being sent right now: wait for this attempt to finish (at most a minute), then resend it if you still need to."
    },
    "secretShownOnce": "Copy this secret to the receiver now: it is not shown again.",
    "resent": "Queued to be sent again now, with the same webhook-id.",
    "resend": "Resend",
    "rotate": "Make a new signing secret (shown once)"
  },
  "package": {
    "errors": {
      "notPublished": "Only a published item has a package: publish it first (this one is not on the site now).",
      "collection": "Packages exist for {{collections}}."
    },
    "approvalLine": "Approved by {{name}} on {{time}} (content {{hash}}).",
    "dateLine": "Published {{date}}",
    "download": "Download package (Word, HTML, photos)"
  },
  "pull": {
    "integrationsDescription": "Aggregators that pull what changed with an API key: GET /api/exports/changes. Tick \"Enable API key\" and copy the key to the aggregator.",
    "channelsDescription": "The channels this key may read.",
    "errors": {
      "key": "Send an integration's API key: Authorization: integrations API-Key {key}.",
      "disabled": "This integration is disabled: ask the school's admin to enable it.",
      "channel": "This key may not read the channel \"{{channel}}\". It may read: {{channels}}.",
      "language": "There is no language \"{{language}}\". Use one of: {{languages}}.",
      "cursor": "\"since\" must be a cursor this API returned (its \"next\" or an item's \"cursor\"), or empty to start from the beginning.",
      "limit": "\"limit\" must be a whole number from 1 to {{max}}."
    }
  },
  "reports": {
    "planTasksDescription": "The items of the school's yearly foreign-information plan. Link articles and achievements to the task they carry out.",
    "monitoringDescription": "Plan item 1.3: false or distorted information found in the press or on social media, and what was done. Leaders and admins only; never public.",
    "visitsDescription": "Plan item 1.4: visits by foreign reporters. Leaders and admins only; never public.",
    "reportsDescription": "Reports to the Department of Education and Training: choose the period, check the figures, write sections II and III, then download the Word and Excel files.",
    "none": "(not set)",
    "fields": {
      "year": "Year",
      "code": "Item",
      "codeDescription": "As numbered in the plan, e.g. 1.3",
      "responsibleUnit": "Responsible unit",
      "coordinatingUnits": "Coordinating units",
      "recurrence": "Recurrence",
      "deadline": "Deadline",
      "status": "Status",
      "occasions": "Occasions",
      "planTask": "Plan task",
      "planTaskDescription": "The task of the yearly plan this item carries out (counts in the report).",
      "foundAt": "Date found",
      "platform": "Platform",
      "url": "Link",
      "topic": "Topic",
      "assessment": "Assessment",
      "actionTaken": "Action taken",
      "actionDetails": "What was done",
      "reportedTo": "Reported to (unit)",
      "reportedAt": "Reported on",
      "responseArticle": "Our response article",
      "reporters": "Reporters",
      "outlet": "Outlet",
      "country": "Country",
      "startDate": "From",
      "endDate": "To",
      "purpose": "Purpose",
      "permissionReference": "Permission",
      "permissionDescription": "The document that allowed the visit (number, date, issuer).",
      "escort": "Escort",
      "spokespersonPresent": "Spokesperson present",
      "materialsProvided": "Information and materials provided",
      "publications": "Resulting publications",
      "notes": "Notes",
      "from": "From",
      "to": "To",
      "summaryLine": "Summary line",
      "summaryLineDescription": "The line under BÁO CÁO, e.g. Kết quả thực hiện công tác thông tin đối ngoại quý IV năm 2026",
      "number": "Number",
      "place": "Place",
      "issuedOn": "Date",
      "parentAgency": "Parent agency",
      "school": "School",
      "results": "I. Results: your own words",
      "resultsDescription": "Added to section I after the figures by task area.",
      "limitations": "II. Limitations and causes",
      "nextTasks": "III. Next tasks, proposals",
      "signingMode": "Signed as",
      "signerTitle": "Signer's title",
      "onBehalfOf": "On behalf of",
      "signerName": "Signer's name",
      "recipients": "Nơi nhận (recipients)",
      "recipientsDescription": "One recipient per line.",
      "reportStatus": "Status",
      "statusDescription": "Once issued, the report keeps the figures it was issued with.",
      "schoolDescription": "Left empty: the school's name from the site settings."
    },
    "recurrences": {
      "once": "Once (by the deadline)",
      "monthly": "Monthly",
      "quarterly": "Quarterly",
      "each-holiday": "Each national holiday",
      "school-year": "All school year"
    },
    "taskStatuses": {
      "not-started": "Not started",
      "in-progress": "In progress",
      "done": "Done"
    },
    "platforms": {
      "press": "Press",
      "facebook": "Facebook",
      "youtube": "YouTube",
      "tiktok": "TikTok",
      "zalo": "Zalo",
      "other": "Other"
    },
    "assessments": {
      "accurate": "Accurate",
      "inaccurate": "Inaccurate",
      "distorted": "Distorted",
      "hostile": "Hostile"
    },
    "actions": {
      "none": "None yet",
      "reported": "Reported up",
      "response-published": "Response published",
      "correction-requested": "Correction requested",
      "removal-requested": "Removal requested"
    },
    "monitoringStatuses": {
      "open": "Open",
      "reported": "Reported",
      "resolved": "Resolved"
    },
    "signingModes": {
      "principal": "Principal (signs directly)",
      "on-behalf": "On behalf of (TM.)",
      "deputy": "For the principal (KT.)"
    },
    "reportStatuses": {
      "draft": "Draft",
      "issued": "Issued"
    },
    "subjects": {
      "month": "Month",
      "kind": "Kind"
    },
    "tables": {
      "byLanguage": "Published by language",
      "byPlanArea": "Published by plan area",
      "byChannel": "Published by channel",
      "byCategory": "Published by category",
      "byUnit": "Published by unit",
      "byMonth": "Published by month",
      "byCollection": "Published by kind",
      "achievementsByLevel": "Achievements by level",
      "achievementsByAward": "Achievements by award",
      "coverage": "Translation coverage (% of live items)",
      "outdated": "Translations needing update",
      "deliveriesByStatus": "Deliveries by status",
      "deliveriesByDestination": "Deliveries by destination",
      "monitoringByAssessment": "Press-monitoring cases by assessment",
      "monitoringByAction": "Press-monitoring cases by action",
      "monitoringByPlatform": "Press-monitoring cases by platform",
      "visitsByCountry": "Foreign-press visits by country",
      "tasksByArea": "Plan tasks by area"
    },
    "summary": {
      "published": "Items published in the period",
      "liveNow": "Items live now",
      "achievements": "Achievements published in the period",
      "sourcesLive": "Source items live now",
      "outdated": "Translations needing update",
      "approvals": "Approvals in the period",
      "medianHours": "Approval time, median (hours)",
      "p90Hours": "Approval time, 90th percentile (hours)",
      "deliveries": "Deliveries to portals",
      "monitoring": "Press-monitoring cases",
      "visits": "Foreign-press visits",
      "tasks": "Plan tasks",
      "tasksDone": "Tasks done",
      "tasksInProgress": "Tasks in progress",
      "tasksOverdue": "Tasks overdue"
    },
    "xlsx": {
      "indicator": "Indicator",
      "value": "Value",
      "count": "Count",
      "percent": "Percent",
      "total": "Total",
      "summary": "Summary",
      "period": "Period: {{from}} to {{to}}"
    },
    "docx": {
      "overview": "From {{from}} to {{to}} the school published {{published}} items (news, articles and their language versions), {{achievements}} of them students' achievements; {{live}} items are on the portal now.",
      "area": "{{count}} items published; {{tasks}} plan tasks in this area.",
      "otherFigures": "Translation, approval, delivery, monitoring",
      "figures": "Plan tasks: {{tasksDone}} of {{tasksTotal}} done, {{overdue}} overdue. Approval took {{median}} hours at the median and {{p90}} hours at the 90th percentile. {{deliveries}} deliveries to portals, {{delivered}} received. {{outdated}} translations need updating. {{monitoring}} press-monitoring cases; {{visits}} foreign-press visits.",
      "deputy": "Vice-principal",
      "noLimitations": "(To be written by the school's leadership.)",
      "noNextTasks": "(To be written by the school's leadership.)",
      "overdue": "overdue"
    },
    "defaults": {
      "parentAgency": "Quang Ninh Department of Education and Training",
      "place": "Quang Ninh",
      "recipients": "Quang Ninh Department of Education and Training (to report);\nThe school's leadership;\nFiled: Office.",
      "signerTitle": "Principal",
      "summaryLine": "Results of foreign-information work from {{from}} to {{to}}"
    },
    "errors": {
      "role": "Only leaders, viewers and admins can read reports.",
      "format": "Unknown format \"{{format}}\": use one of {{formats}}.",
      "period": "The period \"{{from}}\" to \"{{to}}\" is not valid: give from and to as YYYY-MM-DD, from not after to."
    },
    "panel": {
      "title": "Figures of the period",
      "loading": "Counting…",
      "saveFirst": "Choose the period and save: the figures and the downloads appear here.",
      "issued": "Issued: these are the figures the report was issued with.",
      "live": "Draft: the figures as they stand now.",
      "downloadDocx": "Download Word (.docx)",
      "downloadXlsx": "Download Excel (.xlsx)",
      "unsaved": "Save your changes first: the files are made from the saved report.",
      "error": "The figures could not be loaded: {{message}}",
      "quarter": "Quarter"
    }
  }
} as const

export default en
