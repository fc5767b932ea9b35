/* The plugin's fr catalogue (French): the admin, API errors, e-mails, feeds, reports and the portal read it. */
import type { Catalogue } from './types'

const fr: Catalogue = {
  "collections": {
    "articles": {
      "singular": "Article",
      "plural": "Articles"
    },
    "achievements": {
      "singular": "Réussite",
      "plural": "Réussites"
    },
    "languageVersions": {
      "singular": "Version linguistique",
      "plural": "Versions linguistiques"
    },
    "categories": {
      "singular": "Rubrique",
      "plural": "Rubriques"
    },
    "media": {
      "singular": "Média",
      "plural": "Médias"
    },
    "workflowEvents": {
      "singular": "Événement de workflow",
      "plural": "Événements de workflow"
    },
    "publishedEntries": {
      "singular": "Entrée publiée",
      "plural": "Index des publications"
    },
    "users": {
      "singular": "Utilisateur",
      "plural": "Utilisateurs"
    },
    "destinations": {
      "singular": "Destination",
      "plural": "Destinations"
    },
    "deliveries": {
      "singular": "Envoi",
      "plural": "Journal des envois"
    },
    "integrations": {
      "singular": "Intégration",
      "plural": "Intégrations (clés API de récupération)"
    },
    "planTasks": {
      "singular": "Tâche du plan",
      "plural": "Tâches du plan"
    },
    "pressMonitoring": {
      "singular": "Cas de veille médiatique",
      "plural": "Veille médiatique"
    },
    "foreignPressVisits": {
      "singular": "Visite de presse étrangère",
      "plural": "Visites de presse étrangère"
    },
    "implementationReports": {
      "singular": "Rapport de mise en œuvre",
      "plural": "Rapports de mise en œuvre"
    }
  },
  "globals": {
    "siteSettings": "Paramètres du site",
    "publishingSettings": "Paramètres de publication"
  },
  "groups": {
    "content": "Contenu",
    "library": "Bibliothèque",
    "system": "Système",
    "delivery": "Diffusion",
    "plan": "Plan et rapports"
  },
  "fields": {
    "title": "Titre",
    "slug": "Slug (URL)",
    "slugDescription": "Généré à partir du titre s’il est laissé vide ; unique pour chaque langue.",
    "summary": "Résumé",
    "body": "Corps du texte",
    "language": "Langue",
    "category": "Rubrique",
    "planArea": "Axe du plan",
    "tags": "Mots-clés",
    "featuredImage": "Image à la une",
    "gallery": "Galerie",
    "videoUrl": "URL de la vidéo",
    "byline": "Signature",
    "eventDate": "Date de l’événement",
    "channels": "Canaux de diffusion",
    "publishAt": "Publication programmée",
    "unpublishAt": "Dépublication programmée",
    "languageVersionsJoin": "Versions linguistiques",
    "description": "Description",
    "competition": "Concours",
    "level": "Niveau",
    "award": "Prix",
    "subject": "Matière",
    "schoolYear": "Année scolaire",
    "schoolYearDescription": "Par exemple 2025-2026.",
    "students": "Élèves",
    "studentName": "Nom complet",
    "className": "Classe",
    "isMinor": "Moins de 18 ans",
    "consentStatus": "Consentement",
    "consentScope": "Portée du consentement",
    "consentExpiresAt": "Expiration du consentement",
    "teachers": "Enseignants",
    "teacherName": "Enseignant",
    "date": "Date",
    "images": "Images",
    "relatedArticle": "Article lié",
    "source": "Source",
    "translator": "Traducteur",
    "method": "Méthode",
    "sourceRevision": "Révision de la source",
    "sourceHash": "Empreinte du contenu source",
    "outdated": "À mettre à jour",
    "outdatedDescription": "Le titre, le résumé ou le corps approuvés de la source ont changé depuis la création de cette version.",
    "syncWithSource": "Marquer comme à jour par rapport à la source",
    "syncWithSourceDescription": "À cocher après avoir vérifié cette version par rapport au texte actuel de la source ; l’indicateur « à mettre à jour » disparaît à l’enregistrement.",
    "name": "Nom",
    "alt": "Texte alternatif",
    "caption": "Légende",
    "credit": "Crédit",
    "depictsMinors": "Montre des élèves de moins de 18 ans",
    "roles": "Rôles",
    "unit": "Unité",
    "preferredLanguage": "Langue préférée",
    "workflowState": "État",
    "author": "Auteur",
    "lastEditedBy": "Dernière modification par",
    "contributors": "Modifié depuis la dernière approbation par",
    "contributorsDescription": "Ces personnes ne peuvent pas approuver cette révision (règle des quatre yeux).",
    "approvedBy": "Approuvé par",
    "approvedAt": "Approuvé le",
    "approvedHash": "Empreinte du contenu approuvé",
    "liveUse": "Affiché par un élément publié",
    "publishRequestedBy": "Publication demandée par",
    "publishedAt": "Publié le",
    "searchText": "Texte de recherche",
    "actor": "Auteur de l’action",
    "actorLabel": "Auteur de l’action (nom)",
    "at": "Heure",
    "from": "État précédent",
    "to": "Nouvel état",
    "action": "Action",
    "comment": "Commentaire",
    "contentHash": "Empreinte du contenu",
    "document": "Document",
    "documentCollection": "Collection",
    "documentId": "ID du document",
    "mediaRef": "Média",
    "schoolName": "Nom de l’établissement",
    "schoolDescription": "Description de l’établissement",
    "logo": "Logo",
    "publicUrl": "URL publique",
    "contacts": "Contacts",
    "contactLabel": "Libellé",
    "email": "E-mail",
    "phone": "Téléphone",
    "address": "Adresse",
    "spokesperson": "Porte-parole",
    "spokespersonTitle": "Fonction du porte-parole",
    "fourEyes": "Personne n’approuve son propre travail (règle des quatre yeux)",
    "extraChecklist": "Points supplémentaires de la liste de contrôle d’approbation",
    "checklistKey": "Clé",
    "checklistLabel": "Libellé",
    "defaultChannels": "Canaux par défaut des nouveaux éléments",
    "feedItemLimit": "Éléments par flux",
    "newsPublicationName": "Nom de la publication (Google News)",
    "approvedTextHash": "Empreinte du texte approuvé",
    "live": "En ligne sur le site"
  },
  "planAreas": {
    "resolution-47": "Mise en œuvre de la résolution 47/NQ-CP sur l’information extérieure",
    "human-rights": "Information sur les droits de l’homme",
    "vietnam-vn": "Image du pays sur le portail Vietnam.vn",
    "province-image": "Promotion de l’image de la province",
    "integration-sovereignty": "Intégration internationale, souveraineté maritime et grandes fêtes de 2026",
    "ocop": "Produits et marques de la province (OCOP)"
  },
  "channels": {
    "portal": "Portail de l’établissement",
    "vietnam-vn": "Vietnam.vn",
    "province": "Portail provincial",
    "doet": "Service de l’éducation et de la formation"
  },
  "levels": {
    "school": "Établissement",
    "province": "Provincial",
    "national": "National",
    "international": "International"
  },
  "methods": {
    "human": "Traduction humaine",
    "machine-assisted": "Assistée par machine"
  },
  "consentStatus": {
    "not-needed": "Non requis",
    "obtained": "Obtenu",
    "missing": "Manquant",
    "withdrawn": "Retiré"
  },
  "consentScope": {
    "portal": "Portail de l’établissement",
    "feeds": "Flux et agrégateurs",
    "press": "Presse et portails provinciaux"
  },
  "roles": {
    "admin": "Administrateur",
    "leader": "Responsable",
    "editor": "Rédacteur",
    "translator": "Traducteur",
    "viewer": "Lecteur"
  },
  "states": {
    "draft": "Brouillon",
    "in_review": "En attente de relecture",
    "changes_requested": "Modifications demandées",
    "approved": "Approuvé",
    "published": "Publié",
    "unpublished": "Dépublié",
    "published_pending": "Publié · modifications en attente"
  },
  "actions": {
    "submit": "Soumettre pour relecture",
    "request_changes": "Demander des modifications",
    "approve": "Approuver",
    "publish": "Publier",
    "unpublish": "Dépublier",
    "reopen": "Rouvrir",
    "consent_changed": "Consentement modifié",
    "marked_up_to_date": "Marqué comme à jour"
  },
  "languages": {
    "vi": "Vietnamien",
    "en": "Anglais",
    "zh": "Chinois",
    "ko": "Coréen",
    "ja": "Japonais",
    "fr": "Français",
    "es": "Espagnol",
    "de": "Allemand",
    "ru": "Russe"
  },
  "validation": {
    "required": "{{field}} est obligatoire.",
    "slugFormat": "Utilisez des lettres minuscules a–z, des chiffres et des tirets simples, par exemple « hoi-thao-2026 ».",
    "slugTaken": "Le slug « {{slug}} » est déjà utilisé par un autre élément en {{language}}.",
    "schoolYear": "Indiquez l’année scolaire sous la forme de deux années consécutives, par exemple 2025-2026.",
    "url": "Saisissez une adresse web complète commençant par https:// ou http://.",
    "unpublishBeforePublish": "« Dépublication programmée » doit être postérieure à « Publication programmée ».",
    "sameLanguageAsSource": "Une version linguistique doit être dans une autre langue que sa source ({{language}}).",
    "duplicateLanguageVersion": "Cette source a déjà une version en {{language}}. Modifiez plutôt celle-ci.",
    "sourceMissing": "L’élément source n’existe plus.",
    "unknownLanguage": "« {{language}} » ne fait pas partie des langues de ce site : {{languages}}.",
    "consentExpiryNeeded": "Indiquez la date d’expiration du consentement ou choisissez un autre statut de consentement.",
    "consentScopeNeeded": "Précisez ce que couvre le consentement (portail, flux, presse).",
    "minorNeedsConsent": "Une image montrant des élèves de moins de 18 ans doit indiquer leur statut de consentement : obtenu, manquant ou retiré, et non « non requis ».",
    "eventDateFuture": "La date de l’événement est dans plus d’un an ; vérifiez l’année.",
    "checklistKey": "Utilisez des lettres minuscules, des chiffres et le camelCase pour une clé de liste de contrôle, par exemple « photoCreditChecked ».",
    "endBeforeStart": "Cette date est antérieure à la date de début : choisissez-en une plus tardive."
  },
  "errors": {
    "richTextShape": "envoyez le JSON de l’éditeur : un objet dont la « root » est de type « root » et possède une liste « children ».",
    "richTextNode": "le type de nœud « {{type}} » n’existe pas dans cet éditeur.",
    "richTextInvalid": "l’éditeur ne peut pas le lire ({{detail}}).",
    "tooManyAttempts": "Trop de tentatives depuis cette adresse. Réessayez dans {{seconds}} secondes.",
    "firstRegisterClosed": "En production, le premier compte ne se crée pas depuis le web. Un administrateur le crée sur le serveur avec « npm run create-admin ».",
    "badId": "« {{id}} » n’est pas un identifiant valide : les identifiants sont ici des nombres entiers.",
    "badParam": "Le paramètre de requête « {{param}} » n’est pas valide : {{reason}}",
    "reasonJson": "il doit s’agir d’un objet JSON ou de la forme where[field][operator]=value.",
    "reasonInteger": "utilisez un nombre entier de {{min}} à {{max}}.",
    "reasonLocale": "utilisez l’une des valeurs {{locales}}, ou « all ».",
    "reasonText": "utilisez du texte brut, une seule fois.",
    "badJsonBody": "Le corps de la requête n’est pas un JSON valide. Envoyez un objet JSON.",
    "bodyTooLarge": "Le corps de la requête dépasse {{max}}, le maximum accepté ici.",
    "badEncoding": "L’adresse contient un encodage-pourcent qui ne se décode pas (par exemple un « % » isolé). Encodez-la en UTF-8.",
    "badRichText": "Le champ « {{field}} » n’est pas un texte enrichi valide : {{reason}}",
    "tooManyPixels": "L’image fait {{width}}×{{height}} pixels ({{megapixels}} MP) ; le maximum autorisé est de {{max}} MP. Redimensionnez-la et réessayez.",
    "unsupportedMediaType": "Envoyez la requête avec « Content-Type: application/json » et un corps JSON.",
    "emptyFile": "Le fichier est vide. Choisissez à nouveau l’image.",
    "fileTooLarge": "Le fichier fait {{size}} Mo ; la taille maximale autorisée est de {{max}} Mo. Redimensionnez-le ou compressez-le, puis réessayez.",
    "uploadLimit": "Le fichier dépasse {{max}} Mo, la taille maximale autorisée. Redimensionnez-le ou compressez-le, puis réessayez.",
    "notAnImage": "Le fichier « {{name}} » n’est pas une image lisible. Importez un fichier JPEG, PNG, WebP ou GIF.",
    "auditReadOnly": "Les événements de workflow forment un journal d’audit : ils ne peuvent être ni modifiés ni supprimés.",
    "workflowFieldReadOnly": "Le champ de workflow « {{field}} » ne change que par les actions du workflow."
  },
  "workflow": {
    "errors": {
      "unauthenticated": "Connectez-vous pour effectuer des actions de workflow.",
      "notFound": "Aucun élément {{collection}} avec l’identifiant {{id}}.",
      "commentTooLong": "Le commentaire compte {{length}} caractères ; le maximum autorisé est de {{max}}. Raccourcissez-le.",
      "badBody": "Envoyez un corps JSON tel que {\"action\": \"submit\", \"comment\": \"…\"}.",
      "unknownAction": "« {{action}} » n’est pas une action de workflow. Utilisez l’une des suivantes : submit, request_changes, approve, publish, unpublish, reopen.",
      "invalidTransition": "« {{action}} » est impossible tant que l’élément est à l’état « {{state}} ».",
      "forbidden": "Votre rôle ne permet pas l’action « {{action}} » sur cet élément.",
      "fourEyes": "Vous ne pouvez pas approuver une révision que vous avez rédigée, modifiée ou changée depuis la dernière approbation. Demandez à un autre responsable de l’approuver.",
      "commentRequired": "Rédigez un commentaire pour expliquer pourquoi (« {{action}} » en exige un).",
      "changedSinceApproval": "Le contenu a changé après son approbation. Il doit être approuvé à nouveau avant publication.",
      "gatesFailed": "« {{action}} » n’est pas encore possible : {{problems}}.",
      "publishGuard": "La publication passe par le circuit de relecture : soumettez l’élément, puis un responsable l’approuve et le publie.",
      "restoreAsDraft": "Restaurez une version antérieure en tant que brouillon (elle repasse alors en relecture) ; la restauration directe sur le site en ligne n’est pas autorisée.",
      "notTranslator": "Seul le traducteur de cette version peut confirmer qu’elle est toujours exacte.",
      "badPublishAt": "« publishAt » doit être une date et une heure, par exemple 2026-12-01T08:00:00+07:00.",
      "notTranslatorOrLeader": "Seuls le traducteur de cette version, un responsable ou un administrateur peuvent la marquer comme à jour."
    },
    "gates": {
      "checklist": "cochez chaque point de la liste de contrôle d’approbation ({{items}})",
      "consentMissing": "{{name}} montre un élève de moins de 18 ans dont le consentement est « {{status}} »",
      "consentExpired": "le consentement pour {{name}} a expiré",
      "consentScope": "le consentement pour {{name}} ne couvre pas {{channels}}",
      "outdated": "cette traduction n’est plus à jour (sa source a changé) ; le traducteur doit la mettre à jour ou confirmer qu’elle est toujours exacte",
      "textMissing": "le champ {{field}} est vide",
      "altMissing": "l’image {{name}} n’a pas de texte alternatif dans cette langue"
    },
    "checklist": {
      "noStateSecrets": "Aucun contenu relevant du secret d’État",
      "sourcesVerified": "Sources vérifiées",
      "spokespersonApproved": "Peut être déclaré publiquement par l’établissement (règles du porte-parole)",
      "consentVerified": "Consentement recueilli pour chaque personne montrée"
    },
    "ui": {
      "title": "Workflow",
      "state": "État",
      "actions": "Actions",
      "noActions": "Aucune action de votre part n’est possible dans cet état.",
      "comment": "Commentaire",
      "commentRequired": "Commentaire (obligatoire)",
      "confirm": "Confirmer",
      "cancel": "Annuler",
      "history": "Historique",
      "noHistory": "Aucun événement de workflow pour l’instant.",
      "compare": "Changements depuis la dernière révision approuvée",
      "checklist": "Liste de contrôle d’approbation",
      "publishAt": "Publier le (laisser vide pour publier maintenant)",
      "scheduled": "Publication programmée le {{time}}",
      "confirmUpToDate": "Je confirme que cette traduction est toujours exacte",
      "outdatedWarning": "Le texte approuvé de la source a changé depuis la création de cette version.",
      "reviewQueue": "En attente de relecture",
      "reviewQueueEmpty": "Rien n’attend de relecture.",
      "saveFirst": "Enregistrez d’abord le document.",
      "done": "C’est fait : l’élément est maintenant « {{state}} ».",
      "system": "système",
      "outdatedBadge": "À mettre à jour",
      "markUpToDate": "Marquer comme à jour",
      "markUpToDateHelp": "Vérifiez d’abord cette version par rapport au texte approuvé de la source. Cette action est consignée dans l’historique.",
      "saveBeforeAction": "Enregistrez avant « {{label}} » : le formulaire contient des modifications non enregistrées. Enregistrez-les (« Enregistrer le brouillon »), puis réessayez.",
      "problemsTitle": "Corrigez d’abord ces points :",
      "fixAlt": "Ajouter le texte alternatif",
      "fixPhoto": "Ouvrir la photo",
      "fixField": "Aller au champ",
      "fixChecklist": "Cochez les points ci-dessous",
      "changedSinceSubmit": "Le texte a changé après sa soumission pour relecture. Vérifiez les changements avant d’approuver.",
      "compareSubmitted": "Changements depuis la soumission",
      "versionHistory": "Historique des versions",
      "submittedBy": "Soumis par {{name}}, {{time}}",
      "pendingEdit": "La version publiée reste en ligne jusqu’à ce que cette modification soit approuvée et publiée.",
      "editState": "Cette modification : {{state}}",
      "markedUpToDate": "Marqué comme à jour."
    },
    "dashboard": {
      "myDrafts": "Mes brouillons",
      "changesRequested": "Modifications qui me sont demandées",
      "waiting": "En attente de ma relecture",
      "outdatedMine": "Mes traductions à mettre à jour",
      "outdatedAll": "Traductions à mettre à jour",
      "recent": "Publiés récemment",
      "empty": "Rien ici.",
      "item": "Élément",
      "type": "Type",
      "language": "Langue",
      "submitter": "Soumis par",
      "waitingFor": "En attente depuis",
      "updated": "Mis à jour",
      "published": "Publié",
      "state": "État",
      "title": "Mon travail",
      "failedDeliveries": "Envois en échec ou abandonnés (30 jours)"
    },
    "source": {
      "title": "Texte source",
      "approved": "Texte approuvé ({{language}})",
      "draft": "Brouillon, pas encore approuvé ({{language}})",
      "changes": "Changements dans la source depuis la création de cette version",
      "noOld": "Le texte à partir duquel cette version a été créée ne figure plus dans l’historique de la source.",
      "noChanges": "Aucun changement dans le titre, le résumé ou le corps.",
      "open": "Ouvrir la source",
      "pick": "Choisissez d’abord la source : son texte s’affichera ici.",
      "photos": "Photos : texte alternatif et légende en {{language}}",
      "photosNeedLanguage": "Choisissez la langue de cette version pour modifier les textes des photos.",
      "noPhotos": "La source n’a pas de photos.",
      "sourceAlt": "Texte alternatif dans la source : {{alt}}",
      "savePhoto": "Enregistrer",
      "saved": "Enregistré.",
      "sourceCaption": "Légende dans la source : {{caption}}"
    }
  },
  "feeds": {
    "title": "{{school}} : actualités et réussites",
    "description": "Actualités et réussites des élèves publiées par {{school}}",
    "errors": {
      "unknownLanguage": "Il n’existe pas de flux en « {{language}} ». Langues disponibles : {{languages}}.",
      "unknownFormat": "Format de flux inconnu « {{format}} ». Utilisez l’un des suivants : {{formats}}.",
      "unknownChannel": "Canal inconnu « {{channel}} ». Utilisez l’un des suivants : {{channels}}.",
      "unknownCategory": "Aucune rubrique n’a le slug « {{category}} ». Rubriques existantes : {{categories}}."
    }
  },
  "portal": {
    "home": "Accueil",
    "news": "Actualités",
    "latestNews": "Dernières nouvelles",
    "achievements": "Réussites",
    "latestAchievements": "Réussites récentes",
    "allAchievements": "Toutes les réussites",
    "categories": "Rubriques",
    "search": "Rechercher",
    "searchLabel": "Rechercher des nouvelles et des réussites",
    "searchHint": "Les accents vietnamiens sont facultatifs : « dong trieu » trouve « Đông Triều ».",
    "searchResults": "{{count}} résultats pour « {{q}} »",
    "noResults": "Aucun résultat pour « {{q}} ».",
    "nothingYet": "Rien n’a encore été publié ici.",
    "languages": "Langues",
    "readIn": "Lire en {{language}}",
    "notTranslated": "page d’accueil : cet article n’existe pas dans cette langue",
    "publishedOn": "Publié le {{date}}",
    "updatedOn": "Mis à jour le {{date}}",
    "by": "Par {{name}}",
    "photo": "Photo : {{credit}}",
    "draftBanner": "Bản nháp / Brouillon : non publié, visible seulement par le personnel connecté",
    "skipToContent": "Aller au contenu",
    "mainNav": "Navigation principale",
    "older": "Plus anciens",
    "newer": "Plus récents",
    "pagination": "Pages",
    "notFoundTitle": "Page introuvable",
    "notFoundBody": "La page a peut-être été déplacée ou retirée du site.",
    "backHome": "Retour à l’accueil",
    "feeds": "Flux",
    "footer": "© {{year}} {{school}}",
    "menu": "Menu",
    "notPublishedYet": "Brouillon : pas encore publié"
  },
  "email": {
    "submit": {
      "subject": "[En attente de relecture] {{title}}",
      "body": "{{actor}} a soumis « {{title}} » pour relecture.\n\nPour l’ouvrir : {{url}}"
    },
    "request_changes": {
      "subject": "[Modifications demandées] {{title}}",
      "body": "{{actor}} a demandé des modifications sur « {{title}} » :\n\n{{comment}}\n\nPour l’ouvrir : {{url}}"
    },
    "approve": {
      "subject": "[Approuvé] {{title}}",
      "body": "{{actor}} a approuvé « {{title}} ».\n\nPour l’ouvrir : {{url}}"
    },
    "publish": {
      "subject": "[Publié] {{title}}",
      "body": "« {{title}} » est maintenant publié.\n\nPour l’ouvrir : {{url}}"
    },
    "unpublish": {
      "subject": "[Dépublié] {{title}}",
      "body": "« {{title}} » a été dépublié par {{actor}} :\n\n{{comment}}\n\nPour l’ouvrir : {{url}}"
    },
    "outdated": {
      "subject": "[À mettre à jour] {{title}}",
      "body": "La source « {{source}} » a changé, et ce changement a été approuvé, après la création de votre version « {{title}} ». Mettez votre version à jour, ou marquez-la comme à jour si elle correspond toujours.\n\nOuvrir : {{url}}"
    },
    "deliveryDead": {
      "subject": "[Envoi arrêté] {{item}} vers {{destination}}",
      "body": "L’envoi de {{item}} ({{language}}) vers « {{destination}} » a échoué {{attempts}} fois, et aucune autre tentative ne sera faite. Vérifiez le destinataire, puis utilisez « Renvoyer » dans le journal des envois."
    },
    "destinationGone": {
      "subject": "[Destination désactivée] {{destination}}",
      "body": "« {{destination}} » a répondu 410 Gone à l’adresse {{url}} : elle a été désactivée. Plus rien n’y sera envoyé tant qu’un administrateur ne l’aura pas réactivée."
    },
    "package": {
      "published": {
        "subject": "[{{school}}] {{title}}",
        "body": "{{school}} a publié « {{title}} ». Le dossier joint contient le texte sous forme de document Word et de page HTML, les photos avec leurs légendes et crédits, le ninjs et la trace de l’approbation."
      },
      "updated": {
        "subject": "[{{school}}] Mis à jour : {{title}}",
        "body": "{{school}} a publié une nouvelle version approuvée de « {{title}} ». Merci de remplacer la précédente par le dossier joint."
      },
      "withdrawn": {
        "subject": "[{{school}}] Retiré : {{title}}",
        "body": "{{school}} a retiré « {{title}} ». Merci de le supprimer de votre site."
      }
    }
  },
  "seed": {
    "logins": "Comptes de démonstration (mot de passe : {{password}}) :"
  },
  "delivery": {
    "destinationsDescription": "Portails et agrégateurs qui reçoivent le contenu approuvé : par webhook (signé selon Standard Webhooks) ou par e-mail.",
    "fields": {
      "kind": "Type",
      "url": "URL du destinataire",
      "urlDescription": "Adresse à laquelle chaque changement est envoyé en POST, par ex. https://portal.example.vn/hooks/lechan. Les adresses de cette machine ou d’un réseau privé sont refusées.",
      "emails": "Adresses e-mail",
      "emailsDescription": "Chaque élément publié est envoyé à ces adresses sous forme de dossier (l’envoi par e-mail n’est pas encore disponible).",
      "secret": "Secret de signature",
      "secretDescription": "En écriture seule : une clé whsec_… (Standard Webhooks). S’il est laissé vide, un secret est généré ; utilisez « Générer un nouveau secret de signature » pour en obtenir un nouveau, affiché une seule fois. Il ne sera plus jamais affiché.",
      "languages": "Langues",
      "languagesDescription": "Aucune choisie : toutes les langues.",
      "categoriesDescription": "Aucune choisie : toutes les rubriques.",
      "enabled": "Activé",
      "disabledReason": "Motif de la désactivation",
      "item": "Élément",
      "itemKey": "Clé de l’élément",
      "event": "Événement",
      "status": "Statut",
      "attempts": "Tentatives",
      "lastStatusCode": "Dernière réponse (HTTP)",
      "lastError": "Dernière erreur",
      "nextAttemptAt": "Prochaine tentative",
      "deliveredAt": "Remis le",
      "webhookId": "ID du webhook (clé d’idempotence du destinataire)"
    },
    "kinds": {
      "webhook": "Webhook (HTTP POST)",
      "email": "E-mail"
    },
    "events": {
      "published": "Publié",
      "updated": "Mis à jour",
      "withdrawn": "Retiré"
    },
    "statuses": {
      "pending": "En attente",
      "delivered": "Remis",
      "failed": "Échec",
      "dead": "Abandonné"
    },
    "errors": {
      "secretFormat": "Le secret de signature doit avoir la forme whsec_ suivi de 24 à 64 octets en base64. Laissez-le vide pour qu’un secret soit généré.",
      "adminsOnly": "Seuls les administrateurs gèrent les destinations et leurs secrets.",
      "resendRole": "Seuls les responsables et les administrateurs peuvent renvoyer un envoi.",
      "urlRequired": "Indiquez l’URL du destinataire (https://…).",
      "url_private": "Cette adresse se trouve sur cette machine ou sur un réseau privé ({{address}}) : les envois ne vont qu’à des adresses publiques.",
      "url_scheme": "Utilisez une adresse complète en http:// ou https://.",
      "url_unresolved": "Ce nom d’hôte ne se résout pas : vérifiez l’adresse.",
      "emailsRequired": "Indiquez au moins une adresse e-mail valide {{email}}",
      "sendingNow": "L’envoi est en cours : attendez la fin de cette tentative (une minute au plus), puis renvoyez-le si nécessaire."
    },
    "secretShownOnce": "Copiez dès maintenant ce secret chez le destinataire : il ne sera plus affiché.",
    "resent": "Remis en file d’attente pour un nouvel envoi immédiat, avec le même webhook-id.",
    "resend": "Renvoyer",
    "rotate": "Générer un nouveau secret de signature (affiché une seule fois)"
  },
  "package": {
    "errors": {
      "notPublished": "Seul un élément publié a un dossier : publiez-le d’abord (celui-ci n’est pas en ligne actuellement).",
      "collection": "Les dossiers existent pour {{collections}}."
    },
    "approvalLine": "Approuvé par {{name}} le {{time}} (contenu {{hash}}).",
    "dateLine": "Publié le {{date}}",
    "download": "Télécharger le dossier (Word, HTML, photos)"
  },
  "pull": {
    "integrationsDescription": "Agrégateurs qui récupèrent les changements avec une clé API : GET /api/exports/changes. Cochez « Activer la clé API » et copiez la clé dans l’agrégateur.",
    "channelsDescription": "Les canaux que cette clé peut lire.",
    "errors": {
      "key": "Envoyez la clé API d’une intégration : Authorization: integrations API-Key {key}.",
      "disabled": "Cette intégration est désactivée : demandez à l’administrateur de l’établissement de l’activer.",
      "channel": "Cette clé ne peut pas lire le canal « {{channel}} ». Elle peut lire : {{channels}}.",
      "language": "La langue « {{language}} » n’existe pas. Utilisez l’une des suivantes : {{languages}}.",
      "cursor": "« since » doit être un curseur renvoyé par cette API (son « next » ou le « cursor » d’un élément), ou vide pour partir du début.",
      "limit": "« limit » doit être un nombre entier de 1 à {{max}}."
    }
  },
  "reports": {
    "planTasksDescription": "Les points du plan annuel d’information extérieure de l’établissement. Reliez les articles et les réussites à la tâche qu’ils mettent en œuvre.",
    "monitoringDescription": "Point 1.3 du plan : informations fausses ou déformées repérées dans la presse ou sur les réseaux sociaux, et suites données. Réservé aux responsables et aux administrateurs ; jamais public.",
    "visitsDescription": "Point 1.4 du plan : visites de journalistes étrangers. Réservé aux responsables et aux administrateurs ; jamais public.",
    "reportsDescription": "Rapports au Service de l’éducation et de la formation : choisissez la période, vérifiez les chiffres, rédigez les sections II et III, puis téléchargez les fichiers Word et Excel.",
    "none": "(non renseigné)",
    "fields": {
      "year": "Année",
      "code": "Point",
      "codeDescription": "Selon la numérotation du plan, par ex. 1.3",
      "responsibleUnit": "Unité responsable",
      "coordinatingUnits": "Unités associées",
      "recurrence": "Périodicité",
      "deadline": "Échéance",
      "status": "Statut",
      "occasions": "Occasions",
      "planTask": "Tâche du plan",
      "planTaskDescription": "La tâche du plan annuel que cet élément met en œuvre (comptabilisée dans le rapport).",
      "foundAt": "Date de repérage",
      "platform": "Plateforme",
      "url": "Lien",
      "topic": "Sujet",
      "assessment": "Évaluation",
      "actionTaken": "Mesure prise",
      "actionDetails": "Ce qui a été fait",
      "reportedTo": "Signalé à (unité)",
      "reportedAt": "Signalé le",
      "responseArticle": "Notre article de réponse",
      "reporters": "Journalistes",
      "outlet": "Média",
      "country": "Pays",
      "startDate": "Du",
      "endDate": "Au",
      "purpose": "Objet",
      "permissionReference": "Autorisation",
      "permissionDescription": "Le document qui a autorisé la visite (numéro, date, émetteur).",
      "escort": "Accompagnateur",
      "spokespersonPresent": "Porte-parole présent",
      "materialsProvided": "Informations et documents fournis",
      "publications": "Publications qui en ont résulté",
      "notes": "Notes",
      "from": "Du",
      "to": "Au",
      "summaryLine": "Ligne de résumé",
      "summaryLineDescription": "La ligne sous BÁO CÁO, par ex. Kết quả thực hiện công tác thông tin đối ngoại quý IV năm 2026",
      "number": "Numéro",
      "place": "Lieu",
      "issuedOn": "Date",
      "parentAgency": "Organisme de tutelle",
      "school": "Établissement",
      "results": "I. Résultats : votre propre texte",
      "resultsDescription": "Ajouté à la section I après les chiffres par axe.",
      "limitations": "II. Limites et causes",
      "nextTasks": "III. Prochaines tâches, propositions",
      "signingMode": "Mode de signature",
      "signerTitle": "Fonction du signataire",
      "onBehalfOf": "Au nom de",
      "signerName": "Nom du signataire",
      "recipients": "Nơi nhận (destinataires)",
      "recipientsDescription": "Un destinataire par ligne.",
      "reportStatus": "Statut",
      "statusDescription": "Une fois émis, le rapport conserve les chiffres avec lesquels il a été émis.",
      "schoolDescription": "Si vide : le nom de l’établissement indiqué dans les paramètres du site."
    },
    "recurrences": {
      "once": "Une fois (avant l’échéance)",
      "monthly": "Mensuelle",
      "quarterly": "Trimestrielle",
      "each-holiday": "À chaque fête nationale",
      "school-year": "Toute l’année scolaire"
    },
    "taskStatuses": {
      "not-started": "Non commencée",
      "in-progress": "En cours",
      "done": "Terminée"
    },
    "platforms": {
      "press": "Presse",
      "facebook": "Facebook",
      "youtube": "YouTube",
      "tiktok": "TikTok",
      "zalo": "Zalo",
      "other": "Autre"
    },
    "assessments": {
      "accurate": "Exacte",
      "inaccurate": "Inexacte",
      "distorted": "Déformée",
      "hostile": "Hostile"
    },
    "actions": {
      "none": "Aucune pour l’instant",
      "reported": "Signalé à la hiérarchie",
      "response-published": "Réponse publiée",
      "correction-requested": "Rectification demandée",
      "removal-requested": "Retrait demandé"
    },
    "monitoringStatuses": {
      "open": "Ouvert",
      "reported": "Signalé",
      "resolved": "Résolu"
    },
    "signingModes": {
      "principal": "Proviseur (signe directement)",
      "on-behalf": "Au nom de (TM.)",
      "deputy": "Pour le proviseur (KT.)"
    },
    "reportStatuses": {
      "draft": "Brouillon",
      "issued": "Émis"
    },
    "subjects": {
      "month": "Mois",
      "kind": "Type"
    },
    "tables": {
      "byLanguage": "Publications par langue",
      "byPlanArea": "Publications par axe du plan",
      "byChannel": "Publications par canal",
      "byCategory": "Publications par rubrique",
      "byUnit": "Publications par unité",
      "byMonth": "Publications par mois",
      "byCollection": "Publications par type",
      "achievementsByLevel": "Réussites par niveau",
      "achievementsByAward": "Réussites par prix",
      "coverage": "Couverture de traduction (% des éléments en ligne)",
      "outdated": "Traductions à mettre à jour",
      "deliveriesByStatus": "Envois par statut",
      "deliveriesByDestination": "Envois par destination",
      "monitoringByAssessment": "Cas de veille médiatique par évaluation",
      "monitoringByAction": "Cas de veille médiatique par mesure prise",
      "monitoringByPlatform": "Cas de veille médiatique par plateforme",
      "visitsByCountry": "Visites de presse étrangère par pays",
      "tasksByArea": "Tâches du plan par axe"
    },
    "summary": {
      "published": "Éléments publiés sur la période",
      "liveNow": "Éléments actuellement en ligne",
      "achievements": "Réussites publiées sur la période",
      "sourcesLive": "Éléments sources actuellement en ligne",
      "outdated": "Traductions à mettre à jour",
      "approvals": "Approbations sur la période",
      "medianHours": "Délai d’approbation, médiane (heures)",
      "p90Hours": "Délai d’approbation, 90e centile (heures)",
      "deliveries": "Envois vers les portails",
      "monitoring": "Cas de veille médiatique",
      "visits": "Visites de presse étrangère",
      "tasks": "Tâches du plan",
      "tasksDone": "Tâches terminées",
      "tasksInProgress": "Tâches en cours",
      "tasksOverdue": "Tâches en retard"
    },
    "xlsx": {
      "indicator": "Indicateur",
      "value": "Valeur",
      "count": "Nombre",
      "percent": "Pourcentage",
      "total": "Total",
      "summary": "Synthèse",
      "period": "Période : du {{from}} au {{to}}"
    },
    "docx": {
      "overview": "Du {{from}} au {{to}}, l’établissement a publié {{published}} éléments (actualités, articles et leurs versions linguistiques), dont {{achievements}} consacrés aux réussites des élèves ; {{live}} éléments sont actuellement en ligne sur le portail.",
      "area": "{{count}} éléments publiés ; {{tasks}} tâches du plan dans cet axe.",
      "otherFigures": "Traduction, approbation, diffusion, veille",
      "figures": "Tâches du plan : {{tasksDone}} sur {{tasksTotal}} terminées, {{overdue}} en retard. Le délai d’approbation a été de {{median}} heures en médiane et de {{p90}} heures au 90e centile. {{deliveries}} envois vers les portails, dont {{delivered}} reçus. {{outdated}} traductions sont à mettre à jour. {{monitoring}} cas de veille médiatique ; {{visits}} visites de presse étrangère.",
      "deputy": "Proviseur adjoint",
      "noLimitations": "(À rédiger par la direction de l’établissement.)",
      "noNextTasks": "(À rédiger par la direction de l’établissement.)",
      "overdue": "en retard"
    },
    "defaults": {
      "parentAgency": "Service de l’éducation et de la formation de Quang Ninh",
      "place": "Quang Ninh",
      "recipients": "Service de l’éducation et de la formation de Quang Ninh (pour rapport) ;\nDirection de l’établissement ;\nArchives : secrétariat.",
      "signerTitle": "Proviseur",
      "summaryLine": "Résultats de l’information extérieure du {{from}} au {{to}}"
    },
    "errors": {
      "role": "Seuls les responsables, les lecteurs et les administrateurs peuvent consulter les rapports.",
      "format": "Format inconnu « {{format}} ». Formats possibles : {{formats}}.",
      "period": "La période du « {{from}} » au « {{to}} » n’est pas valide : indiquez les dates de début et de fin au format YYYY-MM-DD, la date de début ne dépassant pas la date de fin."
    },
    "panel": {
      "title": "Chiffres de la période",
      "loading": "Calcul en cours…",
      "saveFirst": "Choisissez la période et enregistrez : les chiffres et les téléchargements s’afficheront ici.",
      "issued": "Émis : voici les chiffres avec lesquels le rapport a été émis.",
      "live": "Brouillon : les chiffres tels qu’ils sont actuellement.",
      "downloadDocx": "Télécharger le Word (.docx)",
      "downloadXlsx": "Télécharger l’Excel (.xlsx)",
      "unsaved": "Enregistrez d’abord vos modifications : les fichiers sont générés à partir du rapport enregistré.",
      "error": "Impossible de charger les chiffres : {{message}}",
      "quarter": "Trimestre"
    }
  }
}

export default fr
