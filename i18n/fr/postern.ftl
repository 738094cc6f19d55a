## Postern — français (traduit du catalogue de référence anglais
## i18n/en/postern.ftl : exactement les mêmes clés, aucune en plus).

app-title = Postern

## Discovery

discover-note-enable-pop = L’accès POP reste désactivé tant que vous ne l’activez pas dans les paramètres web du fournisseur.
discover-note-app-password = Ce fournisseur exige un mot de passe d’application pour les logiciels de messagerie : créez-en un dans ses paramètres web et utilisez-le à la place du mot de passe de votre compte.
discover-note-mail-password = Ce fournisseur exige un mot de passe de messagerie distinct pour les logiciels de messagerie : définissez-en un dans ses paramètres web.
discover-note-oauth-required = Ce fournisseur vous demande de vous connecter via sa page web (OAuth) ; il peut refuser un mot de passe.
discover-note-no-pop3 = Ce fournisseur ne propose pas POP3, Postern ne peut donc pas télécharger son courrier.
discover-note-bridge-imap-only = Son programme Bridge ne prend en charge qu’IMAP, pas POP3.

## Doctor

doctor-step-dns = Recherche du serveur
doctor-step-connect = Connexion
doctor-step-tls = Activation du chiffrement (SSL/TLS)
doctor-step-greeting = Attente de l’accueil du serveur
doctor-step-capabilities = Interrogation des capacités du serveur
doctor-step-starttls = Passage au chiffrement (STARTTLS)
doctor-step-login = Identification
doctor-step-mailbox = Ouverture de la boîte aux lettres
doctor-step-ehlo = Présentation au serveur (EHLO)
doctor-step-auth = Authentification
doctor-mailbox-detail = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}, { $size } Mo
doctor-cause-server-not-found = Le nom de serveur { $host } est introuvable.
doctor-cause-connection-refused = { $host } a refusé la connexion sur le port { $port } : aucun service n’y est à l’écoute.
doctor-cause-timeout = { $host } n’a pas répondu à temps sur le port { $port }.
doctor-cause-network-unreachable = Votre réseau ne peut pas atteindre { $host }.
doctor-cause-tls-on-plain-port = SSL/TLS est activé, mais le port { $port } communique sans chiffrement (texte en clair ou STARTTLS).
doctor-cause-plain-on-tls-port = SSL/TLS est désactivé, mais le port { $port } attend SSL/TLS dès le premier octet.
doctor-cause-starttls-not-offered = Le serveur ne propose pas STARTTLS, la connexion ne peut donc pas être chiffrée de cette manière.
doctor-cause-starttls-refused = Le serveur a refusé de passer au chiffrement : « { $text } ».
doctor-cause-starttls-injection = Des données sont arrivées avant le début du chiffrement, comme si quelqu’un manipulait la connexion ; Postern s’est donc arrêté.
doctor-cause-cert-expired = Le certificat du serveur a expiré ({ $date }).
doctor-cause-cert-not-yet-valid = Le certificat du serveur n’est pas encore valide (valide à partir du { $date }).
doctor-cause-cert-wrong-host = Le certificat du serveur a été émis pour un autre nom ({ $subject }).
doctor-cause-cert-self-signed = Le certificat du serveur est auto-signé ({ $subject }) : aucune autorité connue ne s’en porte garante.
doctor-cause-cert-unknown-issuer = Le certificat du serveur a été émis par une autorité que cet ordinateur ne connaît pas ({ $issuer }).
doctor-cause-cert-other = Le certificat du serveur n’est pas digne de confiance ({ $reason }).
doctor-cause-certificate-changed = Le certificat du serveur a changé depuis que vous lui avez accordé votre confiance.
doctor-cause-not-pop3 = Le serveur sur ce port ne parle pas POP3 ; il a répondu « { $excerpt } ».
doctor-cause-not-smtp = Le serveur sur ce port ne parle pas SMTP ; il a répondu « { $excerpt } ».
doctor-cause-login-refused = Le serveur a refusé le nom d’utilisateur ou le mot de passe : « { $text } ».
doctor-cause-mailbox-locked = La boîte aux lettres est utilisée par un autre programme : « { $text } ».
doctor-cause-login-too-soon = Le serveur n’autorise qu’une connexion toutes les quelques minutes : « { $text } ».
doctor-cause-server-temporary = Le serveur rencontre un problème temporaire : « { $text } ».
doctor-cause-smtp-auth-required = Le serveur sortant propose l’authentification et la plupart des serveurs n’envoient le courrier que pour les utilisateurs identifiés, mais l’authentification est désactivée pour ce compte.
doctor-cause-smtp-auth-refused = Le serveur sortant a refusé le nom d’utilisateur ou le mot de passe : « { $text } ».
doctor-cause-smtp-auth-none = Le serveur sortant ne propose aucun moyen de s’identifier sur cette connexion.
doctor-cause-smtp-auth-unavailable = Le serveur sortant ne propose aucune méthode d’identification connue de Postern (il propose { $offered }).
doctor-cause-no-uidl = Le serveur ne sait pas distinguer les messages (pas d’UIDL) : le courrier laissé sur le serveur risque d’être téléchargé à nouveau.
doctor-cause-encryption-required = Le serveur n’accepte les mots de passe que sur une connexion chiffrée : « { $text } ».
doctor-cause-stopped-answering = Le serveur a d’abord répondu, puis a cessé de répondre pendant que Postern s’identifiait ou ouvrait la boîte aux lettres.
doctor-cause-plaintext-not-allowed = La connexion n’est pas chiffrée, le mot de passe circulerait donc en clair ; Postern ne l’a pas envoyé.
doctor-cause-protocol = Le serveur n’a pas respecté le protocole : { $what }.
doctor-cause-other = Une erreur s’est produite : { $text }.
doctor-advice-use-tls = Utilisez le port { $port } avec SSL/TLS : cela fonctionne.
doctor-advice-use-starttls = Utilisez STARTTLS sur le port { $port } : cela fonctionne.
doctor-advice-use-none = Le port { $port } fonctionne sans chiffrement, mais votre mot de passe circule alors en clair.
doctor-advice-compare-fingerprint = Avant de faire confiance au certificat, comparez l’empreinte { $sha256 } avec celle publiée par votre fournisseur.
doctor-advice-enable-smtp-auth = Activez « Mon serveur sortant (SMTP) requiert une authentification ».
doctor-advice-check-host = Vérifiez que le nom du serveur ne contient pas de faute de frappe.
doctor-advice-check-port = Vérifiez le numéro de port ; le serveur ne propose peut-être pas ce service sur le port { $port }.
doctor-advice-check-online = Vérifiez que vous êtes connecté à Internet ; le serveur est peut-être hors service ou bloqué par un pare-feu.
doctor-advice-tls-on-plain-port = Utilisez le port SSL/TLS (995 pour POP3, 465 pour SMTP) ou STARTTLS sur le port { $port }.
doctor-advice-plain-on-tls-port = Activez SSL/TLS pour le port { $port }.
doctor-advice-starttls = Utilisez plutôt le port SSL/TLS (995 pour POP3, 465 pour SMTP) ou renseignez-vous auprès de votre fournisseur.
doctor-advice-injection = Utilisez un autre réseau ou le port SSL/TLS, et prévenez votre fournisseur.
doctor-advice-certificate = Demandez à votre fournisseur le nom de serveur correct, ou comparez le certificat avec celui qu’il publie.
doctor-advice-check-host-port = Vérifiez le nom du serveur et le port.
doctor-advice-login-refused = Vérifiez le nom d’utilisateur et le mot de passe ; certains fournisseurs exigent un mot de passe d’application pour les logiciels de messagerie.
doctor-advice-mailbox-locked = Fermez les autres logiciels de messagerie qui utilisent ce compte, ou patientez quelques minutes.
doctor-advice-login-too-soon = Patientez quelques minutes avant de relever à nouveau le courrier.
doctor-advice-try-later = Réessayez plus tard ; si le problème persiste, prévenez votre fournisseur.
doctor-advice-smtp-auth-refused = Vérifiez le nom d’utilisateur et le mot de passe du serveur sortant.
doctor-advice-smtp-auth-unavailable = Utilisez STARTTLS ou SSL/TLS : de nombreux serveurs ne proposent l’identification que sur une connexion chiffrée.
doctor-advice-no-uidl = Laissez Postern supprimer les messages du serveur après les avoir téléchargés, ou renseignez-vous auprès de votre fournisseur.
doctor-advice-encryption-required = Activez SSL/TLS (port 995) ou STARTTLS (port 110).
doctor-advice-plaintext = Utilisez SSL/TLS ou STARTTLS, ou autorisez explicitement les connexions non chiffrées.

