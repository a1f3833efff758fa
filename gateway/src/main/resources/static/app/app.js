// Backbone Planner web UI: plain JavaScript against the gateway's API, in French or English.
(function () {
  'use strict';

  const TEXT = {
    fr: {
      colon: '\u00a0: ', app: 'Backbone Planner', logout: 'Se déconnecter', login: 'Se connecter', loading: 'Chargement…',
      welcome: 'Planifiez ensemble votre infrastructure de soutien.', networks: 'Vos réseaux',
      admin: 'administration', member: 'membre', initiatives: 'Initiatives', none: 'Aucune initiative pour le moment.',
      newInitiative: 'Nouvelle initiative', name: 'Nom', description: 'Description', create: 'Créer',
      role: 'Rôle', who: 'Qui peut jouer ce rôle?', strengths: 'Forces actuelles', weaknesses: 'Faiblesses actuelles',
      nextSteps: 'Prochaines étapes', edit: 'Modifier', save: 'Enregistrer', cancel: 'Annuler',
      onePerLine: 'une par ligne', toFind: 'à trouver', addStep: 'Ajouter une étape', title: 'Titre', due: 'Échéance',
      done: 'Terminée', stale: 'Quelqu\'un a modifié cet élément entre-temps; voici la version actuelle.',
      debrief: 'Débreffage', covered: 'rôles couverts', open: 'étapes ouvertes', overdue: 'en retard',
      back: 'Retour', loggedOut: 'Vous êtes déconnecté.', partnerCarrier: 'Partenaire du répertoire',
      whoPlaceholder: 'personne ou organisation à trouver',
      maturity: 'Maturité', startYear: 'Année de début', endYear: 'Année de fin', visibility: 'Visibilité',
      languages: 'Langues', horizon: 'Horizon', myRole: 'Mon rôle', notMember: 'non membre',
      editDetails: 'Modifier les détails', export: 'Exporter', pdfFr: 'PDF en français', pdfEn: 'PDF en anglais',
      csv: 'CSV des étapes', toFindCount: 'rôles à trouver', comments: 'Commentaires', noComments: 'Aucun commentaire.',
      writeComment: 'Votre commentaire', mention: 'Mentionner', send: 'Publier', add: 'Ajouter', remove: 'Retirer',
      memberCarrier: 'Membre de l\'initiative', toFindCarrier: 'À trouver', chooseMember: '— choisir un membre —',
      searchPartner: 'Chercher un partenaire…', noPartner: 'Aucun partenaire trouvé.', owner: 'Responsable',
      ownerMe: 'Moi', ownerPartner: 'Un partenaire (une de ses personnes contacts)', partnerEmail: 'Personne contact à qui rappeler l\'échéance',
      noContactEmail: 'Ce partenaire n\'a aucune personne contact avec un courriel au répertoire; ajoutez-en une d\'abord.',
      ownerIncomplete: 'Choisissez le partenaire et indiquez un courriel.', status: 'Statut', reschedule: 'Reporter',
      markDone: 'Marquer terminée', noSteps: 'Aucune étape.',
      sharingTitle: 'Partage des rôles et tâches clés', sharingHelp: 'Pour chaque rôle : est-il partagé, et quels partenaires prennent quelles tâches clés?',
      shared: 'Rôle partagé', sharedYes: 'Rôle partagé', sharedNo: 'Rôle non partagé', task: 'Tâche clé',
      addTask: 'Ajouter une tâche', poolingTitle: 'Intentions de mise en commun', noIntentions: 'Aucune intention pour le moment.',
      addIntention: 'Ajouter une intention', partnerOptional: 'Partenaire (facultatif)', roles: 'Rôles',
      plansTitle: 'Plans de relève et de pérennité', plansMatureOnly: 'Les plans de relève et de pérennité s\'ajoutent quand l\'initiative est mature.',
      notes: 'Notes', members: 'Membres', email: 'Courriel', language: 'Langue', invite: 'Inviter',
      noMembers: 'Aucun membre.', confirmRemove: 'Retirer {name} de l\'initiative?', french: 'Français', english: 'Anglais',
      version: 'Version', noVersions: 'Aucune version adoptée.', adopt: 'Adopter le brouillon comme version',
      versionName: 'Nom de la version', view: 'Voir', compare: 'Comparer avec le brouillon actuel',
      basedOn: 'Brouillon fondé sur la version {number}.', readOnly: 'Lecture seule.',
      comparedWith: 'Version {number} → brouillon actuel', unchanged: 'Aucun changement depuis cette version.',
      carriersAdded: 'Porteurs ajoutés', carriersRemoved: 'Porteurs retirés', strengthsAdded: 'Forces ajoutées',
      strengthsRemoved: 'Forces retirées', weaknessesAdded: 'Faiblesses ajoutées', weaknessesRemoved: 'Faiblesses retirées',
      stepsAdded: 'Étapes ajoutées', stepsRemoved: 'Étapes retirées', stepsChanged: 'Étapes modifiées',
      sharingChanged: 'Le partage du rôle a changé.', notesChanged: 'Les notes ont changé.', pooling: 'Mise en commun',
      allRoles: 'Tous les rôles', filterRole: 'Filtrer par rôle', noHistory: 'Aucun changement pour le moment.',
      liveChanged: '{actor} a modifié {what}.', reload: 'Recharger', theWorksheet: 'la feuille de travail', someone: 'Quelqu\'un',
      'tab.worksheet': 'Feuille de travail', 'tab.step2': 'Étape 2', 'tab.members': 'Membres', 'tab.versions': 'Versions',
      'tab.history': 'Historique',
      'maturity.EMERGING': 'émergente', 'maturity.DEVELOPING': 'en développement', 'maturity.MATURE': 'mature',
      'visibility.NETWORK': 'tout le réseau', 'visibility.MEMBERS': 'membres de l\'initiative seulement',
      'part.COORDINATOR': 'coordination', 'part.PARTNER': 'partenaire', 'part.GUEST': 'invité·e',
      'memberStatus.INVITED': 'invitation envoyée', 'memberStatus.ACTIVE': 'actif',
      'carrier.PARTNER': 'partenaire', 'carrier.MEMBER': 'membre', 'carrier.TO_FIND': 'à trouver',
      'status.TODO': 'à faire', 'status.DOING': 'en cours', 'status.DONE': 'terminée', 'status.DROPPED': 'abandonnée',
      'horizon.SHORT': 'court terme', 'horizon.MEDIUM': 'moyen terme', 'horizon.LONG': 'long terme',
      'field.title': 'titre', 'field.description': 'description', 'field.owner': 'responsable', 'field.dueDate': 'échéance',
      'field.horizon': 'horizon', 'field.status': 'statut',
      'event.InitiativeCreated': 'initiative créée', 'event.InitiativeDetailsChanged': 'détails modifiés',
      'event.MemberInvited': 'membre invité', 'event.MemberJoined': 'membre arrivé', 'event.MemberRoleChanged': 'rôle de membre modifié',
      'event.RoleUpdated': 'ligne modifiée', 'event.NextStepScheduled': 'étape ajoutée', 'event.NextStepUpdated': 'étape modifiée',
      'event.RoleSharingUpdated': 'partage modifié', 'event.PoolingIntentionsUpdated': 'mise en commun modifiée',
      'event.PlanUpdated': 'plan modifié', 'event.WorksheetVersionAdopted': 'version adoptée', 'event.CommentAdded': 'commentaire',
      // partner directory
      partnerDirectory: 'Répertoire des partenaires', searchDirectory: 'Rechercher (nom, secteur, territoire, contact)',
      kind: 'Type', allKinds: 'Tous les types', showArchived: 'Afficher les partenaires archivés', sort: 'Trier par',
      previous: 'Précédent', next: 'Suivant', range: '{from}–{to} sur {total}', influential: 'acteur influent',
      archived: 'archivé', newPartner: 'Nouveau partenaire', website: 'Site Web', sectors: 'Secteurs', semicolons: 'séparés par ;',
      territory: 'Territoire', influentialActor: 'Acteur influent', contacts: 'Personnes contacts', phone: 'Téléphone',
      contactRole: 'Fonction', addContact: 'Ajouter une personne contact', noContacts: 'Aucune personne contact.',
      alreadyThere: 'Ce partenaire est déjà dans le répertoire', exportCsv: 'Exporter le répertoire (CSV)',
      importTitle: 'Importer un fichier CSV', importButton: 'Importer', chooseFile: 'Choisissez un fichier CSV.',
      importHelp: 'La première ligne nomme les colonnes, séparées par des virgules : name, kind, website, '
        + 'sectors (séparés par ;), territory, influential (yes/no), notes, contact_name, contact_role, contact_email, '
        + 'contact_phone, contact_language (fr ou en). Seules name et kind sont obligatoires; kind vaut {kinds}. '
        + 'Plusieurs personnes contacts : plusieurs lignes consécutives avec le même nom. '
        + 'C\'est tout ou rien : si une ligne est fautive, rien n\'est importé.',
      imported: 'Partenaires importés{colon}{count}.', importRefused: 'Rien n\'a été importé. Corrigez ces lignes :',
      line: 'Ligne {line}', affiliations: 'Membres qui y travaillent', noAffiliations: 'Aucun membre n\'y est rattaché.',
      affiliate: 'Je travaille pour cet organisme', disaffiliate: 'Je ne travaille plus pour cet organisme',
      archive: 'Archiver', unarchive: 'Désarchiver', editPartner: 'Modifier le partenaire', createdAt: 'Ajouté le',
      confirmArchive: 'Archiver {name}? Il restera dans l\'historique mais ne sera plus proposé.',
      partnerResources: 'Ce que ce partenaire met en commun', noResources: 'Aucune ressource mise en commun.',
      wholeNetwork: 'tout le réseau', initiative: 'Initiative', partner: 'Partenaire',
      // pooled resources
      newResource: 'Mettre une ressource en commun', quantity: 'Quantité', amount: 'Montant', unit: 'Unité',
      currency: 'Devise', unitFree: 'Unité (facultative)', from: 'Du', to: 'Au', period: 'Période',
      choosePartner: 'Choisissez le partenaire qui offre la ressource.', totals: 'Totaux', secured: 'Acquis',
      proposed: 'Proposé', money: 'Argent', staffTime: 'Temps de personnel', byRole: 'Par rôle', byPartner: 'Par partenaire',
      overall: 'Ensemble', hoursPerMonth: '{hours} h/mois', confirmWithdraw: 'Retirer cette ressource? C\'est définitif.',
      securedHelp: 'Acquis : ressources engagées ou livrées. Une ressource qui sert plusieurs rôles compte pour chacun.',
      'tab.resources': 'Ressources mutualisées',
      'sort.relevance': 'pertinence', 'sort.name': 'nom', 'sort.createdAt': 'ajout le plus récent', 'sort.kind': 'type',
      'partnerKind.COMMUNITY_ORGANIZATION': 'organisme communautaire', 'partnerKind.MUNICIPALITY': 'municipalité',
      'partnerKind.SCHOOL_BOARD': 'centre de services scolaire', 'partnerKind.HEALTH_INSTITUTION': 'établissement de santé',
      'partnerKind.FUNDER': 'bailleur de fonds', 'partnerKind.BUSINESS': 'entreprise', 'partnerKind.CITIZEN_GROUP': 'groupe citoyen',
      'partnerKind.OTHER': 'autre',
      'resourceKind.FUNDING': 'financement', 'resourceKind.STAFF_TIME': 'temps de personnel', 'resourceKind.SPACE': 'locaux',
      'resourceKind.EXPERTISE': 'expertise', 'resourceKind.DATA': 'données', 'resourceKind.EQUIPMENT': 'équipement',
      'resourceKind.COMMUNICATIONS': 'communications', 'resourceKind.OTHER': 'autre',
      'resourceStatus.PROPOSED': 'proposée', 'resourceStatus.COMMITTED': 'engagée', 'resourceStatus.DELIVERED': 'livrée',
      'resourceStatus.WITHDRAWN': 'retirée',
      'moveTo.COMMITTED': 'Confirmer l\'engagement', 'moveTo.DELIVERED': 'Marquer livrée', 'moveTo.WITHDRAWN': 'Retirer l\'offre',
      'unit.HOURS_PER_MONTH': 'heures par mois', 'unit.HOURS_PER_WEEK': 'heures par semaine',
      // email preferences
      preferencesLink: 'Mes préférences de courriel', reminderDays: 'Rappels avant une échéance',
      daysBefore: '{days} jours avant', oneDayBefore: '1 jour avant', onTheDay: 'le jour même',
      reminderHelp: 'Pour chaque étape dont vous êtes responsable, un rappel vous est envoyé ces jours-là (5 au plus).',
      weeklyDigest: 'Résumé hebdomadaire de mes étapes ouvertes (envoyé le lundi)', mailLanguage: 'Langue des courriels',
      pauseAll: 'Suspendre tous mes courriels', pauseHelp: 'Tant que cette case est cochée, aucun courriel ne vous est envoyé.',
      unsubscribedNotice: 'Vous vous êtes désabonné en un clic depuis un courriel : vous ne recevez plus aucun courriel.',
      resubscribe: 'Recevoir de nouveau des courriels', preferencesSaved: 'Préférences enregistrées.',
      // network dashboard
      dashboard: 'Tableau de bord du réseau', noDashboard: 'Aucune initiative à afficher pour le moment.',
      dashboardPending: 'Une initiative créée à l\'instant apparaîtra ici dans quelques secondes.',
      'coverage.covered': 'rôle couvert', 'coverage.toFind': 'porteur à trouver', 'coverage.none': 'aucun porteur',
      'coverage.shared': 'rôle partagé',
      pooledMark: 'ressources mutualisées acquises',
      'roleShort.VISION_STRATEGY': 'Vision', 'roleShort.SHARED_MEASUREMENT': 'Évaluation',
      'roleShort.ALIGNED_ACTIVITIES': 'Activités', 'roleShort.COMMUNITY_ENGAGEMENT': 'Engagement',
      'roleShort.POLICY': 'Politiques', 'roleShort.RESOURCES': 'Ressources',
      // debrief tab
      'tab.debrief': 'Débreffage', debriefPending: 'Le débreffage se prépare; il sera prêt dans quelques secondes.',
      statCovered: 'rôles couverts', statToFind: 'rôles à trouver', statShared: 'rôles partagés',
      statResources: 'rôles avec ressources acquises', statOpen: 'étapes ouvertes', statOverdue: 'étapes en retard',
      partnersCol: 'Partenaires', membersCol: 'Membres', toFindCol: 'À trouver', coveredCol: 'Couvert', sharedCol: 'Partagé',
      intentionsCol: 'Intentions de mise en commun', securedCol: 'Ressources acquises', proposedCol: 'Ressources proposées',
      openCol: 'Étapes ouvertes', overdueCol: 'En retard', doneCol: 'Terminées', yes: 'oui', no: 'non',
      debriefQuestions: 'Questions du débreffage', noAnswer: 'Pas encore de réponse.',
      answeredBy: 'Réponse de {name}, {when}', groupAnswer: 'Réponse du groupe', saveAnswer: 'Enregistrer la réponse',
      answerSaved: 'Réponse enregistrée.',
      answerConflict: '{name} a répondu entre-temps; voici sa réponse. Votre texte est conservé : fusionnez les deux, puis enregistrez.',
      useTheirs: 'Reprendre sa réponse', appendTheirs: 'Ajouter sa réponse à la mienne',
      // mail log
      mailLog: 'Journal des courriels', allStatuses: 'Tous les statuts', recipient: 'Destinataire', subject: 'Objet',
      attempts: 'Tentatives', sendAt: 'Envoi prévu', sentAt: 'Envoyé le', lastError: 'Dernière erreur',
      noMail: 'Aucun courriel.', mailLogForbidden: 'Le journal des courriels est réservé aux administrateurs du réseau.',
      'mailStatus.PENDING': 'en attente', 'mailStatus.SENDING': 'envoi en cours', 'mailStatus.SENT': 'envoyé',
      'mailStatus.FAILED': 'échec', 'mailStatus.SKIPPED': 'non envoyé (suspendu ou désabonné)',
      'mailKind.REMINDER': 'rappel', 'mailKind.DIGEST': 'résumé hebdomadaire', 'mailKind.INVITATION': 'invitation',
      'mailKind.MENTION': 'mention'
    },
    en: {
      colon: ': ', app: 'Backbone Planner', logout: 'Log out', login: 'Log in', loading: 'Loading…',
      welcome: 'Plan your backbone infrastructure together.', networks: 'Your networks',
      admin: 'administrator', member: 'member', initiatives: 'Initiatives', none: 'No initiative yet.',
      newInitiative: 'New initiative', name: 'Name', description: 'Description', create: 'Create',
      role: 'Role', who: 'Who can play this role?', strengths: 'Current strengths', weaknesses: 'Current weaknesses',
      nextSteps: 'Next steps', edit: 'Edit', save: 'Save', cancel: 'Cancel',
      onePerLine: 'one per line', toFind: 'to find', addStep: 'Add a step', title: 'Title', due: 'Due',
      done: 'Done', stale: 'Someone changed this meanwhile; here is the current version.',
      debrief: 'Debrief', covered: 'roles covered', open: 'open steps', overdue: 'overdue',
      back: 'Back', loggedOut: 'You are logged out.', partnerCarrier: 'Partner from the directory',
      whoPlaceholder: 'person or organization to find',
      maturity: 'Maturity', startYear: 'Start year', endYear: 'End year', visibility: 'Visibility',
      languages: 'Languages', horizon: 'Horizon', myRole: 'My role', notMember: 'not a member',
      editDetails: 'Edit details', export: 'Export', pdfFr: 'PDF in French', pdfEn: 'PDF in English',
      csv: 'CSV of the steps', toFindCount: 'roles to find', comments: 'Comments', noComments: 'No comment yet.',
      writeComment: 'Your comment', mention: 'Mention', send: 'Post', add: 'Add', remove: 'Remove',
      memberCarrier: 'Member of the initiative', toFindCarrier: 'To find', chooseMember: '— choose a member —',
      searchPartner: 'Search a partner…', noPartner: 'No partner found.', owner: 'Owner',
      ownerMe: 'Me', ownerPartner: 'A partner (one of its contact people)', partnerEmail: 'Contact person to remind of the deadline',
      noContactEmail: 'This partner has no contact person with an email in the directory; add one first.',
      ownerIncomplete: 'Choose the partner and give an email.', status: 'Status', reschedule: 'Reschedule',
      markDone: 'Mark done', noSteps: 'No step.',
      sharingTitle: 'Sharing roles and key tasks', sharingHelp: 'For each role: is it shared, and which partners take on which key tasks?',
      shared: 'Shared role', sharedYes: 'Shared role', sharedNo: 'Role not shared', task: 'Key task',
      addTask: 'Add a task', poolingTitle: 'Pooling intentions', noIntentions: 'No intention yet.',
      addIntention: 'Add an intention', partnerOptional: 'Partner (optional)', roles: 'Roles',
      plansTitle: 'Succession and sustainability plans', plansMatureOnly: 'Succession and sustainability plans come once the initiative is mature.',
      notes: 'Notes', members: 'Members', email: 'Email', language: 'Language', invite: 'Invite',
      noMembers: 'No member.', confirmRemove: 'Remove {name} from the initiative?', french: 'French', english: 'English',
      version: 'Version', noVersions: 'No version adopted yet.', adopt: 'Adopt the draft as a version',
      versionName: 'Version name', view: 'View', compare: 'Compare with the current draft',
      basedOn: 'Draft based on version {number}.', readOnly: 'Read only.',
      comparedWith: 'Version {number} → current draft', unchanged: 'Nothing changed since this version.',
      carriersAdded: 'Carriers added', carriersRemoved: 'Carriers removed', strengthsAdded: 'Strengths added',
      strengthsRemoved: 'Strengths removed', weaknessesAdded: 'Weaknesses added', weaknessesRemoved: 'Weaknesses removed',
      stepsAdded: 'Steps added', stepsRemoved: 'Steps removed', stepsChanged: 'Steps changed',
      sharingChanged: 'The role\'s sharing changed.', notesChanged: 'The notes changed.', pooling: 'Pooling',
      allRoles: 'All roles', filterRole: 'Filter by role', noHistory: 'No change yet.',
      liveChanged: '{actor} changed {what}.', reload: 'Reload', theWorksheet: 'the worksheet', someone: 'Someone',
      'tab.worksheet': 'Worksheet', 'tab.step2': 'Step 2', 'tab.members': 'Members', 'tab.versions': 'Versions',
      'tab.history': 'History',
      'maturity.EMERGING': 'emerging', 'maturity.DEVELOPING': 'developing', 'maturity.MATURE': 'mature',
      'visibility.NETWORK': 'whole network', 'visibility.MEMBERS': 'initiative members only',
      'part.COORDINATOR': 'coordinator', 'part.PARTNER': 'partner', 'part.GUEST': 'guest',
      'memberStatus.INVITED': 'invited', 'memberStatus.ACTIVE': 'active',
      'carrier.PARTNER': 'partner', 'carrier.MEMBER': 'member', 'carrier.TO_FIND': 'to find',
      'status.TODO': 'to do', 'status.DOING': 'in progress', 'status.DONE': 'done', 'status.DROPPED': 'dropped',
      'horizon.SHORT': 'short term', 'horizon.MEDIUM': 'medium term', 'horizon.LONG': 'long term',
      'field.title': 'title', 'field.description': 'description', 'field.owner': 'owner', 'field.dueDate': 'due date',
      'field.horizon': 'horizon', 'field.status': 'status',
      'event.InitiativeCreated': 'initiative created', 'event.InitiativeDetailsChanged': 'details changed',
      'event.MemberInvited': 'member invited', 'event.MemberJoined': 'member joined', 'event.MemberRoleChanged': 'member role changed',
      'event.RoleUpdated': 'row changed', 'event.NextStepScheduled': 'step added', 'event.NextStepUpdated': 'step changed',
      'event.RoleSharingUpdated': 'sharing changed', 'event.PoolingIntentionsUpdated': 'pooling changed',
      'event.PlanUpdated': 'plan changed', 'event.WorksheetVersionAdopted': 'version adopted', 'event.CommentAdded': 'comment',
      // partner directory
      partnerDirectory: 'Partner directory', searchDirectory: 'Search (name, sector, territory, contact)',
      kind: 'Kind', allKinds: 'All kinds', showArchived: 'Show archived partners', sort: 'Sort by',
      previous: 'Previous', next: 'Next', range: '{from}–{to} of {total}', influential: 'influential actor',
      archived: 'archived', newPartner: 'New partner', website: 'Website', sectors: 'Sectors', semicolons: 'separated by ;',
      territory: 'Territory', influentialActor: 'Influential actor', contacts: 'Contact people', phone: 'Phone',
      contactRole: 'Position', addContact: 'Add a contact person', noContacts: 'No contact person.',
      alreadyThere: 'This partner is already in the directory', exportCsv: 'Export the directory (CSV)',
      importTitle: 'Import a CSV file', importButton: 'Import', chooseFile: 'Choose a CSV file.',
      importHelp: 'The first line names the columns, separated by commas: name, kind, website, '
        + 'sectors (separated by ;), territory, influential (yes/no), notes, contact_name, contact_role, contact_email, '
        + 'contact_phone, contact_language (fr or en). Only name and kind are required; kind is one of {kinds}. '
        + 'Several contact people: several consecutive rows with the same name. '
        + 'All or nothing: if one row is wrong, nothing is imported.',
      imported: 'Partners imported{colon}{count}.', importRefused: 'Nothing was imported. Fix these lines:',
      line: 'Line {line}', affiliations: 'Members who work there', noAffiliations: 'No member is linked to it.',
      affiliate: 'I work for this organization', disaffiliate: 'I no longer work for this organization',
      archive: 'Archive', unarchive: 'Unarchive', editPartner: 'Edit the partner', createdAt: 'Added on',
      confirmArchive: 'Archive {name}? It stays in the history but is no longer offered.',
      partnerResources: 'What this partner pools', noResources: 'No pooled resource.',
      wholeNetwork: 'whole network', initiative: 'Initiative', partner: 'Partner',
      // pooled resources
      newResource: 'Pool a resource', quantity: 'Quantity', amount: 'Amount', unit: 'Unit',
      currency: 'Currency', unitFree: 'Unit (optional)', from: 'From', to: 'To', period: 'Period',
      choosePartner: 'Choose the partner offering the resource.', totals: 'Totals', secured: 'Secured',
      proposed: 'Proposed', money: 'Money', staffTime: 'Staff time', byRole: 'By role', byPartner: 'By partner',
      overall: 'Overall', hoursPerMonth: '{hours} h/month', confirmWithdraw: 'Withdraw this resource? This is final.',
      securedHelp: 'Secured: committed or delivered resources. A resource serving several roles counts for each.',
      'tab.resources': 'Pooled resources',
      'sort.relevance': 'relevance', 'sort.name': 'name', 'sort.createdAt': 'most recently added', 'sort.kind': 'kind',
      'partnerKind.COMMUNITY_ORGANIZATION': 'community organization', 'partnerKind.MUNICIPALITY': 'municipality',
      'partnerKind.SCHOOL_BOARD': 'school board', 'partnerKind.HEALTH_INSTITUTION': 'health institution',
      'partnerKind.FUNDER': 'funder', 'partnerKind.BUSINESS': 'business', 'partnerKind.CITIZEN_GROUP': 'citizen group',
      'partnerKind.OTHER': 'other',
      'resourceKind.FUNDING': 'funding', 'resourceKind.STAFF_TIME': 'staff time', 'resourceKind.SPACE': 'space',
      'resourceKind.EXPERTISE': 'expertise', 'resourceKind.DATA': 'data', 'resourceKind.EQUIPMENT': 'equipment',
      'resourceKind.COMMUNICATIONS': 'communications', 'resourceKind.OTHER': 'other',
      'resourceStatus.PROPOSED': 'proposed', 'resourceStatus.COMMITTED': 'committed', 'resourceStatus.DELIVERED': 'delivered',
      'resourceStatus.WITHDRAWN': 'withdrawn',
      'moveTo.COMMITTED': 'Confirm commitment', 'moveTo.DELIVERED': 'Mark delivered', 'moveTo.WITHDRAWN': 'Withdraw',
      'unit.HOURS_PER_MONTH': 'hours per month', 'unit.HOURS_PER_WEEK': 'hours per week',
      // email preferences
      preferencesLink: 'My email preferences', reminderDays: 'Reminders before a deadline',
      daysBefore: '{days} days before', oneDayBefore: '1 day before', onTheDay: 'on the day',
      reminderHelp: 'For each step you own, a reminder is sent on these days (at most 5).',
      weeklyDigest: 'Weekly digest of my open steps (sent on Mondays)', mailLanguage: 'Email language',
      pauseAll: 'Pause all my emails', pauseHelp: 'While this is checked, no email is sent to you.',
      unsubscribedNotice: 'You unsubscribed with one click from an email: you no longer receive any email.',
      resubscribe: 'Receive mail again', preferencesSaved: 'Preferences saved.',
      // network dashboard
      dashboard: 'Network dashboard', noDashboard: 'No initiative to show yet.',
      dashboardPending: 'An initiative created a moment ago will show here in a few seconds.',
      'coverage.covered': 'role covered', 'coverage.toFind': 'carrier to find', 'coverage.none': 'no carrier',
      'coverage.shared': 'shared role',
      pooledMark: 'pooled resources secured',
      'roleShort.VISION_STRATEGY': 'Vision', 'roleShort.SHARED_MEASUREMENT': 'Measurement',
      'roleShort.ALIGNED_ACTIVITIES': 'Activities', 'roleShort.COMMUNITY_ENGAGEMENT': 'Engagement',
      'roleShort.POLICY': 'Policy', 'roleShort.RESOURCES': 'Resources',
      // debrief tab
      'tab.debrief': 'Debrief', debriefPending: 'The debrief is being prepared; it will be ready in a few seconds.',
      statCovered: 'roles covered', statToFind: 'roles to find', statShared: 'roles shared',
      statResources: 'roles with secured resources', statOpen: 'open steps', statOverdue: 'overdue steps',
      partnersCol: 'Partners', membersCol: 'Members', toFindCol: 'To find', coveredCol: 'Covered', sharedCol: 'Shared',
      intentionsCol: 'Pooling intentions', securedCol: 'Resources secured', proposedCol: 'Resources proposed',
      openCol: 'Open steps', overdueCol: 'Overdue', doneCol: 'Done', yes: 'yes', no: 'no',
      debriefQuestions: 'Debrief questions', noAnswer: 'No answer yet.',
      answeredBy: 'Answered by {name}, {when}', groupAnswer: 'The group\'s answer', saveAnswer: 'Save the answer',
      answerSaved: 'Answer saved.',
      answerConflict: '{name} answered meanwhile; here is their answer. Your text is kept: merge the two, then save.',
      useTheirs: 'Take their answer', appendTheirs: 'Add their answer to mine',
      // mail log
      mailLog: 'Mail log', allStatuses: 'All statuses', recipient: 'Recipient', subject: 'Subject',
      attempts: 'Attempts', sendAt: 'Due to send', sentAt: 'Sent at', lastError: 'Last error',
      noMail: 'No mail.', mailLogForbidden: 'The mail log is for the network\'s administrators.',
      'mailStatus.PENDING': 'pending', 'mailStatus.SENDING': 'sending', 'mailStatus.SENT': 'sent',
      'mailStatus.FAILED': 'failed', 'mailStatus.SKIPPED': 'not sent (paused or unsubscribed)',
      'mailKind.REMINDER': 'reminder', 'mailKind.DIGEST': 'weekly digest', 'mailKind.INVITATION': 'invitation',
      'mailKind.MENTION': 'mention'
    }
  };
  const MATURITIES = ['EMERGING', 'DEVELOPING', 'MATURE'];
  const VISIBILITIES = ['NETWORK', 'MEMBERS'];
  const PARTS = ['COORDINATOR', 'PARTNER', 'GUEST'];
  const STATUSES = ['TODO', 'DOING', 'DONE', 'DROPPED'];
  const TABS = ['worksheet', 'step2', 'resources', 'debrief', 'members', 'versions', 'history'];
  const PARTNER_KINDS = ['COMMUNITY_ORGANIZATION', 'MUNICIPALITY', 'SCHOOL_BOARD', 'HEALTH_INSTITUTION', 'FUNDER', 'BUSINESS',
    'CITIZEN_GROUP', 'OTHER'];
  const PARTNER_SORTS = ['relevance', 'name', 'createdAt', 'kind'];
  const RESOURCE_KINDS = ['FUNDING', 'STAFF_TIME', 'SPACE', 'EXPERTISE', 'DATA', 'EQUIPMENT', 'COMMUNICATIONS', 'OTHER'];
  const STAFF_UNITS = ['HOURS_PER_MONTH', 'HOURS_PER_WEEK'];
  // Where a pooled resource may go from each status (the service refuses the rest with 409).
  const RESOURCE_MOVES = { PROPOSED: ['COMMITTED', 'WITHDRAWN'], COMMITTED: ['DELIVERED', 'WITHDRAWN'], DELIVERED: [], WITHDRAWN: [] };
  const PARTNER_PAGE_SIZE = 20;
  // Reminder days offered by default; the API takes any 0..60, at most 5 of them.
  const REMINDER_OFFSETS = [14, 7, 3, 1, 0];
  const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'];
  const MAIL_PAGE_SIZE = 50;
  const DASHBOARD_RETRIES = 5;

  let lang = (navigator.language || 'fr').startsWith('en') ? 'en' : 'fr';
  let me = null;
  let page = null;        // the initiative on screen: ids, base path, initiative, sheet, members, tab
  let live = null;        // { base, source, timer }: one stream, for the initiative on screen
  let renderToken = 0;    // a slow answer for a page the user already left must not draw over the new one
  let historyRole = '';   // kept across live re-renders of the history
  let directory = null;   // the directory's search on screen, kept while visiting a partner and coming back
  let mailLog = null;     // the mail log's filter and page, kept while it is on screen
  const t = (key) => TEXT[lang][key] || key;
  const enumText = (group, value) => TEXT[lang][group + '.' + value] || value;
  const fmt = (key, values) => t(key).replace(/\{(\w+)\}/g, (all, name) => values[name] !== undefined ? values[name] : all);
  const main = document.getElementById('main');

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => {
      if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
      else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v);
    });
    children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false)
      .forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  }

  function csrf() {
    const match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  // A string body goes as it is (the caller names its Content-Type, e.g. text/csv); anything else goes as JSON.
  async function api(method, path, body, headers) {
    const raw = typeof body === 'string';
    const response = await fetch(path, {
      method, credentials: 'same-origin',
      headers: Object.assign({ 'Accept': 'application/json', 'X-XSRF-TOKEN': csrf() },
        body && !raw ? { 'Content-Type': 'application/json' } : {}, headers || {}),
      body: raw ? body : body ? JSON.stringify(body) : undefined
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { status: response.status, etag: response.headers.get('ETag'), json };
  }

  // ---- small building blocks ----

  const option = (value, text, selected) => el('option', { value, selected: selected ? 'selected' : null }, text);
  const select = (name, values, current, labelOf) => el('select', { name }, values.map(v => option(v, labelOf(v), v === current)));
  const badge = (text, kind) => el('span', { class: 'badge' + (kind ? ' ' + kind : '') }, text);
  const bulletList = (items) => el('ul', {}, (items || []).map(s => el('li', {}, s)));
  const when = (instant) => instant ? new Date(instant).toLocaleString(lang === 'en' ? 'en-CA' : 'fr-CA') : '';
  const value = (form, name) => form.elements.namedItem(name).value;
  const roleName = (role) => lang === 'en' ? role.labelEn : role.labelFr;
  const activeMembers = () => page.members.filter(m => m.status === 'ACTIVE' && m.memberId);
  const canComment = () => !!page.initiative.myRole || page.sheet.canEdit;
  const button = (text, onclick, kind) => el('button', { type: 'button', class: kind || 'secondary', onclick }, text);

  function roleLabelOf(key) {
    const role = page && page.sheet.roles.find(r => r.key === key);
    return role ? roleName(role) : key;
  }

  function planLabelOf(kind) {
    const plan = page && page.sheet.plans.find(p => p.kind === kind);
    return plan ? (lang === 'en' ? plan.labelEn : plan.labelFr) : kind;
  }

  // A label around a single control ties them for screen readers; a group of controls gets a plain caption.
  function field(text, control) {
    const single = ['INPUT', 'SELECT', 'TEXTAREA'].includes(control.tagName);
    return el(single ? 'label' : 'div', { class: 'field' }, el('span', { class: 'field-label' }, text), control);
  }

  // Enter in a helper input must run that helper, not submit the surrounding form.
  function onEnter(input, action) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); action(); }
    });
  }

  // `labels` optionally names a form's fields in the user's words ("offsetsDays[2]" reads as its field's label).
  function problemText(answer, labels) {
    const problem = answer.json || {};
    const fieldName = (f) => labels && labels[String(f).split(/[[.]/)[0]] || f;
    const fields = (problem.errors || []).map(e => fieldName(e.field) + t('colon') + e.message);
    return [problem.detail || problem.title || ('HTTP ' + answer.status)].concat(fields).join(' — ');
  }

  function showError(container, message, labels) {
    let node = container.querySelector(':scope > p.error');
    if (!node) { node = el('p', { class: 'error', role: 'alert' }); container.append(node); }
    node.textContent = typeof message === 'string' ? message : problemText(message, labels);
  }

  // Every write ends the same way: success redraws from fresh data, a stale etag warns and redraws with the
  // current version, anything else is explained next to the form that sent it.
  async function write(container, method, path, body, etag) {
    const answer = await api(method, path, body, etag ? { 'If-Match': etag } : undefined);
    if (answer.status >= 200 && answer.status < 300) { route(); return answer; }
    if (answer.status === 412) { alert(t('stale')); route(); return null; }
    showError(container, answer);
    return null;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(n => { n.textContent = t(n.dataset.i18n); });
  }

  async function start() {
    const answer = await api('GET', '/api/me');
    if (answer.status === 401) {
      applyLanguage();
      main.replaceChildren(el('section', { class: 'card' },
        el('h1', {}, t('app')), el('p', {}, t('welcome')),
        el('a', { class: 'button', id: 'login', href: '/oauth2/authorization/keycloak' }, t('login'))));
      return;
    }
    me = answer.json;
    lang = me.locale && me.locale.startsWith('en') ? 'en' : 'fr';
    applyLanguage();
    document.getElementById('who').hidden = false;
    document.getElementById('member-name').textContent = me.name;
    document.getElementById('logout-csrf').value = csrf();
    route();
  }

  function route() {
    const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
    if (parts[0] === 'networks' && parts[2] === 'initiatives' && parts[3]) {
      return showInitiative(parts[1], parts[3], TABS.includes(parts[4]) ? parts[4] : 'worksheet');
    }
    closeLive();
    page = null;
    if (parts[0] === 'networks' && parts[1] && parts[2] === 'partners') {
      return parts[3] ? showPartner(parts[1], parts[3]) : showDirectory(parts[1]);
    }
    if (parts[0] === 'networks' && parts[1] && parts[2] === 'mail-log') {
      return showMailLog(parts[1]);
    }
    if (parts[0] === 'preferences') {
      return showPreferences();
    }
    if (parts[0] === 'networks' && parts[1]) {
      return showNetwork(parts[1]);
    }
    return showHome();
  }
  window.addEventListener('hashchange', () => me && route());

  // A form the user has typed into is "being edited": live updates must not wipe it out.
  ['input', 'change'].forEach(type => main.addEventListener(type, (event) => {
    const form = event.target.closest && event.target.closest('form');
    if (form) form.dataset.dirty = '1';
  }));
  const isEditing = () => !!main.querySelector('form.editing, form[data-dirty]');

  function showHome() {
    renderToken++;
    main.replaceChildren(el('h1', {}, t('networks')),
      el('ul', { class: 'networks', id: 'networks' }, me.networks.map(n =>
        el('li', {}, el('a', { href: '#/networks/' + n.id }, n.name), ' ',
          el('span', { class: 'badge' }, n.role === 'ADMIN' ? t('admin') : t('member'))))));
  }

  // ---- network page ----

  // The fields of an initiative's details, shared by the create form and the coordinators' edit form.
  function initiativeFields(initiative) {
    const languages = initiative.languages || ['fr'];
    const year = (name, current) => el('input', { name, type: 'number', min: '2000', max: '2100', required: 'required', value: current });
    return [
      field(t('name'), el('input', { name: 'name', required: 'required', maxlength: '200', value: initiative.name || null })),
      field(t('description'), el('textarea', { name: 'description', maxlength: '4000' }, initiative.description || '')),
      el('div', { class: 'inline' },
        field(t('maturity'), select('maturity', MATURITIES, initiative.maturity, v => enumText('maturity', v))),
        field(t('startYear'), year('startYear', initiative.startYear)),
        field(t('endYear'), year('endYear', initiative.endYear)),
        field(t('visibility'), select('visibility', VISIBILITIES, initiative.visibility, v => enumText('visibility', v)))),
      el('div', { class: 'inline' }, el('span', { class: 'field-label' }, t('languages')),
        [['fr', t('french')], ['en', t('english')]].map(([code, text]) => el('label', {},
          el('input', { type: 'checkbox', name: 'languages', value: code, checked: languages.includes(code) ? 'checked' : null }), ' ' + text)))
    ];
  }

  function initiativeValues(form) {
    return {
      name: value(form, 'name'), description: value(form, 'description'), maturity: value(form, 'maturity'),
      startYear: Number(value(form, 'startYear')), endYear: Number(value(form, 'endYear')),
      visibility: value(form, 'visibility'),
      languages: [...form.querySelectorAll('input[name=languages]:checked')].map(i => i.value)
    };
  }

  async function showNetwork(networkId) {
    const token = ++renderToken;
    const network = me.networks.find(n => n.id === networkId) || { name: networkId };
    const list = await api('GET', '/api/networks/' + networkId + '/initiatives?size=100');
    if (token !== renderToken) return;
    const items = list.json && list.json.items || [];
    const year = new Date().getFullYear();
    const form = el('form', { class: 'row-form card', id: 'new-initiative' }, el('h2', {}, t('newInitiative')),
      initiativeFields({ maturity: 'EMERGING', startYear: year, endYear: year + 2, visibility: 'NETWORK', languages: ['fr'] }),
      el('div', {}, el('button', { type: 'submit' }, t('create'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const created = await api('POST', '/api/networks/' + networkId + '/initiatives', initiativeValues(form));
      if (created.status === 201) location.hash = '#/networks/' + networkId + '/initiatives/' + created.json.id;
      else showError(form, created);
    });
    main.replaceChildren(el('p', {}, el('a', { href: '#/' }, '← ' + t('back'))), el('h1', {}, network.name),
      el('p', { class: 'inline network-links' },
        el('a', { id: 'partner-directory-link', href: directoryHash(networkId) }, t('partnerDirectory')),
        isAdmin(networkId) ? el('a', { id: 'mail-log-link', href: mailLogHash(networkId) }, t('mailLog')) : ''),
      el('h2', {}, t('initiatives')),
      items.length ? el('ul', { class: 'initiatives' }, items.map(i => el('li', {},
        el('a', { href: '#/networks/' + networkId + '/initiatives/' + i.id }, i.name), ' ',
        badge(enumText('maturity', i.maturity)), ' ',
        i.myRole ? badge(enumText('part', i.myRole), 'role') : '', ' ',
        el('span', { class: 'muted' }, i.startYear + '–' + i.endYear))))
        : el('p', { class: 'muted' }, t('none')),
      dashboardSection(networkId, items.map(i => i.id)),
      form);
  }

  // ---- network dashboard ----

  const initiativeLink = (networkId, id) => '#/networks/' + networkId + '/initiatives/' + id;
  const coverageOf = (r) => r.covered ? 'covered' : r.toFind > 0 ? 'toFind' : 'none';
  const COVERAGE_MARKS = { covered: '✓', toFind: '?', none: '–' };
  const shortRole = (r) => TEXT[lang]['roleShort.' + r.key] || roleName(r);

  // A symbol for the eye with its words for screen readers (the symbol itself is hidden from them).
  const mark = (symbol, text, kind) => [el('span', { class: 'mark ' + kind, title: text, 'aria-hidden': 'true' }, symbol),
    el('span', { class: 'sr-only' }, text)];

  // The section is drawn at once and filled when the dashboard answers, so the network page never waits for it.
  function dashboardSection(networkId, initiativeIds) {
    const body = el('div', { class: 'dashboard-body' }, el('p', { class: 'muted' }, t('loading')));
    loadDashboard(body, networkId, initiativeIds, 0);
    return el('section', { id: 'dashboard' }, el('h2', {}, t('dashboard')), body);
  }

  // The dashboard is built from events and trails the worksheet: while an initiative of the list is missing
  // from it (one created a moment ago), look again a few times.
  async function loadDashboard(body, networkId, initiativeIds, attempt) {
    const answer = await api('GET', '/api/networks/' + networkId + '/dashboard');
    if (!body.isConnected) return; // the user left the network page
    if (answer.status !== 200) {
      body.replaceChildren(el('p', { class: 'error', role: 'alert' }, problemText(answer)));
      return;
    }
    const rows = answer.json && answer.json.initiatives || [];
    const shown = new Set(rows.map(r => r.initiativeId));
    const pending = initiativeIds.some(id => !shown.has(id)) && attempt < DASHBOARD_RETRIES;
    body.replaceChildren(...(rows.length ? [dashboardTable(networkId, rows), dashboardLegend()]
      : [el('p', { class: 'muted' }, t('noDashboard'))]),
      ...(pending ? [el('p', { class: 'muted small', role: 'status' }, t('dashboardPending'))] : []));
    if (pending) setTimeout(() => body.isConnected && loadDashboard(body, networkId, initiativeIds, attempt + 1), 2000);
  }

  // One row per initiative, one column per role (the six roles come in the same order for every initiative).
  function dashboardTable(networkId, rows) {
    return el('div', { class: 'table-scroll' }, el('table', { class: 'list dashboard' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('initiative')),
        rows[0].roles.map(r => el('th', { scope: 'col', title: roleName(r) }, shortRole(r))))),
      el('tbody', {}, rows.map(row => el('tr', { id: 'dashboard-' + row.initiativeId },
        el('th', { scope: 'row' }, el('a', { href: initiativeLink(networkId, row.initiativeId) }, row.name)),
        row.roles.map(dashboardCell))))));
  }

  function dashboardCell(r) {
    const state = coverageOf(r);
    return el('td', { class: 'coverage coverage-' + state, title: roleName(r) + t('colon') + t('coverage.' + state) },
      mark(COVERAGE_MARKS[state], t('coverage.' + state), 'coverage-mark'),
      r.shared ? [' ', mark('⇄', t('coverage.shared'), 'shared-mark')] : '',
      r.resourcesSecured > 0 ? [' ', mark('◆', t('pooledMark'), 'pooled-mark')] : '',
      r.openNextSteps || r.overdueNextSteps ? el('div', { class: 'step-counts' },
        r.openNextSteps ? countBadge(r.openNextSteps, t('open'), 'todo') : '',
        r.overdueNextSteps ? [' ', countBadge(r.overdueNextSteps, t('overdue'), 'late')] : '') : '');
  }

  // A bare number keeps the cells narrow; its meaning is in the title, the legend and for screen readers.
  const countBadge = (count, what, kind) => mark(String(count), count + ' ' + what, 'badge ' + kind);

  function dashboardLegend() {
    const entry = (symbol, text) => el('span', {}, el('span', { class: 'mark', 'aria-hidden': 'true' }, symbol), ' ' + text);
    const counted = (kind, text) => el('span', {}, el('span', { class: 'badge ' + kind, 'aria-hidden': 'true' }, 'n'), ' ' + text);
    return el('p', { class: 'inline muted small legend' }, entry('✓', t('coverage.covered')), entry('?', t('coverage.toFind')),
      entry('–', t('coverage.none')), entry('⇄', t('coverage.shared')), entry('◆', t('pooledMark')),
      counted('todo', t('open')), counted('late', t('overdue')));
  }

  // ---- email preferences ----

  const PREFERENCES_PATH = '/api/me/notification-preferences';
  const dayText = (days) => days === 0 ? t('onTheDay') : days === 1 ? t('oneDayBefore') : fmt('daysBefore', { days });
  const checked = (form, name) => { const box = form.elements.namedItem(name); return !!(box && box.checked); };
  const checkbox = (name, on, text) => el('label', {},
    el('input', { type: 'checkbox', name, checked: on ? 'checked' : null }), ' ' + text);

  async function showPreferences() {
    const token = ++renderToken;
    const answer = await api('GET', PREFERENCES_PATH);
    if (token !== renderToken) return;
    const section = el('section', { id: 'preferences' }, el('h1', {}, t('preferencesLink')));
    main.replaceChildren(el('p', {}, el('a', { href: '#/' }, '← ' + t('back'))), section);
    section.append(answer.status === 200 ? preferencesForm(answer.json)
      : el('p', { class: 'error', role: 'alert' }, problemText(answer)));
  }

  // After a save the form is redrawn from what the service kept (it sorts and dedupes the days).
  function preferencesForm(prefs, message) {
    const offsets = prefs.offsetsDays || [];
    // Days set some other way stay offered, so that saving here does not silently drop them.
    const days = [...new Set(REMINDER_OFFSETS.concat(offsets))].sort((a, b) => b - a);
    const status = el('p', { role: 'status', class: 'saved' }, message || '');
    const form = el('form', { class: 'row-form card', id: 'preferences-form' },
      prefs.unsubscribed ? el('div', { class: 'notice', id: 'unsubscribed-notice' },
        el('p', {}, t('unsubscribedNotice')), checkbox('resubscribe', false, t('resubscribe'))) : '',
      el('fieldset', { class: 'plain' }, el('legend', { class: 'field-label' }, t('reminderDays')),
        el('div', { class: 'inline' }, days.map(d => el('label', {}, el('input', { type: 'checkbox', name: 'offsetsDays',
          value: String(d), checked: offsets.includes(d) ? 'checked' : null }), ' ' + dayText(d)))),
        el('p', { class: 'muted small' }, t('reminderHelp'))),
      checkbox('digest', prefs.digest, t('weeklyDigest')),
      field(t('mailLanguage'), el('select', { name: 'language' },
        option('fr', t('french'), prefs.language !== 'en'), option('en', t('english'), prefs.language === 'en'))),
      el('div', {}, checkbox('paused', prefs.paused, t('pauseAll')), el('p', { class: 'muted small' }, t('pauseHelp'))),
      el('div', {}, el('button', { type: 'submit' }, t('save'))), status);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      status.textContent = '';
      const answer = await api('PUT', PREFERENCES_PATH, preferencesValues(form));
      if (answer.status !== 200) {
        showError(form, answer, { offsetsDays: t('reminderDays'), language: t('mailLanguage'), digest: t('weeklyDigest'),
          paused: t('pauseAll'), resubscribe: t('resubscribe') });
        return;
      }
      form.replaceWith(preferencesForm(answer.json, t('preferencesSaved')));
    });
    return form;
  }

  // resubscribe is sent only when asked for: it undoes a one-click unsubscribe.
  function preferencesValues(form) {
    return {
      offsetsDays: [...form.querySelectorAll('input[name=offsetsDays]:checked')].map(i => Number(i.value)),
      digest: checked(form, 'digest'), language: value(form, 'language'), paused: checked(form, 'paused'),
      resubscribe: checked(form, 'resubscribe') || undefined
    };
  }

  // ---- mail log (network administrators) ----

  const mailLogHash = (networkId) => '#/networks/' + networkId + '/mail-log';

  function showMailLog(networkId) {
    renderToken++;
    if (!mailLog || mailLog.networkId !== networkId) mailLog = { networkId, status: '', page: 0, token: 0 };
    const state = mailLog;
    const filter = el('select', { id: 'mail-log-status', name: 'status' }, option('', t('allStatuses')),
      MAIL_STATUSES.map(s => option(s, enumText('mailStatus', s), s === state.status)));
    const list = el('div', { id: 'mail-log-list' }, el('p', { class: 'muted' }, t('loading')));
    const pager = el('div', { class: 'inline pager' });
    filter.addEventListener('change', () => { state.status = filter.value; state.page = 0; loadMailLog(list, pager); });
    main.replaceChildren(el('p', {}, el('a', { href: '#/networks/' + networkId }, '← ' + t('back'))),
      el('section', { id: 'mail-log' }, el('h1', {}, t('mailLog') + ' — ' + networkName(networkId)),
        el('div', { class: 'inline card' }, field(t('status'), filter)), list, pager));
    return loadMailLog(list, pager);
  }

  async function loadMailLog(list, pager) {
    const state = mailLog;
    const token = ++state.token;
    const query = new URLSearchParams({ page: String(state.page), size: String(MAIL_PAGE_SIZE) });
    if (state.status) query.set('status', state.status);
    const answer = await api('GET', '/api/networks/' + state.networkId + '/mail-log?' + query);
    if (token !== state.token || !list.isConnected) return; // a newer load will answer, or the user left
    if (answer.status !== 200) {
      list.replaceChildren(el('p', { class: 'error', role: 'alert' },
        answer.status === 403 ? t('mailLogForbidden') : problemText(answer)));
      pager.replaceChildren();
      return;
    }
    const items = answer.json.items || [];
    list.replaceChildren(items.length ? mailTable(items) : el('p', { class: 'muted' }, t('noMail')));
    pager.replaceChildren(...pagerControls(answer.json, (next) => { state.page = next; loadMailLog(list, pager); }, 'mail-log'));
  }

  const MAIL_COLUMNS = ['kind', 'recipient', 'subject', 'status', 'attempts', 'sendAt', 'sentAt'];

  function mailTable(items) {
    return el('div', { class: 'table-scroll' }, el('table', { class: 'list mail-log' },
      el('thead', {}, el('tr', {}, MAIL_COLUMNS.map(c => el('th', { scope: 'col' }, t(c))))),
      el('tbody', {}, items.map(mailRows))));
  }

  // A failed mail stands out; its last error goes on a full-width line under it. A mail still being retried
  // shows its last error too, unhighlighted.
  function mailRows(m) {
    const status = String(m.status).toLowerCase();
    const row = el('tr', { id: 'mail-' + m.id, class: 'mail mail-' + status },
      el('td', {}, enumText('mailKind', m.kind)), el('td', {}, m.recipient || ''), el('td', {}, m.subject || ''),
      el('td', {}, badge(enumText('mailStatus', m.status), 'mail-status-' + status)),
      el('td', { class: 'num' }, String(m.attempts)), el('td', {}, when(m.sendAt)), el('td', {}, when(m.sentAt)));
    if (!m.lastError) return row;
    return [row, el('tr', { class: 'mail-error mail-' + status }, el('td', { colspan: String(MAIL_COLUMNS.length) },
      el('span', { class: 'field-label' }, t('lastError') + t('colon')), el('span', { class: 'error-text' }, m.lastError)))];
  }

  // ---- partner directory ----

  const directoryHash = (networkId) => '#/networks/' + networkId + '/partners';
  const partnerHash = (networkId, partnerId) => directoryHash(networkId) + '/' + partnerId;
  const partnersPath = (networkId) => '/api/networks/' + networkId + '/partners';
  const isAdmin = (networkId) => me.networks.some(n => n.id === networkId && n.role === 'ADMIN');
  const networkName = (networkId) => (me.networks.find(n => n.id === networkId) || { name: networkId }).name;
  const safeLink = (url) => /^https?:\/\//i.test(url || '') ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url) : url;

  function showDirectory(networkId) {
    renderToken++;
    if (!directory || directory.networkId !== networkId) {
      directory = { networkId, q: '', kind: '', includeArchived: false, sort: 'relevance', page: 0, token: 0 };
    }
    const list = el('ul', { class: 'partners', id: 'partners' }, el('li', { class: 'muted' }, t('loading')));
    const pager = el('div', { class: 'inline pager' });
    const reload = () => loadPartners(list, pager);
    main.replaceChildren(el('p', {}, el('a', { href: '#/networks/' + networkId }, '← ' + t('back'))),
      el('h1', {}, t('partnerDirectory') + ' — ' + networkName(networkId)),
      el('p', { class: 'inline exports' },
        el('a', { id: 'export-partners', href: partnersPath(networkId) + '/export' }, t('exportCsv'))),
      directoryFilters(reload), list, pager,
      newPartnerForm(networkId),
      isAdmin(networkId) ? importForm(networkId, reload) : '');
    return reload();
  }

  // Filters redraw the list only, so the search box keeps its focus while the user types.
  function directoryFilters(reload) {
    const state = directory;
    const search = el('input', { type: 'search', id: 'partner-search', value: state.q || null, maxlength: '200',
      autocomplete: 'off', placeholder: t('searchDirectory'), 'aria-label': t('searchDirectory') });
    const kind = el('select', { name: 'kind' }, option('', t('allKinds')),
      PARTNER_KINDS.map(k => option(k, enumText('partnerKind', k), k === state.kind)));
    const sort = select('sort', PARTNER_SORTS, state.sort, v => enumText('sort', v));
    const archived = el('input', { type: 'checkbox', name: 'includeArchived', checked: state.includeArchived ? 'checked' : null });
    const apply = () => {
      Object.assign(state, { q: search.value.trim(), kind: kind.value, sort: sort.value, includeArchived: archived.checked, page: 0 });
      reload();
    };
    let timer = null;
    search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(apply, 300); });
    onEnter(search, () => { clearTimeout(timer); apply(); });
    [kind, sort, archived].forEach(control => control.addEventListener('change', apply));
    return el('div', { class: 'inline card directory-filters', role: 'search' },
      search, field(t('kind'), kind), field(t('sort'), sort), el('label', {}, archived, ' ' + t('showArchived')));
  }

  async function loadPartners(list, pager) {
    const state = directory;
    const token = ++state.token;
    const query = new URLSearchParams({ q: state.q, includeArchived: String(state.includeArchived), sort: state.sort,
      page: String(state.page), size: String(PARTNER_PAGE_SIZE) });
    if (state.kind) query.set('kind', state.kind);
    const answer = await api('GET', partnersPath(state.networkId) + '?' + query);
    if (token !== state.token || !list.isConnected) return; // a newer search will answer, or the user left
    if (answer.status !== 200) {
      list.replaceChildren(el('li', { class: 'error', role: 'alert' }, problemText(answer)));
      pager.replaceChildren();
      return;
    }
    const result = answer.json;
    const items = result.items || [];
    list.replaceChildren(...(items.length ? items.map(p => partnerItem(state.networkId, p))
      : [el('li', { class: 'muted' }, t('noPartner'))]));
    pager.replaceChildren(...pagerControls(result, (next) => { state.page = next; loadPartners(list, pager); }));
  }

  function partnerItem(networkId, p) {
    return el('li', { id: 'partner-' + p.id, class: p.archived ? 'archived' : null },
      el('a', { href: partnerHash(networkId, p.id) }, p.name), ' ', badge(enumText('partnerKind', p.kind)),
      p.territory ? [' ', el('span', { class: 'muted' }, p.territory)] : '',
      p.influential ? [' ', badge(t('influential'), 'influential')] : '',
      p.archived ? [' ', badge(t('archived'), 'archived')] : '');
  }

  // "21–40 of 53" between previous and next; the buttons stay in place, disabled at either end.
  // The buttons' ids start with `idPrefix` (the directory's stay partners-previous and partners-next).
  function pagerControls(result, go, idPrefix) {
    const first = result.page * result.size;
    const last = Math.min(first + result.size, result.total);
    const previous = button(t('previous'), () => go(result.page - 1));
    const next = button(t('next'), () => go(result.page + 1));
    previous.id = (idPrefix || 'partners') + '-previous';
    next.id = (idPrefix || 'partners') + '-next';
    previous.disabled = result.page <= 0;
    next.disabled = last >= result.total;
    return [previous, el('span', { class: 'muted' }, result.total ? fmt('range', { from: first + 1, to: last, total: result.total }) : ''), next];
  }

  function newPartnerForm(networkId) {
    const contacts = contactsEditor([]);
    const form = el('form', { class: 'row-form card', id: 'new-partner' }, el('h2', {}, t('newPartner')),
      partnerFields({ kind: 'COMMUNITY_ORGANIZATION' }, contacts),
      el('div', {}, el('button', { type: 'submit' }, t('create'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const created = await savePartner(form, networkId, 'POST', partnersPath(networkId), partnerValues(form, contacts, false));
      if (created) location.hash = partnerHash(networkId, created.json.id);
    });
    return form;
  }

  // The fields describing a partner, shared by the create form and the edit form.
  function partnerFields(partner, contacts) {
    return [
      el('div', { class: 'inline' },
        field(t('name'), el('input', { name: 'name', required: 'required', maxlength: '200', value: partner.name || null })),
        field(t('kind'), select('kind', PARTNER_KINDS, partner.kind, v => enumText('partnerKind', v))),
        field(t('website'), el('input', { name: 'website', type: 'url', maxlength: '500', placeholder: 'https://',
          value: partner.website || null }))),
      el('div', { class: 'inline' },
        field(t('sectors') + ' (' + t('semicolons') + ')', el('input', { name: 'sectors', maxlength: '2000',
          value: (partner.sectors || []).join('; ') || null })),
        field(t('territory'), el('input', { name: 'territory', maxlength: '200', value: partner.territory || null }))),
      el('label', {}, el('input', { type: 'checkbox', name: 'influential', checked: partner.influential ? 'checked' : null }),
        ' ' + t('influentialActor')),
      field(t('notes'), el('textarea', { name: 'notes', maxlength: '4000' }, partner.notes || '')),
      el('div', { class: 'field' }, el('span', { class: 'field-label' }, t('contacts')), contacts.node)
    ];
  }

  // A blank text field is left out of a creation, but sent empty in a change, where leaving it out would keep the old value.
  function partnerValues(form, contacts, change) {
    const text = (name) => value(form, name).trim() || (change ? '' : undefined);
    return {
      name: value(form, 'name').trim(), kind: value(form, 'kind'), website: text('website'),
      sectors: value(form, 'sectors').split(';').map(s => s.trim()).filter(Boolean),
      territory: text('territory'), notes: text('notes'),
      influential: form.elements.namedItem('influential').checked, contacts: contacts.value()
    };
  }

  // Contact rows edited in place; rows left entirely blank are dropped when saving.
  function contactsEditor(initial) {
    const copy = (c) => ({ name: c.name || '', role: c.role || '', email: c.email || '', phone: c.phone || '', language: c.language || lang });
    const contacts = initial.map(copy);
    const list = el('div', { class: 'contacts' });
    const draw = () => list.replaceChildren(...(contacts.length
      ? contacts.map((c, index) => contactRow(c, () => { contacts.splice(index, 1); draw(); }))
      : [el('p', { class: 'muted' }, t('noContacts'))]));
    draw();
    const filled = (c) => [c.name, c.role, c.email, c.phone].some(v => v.trim());
    const orNull = (v) => v.trim() || null;
    return {
      node: el('div', { class: 'row-form' }, list, el('div', {}, button(t('addContact'), () => { contacts.push(copy({})); draw(); }))),
      value: () => contacts.filter(filled).map(c => ({ name: c.name.trim(), role: orNull(c.role), email: orNull(c.email),
        phone: orNull(c.phone), language: c.language }))
    };
  }

  function contactRow(contact, remove) {
    const input = (key, label, attributes) => {
      const node = el('input', Object.assign({ value: contact[key] || null, placeholder: label, 'aria-label': label }, attributes));
      node.addEventListener('input', () => { contact[key] = node.value; });
      return node;
    };
    const language = el('select', { 'aria-label': t('language') },
      option('fr', t('french'), contact.language === 'fr'), option('en', t('english'), contact.language === 'en'));
    language.addEventListener('change', () => { contact.language = language.value; });
    return el('div', { class: 'inline contact-row' },
      input('name', t('name'), { maxlength: '200' }), input('role', t('contactRole'), { maxlength: '200' }),
      input('email', t('email'), { type: 'email', maxlength: '320' }), input('phone', t('phone'), { type: 'tel', maxlength: '40' }),
      language, button(t('remove'), remove));
  }

  // Creating or changing a partner. A name or website already in the directory (409) points to the partner there.
  async function savePartner(form, networkId, method, path, body, etag) {
    const answer = await api(method, path, body, etag ? { 'If-Match': etag } : undefined);
    if (answer.status === 200 || answer.status === 201) return answer;
    if (answer.status === 412) { alert(t('stale')); route(); return null; }
    const existing = answer.status === 409 && answer.json && answer.json.existing;
    if (existing) {
      showError(form, '');
      form.querySelector(':scope > p.error').replaceChildren(t('alreadyThere') + t('colon'),
        el('a', { class: 'existing-partner', href: partnerHash(networkId, existing.id) }, existing.name));
    } else {
      showError(form, answer);
    }
    return null;
  }

  // Administrators load a spreadsheet; the service takes all of it or nothing, naming every bad line.
  function importForm(networkId, reload) {
    const file = el('input', { type: 'file', name: 'file', accept: '.csv,text/csv', 'aria-label': t('importTitle') });
    const done = el('p', { role: 'status' });
    const errors = el('div', { id: 'import-errors', role: 'alert' });
    const form = el('form', { class: 'row-form card', id: 'import-form' }, el('h2', {}, t('importTitle')),
      el('p', { class: 'muted small' }, fmt('importHelp', { kinds: PARTNER_KINDS.join(', ') })),
      file, el('div', {}, el('button', { type: 'submit' }, t('importButton'))), done, errors);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      done.replaceChildren();
      errors.replaceChildren();
      if (!file.files.length) { errors.replaceChildren(el('p', { class: 'error' }, t('chooseFile'))); return; }
      let text;
      try { text = await readText(file.files[0]); } catch (e) {
        errors.replaceChildren(el('p', { class: 'error' }, String(e && e.message || e)));
        return;
      }
      const answer = await api('POST', partnersPath(networkId) + '/import', text, { 'Content-Type': 'text/csv' });
      if (answer.status !== 200) { errors.replaceChildren(...importProblems(answer)); return; }
      form.reset();
      delete form.dataset.dirty;
      done.textContent = fmt('imported', { colon: t('colon'), count: answer.json.imported });
      reload();
    });
    return form;
  }

  // FileReader decodes the file as UTF-8 (dropping any byte-order mark) and hands over the text.
  function readText(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsText(file, 'UTF-8');
    });
  }

  // A refused import lists its bad lines; any other failure reads like every other error.
  function importProblems(answer) {
    const lines = (answer.json && answer.json.errors || []).filter(e => e.line);
    if (answer.status !== 400 || !lines.length) return [el('p', { class: 'error' }, problemText(answer))];
    return [el('p', { class: 'error' }, t('importRefused')),
      el('ul', { class: 'import-errors' }, lines.map(e => el('li', {},
        fmt('line', { line: e.line }) + (e.field ? ' (' + e.field + ')' : '') + t('colon') + e.message)))];
  }

  // ---- one partner ----

  async function showPartner(networkId, partnerId) {
    const token = ++renderToken;
    const path = partnersPath(networkId) + '/' + partnerId;
    const [partner, pooled, initiatives] = await Promise.all([api('GET', path), api('GET', path + '/pooled-resources'),
      api('GET', '/api/networks/' + networkId + '/initiatives?size=100')]);
    if (token !== renderToken) return;
    const back = el('p', {}, el('a', { href: directoryHash(networkId) }, '← ' + t('partnerDirectory')));
    if (partner.status !== 200) {
      main.replaceChildren(back, el('p', { class: 'error' }, problemText(partner)));
      return;
    }
    const p = partner.json;
    if (!p.etag) p.etag = partner.etag;
    // Resources name their initiative by id only: the network's list gives the names the member may see.
    const names = {};
    (initiatives.json && initiatives.json.items || []).forEach(i => { names[i.id] = i.name; });
    main.replaceChildren(back, el('section', { id: 'partner-' + p.id, class: 'partner-page' },
      partnerHeader(networkId, p), partnerProfile(p),
      el('h2', {}, t('partnerResources')),
      pooled.status === 200 ? partnerResources(networkId, pooled.json, names) : el('p', { class: 'error' }, problemText(pooled))));
  }

  function partnerHeader(networkId, p) {
    const path = partnersPath(networkId) + '/' + p.id;
    const affiliated = (p.affiliations || []).some(a => a.memberId === me.id);
    const header = el('header', { class: 'initiative-head' }, el('h1', {}, p.name),
      el('p', { class: 'inline' }, badge(enumText('partnerKind', p.kind)),
        p.influential ? badge(t('influential'), 'influential') : '', p.archived ? badge(t('archived'), 'archived') : ''));
    const tools = el('p', { class: 'inline' });
    const tool = (id, text, onclick) => Object.assign(button(text, onclick), { id });
    tools.append(tool('partner-edit-button', t('editPartner'), () => togglePartnerEdit(header, networkId, p)),
      tool('partner-affiliation', affiliated ? t('disaffiliate') : t('affiliate'),
        () => write(tools, affiliated ? 'DELETE' : 'PUT', path + '/affiliations/me')));
    if (isAdmin(networkId)) {
      tools.append(tool('partner-archive', p.archived ? t('unarchive') : t('archive'), () => {
        if (p.archived || confirm(fmt('confirmArchive', { name: p.name }))) write(tools, p.archived ? 'DELETE' : 'PUT', path + '/archived');
      }));
    }
    header.append(tools);
    return header;
  }

  function togglePartnerEdit(header, networkId, p) {
    const open = header.querySelector('#partner-edit');
    if (open) { open.remove(); return; }
    const contacts = contactsEditor(p.contacts || []);
    const form = el('form', { class: 'row-form card editing', id: 'partner-edit' }, partnerFields(p, contacts),
      el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')), button(t('cancel'), () => form.remove())));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const saved = await savePartner(form, networkId, 'PATCH', partnersPath(networkId) + '/' + p.id,
        partnerValues(form, contacts, true), p.etag);
      if (saved) route();
    });
    header.append(form);
  }

  function partnerProfile(p) {
    const line = (label, content) => content ? [el('dt', {}, label), el('dd', {}, content)] : [];
    const contacts = p.contacts || [];
    const affiliations = p.affiliations || [];
    return el('div', { class: 'card' },
      el('dl', { class: 'profile' },
        line(t('website'), p.website ? safeLink(p.website) : ''),
        line(t('sectors'), (p.sectors || []).join(', ')),
        line(t('territory'), p.territory),
        line(t('notes'), p.notes ? el('span', { class: 'notes' }, p.notes) : ''),
        line(t('createdAt'), when(p.createdAt))),
      el('h3', {}, t('contacts')),
      contacts.length ? el('table', { class: 'list contacts' },
        el('thead', {}, el('tr', {}, [t('name'), t('contactRole'), t('email'), t('phone'), t('language')].map(h => el('th', {}, h)))),
        el('tbody', {}, contacts.map(c => el('tr', {}, el('td', {}, c.name), el('td', {}, c.role || ''),
          el('td', {}, c.email ? el('a', { href: 'mailto:' + c.email }, c.email) : ''), el('td', {}, c.phone || ''),
          el('td', {}, c.language === 'en' ? t('english') : t('french'))))))
        : el('p', { class: 'muted' }, t('noContacts')),
      el('h3', {}, t('affiliations')),
      affiliations.length ? bulletList(affiliations.map(a => a.name + (a.email ? ' (' + a.email + ')' : '')))
        : el('p', { class: 'muted' }, t('noAffiliations')));
  }

  // What the partner pools, across the initiatives the member may see, with its totals.
  function partnerResources(networkId, data, names) {
    const resources = data.resources || [];
    if (!resources.length) return el('p', { class: 'muted' }, t('noResources'));
    const roleLabels = {};
    (data.totals && data.totals.byRole || []).forEach(r => { roleLabels[r.role] = lang === 'en' ? r.labelEn : r.labelFr; });
    const where = (r) => r.initiativeId
      ? el('a', { href: '#/networks/' + networkId + '/initiatives/' + r.initiativeId + '/resources' }, names[r.initiativeId] || r.initiativeId)
      : t('wholeNetwork');
    return el('div', { id: 'partner-resources' },
      el('table', { class: 'list' },
        el('thead', {}, el('tr', {}, [t('initiative'), t('kind'), t('description'), t('quantity'), t('period'), t('roles'), t('status')]
          .map(h => el('th', {}, h)))),
        el('tbody', {}, resources.map(r => el('tr', { class: 'resource status-' + r.status.toLowerCase() },
          el('td', {}, where(r)), el('td', {}, enumText('resourceKind', r.kind)), el('td', {}, r.description),
          el('td', {}, quantityText(r)), el('td', {}, periodText(r)),
          el('td', {}, (r.roles || []).map(k => roleLabels[k] || k).join(', ')), el('td', {}, resourceStatusBadge(r.status)))))),
      data.totals ? el('p', { class: 'muted' }, t('secured') + t('colon') + amountsText(data.totals.secured) + ' — '
        + t('proposed') + t('colon') + amountsText(data.totals.proposed)) : '');
  }

  // ---- initiative page ----

  const initiativeHash = (tab) => '#/networks/' + page.networkId + '/initiatives/' + page.initiativeId + '/' + tab;

  async function showInitiative(networkId, initiativeId, tab) {
    const token = ++renderToken;
    const base = '/api/networks/' + networkId + '/initiatives/' + initiativeId;
    if (live && live.base !== base) closeLive();
    const [initiative, sheet, members] = await Promise.all(
      [api('GET', base), api('GET', base + '/worksheet'), api('GET', base + '/members')]);
    if (token !== renderToken) return;
    const back = el('p', {}, el('a', { href: '#/networks/' + networkId }, '← ' + t('back')));
    if (initiative.status !== 200 || sheet.status !== 200) {
      page = null;
      main.replaceChildren(back, el('p', { class: 'error' }, problemText(initiative.status !== 200 ? initiative : sheet)));
      return;
    }
    if (!page || page.base !== base) historyRole = '';
    page = {
      networkId, initiativeId, base, tab, initiative: initiative.json, sheet: sheet.json,
      members: members.status === 200 && members.json && Array.isArray(members.json.items) ? members.json.items : []
    };
    if (!page.initiative.etag) page.initiative.etag = initiative.etag;
    openLive(base);
    const content = el('div', { class: 'tab-content' });
    main.replaceChildren(back, initiativeHeader(), tabBar(tab), content);
    await ({ worksheet: renderWorksheetTab, step2: renderStep2Tab, resources: renderResourcesTab, debrief: renderDebriefTab,
      members: renderMembersTab, versions: renderVersionsTab, history: renderHistoryTab })[tab](content);
  }

  function initiativeHeader() {
    const i = page.initiative;
    const exportPath = page.base + '/worksheet/export?format=';
    const header = el('header', { class: 'initiative-head' },
      el('h1', {}, i.name),
      i.description ? el('p', { class: 'muted' }, i.description) : '',
      el('p', { class: 'inline' },
        badge(t('horizon') + ' ' + i.startYear + '–' + i.endYear), badge(t('maturity') + t('colon') + enumText('maturity', i.maturity)),
        badge(t('myRole') + t('colon') + (i.myRole ? enumText('part', i.myRole) : t('notMember')), 'role'),
        i.canManage ? button(t('editDetails'), () => toggleDetailsForm(header)) : ''),
      el('p', { class: 'inline exports' }, t('export') + t('colon'),
        el('a', { id: 'export-pdf-fr', href: exportPath + 'pdf&lang=fr' }, t('pdfFr')),
        el('a', { id: 'export-pdf-en', href: exportPath + 'pdf&lang=en' }, t('pdfEn')),
        el('a', { id: 'export-csv', href: exportPath + 'csv' }, t('csv'))),
      el('div', { id: 'live-notice', class: 'notice', role: 'status', hidden: 'hidden' }));
    return header;
  }

  function toggleDetailsForm(header) {
    const open = header.querySelector('#initiative-details');
    if (open) { open.remove(); return; }
    const form = el('form', { class: 'row-form card editing', id: 'initiative-details' }, initiativeFields(page.initiative),
      el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')), button(t('cancel'), () => form.remove())));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      write(form, 'PATCH', page.base, initiativeValues(form), page.initiative.etag);
    });
    header.append(form);
  }

  function tabBar(current) {
    return el('nav', { class: 'tabs' }, TABS.map(tab => el('a', {
      id: 'tab-' + tab, href: initiativeHash(tab), class: tab === current ? 'active' : null,
      'aria-current': tab === current ? 'page' : null
    }, t('tab.' + tab))));
  }

  // ---- live updates ----

  function openLive(base) {
    if (live && live.base === base) return;
    closeLive();
    const source = new EventSource(base + '/worksheet/live');
    live = { base, source, timer: null };
    source.addEventListener('change', (event) => onLiveChange(base, event));
  }

  function closeLive() {
    if (!live) return;
    clearTimeout(live.timer);
    live.source.close();
    live = null;
  }

  // Bursts of events (a save touches several parts) are folded into one redraw.
  function onLiveChange(base, event) {
    if (!page || page.base !== base || !live) return;
    let change = {};
    try { change = JSON.parse(event.data) || {}; } catch (e) { change = {}; }
    if (isEditing()) {
      if (change.actorName !== me.name) showLiveNotice(change);
      return;
    }
    clearTimeout(live.timer);
    live.timer = setTimeout(() => { if (!isEditing()) route(); }, 300);
  }

  function showLiveNotice(change) {
    const notice = document.getElementById('live-notice');
    if (!notice) return;
    const what = change.role ? roleLabelOf(change.role) : change.plan ? planLabelOf(change.plan) : t('theWorksheet');
    notice.replaceChildren(fmt('liveChanged', { actor: change.actorName || t('someone'), what }), ' ',
      button(t('reload'), () => route()));
    notice.hidden = false;
  }

  // ---- worksheet ----

  async function renderWorksheetTab(content) {
    content.replaceChildren(worksheetTable(page.sheet,
      { editable: page.sheet.canEdit, comments: canComment(), id: 'worksheet', rowPrefix: 'role-' }));
    const debrief = await api('GET', page.base + '/debrief');
    // The debrief is built from events and may lag a fresh initiative: show nothing until it exists.
    if (debrief.status === 200 && content.isConnected) content.prepend(debriefSummary(debrief.json));
  }

  function debriefSummary(d) {
    return el('p', { class: 'card', id: 'debrief' }, t('debrief') + t('colon'),
      d.coveredRoles + '/6 ' + t('covered') + ', ' + d.rolesToFind + ' ' + t('toFindCount') + ', '
      + d.openNextSteps + ' ' + t('open') + ', ' + d.overdueNextSteps + ' ' + t('overdue'));
  }

  function worksheetTable(sheet, options) {
    return el('table', { class: 'worksheet', id: options.id },
      el('thead', {}, el('tr', {}, [t('role'), t('who'), t('strengths'), t('weaknesses'), t('nextSteps')]
        .map(h => el('th', {}, h)))),
      el('tbody', {}, sheet.roles.map(role => roleRow(role, options))));
  }

  const roleHolder = (key) => ({ path: page.base + '/worksheet/roles/' + key, role: key });
  const planHolder = (kind) => ({ path: page.base + '/worksheet/plans/' + kind });

  function roleRow(role, options) {
    const holder = roleHolder(role.key);
    const row = el('tr', { id: options.rowPrefix + role.key },
      el('th', {}, roleName(role)),
      el('td', {}, carrierList(role.carriers)),
      el('td', {}, bulletList(role.strengths)),
      el('td', {}, bulletList(role.weaknesses)),
      el('td', {}, stepList(role.nextSteps, holder, options), options.editable ? addStepBox(holder) : ''));
    const tools = el('div', { class: 'inline tools' });
    if (options.editable) tools.append(button(t('edit'), () => editRow(role, row)));
    if (options.comments) tools.append(button(t('comments'), () => toggleThread(row, holder.path + '/comments')));
    row.cells[0].append(tools);
    return row;
  }

  function carrierList(carriers) {
    return el('ul', {}, (carriers || []).map(c => el('li', { class: 'carrier-' + c.kind.toLowerCase() }, c.name,
      c.kind !== 'PARTNER' ? ' (' + enumText('carrier', c.kind) + ')' : '')));
  }

  const today = () => new Date().toISOString().substring(0, 10);
  const isOpen = (step) => step.status === 'TODO' || step.status === 'DOING';

  function stepList(steps, holder, options) {
    if (!steps || !steps.length) return el('p', { class: 'muted' }, t('noSteps'));
    return el('ul', { class: 'steps' }, steps.map(step => stepItem(step, holder, options)));
  }

  function stepItem(step, holder, options) {
    const late = isOpen(step) && step.dueDate && step.dueDate < today();
    const meta = [step.owner && step.owner.name, step.horizon && enumText('horizon', step.horizon)].filter(Boolean).join(' · ');
    const item = el('li', { class: 'step status-' + step.status.toLowerCase(), id: 'step-' + step.id },
      el('span', { class: 'step-title' }, step.title), ' ',
      badge(step.dueDate || '', late ? 'late' : isOpen(step) ? 'todo' : ''), ' ',
      badge(enumText('status', step.status), 'status'),
      meta ? el('div', { class: 'muted small' }, meta) : '');
    if (options.editable) item.append(stepControls(step, holder));
    if (options.comments && holder.role) {
      item.append(button(t('comments'), () => toggleThread(item, holder.path + '/next-steps/' + step.id + '/comments'), 'link'));
    }
    return item;
  }

  // Status applies at once; a due date waits for its button, since a date input reports every keystroke.
  function stepControls(step, holder) {
    const path = holder.path + '/next-steps/' + step.id;
    const patch = (body) => write(form, 'PATCH', path, body, step.etag);
    const status = select('status', STATUSES, step.status, v => enumText('status', v));
    const due = el('input', { name: 'dueDate', type: 'date', value: step.dueDate || null, 'aria-label': t('due') });
    status.setAttribute('aria-label', t('status'));
    status.addEventListener('change', () => patch({ status: status.value }));
    const form = el('form', { class: 'inline step-controls' }, status, due,
      button(t('reschedule'), () => due.value && due.value !== step.dueDate && patch({ dueDate: due.value })),
      isOpen(step) ? button(t('markDone'), () => patch({ status: 'DONE' })) : '');
    form.addEventListener('submit', (event) => event.preventDefault());
    return form;
  }

  // The add form stays folded so the table remains readable.
  function addStepBox(holder) {
    return el('details', { class: 'add-step' }, el('summary', {}, t('addStep')), stepForm(holder));
  }

  function stepForm(holder) {
    const owner = ownerChooser();
    const form = el('form', { class: 'row-form step-form' },
      field(t('title'), el('input', { name: 'title', required: 'required', maxlength: '200' })),
      field(t('due'), el('input', { name: 'dueDate', type: 'date', required: 'required' })),
      owner.node,
      el('div', {}, el('button', { type: 'submit' }, t('addStep'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const who = owner.value();
      if (!who) { showError(form, t('ownerIncomplete')); return; }
      write(form, 'POST', holder.path + '/next-steps', { title: value(form, 'title'), dueDate: value(form, 'dueDate'), owner: who });
    });
    return form;
  }

  // Who answers for a step: me (an empty owner), another member of the initiative, or a partner via a contact's email.
  function ownerChooser() {
    const choice = el('select', { name: 'owner' }, option('me', t('ownerMe')),
      activeMembers().filter(m => m.memberId !== me.id).map(m => option('member:' + m.memberId, m.name)),
      option('partner', t('ownerPartner')));
    let partner = null;
    const chosen = el('strong', {});
    // reminders go only to a contact the directory lists for the partner: picked, never typed
    const email = el('select', { name: 'ownerEmail', 'aria-label': t('partnerEmail') });
    const noContact = el('span', { class: 'muted', hidden: 'hidden' }, t('noContactEmail'));
    const pickPartner = (p) => {
      partner = p;
      chosen.textContent = p.name;
      const reachable = (p.contacts || []).filter(c => c.email);
      email.replaceChildren(...reachable.map(c => option(c.email, c.name + ' <' + c.email + '>')));
      email.hidden = reachable.length === 0;
      noContact.hidden = reachable.length > 0;
    };
    const partnerBox = el('div', { class: 'row-form', hidden: 'hidden' }, chosen, partnerPicker(pickPartner), email,
      noContact);
    choice.addEventListener('change', () => {
      partnerBox.hidden = choice.value !== 'partner';
      email.required = choice.value === 'partner';
    });
    const owner = () => {
      if (choice.value === 'me') return {};
      if (choice.value === 'partner') return partner && email.value ? { partnerId: partner.id, email: email.value } : null;
      const m = page.members.find(x => 'member:' + x.memberId === choice.value);
      return { memberId: m.memberId };
    };
    return { node: el('div', { class: 'row-form' }, field(t('owner'), choice), partnerBox), value: owner };
  }

  // Search-as-you-type over the network's partner directory; picking hands the partner to the caller.
  function partnerPicker(onPick) {
    const input = el('input', { type: 'search', placeholder: t('searchPartner'), autocomplete: 'off', 'aria-label': t('searchPartner') });
    const results = el('ul', { class: 'picker-results' });
    let timer = null;
    const pick = (partner) => { onPick(partner); input.value = ''; results.replaceChildren(); };
    const search = async () => {
      const q = input.value.trim();
      if (!q) { results.replaceChildren(); return; }
      const answer = await api('GET', '/api/networks/' + page.networkId + '/partners?size=10&q=' + encodeURIComponent(q));
      if (input.value.trim() !== q) return; // the user typed on; a newer search will answer
      const items = answer.status === 200 && answer.json && answer.json.items || [];
      results.replaceChildren(...(items.length
        ? items.map(p => el('li', {}, button(p.name, () => pick({ id: p.id, name: p.name, contacts: p.contacts }), 'link')))
        : [el('li', { class: 'muted' }, t('noPartner'))]));
    };
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 250); });
    onEnter(input, () => { clearTimeout(timer); search(); });
    return el('div', { class: 'picker' }, input, results);
  }

  // Chosen partners shown as removable chips; `partners` is the caller's array, changed in place.
  function partnerChips(partners) {
    const list = el('ul', { class: 'chips' });
    const draw = () => list.replaceChildren(...partners.map((p, index) => el('li', {}, p.name, ' ',
      el('button', { type: 'button', class: 'link', title: t('remove'), 'aria-label': t('remove') + ' ' + p.name,
        onclick: () => { partners.splice(index, 1); draw(); } }, '×'))));
    draw();
    return { node: list, add: (p) => { if (!partners.some(x => x.id === p.id)) { partners.push(p); draw(); } } };
  }

  function editRow(role, row) {
    const carriers = carrierEditor(role.carriers || []);
    const form = el('form', { class: 'row-form editing' },
      el('div', { class: 'field' }, el('span', { class: 'field-label' }, t('who')), carriers.node),
      field(t('strengths') + ' (' + t('onePerLine') + ')', el('textarea', { name: 'strengths' }, (role.strengths || []).join('\n'))),
      field(t('weaknesses') + ' (' + t('onePerLine') + ')', el('textarea', { name: 'weaknesses' }, (role.weaknesses || []).join('\n'))),
      el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')), button(t('cancel'), () => route())));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const lines = (name) => value(form, name).split('\n').map(s => s.trim()).filter(Boolean);
      write(form, 'PATCH', page.base + '/worksheet/roles/' + role.key,
        { carriers: carriers.value(), strengths: lines('strengths'), weaknesses: lines('weaknesses') }, role.etag);
    });
    // The form takes the place of the three content cells while editing.
    row.cells[3].remove();
    row.cells[2].remove();
    row.cells[1].colSpan = 3;
    row.cells[1].replaceChildren(form);
  }

  function carrierEditor(initial) {
    const carriers = initial.map(c => Object.assign({}, c));
    const list = el('ul', { class: 'chips' });
    const draw = () => list.replaceChildren(...carriers.map((c, index) => el('li', {},
      c.name + ' (' + enumText('carrier', c.kind) + ') ',
      el('button', { type: 'button', class: 'link', title: t('remove'), 'aria-label': t('remove') + ' ' + c.name,
        onclick: () => { carriers.splice(index, 1); draw(); } }, '×'))));
    const add = (c) => { carriers.push(c); draw(); };
    const members = activeMembers();
    const memberSelect = el('select', { 'aria-label': t('memberCarrier') }, option('', t('chooseMember')),
      members.map(m => option(m.memberId, m.name)));
    const addMember = () => {
      const m = members.find(x => x.memberId === memberSelect.value);
      if (m) { add({ kind: 'MEMBER', memberId: m.memberId, name: m.name }); memberSelect.value = ''; }
    };
    const toFind = el('input', { placeholder: t('whoPlaceholder'), maxlength: '200', 'aria-label': t('toFindCarrier') });
    const addToFind = () => {
      const name = toFind.value.trim();
      if (name) { add({ kind: 'TO_FIND', name }); toFind.value = ''; }
    };
    onEnter(toFind, addToFind);
    draw();
    const node = el('div', { class: 'carrier-editor' }, list,
      field(t('partnerCarrier'), partnerPicker(p => add({ kind: 'PARTNER', partnerId: p.id, name: p.name }))),
      field(t('memberCarrier'), el('div', { class: 'inline' }, memberSelect, button(t('add'), addMember))),
      field(t('toFindCarrier'), el('div', { class: 'inline' }, toFind, button(t('add'), addToFind))));
    // The API wants only what identifies each kind of carrier.
    const input = (c) => c.kind === 'PARTNER' ? { kind: c.kind, partnerId: c.partnerId }
      : c.kind === 'MEMBER' ? { kind: c.kind, memberId: c.memberId, name: c.name } : { kind: c.kind, name: c.name };
    return { node, value: () => carriers.map(input) };
  }

  // ---- comments ----

  // A thread opens in place: as a full-width row under a role's row, or inside a step's item.
  function toggleThread(anchor, path) {
    if (anchor.threadNode) { anchor.threadNode.remove(); anchor.threadNode = null; return; }
    const thread = commentThread(path);
    if (anchor.tagName === 'TR') {
      anchor.threadNode = el('tr', { class: 'thread-row' }, el('td', { colspan: '5' }, thread));
      anchor.after(anchor.threadNode);
    } else {
      anchor.threadNode = thread;
      anchor.append(thread);
    }
  }

  function commentThread(path) {
    const list = el('ul', { class: 'comments' }, el('li', { class: 'muted' }, t('loading')));
    const load = async () => {
      const answer = await api('GET', path);
      const comments = answer.status === 200 && answer.json && Array.isArray(answer.json.items) ? answer.json.items : [];
      list.replaceChildren(...(comments.length ? comments.map(commentItem) : [el('li', { class: 'muted' }, t('noComments'))]));
    };
    load();
    return el('div', { class: 'thread' }, el('h3', {}, t('comments')), list, commentForm(path, load));
  }

  function commentItem(c) {
    const mentions = c.mentions || [];
    return el('li', {}, el('strong', {}, c.authorName), ' ', el('span', { class: 'muted small' }, when(c.createdAt)),
      el('div', { class: 'comment-body' }, c.body),
      mentions.length ? el('div', { class: 'muted small' }, mentions.map(m => '@' + m.name).join(' ')) : '');
  }

  function commentForm(path, reload) {
    const others = activeMembers().filter(m => m.memberId !== me.id);
    const form = el('form', { class: 'row-form comment-form' },
      el('textarea', { name: 'body', required: 'required', maxlength: '4000', placeholder: t('writeComment'), 'aria-label': t('writeComment') }),
      others.length ? el('div', { class: 'inline' }, t('mention') + t('colon'), others.map(m => el('label', {},
        el('input', { type: 'checkbox', name: 'mention', value: m.memberId }), ' ' + m.name))) : '',
      el('div', {}, el('button', { type: 'submit' }, t('send'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const mentions = [...form.querySelectorAll('input[name=mention]:checked')].map(i => i.value);
      const answer = await api('POST', path, { body: value(form, 'body'), mentions });
      if (answer.status !== 201) { showError(form, answer); return; }
      form.reset();
      delete form.dataset.dirty; // the comment is sent: nothing left to protect from live updates
      reload();
    });
    return form;
  }

  // ---- step 2 ----

  function renderStep2Tab(content) {
    const editable = page.sheet.canEdit;
    const mature = page.sheet.maturity === 'MATURE';
    content.replaceChildren(el('section', { id: 'step2' },
      el('h2', {}, t('sharingTitle')), el('p', { class: 'muted' }, t('sharingHelp')),
      page.sheet.roles.map(role => sharingCard(role, editable)),
      el('h2', {}, t('poolingTitle')), poolingEditor(page.sheet.pooling || { intentions: [] }, editable),
      el('h2', {}, t('plansTitle')),
      mature ? page.sheet.plans.map(plan => planCard(plan, editable)) : el('p', { class: 'muted' }, t('plansMatureOnly'))));
  }

  function sharingCard(role, editable) {
    const sharing = role.sharing || { shared: false, tasks: [] };
    const card = el('div', { class: 'card', id: 'sharing-' + role.key }, el('h3', {}, roleName(role)));
    if (!editable) {
      card.append(el('p', {}, sharing.shared ? t('sharedYes') : t('sharedNo')),
        el('ul', {}, sharing.tasks.map(task => el('li', {}, task.task,
          (task.partnerNames || []).length ? ' — ' + task.partnerNames.join(', ') : ''))));
      return card;
    }
    const tasks = sharing.tasks.map(x => ({ task: x.task,
      partners: (x.partnerIds || []).map((id, i) => ({ id, name: (x.partnerNames || [])[i] || id })) }));
    const list = el('div', { class: 'row-form' });
    const draw = () => list.replaceChildren(...tasks.map((task, index) => taskEditor(task, () => { tasks.splice(index, 1); draw(); })));
    draw();
    const form = el('form', { class: 'row-form' },
      el('label', {}, el('input', { type: 'checkbox', name: 'shared', checked: sharing.shared ? 'checked' : null }), ' ' + t('shared')),
      list,
      el('div', { class: 'inline' }, button(t('addTask'), () => { tasks.push({ task: '', partners: [] }); draw(); }),
        el('button', { type: 'submit' }, t('save'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = { shared: form.elements.namedItem('shared').checked,
        tasks: tasks.filter(x => x.task.trim()).map(x => ({ task: x.task.trim(), partnerIds: x.partners.map(p => p.id) })) };
      write(form, 'PUT', page.base + '/worksheet/roles/' + role.key + '/sharing', body, role.etag);
    });
    card.append(form);
    return card;
  }

  function taskEditor(task, remove) {
    const input = el('input', { value: task.task, placeholder: t('task'), 'aria-label': t('task'), maxlength: '300' });
    input.addEventListener('input', () => { task.task = input.value; });
    const chips = partnerChips(task.partners);
    return el('div', { class: 'subcard' }, el('div', { class: 'inline' }, input, button(t('remove'), remove)),
      chips.node, partnerPicker(p => chips.add(p)));
  }

  function poolingEditor(pooling, editable) {
    const box = el('div', { class: 'card', id: 'pooling' });
    const intentions = pooling.intentions || [];
    if (!editable) {
      box.append(intentions.length ? el('ul', {}, intentions.map(i => el('li', {}, i.description,
        i.partnerName ? ' — ' + i.partnerName : '', (i.roles || []).length ? ' (' + i.roles.map(roleLabelOf).join(', ') + ')' : '')))
        : el('p', { class: 'muted' }, t('noIntentions')));
      return box;
    }
    const drafts = intentions.map(i => ({ description: i.description,
      partners: i.partnerId ? [{ id: i.partnerId, name: i.partnerName || i.partnerId }] : [], roles: (i.roles || []).slice() }));
    const list = el('div', { class: 'row-form' });
    const draw = () => list.replaceChildren(...(drafts.length
      ? drafts.map((d, index) => intentionEditor(d, () => { drafts.splice(index, 1); draw(); }))
      : [el('p', { class: 'muted' }, t('noIntentions'))]));
    draw();
    const form = el('form', { class: 'row-form' }, list,
      el('div', { class: 'inline' }, button(t('addIntention'), () => { drafts.push({ description: '', partners: [], roles: [] }); draw(); }),
        el('button', { type: 'submit' }, t('save'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = { intentions: drafts.filter(d => d.description.trim()).map(d => ({ description: d.description.trim(),
        partnerId: d.partners.length ? d.partners[0].id : null, roles: d.roles })) };
      write(form, 'PUT', page.base + '/worksheet/pooling', body, pooling.etag);
    });
    box.append(form);
    return box;
  }

  // One intention: a description, at most one partner, and the roles it serves.
  function intentionEditor(draft, remove) {
    const text = el('input', { value: draft.description, placeholder: t('description'), 'aria-label': t('description'), maxlength: '500' });
    text.addEventListener('input', () => { draft.description = text.value; });
    const chips = partnerChips(draft.partners);
    const roles = el('div', { class: 'inline' }, el('span', { class: 'field-label' }, t('roles')), page.sheet.roles.map(r => {
      const box = el('input', { type: 'checkbox', value: r.key, checked: draft.roles.includes(r.key) ? 'checked' : null });
      box.addEventListener('change', () => {
        draft.roles = box.checked ? draft.roles.concat(r.key) : draft.roles.filter(k => k !== r.key);
      });
      return el('label', {}, box, ' ' + roleName(r));
    }));
    return el('div', { class: 'subcard' }, el('div', { class: 'inline' }, text, button(t('remove'), remove)),
      el('div', { class: 'field' }, el('span', { class: 'field-label' }, t('partnerOptional')), chips.node,
        partnerPicker(p => { draft.partners.splice(0); chips.add(p); })),
      roles);
  }

  function planCard(plan, editable) {
    const holder = planHolder(plan.kind);
    const card = el('div', { class: 'card', id: 'plan-' + plan.kind }, el('h3', {}, lang === 'en' ? plan.labelEn : plan.labelFr));
    if (editable) {
      const form = el('form', { class: 'row-form' },
        field(t('notes'), el('textarea', { name: 'notes', maxlength: '8000' }, plan.notes || '')),
        el('div', {}, el('button', { type: 'submit' }, t('save'))));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        write(form, 'PUT', holder.path, { notes: value(form, 'notes') }, plan.etag);
      });
      card.append(form);
    } else {
      card.append(el('p', { class: 'notes' }, plan.notes || ''));
    }
    card.append(el('h4', {}, t('nextSteps')), stepList(plan.nextSteps, holder, { editable, comments: false }),
      editable ? addStepBox(holder) : '');
    return card;
  }

  // ---- pooled resources ----

  const resourcesPath = () => page.base + '/pooled-resources';
  const resourcePath = (id) => '/api/networks/' + page.networkId + '/pooled-resources/' + id;
  const locale = () => lang === 'en' ? 'en-CA' : 'fr-CA';
  const formatNumber = (n) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(Number(n));
  const hoursText = (hours) => Number(hours) ? fmt('hoursPerMonth', { hours: formatNumber(hours) }) : '—';
  const periodText = (r) => r.from || r.to ? (r.from || '…') + ' → ' + (r.to || '…') : '';
  const resourceStatusBadge = (status) => badge(enumText('resourceStatus', status), 'resource-' + status.toLowerCase());

  function formatMoney(amount, currency) {
    try {
      return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(Number(amount));
    } catch (e) {
      return formatNumber(amount) + ' ' + currency; // a currency code the browser does not know still shows
    }
  }

  function moneyText(money) {
    const entries = Object.entries(money || {});
    return entries.length ? entries.map(([currency, amount]) => formatMoney(amount, currency)).join(' + ') : '—';
  }

  function amountsText(amounts) {
    const parts = [moneyText(amounts.money), hoursText(amounts.staffHoursPerMonth)].filter(s => s !== '—');
    return parts.length ? parts.join(' · ') : '—';
  }

  function quantityText(r) {
    if (r.amount === null || r.amount === undefined) return r.unit || '';
    if (r.kind === 'FUNDING') return formatMoney(r.amount, r.unit);
    if (r.kind === 'STAFF_TIME') return formatNumber(r.amount) + ' ' + enumText('unit', r.unit);
    return formatNumber(r.amount) + (r.unit ? ' ' + r.unit : '');
  }

  async function renderResourcesTab(content) {
    const section = el('section', { id: 'resources' }, el('h2', {}, t('tab.resources')));
    content.replaceChildren(section);
    const [list, totals] = await Promise.all([api('GET', resourcesPath()), api('GET', resourcesPath() + '/totals')]);
    if (!section.isConnected) return; // the user moved on, or a newer redraw replaced this one
    const editable = page.initiative.canEdit;
    section.append(
      list.status === 200 ? resourceTable(Array.isArray(list.json) ? list.json : [], editable)
        : el('p', { class: 'error' }, problemText(list)),
      editable ? newResourceForm() : '',
      totals.status === 200 ? resourceTotals(totals.json) : '');
  }

  function resourceTable(items, editable) {
    if (!items.length) return el('p', { class: 'muted' }, t('noResources'));
    const headings = [t('partner'), t('kind'), t('description'), t('quantity'), t('period'), t('roles'), t('status')]
      .concat(editable ? [''] : []);
    return el('table', { class: 'list resources' },
      el('thead', {}, el('tr', {}, headings.map(h => el('th', {}, h)))),
      el('tbody', {}, items.map(item => resourceRow(item, editable))));
  }

  function resourceRow(item, editable) {
    const r = item.resource;
    const row = el('tr', { id: 'resource-' + item.id, class: 'resource status-' + r.status.toLowerCase() },
      el('td', {}, el('a', { href: partnerHash(page.networkId, r.partnerId) }, r.partnerName || r.partnerId)),
      el('td', {}, enumText('resourceKind', r.kind)),
      el('td', {}, r.description),
      el('td', {}, quantityText(r)),
      el('td', {}, periodText(r)),
      el('td', {}, (r.roles || []).map(roleLabelOf).join(', ')),
      el('td', {}, resourceStatusBadge(r.status)));
    if (editable) row.append(resourceTools(item, row));
    return row;
  }

  // Buttons for the statuses this resource may move to next; a withdrawn resource counts nowhere, so it is not edited.
  function resourceTools(item, row) {
    const status = item.resource.status;
    const cell = el('td', {});
    const tools = el('div', { class: 'inline resource-tools' });
    RESOURCE_MOVES[status].forEach(next => tools.append(button(t('moveTo.' + next), () => {
      if (next === 'WITHDRAWN' && !confirm(t('confirmWithdraw'))) return;
      write(cell, 'PUT', resourcePath(item.id) + '/status', { status: next }, item.etag);
    })));
    if (status !== 'WITHDRAWN') tools.append(button(t('edit'), () => toggleResourceEdit(item, row)));
    cell.append(tools);
    return cell;
  }

  // The edit form opens as a full-width row under the resource; the partner and kind stay as they are.
  function toggleResourceEdit(item, row) {
    if (row.editNode) { row.editNode.remove(); row.editNode = null; return; }
    const r = item.resource;
    const form = el('form', { class: 'row-form editing', id: 'resource-edit-' + item.id }, termFields(r.kind, r),
      el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')),
        button(t('cancel'), () => toggleResourceEdit(item, row))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      write(form, 'PATCH', resourcePath(item.id), resourceValues(form), item.etag);
    });
    row.editNode = el('tr', { class: 'thread-row' }, el('td', { colspan: String(row.cells.length) }, form));
    row.after(row.editNode);
  }

  function newResourceForm() {
    const partners = [];
    const chips = partnerChips(partners);
    const kind = select('kind', RESOURCE_KINDS, 'FUNDING', v => enumText('resourceKind', v));
    const terms = el('div', { class: 'row-form' }, termFields('FUNDING', {}));
    // The amount and unit rules follow the kind: redraw the terms, keeping what was typed elsewhere.
    kind.addEventListener('change', () => {
      const kept = { description: value(form, 'description'), amount: value(form, 'amount') || null,
        from: value(form, 'from'), to: value(form, 'to'),
        roles: [...form.querySelectorAll('input[name=roles]:checked')].map(i => i.value) };
      terms.replaceChildren(...termFields(kind.value, kept));
    });
    const form = el('form', { class: 'row-form card', id: 'new-resource' }, el('h3', {}, t('newResource')),
      el('div', { class: 'field' }, el('span', { class: 'field-label' }, t('partner')), chips.node,
        partnerPicker(p => { partners.splice(0); chips.add(p); })),
      field(t('kind'), kind), terms,
      el('div', {}, el('button', { type: 'submit' }, t('add'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!partners.length) { showError(form, t('choosePartner')); return; }
      write(form, 'POST', resourcesPath(), Object.assign({ partnerId: partners[0].id, kind: kind.value }, resourceValues(form)));
    });
    return form;
  }

  // What a resource offers: description, quantity, period and the roles it serves.
  function termFields(kind, r) {
    const roles = r.roles || [];
    return [
      field(t('description'), el('textarea', { name: 'description', required: 'required', maxlength: '1000' }, r.description || '')),
      el('div', { class: 'inline' }, amountInput(kind, r.amount), unitControl(kind, r.unit)),
      el('div', { class: 'inline' },
        field(t('from'), el('input', { name: 'from', type: 'date', value: r.from || null })),
        field(t('to'), el('input', { name: 'to', type: 'date', value: r.to || null }))),
      el('div', { class: 'inline' }, el('span', { class: 'field-label' }, t('roles')), page.sheet.roles.map(role => el('label', {},
        el('input', { type: 'checkbox', name: 'roles', value: role.key, checked: roles.includes(role.key) ? 'checked' : null }),
        ' ' + roleName(role))))
    ];
  }

  // Money and staff time need an amount; anything else may go without.
  function amountInput(kind, current) {
    const measured = kind === 'FUNDING' || kind === 'STAFF_TIME';
    return field(t('amount'), el('input', { name: 'amount', type: 'number', min: '0', step: '0.01',
      required: measured ? 'required' : null, value: current !== null && current !== undefined ? String(current) : null }));
  }

  // Money takes an ISO currency (CAD unless told), staff time hours per month or week, anything else a free unit.
  function unitControl(kind, current) {
    if (kind === 'FUNDING') {
      return field(t('currency'), el('input', { name: 'unit', required: 'required', maxlength: '3', size: '4',
        pattern: '[A-Za-z]{3}', value: current || 'CAD' }));
    }
    if (kind === 'STAFF_TIME') return field(t('unit'), select('unit', STAFF_UNITS, current || 'HOURS_PER_MONTH', v => enumText('unit', v)));
    return field(t('unitFree'), el('input', { name: 'unit', maxlength: '40', value: current || null }));
  }

  // Blank amounts and dates are left out (a change then keeps them); an empty unit clears a free one.
  function resourceValues(form) {
    const optional = (name) => value(form, name).trim() || undefined;
    const amount = optional('amount');
    return {
      description: value(form, 'description').trim(), amount: amount === undefined ? undefined : Number(amount),
      unit: value(form, 'unit').trim(), from: optional('from'), to: optional('to'),
      roles: [...form.querySelectorAll('input[name=roles]:checked')].map(i => i.value)
    };
  }

  function resourceTotals(totals) {
    const partnerLink = (p) => el('a', { href: partnerHash(page.networkId, p.partnerId) }, p.partnerName || p.partnerId);
    return el('div', { id: 'resource-totals', class: 'card' }, el('h3', {}, t('totals')),
      el('p', { class: 'muted small' }, t('securedHelp')),
      totalsTable(t('byRole'), t('role'), (totals.byRole || []).map(r => [lang === 'en' ? r.labelEn : r.labelFr, r]), totals),
      (totals.byPartner || []).length
        ? totalsTable(t('byPartner'), t('partner'), totals.byPartner.map(p => [partnerLink(p), p]), totals) : '');
  }

  // One line per role or partner, secured beside proposed, and a last line for the whole initiative
  // (role lines may add up to more than it, since a resource counts for each role it serves).
  function totalsTable(caption, heading, lines, totals) {
    const cells = (a) => [el('td', { class: 'num' }, moneyText(a.money)), el('td', { class: 'num' }, hoursText(a.staffHoursPerMonth))];
    return el('table', { class: 'list totals' }, el('caption', {}, caption),
      el('thead', {},
        el('tr', {}, el('th', { rowspan: '2', scope: 'col' }, heading),
          el('th', { colspan: '2', scope: 'colgroup' }, t('secured')), el('th', { colspan: '2', scope: 'colgroup' }, t('proposed'))),
        el('tr', {}, [t('money'), t('staffTime'), t('money'), t('staffTime')].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, lines.map(([label, x]) => el('tr', {}, el('th', { scope: 'row' }, label), cells(x.secured), cells(x.proposed)))),
      el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, t('overall')), cells(totals.secured), cells(totals.proposed))));
  }

  // ---- debrief ----

  async function renderDebriefTab(content) {
    const section = el('section', { id: 'debrief-tab' }, el('h2', {}, t('tab.debrief')));
    content.replaceChildren(section);
    const answer = await api('GET', page.base + '/debrief');
    if (!section.isConnected) return; // the user moved on, or a newer redraw replaced this one
    if (answer.status === 404) {
      // The debrief is built from events: a fresh initiative's may not exist yet.
      section.append(el('p', { class: 'muted', role: 'status' }, t('debriefPending'), ' ', button(t('reload'), () => route())));
      return;
    }
    if (answer.status !== 200) { section.append(el('p', { class: 'error', role: 'alert' }, problemText(answer))); return; }
    const d = answer.json;
    section.append(debriefTotals(d), debriefRoleTable(d.roles || []),
      el('h3', {}, t('debriefQuestions')),
      ...(d.answers || []).map(a => answerCard(a, page.initiative.canEdit)));
  }

  function debriefTotals(d) {
    const stat = (id, number, label, late) => el('div', { class: 'stat' + (late ? ' late' : ''), id: 'stat-' + id },
      el('strong', {}, String(number)), ' ', el('span', {}, label));
    return el('div', { class: 'stats', id: 'debrief-totals' },
      stat('covered', d.coveredRoles + '/' + (d.roles || []).length, t('statCovered')),
      stat('to-find', d.rolesToFind, t('statToFind')),
      stat('shared', d.rolesShared, t('statShared')),
      stat('resources', d.rolesWithResources, t('statResources')),
      stat('open', d.openNextSteps, t('statOpen')),
      stat('overdue', d.overdueNextSteps, t('statOverdue'), d.overdueNextSteps > 0));
  }

  const DEBRIEF_COLUMNS = [['partners', 'partnersCol'], ['members', 'membersCol'], ['toFind', 'toFindCol'],
    ['covered', 'coveredCol'], ['shared', 'sharedCol'], ['poolingIntentions', 'intentionsCol'],
    ['resourcesSecured', 'securedCol'], ['resourcesProposed', 'proposedCol'], ['openNextSteps', 'openCol'],
    ['overdueNextSteps', 'overdueCol'], ['doneNextSteps', 'doneCol']];

  // Yes/no columns read as marks; counts as numbers, an overdue count in red.
  function debriefCell(r, key) {
    const x = r[key];
    if (typeof x === 'boolean') return el('td', { class: 'flag' }, mark(x ? '✓' : '–', x ? t('yes') : t('no'), 'yes-no'));
    return el('td', { class: 'num' + (key === 'overdueNextSteps' && x > 0 ? ' late' : '') }, String(x));
  }

  function debriefRoleTable(roles) {
    return el('div', { class: 'table-scroll' }, el('table', { class: 'list debrief-roles', id: 'debrief-roles' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('role')),
        DEBRIEF_COLUMNS.map(([, label]) => el('th', { scope: 'col' }, t(label))))),
      el('tbody', {}, roles.map(r => el('tr', { id: 'debrief-role-' + r.key, class: 'coverage-' + coverageOf(r) },
        el('th', { scope: 'row' }, roleName(r)), DEBRIEF_COLUMNS.map(([key]) => debriefCell(r, key)))))));
  }

  // One question with the group's answer; editors write it in place, readers see it.
  function answerCard(a, editable, message) {
    const question = lang === 'en' ? a.textEn : a.textFr;
    const card = el('div', { class: 'card answer', id: 'question-' + a.question }, el('h4', {}, question));
    const byline = a.answer ? el('p', { class: 'muted small' },
      fmt('answeredBy', { name: a.answeredByName || t('someone'), when: when(a.answeredAt) })) : '';
    if (!editable) {
      card.append(a.answer ? el('p', { class: 'notes' }, a.answer) : el('p', { class: 'muted' }, t('noAnswer')), byline);
    } else {
      card.append(byline, answerForm(a, card, question));
    }
    if (message) card.append(el('p', { class: 'saved', role: 'status' }, message));
    return card;
  }

  // The answer is written against the version read (If-Match). When someone answered meanwhile (412), their answer
  // shows above the user's draft, which stays, and the next save goes against their version: nobody's words are lost.
  function answerForm(a, card, question) {
    let etag = a.etag;
    const text = el('textarea', { name: 'answer', maxlength: '8000', rows: '5' }, a.answer || '');
    const conflict = el('div', { class: 'notice conflict', role: 'alert', hidden: 'hidden' });
    const form = el('form', { class: 'row-form', id: 'answer-' + a.question, 'aria-label': question }, conflict,
      field(t('groupAnswer'), text), el('div', {}, el('button', { type: 'submit' }, t('saveAnswer'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const answer = await api('PUT', page.base + '/debrief/answers/' + a.question, { answer: text.value },
        etag ? { 'If-Match': etag } : undefined);
      if (answer.status === 200) {
        const saved = Object.assign({ etag: answer.etag }, answer.json);
        card.replaceWith(answerCard(saved, true, t('answerSaved')));
        return;
      }
      const current = answer.status === 412 && answer.json && answer.json.current;
      if (!current) { showError(form, answer); return; }
      etag = current.etag || answer.etag;
      showConflict(conflict, current, text);
    });
    return form;
  }

  function showConflict(box, current, text) {
    const theirs = current.answer || '';
    box.replaceChildren(
      el('p', {}, fmt('answerConflict', { name: current.answeredByName || t('someone') })),
      el('blockquote', { class: 'notes their-answer' }, theirs),
      current.answeredAt ? el('p', { class: 'muted small' }, when(current.answeredAt)) : '',
      el('div', { class: 'inline' },
        button(t('useTheirs'), () => { text.value = theirs; }),
        button(t('appendTheirs'), () => { text.value = [text.value.trim(), theirs.trim()].filter(Boolean).join('\n\n'); })));
    box.hidden = false;
  }

  // ---- members ----

  function renderMembersTab(content) {
    const manage = page.initiative.canManage;
    const headings = [t('name'), t('email'), t('role'), t('status')].concat(manage ? [''] : []);
    content.replaceChildren(el('section', { id: 'members' }, el('h2', {}, t('members')),
      page.members.length ? el('table', { class: 'list' },
        el('thead', {}, el('tr', {}, headings.map(h => el('th', {}, h)))),
        el('tbody', {}, page.members.map(m => memberRow(m, manage))))
        : el('p', { class: 'muted' }, t('noMembers')),
      manage ? inviteForm() : ''));
  }

  function memberRow(m, manage) {
    const path = page.base + '/members/' + m.id;
    const roleCell = el('td', {});
    if (manage) {
      const choice = select('role', PARTS, m.role, v => enumText('part', v));
      choice.setAttribute('aria-label', t('role') + ' ' + m.name);
      choice.addEventListener('change', () => write(roleCell, 'PATCH', path, { role: choice.value }));
      roleCell.append(choice);
    } else {
      roleCell.append(enumText('part', m.role));
    }
    const row = el('tr', { id: 'member-' + m.id }, el('td', {}, m.name), el('td', {}, m.email || ''), roleCell,
      el('td', {}, enumText('memberStatus', m.status)));
    if (manage) {
      const cell = el('td', {});
      cell.append(button(t('remove'), () => {
        if (confirm(fmt('confirmRemove', { name: m.name }))) write(cell, 'DELETE', path);
      }));
      row.append(cell);
    }
    return row;
  }

  function inviteForm() {
    const form = el('form', { class: 'row-form card', id: 'invite-form' }, el('h3', {}, t('invite')),
      el('div', { class: 'inline' },
        field(t('email'), el('input', { name: 'email', type: 'email', required: 'required', maxlength: '320' })),
        field(t('name'), el('input', { name: 'name', required: 'required', maxlength: '200' })),
        field(t('role'), select('role', PARTS, 'PARTNER', v => enumText('part', v))),
        field(t('language'), el('select', { name: 'language' }, option('fr', t('french'), lang === 'fr'), option('en', t('english'), lang === 'en')))),
      el('div', {}, el('button', { type: 'submit' }, t('invite'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      write(form, 'POST', page.base + '/members', { email: value(form, 'email'), name: value(form, 'name'),
        role: value(form, 'role'), language: value(form, 'language') });
    });
    return form;
  }

  // ---- versions ----

  async function renderVersionsTab(content) {
    const section = el('section', { id: 'versions' }, el('h2', {}, t('tab.versions')));
    content.replaceChildren(section);
    const answer = await api('GET', page.base + '/worksheet/versions');
    const versions = answer.status === 200 && answer.json && Array.isArray(answer.json.items) ? answer.json.items : [];
    const view = el('div', { id: 'version-view' });
    const basedOn = versions.find(v => v.id === page.sheet.basedOnVersionId);
    section.append(
      basedOn ? el('p', { class: 'muted' }, fmt('basedOn', { number: basedOn.number })) : '',
      versions.length ? el('ul', { class: 'versions' }, versions.map(v => versionItem(v, view)))
        : el('p', { class: 'muted' }, t('noVersions')),
      page.initiative.canManage ? adoptForm() : '',
      view);
  }

  function versionItem(v, view) {
    return el('li', { id: 'version-' + v.id },
      el('strong', {}, t('version') + ' ' + v.number + ' — ' + v.name), ' ',
      el('span', { class: 'muted' }, (v.adoptedByName || '') + ', ' + when(v.adoptedAt)), ' ',
      button(t('view'), () => showVersion(v, view)), ' ',
      button(t('compare'), () => compareVersion(v, view)));
  }

  function adoptForm() {
    const form = el('form', { class: 'inline card', id: 'adopt-form' },
      field(t('versionName'), el('input', { name: 'name', required: 'required', maxlength: '120' })),
      el('button', { type: 'submit' }, t('adopt')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      write(form, 'POST', page.base + '/worksheet/versions', { name: value(form, 'name') });
    });
    return form;
  }

  async function showVersion(v, view) {
    const answer = await api('GET', page.base + '/worksheet/versions/' + v.id);
    if (answer.status !== 200) { view.replaceChildren(); showError(view, answer); return; }
    view.replaceChildren(el('h3', {}, t('version') + ' ' + v.number + ' — ' + v.name),
      el('p', { class: 'muted' }, t('readOnly')),
      worksheetTable(answer.json, { editable: false, comments: false, id: 'version-worksheet', rowPrefix: 'version-role-' }));
  }

  async function compareVersion(v, view) {
    const answer = await api('GET', page.base + '/worksheet/versions/compare?from=' + encodeURIComponent(v.id) + '&to=current');
    if (answer.status !== 200) { view.replaceChildren(); showError(view, answer); return; }
    view.replaceChildren(comparison(answer.json, fmt('comparedWith', { number: v.number })));
  }

  // A diff reads as short sentences per role: "Strengths added: a, b".
  function comparison(diff, title) {
    const box = el('div', { class: 'card', id: 'comparison' }, el('h3', {}, title));
    if (diff.unchanged) { box.append(el('p', {}, t('unchanged'))); return box; }
    const section = (heading, lines) => lines.length ? [el('h4', {}, heading), el('ul', {}, lines.map(l => el('li', {}, l)))] : [];
    (diff.roles || []).forEach(r => box.append(...section(roleLabelOf(r.key), [
      ...listLines(r, ['carriersAdded', 'carriersRemoved', 'strengthsAdded', 'strengthsRemoved', 'weaknessesAdded', 'weaknessesRemoved']),
      ...stepsLines(r.nextSteps), ...(r.sharingChanged ? [t('sharingChanged')] : [])])));
    box.append(...section(t('pooling'), listLines(diff, ['poolingAdded', 'poolingRemoved'],
      { poolingAdded: '+ ', poolingRemoved: '− ' })));
    (diff.plans || []).forEach(p => box.append(...section(planLabelOf(p.kind),
      [...(p.notesChanged ? [t('notesChanged')] : []), ...stepsLines(p.nextSteps)])));
    return box;
  }

  function listLines(source, keys, prefixes) {
    return keys.filter(k => (source[k] || []).length)
      .map(k => (prefixes ? prefixes[k] : t(k) + t('colon')) + source[k].join(', '));
  }

  function stepsLines(steps) {
    if (!steps) return [];
    return listLines(steps, ['added', 'removed'], { added: t('stepsAdded') + t('colon'), removed: t('stepsRemoved') + t('colon') })
      .concat((steps.changed || []).length ? [t('stepsChanged') + t('colon') + steps.changed.map(c =>
        c.title + ' (' + (c.fields || []).map(f => enumText('field', f)).join(', ') + ')').join('; ')] : []);
  }

  // ---- history ----

  function renderHistoryTab(content) {
    const filter = el('select', { id: 'history-role' }, option('', t('allRoles')),
      page.sheet.roles.map(r => option(r.key, roleName(r), r.key === historyRole)));
    const list = el('ul', { class: 'history-list' });
    filter.addEventListener('change', () => { historyRole = filter.value; loadHistory(list); });
    content.replaceChildren(el('section', { id: 'history' }, el('h2', {}, t('tab.history')),
      field(t('filterRole'), filter), list));
    return loadHistory(list);
  }

  async function loadHistory(list) {
    const answer = await api('GET', page.base + '/worksheet/history?size=50'
      + (historyRole ? '&role=' + encodeURIComponent(historyRole) : ''));
    const items = answer.status === 200 && answer.json && answer.json.items || [];
    list.replaceChildren(...(items.length ? items.map(h => el('li', {}, [when(h.occurredAt), h.actorName || '?',
      enumText('event', h.type) + (h.role ? ' (' + roleLabelOf(h.role) + ')' : '')].join(' — ')))
      : [el('li', { class: 'muted' }, t('noHistory'))]));
  }

  start();
})();