## App

app-no-display = Postern nécessite une session graphique (ni DISPLAY ni WAYLAND_DISPLAY) ; les outils en ligne de commande fonctionnent sans : postern --help
app-no-data-dir = impossible de trouver un dossier de données pour cet utilisateur : utilisez --data-dir DIR
app-cannot-start = impossible d’ouvrir la fenêtre : { $reason }
app-cannot-start-title = Postern ne peut pas démarrer
app-cannot-open-store = Postern ne peut pas ouvrir sa base de données de courrier : { $reason }
app-loading = Chargement…
app-retry = Réessayer
app-dismiss = Fermer
app-keyring-unavailable = Le trousseau de clés du système n’est pas disponible : Postern ne conserve donc vos mots de passe que pour cette session et vous les redemandera la prochaine fois.
inbox-title = Comptes
inbox-add-account = Ajouter un compte
inbox-settings = Paramètres
inbox-get-messages = Relever
inbox-get-account = Relever
inbox-no-accounts = Aucun compte pour l’instant. Ajoutez-en un pour commencer à télécharger votre courrier.
inbox-placeholder-note = La liste des messages arrivera dans une version ultérieure ; en attendant, le courrier téléchargé est conservé en lieu sûr.
inbox-error-load = Postern ne peut pas lire les comptes : { $reason }
inbox-counts = { $count ->
    [one] { $count } message
   *[other] { $count } messages
} ({ $unseen ->
    [one] { $unseen } non lu
   *[other] { $unseen } non lus
})
inbox-connecting = Connexion…
inbox-connected = { $count ->
    [one] { $count } message sur le serveur
   *[other] { $count } messages sur le serveur
}
inbox-progress = Téléchargement de { $done } sur { $total }…
inbox-deleting = { $count ->
    [one] Suppression de { $count } message du serveur…
   *[other] Suppression de { $count } messages du serveur…
}
inbox-fetched = { $count ->
    [0] Aucun nouveau message.
    [one] 1 nouveau message.
   *[other] { $count } nouveaux messages.
}
inbox-password-prompt = Mot de passe pour { $email } :
inbox-password-submit = Relever

## Wizard

wizard-title = Ajouter un compte de messagerie
wizard-step-numbered = { $number }. { $label }
wizard-step-identity = Identité
wizard-step-discovery = Recherche
wizard-step-server = Serveurs
wizard-step-test = Test
wizard-step-options = Options
wizard-next = Suivant
wizard-back = Précédent
wizard-cancel = Annuler
wizard-stop = Arrêter
wizard-finish = Terminer
wizard-continue-anyway = Continuer quand même
wizard-identity-intro = Saisissez l’adresse que vous utilisez déjà. Postern recherche pour vous les bons paramètres de serveur.
wizard-name-label = Votre nom
wizard-name-placeholder = Jean Dupont
wizard-email-label = Adresse électronique
wizard-email-placeholder = jean@example.com
wizard-password-label = Mot de passe
wizard-show-password = Afficher le mot de passe
wizard-password-note = Postern conserve votre mot de passe dans le trousseau de clés du système, jamais dans ses propres fichiers.
wizard-error-name-required = Saisissez votre nom tel que les autres doivent le voir.
wizard-error-email-required = Saisissez votre adresse électronique.
wizard-error-email-invalid = Cela ne ressemble pas à une adresse électronique (nom@example.com).
wizard-error-password-required = Saisissez le mot de passe.
wizard-error-host-required = Saisissez le nom du serveur.
wizard-error-host-invalid = Un nom de serveur ne contient pas d’espaces.
wizard-error-port = Saisissez un port entre 1 et 65535.
wizard-error-username-required = Saisissez le nom d’utilisateur.
wizard-error-plaintext = Acceptez l’avertissement ci-dessus, ou choisissez SSL/TLS ou STARTTLS.
wizard-error-number = Saisissez un nombre entier supérieur à 0.
wizard-error-duplicate = Un compte existe déjà pour { $email }.
wizard-error-save = Postern ne peut pas enregistrer le compte : { $reason }
wizard-error-password-save = Postern ne peut pas enregistrer le mot de passe, le compte n’a donc pas été ajouté : { $reason }
wizard-discovery-running = Recherche des paramètres de { $domain }…
wizard-discovery-provider = Recherche de { $domain } dans la liste des fournisseurs
wizard-discovery-probing = Essai de { $host }, port { $port } ({ $security })
wizard-discovery-found-server = Trouvé : { $server }
wizard-discovery-server = { $host }, port { $port }, { $security }
wizard-discovery-cancel-hint = Cela peut prendre quelques secondes. Cliquez sur « Arrêter » pour saisir vous-même les paramètres.
wizard-discovery-from-provider = Trouvé dans la liste des fournisseurs : { $provider }
wizard-discovery-probed = Trouvé en interrogeant { $host }
wizard-discovery-not-found = Introuvable : saisissez les paramètres de votre serveur.
wizard-discovery-stopped = Recherche arrêtée : saisissez les paramètres de votre serveur.
wizard-discovery-incoming = Entrant (POP3)
wizard-discovery-outgoing = Sortant (SMTP)
wizard-discovery-next-hint = « Suivant » affiche ces paramètres pour que vous puissiez les vérifier ou les modifier.
wizard-server-intro = Saisissez les paramètres de serveur que votre fournisseur vous a communiqués.
wizard-incoming-heading = Serveur entrant
wizard-outgoing-heading = Serveur sortant (SMTP)
wizard-account-type-label = Type de compte
wizard-account-type-pop3 = POP3
wizard-in-host-label = Serveur entrant
wizard-in-host-placeholder = pop.example.com
wizard-out-host-label = Serveur sortant
wizard-out-host-placeholder = smtp.example.com
wizard-outgoing-optional = Laissez vide si vous souhaitez seulement recevoir du courrier avec Postern.
wizard-port-label = Port
wizard-security-label = Sécurité de la connexion
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = Aucune
wizard-in-encrypted = Ce serveur exige une connexion chiffrée (SSL/TLS)
wizard-out-encrypted = Ce serveur exige une connexion chiffrée (SSL/TLS)
wizard-username-label = Nom d’utilisateur
wizard-smtp-auth = Mon serveur sortant (SMTP) requiert une authentification
wizard-smtp-same = Utiliser les mêmes paramètres que mon serveur entrant
wizard-plaintext-title = Votre mot de passe circulerait sans chiffrement
wizard-plaintext-warning = Sans SSL/TLS ni STARTTLS, n’importe qui sur le réseau entre vous et le serveur peut lire votre mot de passe et votre courrier.
wizard-plaintext-accept = Je comprends le risque ; envoyer mon mot de passe sans chiffrement
wizard-test-intro = Postern teste la connexion avec ces paramètres. Rien n’est téléchargé ni supprimé.
wizard-test-again = Tester à nouveau
wizard-test-running = Test en cours…
wizard-test-passed = Tout fonctionne.
wizard-test-warnings = Cela fonctionne, avec des avertissements : lisez-les avant de continuer.
wizard-test-failed = Le test a échoué. Corrigez le problème ci-dessous, ou revenez en arrière avec « Précédent » pour modifier les paramètres.
wizard-test-incoming = Serveur entrant (POP3)
wizard-test-outgoing = Serveur sortant (SMTP)
wizard-outcome-running = en cours
wizard-outcome-passed = réussi
wizard-outcome-warning = avertissement
wizard-outcome-failed = échec
wizard-outcome-skipped = ignoré
wizard-fix-port-security = Utiliser le port { $port } avec { $security }
wizard-fix-trust = Vérifier ce certificat…
wizard-fix-smtp-auth = Activer l’authentification SMTP
wizard-trust-title = Faire confiance à ce certificat ?
wizard-trust-explain = Le certificat du serveur n’a pas pu être vérifié. Ne lui faites confiance que si son empreinte correspond à celle publiée par votre fournisseur.
wizard-trust-subject = Émis pour
wizard-trust-issuer = Émis par
wizard-trust-validity = Validité
wizard-trust-validity-value = du { $from } au { $until }
wizard-trust-fingerprint = Empreinte SHA-256
wizard-trust-compared = J’ai comparé l’empreinte avec celle publiée par mon fournisseur, et elles sont identiques
wizard-trust-confirm = Faire confiance
wizard-options-intro = Comment Postern télécharge votre courrier. Vous pourrez modifier ces réglages plus tard dans les Paramètres.
wizard-options-leave = Laisser les messages sur le serveur
wizard-options-delete-after = Les supprimer du serveur après
wizard-options-days = jours
wizard-options-delete-note = Les messages sont supprimés du serveur dès qu’ils sont stockés ici en toute sécurité.
wizard-options-startup = Vérifier les nouveaux messages au démarrage de Postern
wizard-options-every = Vérifier les nouveaux messages toutes les
wizard-options-minutes = minutes
wizard-options-limit = Ne pas télécharger les messages de plus de
wizard-options-kb = Ko
wizard-options-headers-only = Ne télécharger que leurs en-têtes

## Settings

settings-title = Paramètres
settings-close = Fermer
settings-accounts = Comptes
settings-add-account = Ajouter un compte
settings-no-accounts = Aucun compte.
settings-error-load = Postern ne peut pas lire les comptes : { $reason }
settings-identity = Identité
settings-password-label = Mot de passe
settings-password-unchanged = (inchangé)
settings-error-password-needed = Saisissez le mot de passe pour lancer le test.
settings-test-heading = Test de connexion
settings-retest = Tester à nouveau
settings-retest-note = Teste les valeurs ci-dessus avant que vous ne les enregistriez.
settings-options-heading = Téléchargement
settings-save = Enregistrer
settings-saved = Enregistré.
settings-remove = Supprimer le compte
settings-remove-question = Supprimer le compte { $email } ?
settings-remove-explain = Postern oublie le compte et son mot de passe. Son courrier sur le serveur n’est pas modifié. Voulez-vous conserver les messages déjà téléchargés ?
settings-remove-keep = Supprimer, garder les messages
settings-remove-delete = Supprimer avec les messages
settings-error-remove = Postern ne peut pas supprimer le compte : { $reason }

## Reader
reader-loading = Ouverture du message…
reader-error-load = Postern ne peut pas ouvrir ce message : { $reason }
reader-error-gone = Le message ne se trouve plus dans la boîte aux lettres.
reader-back = Retour (Échap)
reader-delete = Supprimer
reader-mark-unread = Marquer comme non lu
reader-mark-read = Marquer comme lu
reader-view-source = Afficher la source
reader-view-message = Afficher le message
reader-dismiss = Fermer
reader-no-subject = (sans objet)
reader-from = De
reader-reply-to = Répondre à
reader-to = À
reader-cc = Cc
reader-date = Date
reader-no-date = (sans date)
reader-from-misleading = Attention : le nom de l’expéditeur affiche une adresse, mais le message provient en réalité de { $address }.
reader-note-unparsed = Postern ne peut pas lire la structure de ce message ; il est donc affiché en texte brut.
reader-note-partial = Seuls les en-têtes de ce message ont été téléchargés ; le message complet se trouve toujours sur le serveur.
reader-note-truncated = Ce message est très long ; seul son début est affiché.
reader-note-html-fallback = La conversion du HTML de ce message a pris trop de temps ; son texte est affiché sans mise en forme.
reader-note-html = Ce message a été envoyé en HTML ; il est affiché en texte, sans images ni contenu distant.
reader-links = { $count ->
    [one] { $count } lien
   *[other] { $count } liens
}
reader-links-note = Postern n’ouvre jamais les liens. Cliquez sur un lien pour copier sa véritable adresse.
reader-links-more = { $count ->
    [one] { $count } autre lien n’est pas affiché.
   *[other] { $count } autres liens ne sont pas affichés.
}
reader-link-deceptive-mark = ⚠ Trompeur
reader-link-deceptive = Le texte affiche { $shown }, mais le lien mène à { $target }.
reader-link-copied = Copié dans le presse-papiers : { $target }
reader-attachments = { $count ->
    [one] { $count } pièce jointe
   *[other] { $count } pièces jointes
}
reader-save = Enregistrer…
reader-save-all = Tout enregistrer…
reader-save-dialog-title = Enregistrer la pièce jointe
reader-save-all-dialog-title = Choisir un dossier pour les pièces jointes
reader-no-dialog = Aucun sélecteur de fichiers n’est disponible sur ce système. Enregistrer plutôt dans votre dossier Téléchargements ? Les fichiers existants sont conservés.
reader-save-to-downloads = Enregistrer dans Téléchargements
reader-no-downloads = aucun dossier Téléchargements ni dossier personnel n’a été trouvé
reader-saved-one = Enregistré sous { $path }
reader-saved-many = { $count ->
    [one] { $count } fichier enregistré dans { $folder }
   *[other] { $count } fichiers enregistrés dans { $folder }
}
reader-error-attachment = Postern ne peut pas décoder la pièce jointe { $name }.
reader-error-save = Postern ne peut pas enregistrer { $path } : { $reason }
reader-error-delete = Postern ne peut pas déplacer le message dans la corbeille : { $reason }
reader-error-seen = Postern ne peut pas modifier l’état de lecture : { $reason }
reader-size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
reader-size-kb = { $size } Ko
reader-size-mb = { $size } Mo
reader-date-format = { $weekday } { $day ->
    [1] 1er
    [one] { $day }
   *[other] { $day }
} { $month } { $year } à { $time }
reader-weekday = { $day ->
    [0] dim.
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
   *[6] sam.
}
reader-month = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}

## Inbox

inbox-all-accounts = Tous les comptes
inbox-trash = Corbeille
inbox-search-placeholder = Rechercher (expéditeur, objet, texte)
inbox-search-clear = Effacer la recherche
inbox-mark-read = Marquer comme lu
inbox-mark-unread = Marquer comme non lu
inbox-delete = Supprimer
inbox-restore = Restaurer
inbox-undo = Annuler
inbox-column-from = De
inbox-column-subject = Objet
inbox-column-date = Date
inbox-column-size = Taille
inbox-no-subject = (sans objet)
inbox-empty-no-accounts = Aucun compte pour l’instant. Ajoutez-en un et Postern téléchargera votre courrier.
inbox-empty-no-mail = Pas encore de courrier ici. Cliquez sur « Relever » pour le télécharger.
inbox-trash-empty = La corbeille est vide.
inbox-trash-note = Les messages restent dans la corbeille jusqu’à ce que vous la vidiez.
inbox-empty-trash = Vider la corbeille
inbox-empty-trash-question = { $count ->
    [one] Supprimer définitivement le message de la corbeille ? Cette action est irréversible.
   *[other] Supprimer définitivement les { $shown } messages de la corbeille ? Cette action est irréversible.
}
inbox-empty-trash-confirm = Supprimer définitivement
inbox-empty-trash-cancel = Annuler
inbox-searching = Recherche…
inbox-nothing-found = Aucun résultat pour « { $query } ».
inbox-found = { $count ->
    [one] { $shown } message trouvé
   *[other] { $shown } messages trouvés
}
inbox-message-count = { $count ->
    [one] { $shown } message
   *[other] { $shown } messages
}
inbox-indexing = Indexation des messages pour la recherche…
inbox-deleted = { $count ->
    [one] Le message a été déplacé dans la corbeille.
   *[other] { $count } messages ont été déplacés dans la corbeille.
}
inbox-error-store = Postern ne peut ni lire ni modifier sa base de données de courrier : { $reason }
inbox-error-busy = Un autre téléchargement de ce compte est en cours (peut-être « postern fetch ») ; Postern réessaiera sous peu.
inbox-error-closed = Le serveur a fermé la connexion en plein téléchargement.
inbox-sync-account = { $email } : { $status }
inbox-sync-connected = { $count ->
    [one] { $shown } message sur le serveur
   *[other] { $shown } messages sur le serveur
}
inbox-sync-nothing-new = Aucun nouveau message sur le serveur.
inbox-sync-progress = Téléchargement de { $done } sur { $total } — { $got } sur { $size }
inbox-sync-stopping = Arrêt en cours…
inbox-sync-cancel = Annuler
inbox-sync-cancelled = Téléchargement annulé ; les messages déjà reçus sont conservés.
inbox-sync-failed = Impossible de télécharger le courrier de { $email }.
inbox-sync-retry-at = Prochain essai : { $time }.
inbox-sync-try-now = Réessayer maintenant
inbox-sync-retest = Tester à nouveau…
inbox-status-both = Dernière vérification : { $last }, prochaine : { $next }
inbox-status-last = Dernière vérification : { $last }
inbox-status-next = Prochaine vérification : { $next }
inbox-status-never = Pas encore vérifié

## Preferences

size-bytes = { $value } o
size-kb = { $value } Ko
size-mb = { $value } Mo
size-gb = { $value } Go
date-month-short = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
settings-language-heading = Langue
settings-language-system = Langue du système
settings-language-error-save = Postern ne peut pas enregistrer la langue choisie : { $reason }

## Command line

cli-no-data-dir = impossible de trouver un dossier de données pour cet utilisateur : utilisez --data-dir DOSSIER
cli-password-stdin-error = impossible de lire le mot de passe sur l’entrée standard : { $reason }
cli-password-file-error = impossible de lire le fichier de mot de passe { $path } : { $reason }
cli-password-fd-error = impossible de lire le mot de passe depuis le descripteur { $fd } : { $reason }
cli-keyring-unavailable = { $reason }. Indiquez le mot de passe avec --password-stdin, --password-file, --password-fd ou --password-command
cli-no-stored-password = aucun mot de passe n’est enregistré pour { $email } : ajoutez-le à nouveau avec --password-stdin, ou indiquez-le avec --password-stdin / --password-command
cli-keyring-unavailable-add = { $reason }. Sans trousseau, Postern peut exécuter une commande pour obtenir le mot de passe quand il en a besoin : utilisez --password-command COMMANDE
cli-password-save-error = impossible d’enregistrer le mot de passe : { $reason }
cli-plaintext-needs-consent = avec --pop-security none, le mot de passe circule en clair ; ajoutez --allow-plaintext si vous le voulez vraiment
cli-account-added = compte { $email } ajouté (id { $id })
cli-note-no-password-saved = remarque : aucun mot de passe n’a été enregistré ; indiquez-en un à `postern fetch` avec --password-stdin ou --password-command
cli-no-accounts-yet = aucun compte pour l’instant : ajoutez-en un avec `postern account add`
cli-mode-delete = supprimer du serveur
cli-mode-keep-days = { $count ->
    [one] conserver sur le serveur { $n } jour
   *[other] conserver sur le serveur { $n } jours
}
cli-mode-keep = conserver sur le serveur
cli-no-such-account = il n’y a pas de compte « { $email } » ; voir `postern account list`
cli-keyring-remove-failed = remarque : le mot de passe n’a pas pu être retiré du trousseau : { $reason }
cli-keyring-none-removed = remarque : { $reason } ; aucun mot de passe n’a été retiré d’un trousseau
cli-account-removed = compte { $email } supprimé
cli-no-accounts = il n’y a aucun compte : ajoutez-en un avec `postern account add`
cli-password-one-account = un mot de passe donné sur la ligne de commande vaut pour un seul compte : ajoutez --account ADRESSE
cli-fetch-progress = { $email } : message { $done } sur { $total }, { $got } sur { $size }
cli-fetch-none-new = aucun nouveau message
cli-fetch-new = { $count ->
    [one] { $n } nouveau message ({ $size })
   *[other] { $n } nouveaux messages ({ $size })
}
cli-fetch-headers-only = { $count ->
    [one] { $n } en-têtes seulement
   *[other] { $n } en-têtes seulement
}
cli-fetch-deleted = { $count ->
    [one] { $n } supprimé du serveur
   *[other] { $n } supprimés du serveur
}
cli-fetch-skipped = { $count ->
    [one] { $n } au-delà de la taille limite laissé sur le serveur
   *[other] { $n } au-delà de la taille limite laissés sur le serveur
}
cli-fetch-size-mismatch = { $count ->
    [one] { $n } de taille incorrecte conservé sur le serveur
   *[other] { $n } de taille incorrecte conservés sur le serveur
}
cli-fetch-cancelled = annulé
cli-fetch-temporary = { $reason } (temporaire : réessayez plus tard)
cli-fetch-login-refused = connexion refusée : le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe (« { $text } »).
cli-exported = { $count ->
    [one] { $n } message de { $email } exporté vers { $path }
   *[other] { $n } messages de { $email } exportés vers { $path }
}
cli-doctor-need-settings = indiquez --account ADRESSE, ou les paramètres (--email, --pop-host ...)
cli-doctor-note-plaintext = remarque : sans --allow-plaintext, aucun mot de passe n’est envoyé en clair
cli-doctor-need-password = indiquez le mot de passe avec --password-stdin, --password-file, --password-fd ou --password-command
cli-doctor-cause = Cause : { $text }
cli-doctor-fix = Solution : { $text }
cli-discover-not-address = « { $address } » n’est pas une adresse électronique
cli-discover-runtime-error = impossible de démarrer l’environnement d’exécution asynchrone : { $reason }
cli-discover-json-error = impossible d’écrire le JSON : { $reason }
cli-discover-looking-up = recherche de { $domain } dans la liste des fournisseurs...
cli-discover-probing = test de { $host } port { $port } ({ $security })...
cli-discover-found-provider = trouvé dans la liste des fournisseurs : { $provider }
cli-discover-found-probing = trouvé en testant { $host }
cli-discover-not-found = introuvable
cli-discover-server = { $label } : { $host }:{ $port } ({ $security }), nom d’utilisateur { $username } — { $origin }
cli-discover-cert-warning = avertissement : son certificat n’a pas passé la vérification ; lancez `postern doctor` pour savoir pourquoi
cli-discover-nothing = { $label } : rien trouvé ; saisissez les paramètres manuellement
cli-discover-provider = fournisseur : { $provider }
cli-discover-incoming = serveur entrant (POP3)
cli-discover-outgoing = serveur sortant (SMTP)
cli-note = remarque : { $text }

## Doctor details

doctor-detail-not-used = non utilisée
doctor-detail-auth-offered = non utilisée ; le serveur propose AUTH { $mechanisms }
doctor-detail-no-password-sent = non chiffrée ; aucun mot de passe envoyé
doctor-detail-no-smtp-password = aucun mot de passe pour le serveur sortant
