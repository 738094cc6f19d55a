## Postern — Deutsch (übersetzt aus dem englischen Referenzkatalog
## i18n/en/postern.ftl: genau dieselben Schlüssel, keine zusätzlichen).

app-title = Postern

## Discovery

discover-note-enable-pop = Der POP-Zugriff bleibt ausgeschaltet, bis Sie ihn in den Web-Einstellungen des Anbieters einschalten.
discover-note-app-password = Dieser Anbieter verlangt für E-Mail-Programme ein App-Passwort: Erstellen Sie eines in seinen Web-Einstellungen und verwenden Sie es anstelle Ihres Kontopassworts.
discover-note-mail-password = Dieser Anbieter verlangt für E-Mail-Programme ein eigenes E-Mail-Passwort: Legen Sie eines in seinen Web-Einstellungen fest.
discover-note-oauth-required = Dieser Anbieter möchte, dass Sie sich über seine Webseite anmelden (OAuth); ein Passwort lehnt er möglicherweise ab.
discover-note-no-pop3 = Dieser Anbieter bietet kein POP3 an, daher kann Postern seine E-Mails nicht herunterladen.
discover-note-bridge-imap-only = Sein Bridge-Programm unterstützt nur IMAP, kein POP3.

## Doctor

doctor-step-dns = Server suchen
doctor-step-connect = Verbinden
doctor-step-tls = Verschlüsselung aufbauen (SSL/TLS)
doctor-step-greeting = Auf Begrüßung des Servers warten
doctor-step-capabilities = Server-Fähigkeiten abfragen
doctor-step-starttls = Verschlüsselung starten (STARTTLS)
doctor-step-login = Anmelden
doctor-step-mailbox = Postfach öffnen
doctor-step-ehlo = Beim Server vorstellen (EHLO)
doctor-step-auth = Authentifizieren
doctor-mailbox-detail = { $count ->
    [one] 1 Nachricht
   *[other] { $count } Nachrichten
}, { $size }
doctor-cause-server-not-found = Der Servername { $host } wurde nicht gefunden.
doctor-cause-connection-refused = { $host } hat die Verbindung auf Port { $port } abgelehnt: Dort ist kein Dienst aktiv.
doctor-cause-timeout = { $host } hat auf Port { $port } nicht rechtzeitig geantwortet.
doctor-cause-network-unreachable = Ihr Netzwerk kann { $host } nicht erreichen.
doctor-cause-tls-on-plain-port = SSL/TLS ist eingeschaltet, aber Port { $port } arbeitet ohne Verschlüsselung (Klartext oder STARTTLS).
doctor-cause-plain-on-tls-port = SSL/TLS ist ausgeschaltet, aber Port { $port } erwartet SSL/TLS ab dem ersten Byte.
doctor-cause-starttls-not-offered = Der Server bietet kein STARTTLS an, daher kann die Verbindung auf diese Weise nicht verschlüsselt werden.
doctor-cause-starttls-refused = Der Server hat das Umschalten auf Verschlüsselung abgelehnt: „{ $text }“.
doctor-cause-starttls-injection = Vor Beginn der Verschlüsselung kamen bereits Daten an, als würde jemand die Verbindung manipulieren; deshalb hat Postern abgebrochen.
doctor-cause-cert-expired = Das Zertifikat des Servers ist abgelaufen ({ $date }).
doctor-cause-cert-not-yet-valid = Das Zertifikat des Servers ist noch nicht gültig (gültig ab { $date }).
doctor-cause-cert-wrong-host = Das Zertifikat des Servers wurde für einen anderen Namen ausgestellt ({ $subject }).
doctor-cause-cert-self-signed = Das Zertifikat des Servers ist selbst signiert ({ $subject }), daher bürgt keine bekannte Zertifizierungsstelle dafür.
doctor-cause-cert-unknown-issuer = Das Zertifikat des Servers wurde von einer Zertifizierungsstelle ausgestellt, die dieser Computer nicht kennt ({ $issuer }).
doctor-cause-cert-other = Dem Zertifikat des Servers kann nicht vertraut werden ({ $reason }).
doctor-cause-certificate-changed = Das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben.
doctor-cause-not-pop3 = Der Server auf diesem Port spricht kein POP3; er meldete „{ $excerpt }“.
doctor-cause-not-smtp = Der Server auf diesem Port spricht kein SMTP; er meldete „{ $excerpt }“.
doctor-cause-login-refused = Der Server hat Benutzername oder Passwort abgelehnt: „{ $text }“.
doctor-cause-mailbox-locked = Das Postfach wird von einem anderen Programm verwendet: „{ $text }“.
doctor-cause-login-too-soon = Der Server erlaubt die Anmeldung nur alle paar Minuten: „{ $text }“.
doctor-cause-server-temporary = Der Server hat ein vorübergehendes Problem: „{ $text }“.
doctor-cause-smtp-auth-required = Der Postausgangs-Server bietet Authentifizierung an, und die meisten Server versenden E-Mails nur für angemeldete Benutzer, aber für dieses Konto ist die Authentifizierung ausgeschaltet.
doctor-cause-smtp-auth-refused = Der Postausgangs-Server hat Benutzername oder Passwort abgelehnt: „{ $text }“.
doctor-cause-smtp-auth-none = Der Postausgangs-Server bietet auf dieser Verbindung keine Möglichkeit zur Anmeldung.
doctor-cause-smtp-auth-unavailable = Der Postausgangs-Server bietet kein Anmeldeverfahren an, das Postern kennt (angeboten: { $offered }).
doctor-cause-no-uidl = Der Server kann Nachrichten nicht unterscheiden (kein UIDL), daher werden auf dem Server belassene Nachrichten möglicherweise erneut heruntergeladen.
doctor-cause-encryption-required = Der Server akzeptiert Passwörter nur über eine verschlüsselte Verbindung: „{ $text }“.
doctor-cause-stopped-answering = Der Server hat zunächst geantwortet, dann aber nicht mehr, während Postern sich anmeldete oder das Postfach öffnete.
doctor-cause-plaintext-not-allowed = Die Verbindung ist nicht verschlüsselt, das Passwort würde also im Klartext übertragen; Postern hat es nicht gesendet.
doctor-cause-protocol = Der Server hat sich nicht an das Protokoll gehalten: { $what }.
doctor-cause-other = Ein Fehler ist aufgetreten: { $text }.
doctor-advice-use-tls = Verwenden Sie Port { $port } mit SSL/TLS: Das funktioniert.
doctor-advice-use-starttls = Verwenden Sie STARTTLS auf Port { $port }: Das funktioniert.
doctor-advice-use-none = Port { $port } funktioniert ohne Verschlüsselung, dann wird Ihr Passwort jedoch im Klartext übertragen.
doctor-advice-compare-fingerprint = Vergleichen Sie den Fingerabdruck { $sha256 } mit dem von Ihrem Anbieter veröffentlichten, bevor Sie dem Zertifikat vertrauen.
doctor-advice-enable-smtp-auth = Schalten Sie „Mein Postausgangs-Server (SMTP) erfordert Authentifizierung“ ein.
doctor-advice-check-host = Prüfen Sie den Servernamen auf Tippfehler.
doctor-advice-check-port = Prüfen Sie die Portnummer; der Server bietet diesen Dienst auf Port { $port } möglicherweise nicht an.
doctor-advice-check-online = Prüfen Sie, ob Sie online sind; der Server ist vielleicht nicht erreichbar oder wird von einer Firewall blockiert.
doctor-advice-tls-on-plain-port = Verwenden Sie den SSL/TLS-Port (995 für POP3, 465 für SMTP) oder STARTTLS auf Port { $port }.
doctor-advice-plain-on-tls-port = Schalten Sie SSL/TLS für Port { $port } ein.
doctor-advice-starttls = Verwenden Sie stattdessen den SSL/TLS-Port (995 für POP3, 465 für SMTP) oder fragen Sie Ihren Anbieter.
doctor-advice-injection = Verwenden Sie ein anderes Netzwerk oder den SSL/TLS-Port und informieren Sie Ihren Anbieter.
doctor-advice-certificate = Fragen Sie Ihren Anbieter nach dem richtigen Servernamen oder vergleichen Sie das Zertifikat mit dem von ihm veröffentlichten.
doctor-advice-check-host-port = Prüfen Sie Servername und Port.
doctor-advice-login-refused = Prüfen Sie Benutzername und Passwort; manche Anbieter verlangen für E-Mail-Programme ein App-Passwort.
doctor-advice-mailbox-locked = Schließen Sie andere E-Mail-Programme, die dieses Konto verwenden, oder warten Sie einige Minuten.
doctor-advice-login-too-soon = Warten Sie einige Minuten, bevor Sie erneut Nachrichten abrufen.
doctor-advice-try-later = Versuchen Sie es später erneut; wenn das Problem bestehen bleibt, informieren Sie Ihren Anbieter.
doctor-advice-smtp-auth-refused = Prüfen Sie Benutzername und Passwort für den Postausgangs-Server.
doctor-advice-smtp-auth-unavailable = Verwenden Sie STARTTLS oder SSL/TLS: Viele Server bieten die Anmeldung nur über eine verschlüsselte Verbindung an.
doctor-advice-no-uidl = Lassen Sie Postern die Nachrichten nach dem Herunterladen vom Server löschen oder fragen Sie Ihren Anbieter.
doctor-advice-encryption-required = Schalten Sie SSL/TLS (Port 995) oder STARTTLS (Port 110) ein.
doctor-advice-plaintext = Verwenden Sie SSL/TLS oder STARTTLS oder erlauben Sie unverschlüsselte Verbindungen ausdrücklich.

## App

app-no-display = Postern benötigt eine grafische Sitzung (kein DISPLAY oder WAYLAND_DISPLAY); die Befehlszeilenwerkzeuge funktionieren auch ohne: postern --help
app-no-data-dir = kein Datenverzeichnis für diesen Benutzer gefunden: verwenden Sie --data-dir DIR
app-cannot-start = Fenster kann nicht geöffnet werden: { $reason }
app-cannot-start-title = Postern kann nicht starten
app-cannot-open-store = Postern kann seine E-Mail-Datenbank nicht öffnen: { $reason }
app-loading = Wird geladen…
app-retry = Erneut versuchen
app-dismiss = Schließen
app-keyring-unavailable = Der Schlüsselbund des Systems ist nicht verfügbar. Postern speichert Ihre Passwörter daher nur für diese Sitzung und fragt beim nächsten Mal erneut danach.
inbox-title = Konten
inbox-add-account = Konto hinzufügen
inbox-settings = Einstellungen
inbox-get-messages = Abrufen
inbox-get-account = Nachrichten abrufen
inbox-no-accounts = Noch keine Konten. Fügen Sie eines hinzu, um Ihre E-Mails herunterzuladen.
inbox-placeholder-note = Die Nachrichtenliste folgt in einer späteren Version; heruntergeladene E-Mails werden bis dahin sicher gespeichert.
inbox-error-load = Postern kann die Konten nicht lesen: { $reason }
inbox-counts = { $count ->
    [one] 1 Nachricht
   *[other] { $count } Nachrichten
} ({ $unseen } ungelesen)
inbox-connecting = Verbindung wird hergestellt…
inbox-connected = { $count ->
    [one] 1 Nachricht auf dem Server
   *[other] { $count } Nachrichten auf dem Server
}
inbox-progress = Herunterladen: { $done } von { $total }…
inbox-deleting = { $count ->
    [one] 1 Nachricht wird vom Server gelöscht…
   *[other] { $count } Nachrichten werden vom Server gelöscht…
}
inbox-fetched = { $count ->
    [0] Keine neuen Nachrichten.
    [one] 1 neue Nachricht.
   *[other] { $count } neue Nachrichten.
}
inbox-password-prompt = Passwort für { $email }:
inbox-password-submit = Nachrichten abrufen

## Wizard

wizard-title = E-Mail-Konto hinzufügen
wizard-step-numbered = { $number }. { $label }
wizard-step-identity = Ihre Daten
wizard-step-discovery = Einstellungen suchen
wizard-step-server = Server
wizard-step-test = Test
wizard-step-options = Optionen
wizard-next = Weiter
wizard-back = Zurück
wizard-cancel = Abbrechen
wizard-stop = Anhalten
wizard-finish = Fertig
wizard-continue-anyway = Trotzdem fortfahren
wizard-identity-intro = Geben Sie die Adresse ein, die Sie bereits verwenden. Postern sucht die passenden Server-Einstellungen.
wizard-name-label = Ihr Name
wizard-name-placeholder = Max Mustermann
wizard-email-label = E-Mail-Adresse
wizard-email-placeholder = max@example.com
wizard-password-label = Passwort
wizard-show-password = Passwort anzeigen
wizard-password-note = Postern speichert Ihr Passwort im Schlüsselbund des Systems, niemals in seinen eigenen Dateien.
wizard-error-name-required = Geben Sie Ihren Namen so ein, wie andere ihn sehen sollen.
wizard-error-email-required = Geben Sie Ihre E-Mail-Adresse ein.
wizard-error-email-invalid = Das sieht nicht wie eine E-Mail-Adresse aus (name@example.com).
wizard-error-password-required = Geben Sie das Passwort ein.
wizard-error-host-required = Geben Sie den Servernamen ein.
wizard-error-host-invalid = Ein Servername enthält keine Leerzeichen.
wizard-error-port = Geben Sie einen Port zwischen 1 und 65535 ein.
wizard-error-username-required = Geben Sie den Benutzernamen ein.
wizard-error-plaintext = Bestätigen Sie die Warnung oben oder wählen Sie SSL/TLS oder STARTTLS.
wizard-error-number = Geben Sie eine ganze Zahl größer als 0 ein.
wizard-error-duplicate = Ein Konto für { $email } ist bereits vorhanden.
wizard-error-save = Postern kann das Konto nicht speichern: { $reason }
wizard-error-password-save = Postern kann das Passwort nicht speichern, daher wurde das Konto nicht hinzugefügt: { $reason }
wizard-discovery-running = Einstellungen für { $domain } werden gesucht…
wizard-discovery-provider = { $domain } wird in der Anbieterliste gesucht
wizard-discovery-probing = { $host }, Port { $port } ({ $security }) wird getestet
wizard-discovery-found-server = Gefunden: { $server }
wizard-discovery-server = { $host }, Port { $port }, { $security }
wizard-discovery-cancel-hint = Das kann einige Sekunden dauern. Mit „Anhalten“ können Sie die Einstellungen selbst eingeben.
wizard-discovery-from-provider = In der Anbieterliste gefunden: { $provider }
wizard-discovery-probed = Durch Testen von { $host } gefunden
wizard-discovery-not-found = Nicht gefunden: Geben Sie Ihre Server-Einstellungen ein.
wizard-discovery-stopped = Suche angehalten: Geben Sie Ihre Server-Einstellungen ein.
wizard-discovery-incoming = Eingehend (POP3)
wizard-discovery-outgoing = Ausgehend (SMTP)
wizard-discovery-next-hint = „Weiter“ zeigt diese Einstellungen an, damit Sie sie prüfen oder ändern können.
wizard-server-intro = Geben Sie die Server-Einstellungen ein, die Sie von Ihrem Anbieter erhalten haben.
wizard-incoming-heading = Posteingangs-Server
wizard-outgoing-heading = Postausgangs-Server (SMTP)
wizard-account-type-label = Kontotyp
wizard-account-type-pop3 = POP3
wizard-in-host-label = Posteingangs-Server
wizard-in-host-placeholder = pop.example.com
wizard-out-host-label = Postausgangs-Server
wizard-out-host-placeholder = smtp.example.com
wizard-outgoing-optional = Leer lassen, wenn Sie mit Postern nur E-Mails empfangen möchten.
wizard-port-label = Port
wizard-security-label = Verbindungssicherheit
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = Keine
wizard-in-encrypted = Verschlüsselte Verbindung erforderlich (SSL/TLS)
wizard-out-encrypted = Verschlüsselte Verbindung erforderlich (SSL/TLS)
wizard-username-label = Benutzername
wizard-smtp-auth = Mein Postausgangs-Server (SMTP) erfordert Authentifizierung
wizard-smtp-same = Gleiche Einstellungen wie für den Posteingangs-Server verwenden
wizard-plaintext-title = Ihr Passwort würde unverschlüsselt übertragen
wizard-plaintext-warning = Ohne SSL/TLS oder STARTTLS kann jeder im Netzwerk zwischen Ihnen und dem Server Ihr Passwort und Ihre E-Mails mitlesen.
wizard-plaintext-accept = Ich verstehe das Risiko; mein Passwort unverschlüsselt senden
wizard-test-intro = Postern testet die Verbindung mit diesen Einstellungen. Dabei wird nichts heruntergeladen oder gelöscht.
wizard-test-again = Erneut testen
wizard-test-running = Test läuft…
wizard-test-passed = Alles funktioniert.
wizard-test-warnings = Es funktioniert, aber mit Warnungen: Lesen Sie diese, bevor Sie fortfahren.
wizard-test-failed = Der Test ist fehlgeschlagen. Beheben Sie das Problem unten oder ändern Sie die Einstellungen über „Zurück“.
wizard-test-incoming = Posteingangs-Server (POP3)
wizard-test-outgoing = Postausgangs-Server (SMTP)
wizard-outcome-running = läuft
wizard-outcome-passed = bestanden
wizard-outcome-warning = Warnung
wizard-outcome-failed = fehlgeschlagen
wizard-outcome-skipped = übersprungen
wizard-fix-port-security = Port { $port } mit { $security } verwenden
wizard-fix-trust = Zertifikat prüfen…
wizard-fix-smtp-auth = SMTP-Authentifizierung einschalten
wizard-trust-title = Diesem Zertifikat vertrauen?
wizard-trust-explain = Das Zertifikat des Servers konnte nicht überprüft werden. Vertrauen Sie ihm nur, wenn sein Fingerabdruck mit dem von Ihrem Anbieter veröffentlichten übereinstimmt.
wizard-trust-subject = Ausgestellt für
wizard-trust-issuer = Ausgestellt von
wizard-trust-validity = Gültig
wizard-trust-validity-value = von { $from } bis { $until }
wizard-trust-fingerprint = SHA-256-Fingerabdruck
wizard-trust-compared = Ich habe den Fingerabdruck mit dem von meinem Anbieter veröffentlichten verglichen, und beide stimmen überein
wizard-trust-confirm = Diesem Zertifikat vertrauen
wizard-options-intro = So lädt Postern Ihre E-Mails herunter. Sie können das später in den Einstellungen ändern.
wizard-options-leave = Nachrichten auf dem Server belassen
wizard-options-delete-after = Vom Server löschen nach
wizard-options-days = Tagen
wizard-options-delete-note = Nachrichten werden vom Server gelöscht, sobald sie hier sicher gespeichert sind.
wizard-options-startup = Beim Start von Postern auf neue Nachrichten prüfen
wizard-options-every = Automatisch abrufen alle
wizard-options-minutes = Minuten
wizard-options-limit = Keine Nachrichten herunterladen, die größer sind als
wizard-options-kb = KB
wizard-options-headers-only = Nur deren Kopfzeilen herunterladen

## Settings

settings-title = Einstellungen
settings-close = Schließen
settings-accounts = Konten
settings-add-account = Konto hinzufügen
settings-no-accounts = Keine Konten.
settings-error-load = Postern kann die Konten nicht lesen: { $reason }
settings-identity = Identität
settings-password-label = Passwort
settings-password-unchanged = (unverändert)
settings-error-password-needed = Geben Sie das Passwort ein, um den Test auszuführen.
settings-test-heading = Verbindungstest
settings-retest = Erneut testen
settings-retest-note = Testet die obigen Werte, bevor Sie sie speichern.
settings-options-heading = Herunterladen
settings-save = Speichern
settings-saved = Gespeichert.
settings-remove = Konto entfernen
settings-remove-question = Das Konto { $email } entfernen?
settings-remove-explain = Postern vergisst das Konto und sein Passwort. Die E-Mails auf dem Server bleiben unberührt. Möchten Sie die bereits heruntergeladenen Nachrichten behalten?
settings-remove-keep = Entfernen, Nachrichten behalten
settings-remove-delete = Entfernen und Nachrichten löschen
settings-error-remove = Postern kann das Konto nicht entfernen: { $reason }

## Reader
reader-loading = Nachricht wird geöffnet…
reader-error-load = Postern kann diese Nachricht nicht öffnen: { $reason }
reader-error-gone = Die Nachricht ist nicht mehr im Postfach.
reader-back = Zurück (Esc)
reader-delete = Löschen
reader-mark-unread = Als ungelesen markieren
reader-mark-read = Als gelesen markieren
reader-view-source = Quelltext anzeigen
reader-view-message = Nachricht anzeigen
reader-dismiss = Schließen
reader-no-subject = (kein Betreff)
reader-from = Von
reader-reply-to = Antwort an
reader-to = An
reader-cc = Kopie (CC)
reader-date = Datum
reader-no-date = (kein Datum)
reader-from-misleading = Vorsicht: Der Name des Absenders zeigt eine Adresse, aber die Nachricht stammt tatsächlich von { $address }.
reader-note-unparsed = Postern kann den Aufbau dieser Nachricht nicht lesen, daher wird sie als Rohtext angezeigt.
reader-note-partial = Von dieser Nachricht wurden nur die Kopfzeilen heruntergeladen; die vollständige Nachricht liegt noch auf dem Server.
reader-note-truncated = Diese Nachricht ist sehr lang; nur ihr Anfang wird angezeigt.
reader-note-html-fallback = Die Umwandlung des HTML-Inhalts dieser Nachricht hat zu lange gedauert; der Text wird ohne Formatierung angezeigt.
reader-note-html = Diese Nachricht wurde als HTML gesendet; sie wird als Text angezeigt, ohne Bilder oder externe Inhalte.
reader-links = { $count ->
    [one] 1 Link
   *[other] { $count } Links
}
reader-links-note = Postern öffnet niemals Links. Klicken Sie auf einen Link, um seine tatsächliche Adresse zu kopieren.
reader-links-more = { $count ->
    [one] 1 weiterer Link wird nicht angezeigt.
   *[other] { $count } weitere Links werden nicht angezeigt.
}
reader-link-deceptive-mark = ⚠ Irreführend
reader-link-deceptive = Der Text zeigt { $shown }, aber der Link führt zu { $target }.
reader-link-copied = In die Zwischenablage kopiert: { $target }
reader-attachments = { $count ->
    [one] 1 Anhang
   *[other] { $count } Anhänge
}
reader-save = Speichern…
reader-save-all = Alle speichern…
reader-save-dialog-title = Anhang speichern
reader-save-all-dialog-title = Ordner für die Anhänge wählen
reader-no-dialog = Auf diesem System ist kein Dateiauswahldialog verfügbar. Stattdessen im Ordner „Downloads“ speichern? Vorhandene Dateien bleiben erhalten.
reader-save-to-downloads = In „Downloads“ speichern
reader-no-downloads = weder ein Ordner „Downloads“ noch ein persönlicher Ordner wurde gefunden
reader-saved-one = Gespeichert als { $path }
reader-saved-many = { $count ->
    [one] 1 Datei in { $folder } gespeichert
   *[other] { $count } Dateien in { $folder } gespeichert
}
reader-error-attachment = Postern kann den Anhang { $name } nicht dekodieren.
reader-error-save = Postern kann { $path } nicht speichern: { $reason }
reader-error-delete = Postern kann die Nachricht nicht in den Papierkorb verschieben: { $reason }
reader-error-seen = Postern kann den Lesestatus nicht ändern: { $reason }
reader-size-bytes = { $count ->
    [one] 1 Byte
   *[other] { $count } Bytes
}
reader-size-kb = { $size } KB
reader-size-mb = { $size } MB
reader-date-format = { $weekday }, { $day }. { $month } { $year }, { $time }
reader-weekday = { $day ->
    [0] So.
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
   *[6] Sa.
}
reader-month = { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}

## Inbox

inbox-all-accounts = Alle Konten
inbox-trash = Papierkorb
inbox-search-placeholder = Absender, Betreff und Text durchsuchen
inbox-search-clear = Suche leeren
inbox-mark-read = Als gelesen markieren
inbox-mark-unread = Als ungelesen markieren
inbox-delete = Löschen
inbox-restore = Wiederherstellen
inbox-undo = Rückgängig
inbox-column-from = Von
inbox-column-subject = Betreff
inbox-column-date = Datum
inbox-column-size = Größe
inbox-no-subject = (kein Betreff)
inbox-empty-no-accounts = Noch keine Konten. Fügen Sie eines hinzu, dann lädt Postern Ihre E-Mails herunter.
inbox-empty-no-mail = Hier sind noch keine E-Mails. Klicken Sie auf „Abrufen“, um sie herunterzuladen.
inbox-trash-empty = Der Papierkorb ist leer.
inbox-trash-note = Nachrichten bleiben im Papierkorb, bis Sie ihn leeren.
inbox-empty-trash = Papierkorb leeren
inbox-empty-trash-question = { $count ->
    [one] Die Nachricht im Papierkorb endgültig löschen? Dies kann nicht rückgängig gemacht werden.
   *[other] Die { $shown } Nachrichten im Papierkorb endgültig löschen? Dies kann nicht rückgängig gemacht werden.
}
inbox-empty-trash-confirm = Endgültig löschen
inbox-empty-trash-cancel = Abbrechen
inbox-searching = Suche läuft…
inbox-nothing-found = Keine Treffer für „{ $query }“.
inbox-found = { $count ->
    [one] 1 Nachricht gefunden
   *[other] { $shown } Nachrichten gefunden
}
inbox-message-count = { $count ->
    [one] 1 Nachricht
   *[other] { $shown } Nachrichten
}
inbox-indexing = Nachrichten werden für die Suche indiziert…
inbox-deleted = { $count ->
    [one] Die Nachricht wurde in den Papierkorb verschoben.
   *[other] { $count } Nachrichten wurden in den Papierkorb verschoben.
}
inbox-error-store = Postern kann seine E-Mail-Datenbank nicht lesen oder ändern: { $reason }
inbox-error-busy = Für dieses Konto läuft bereits ein anderer Download (vielleicht „postern fetch“); Postern versucht es gleich noch einmal.
inbox-error-closed = Der Server hat die Verbindung mitten im Download getrennt.
inbox-sync-account = { $email }: { $status }
inbox-sync-connected = { $count ->
    [one] Eine Nachricht auf dem Server
   *[other] { $shown } Nachrichten auf dem Server
}
inbox-sync-nothing-new = Keine neuen Nachrichten auf dem Server.
inbox-sync-progress = Herunterladen: { $done } von { $total } – { $got } von { $size }
inbox-sync-stopping = Wird angehalten…
inbox-sync-cancel = Abbrechen
inbox-sync-cancelled = Download abgebrochen; bereits empfangene Nachrichten bleiben erhalten.
inbox-sync-failed = Die E-Mails von { $email } können nicht heruntergeladen werden.
inbox-sync-retry-at = Nächster Versuch: { $time }.
inbox-sync-try-now = Jetzt versuchen
inbox-sync-retest = Erneut testen…
inbox-status-both = Zuletzt abgerufen: { $last }, nächster Abruf: { $next }
inbox-status-last = Zuletzt abgerufen: { $last }
inbox-status-next = Nächster Abruf: { $next }
inbox-status-never = Noch nicht abgerufen

## Preferences

size-bytes = { $value } B
size-kb = { $value } KB
size-mb = { $value } MB
size-gb = { $value } GB
date-month-short = { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
settings-language-heading = Sprache
settings-language-system = Systemsprache
settings-language-error-save = Postern kann die gewählte Sprache nicht speichern: { $reason }

## Command line

cli-no-data-dir = Für diesen Benutzer wurde kein Datenverzeichnis gefunden: Verwenden Sie --data-dir VERZ
cli-password-stdin-error = Das Passwort kann nicht von der Standardeingabe gelesen werden: { $reason }
cli-password-file-error = Die Passwortdatei { $path } kann nicht gelesen werden: { $reason }
cli-password-fd-error = Das Passwort kann nicht aus dem Dateideskriptor { $fd } gelesen werden: { $reason }
cli-keyring-unavailable = { $reason }. Geben Sie das Passwort mit --password-stdin, --password-file, --password-fd oder --password-command an
cli-no-stored-password = Für { $email } ist kein Passwort gespeichert: Fügen Sie es mit --password-stdin erneut hinzu oder geben Sie es mit --password-stdin / --password-command an
cli-keyring-unavailable-add = { $reason }. Ohne Schlüsselbund kann Postern bei Bedarf einen Befehl ausführen, der das Passwort liefert: Verwenden Sie --password-command BEFEHL
cli-password-save-error = Das Passwort kann nicht gespeichert werden: { $reason }
cli-plaintext-needs-consent = Mit --pop-security none wird das Passwort unverschlüsselt übertragen; fügen Sie --allow-plaintext hinzu, wenn Sie das wirklich wollen
cli-account-added = Konto { $email } hinzugefügt (ID { $id })
cli-note-no-password-saved = Hinweis: Es wurde kein Passwort gespeichert; übergeben Sie es `postern fetch` mit --password-stdin oder --password-command
cli-no-accounts-yet = Noch keine Konten: Fügen Sie eines mit `postern account add` hinzu
cli-mode-delete = Vom Server löschen
cli-mode-keep-days = { $count ->
    [one] { $n } Tag auf dem Server belassen
   *[other] { $n } Tage auf dem Server belassen
}
cli-mode-keep = Auf dem Server belassen
cli-no-such-account = Es gibt kein Konto „{ $email }“; siehe `postern account list`
cli-keyring-remove-failed = Hinweis: Das Passwort konnte nicht aus dem Schlüsselbund (Keyring) entfernt werden: { $reason }
cli-keyring-none-removed = Hinweis: { $reason }; es wurde kein Passwort aus einem Schlüsselbund entfernt
cli-account-removed = Konto { $email } entfernt
cli-no-accounts = Es gibt keine Konten: Fügen Sie eines mit `postern account add` hinzu
cli-password-one-account = Ein auf der Befehlszeile angegebenes Passwort gilt für ein einziges Konto: Fügen Sie --account ADRESSE hinzu
cli-fetch-progress = { $email }: Nachricht { $done } von { $total }, { $got } von { $size }
cli-fetch-none-new = keine neuen Nachrichten
cli-fetch-new = { $count ->
    [one] { $n } neue Nachricht ({ $size })
   *[other] { $n } neue Nachrichten ({ $size })
}
cli-fetch-headers-only = { $count ->
    [one] { $n } nur als Kopfzeilen
   *[other] { $n } nur als Kopfzeilen
}
cli-fetch-deleted = { $count ->
    [one] { $n } vom Server gelöscht
   *[other] { $n } vom Server gelöscht
}
cli-fetch-skipped = { $count ->
    [one] { $n } über der Größenbeschränkung auf dem Server belassen
   *[other] { $n } über der Größenbeschränkung auf dem Server belassen
}
cli-fetch-size-mismatch = { $count ->
    [one] { $n } mit falscher Größe auf dem Server belassen
   *[other] { $n } mit falscher Größe auf dem Server belassen
}
cli-fetch-cancelled = abgebrochen
cli-fetch-temporary = { $reason } (vorübergehend: versuchen Sie es später erneut)
cli-fetch-login-refused = Anmeldung abgelehnt: Der Server hat den Benutzernamen oder das Passwort nicht akzeptiert („{ $text }“).
cli-exported = { $count ->
    [one] { $n } Nachricht von { $email } nach { $path } exportiert
   *[other] { $n } Nachrichten von { $email } nach { $path } exportiert
}
cli-doctor-need-settings = Geben Sie --account ADRESSE oder die Einstellungen (--email, --pop-host ...) an
cli-doctor-note-plaintext = Hinweis: Ohne --allow-plaintext wird kein Passwort unverschlüsselt gesendet
cli-doctor-need-password = Geben Sie das Passwort mit --password-stdin, --password-file, --password-fd oder --password-command an
cli-doctor-cause = Ursache: { $text }
cli-doctor-fix = Lösung: { $text }
cli-discover-not-address = „{ $address }“ ist keine E-Mail-Adresse
cli-discover-runtime-error = Die asynchrone Laufzeitumgebung kann nicht gestartet werden: { $reason }
cli-discover-json-error = JSON kann nicht geschrieben werden: { $reason }
cli-discover-looking-up = { $domain } wird in der Anbieterliste gesucht...
cli-discover-probing = { $host } Port { $port } ({ $security }) wird getestet...
cli-discover-found-provider = in der Anbieterliste gefunden: { $provider }
cli-discover-found-probing = durch Testen von { $host } gefunden
cli-discover-not-found = nicht gefunden
cli-discover-server = { $label }: { $host }:{ $port } ({ $security }), Benutzername { $username } — { $origin }
cli-discover-cert-warning = Warnung: Sein Zertifikat hat die Prüfung nicht bestanden; führen Sie `postern doctor` aus, um den Grund zu sehen
cli-discover-nothing = { $label }: nichts gefunden; geben Sie die Einstellungen manuell ein
cli-discover-provider = Anbieter: { $provider }
cli-discover-incoming = Posteingangs-Server (POP3)
cli-discover-outgoing = Postausgangs-Server (SMTP)
cli-note = Hinweis: { $text }

## Doctor details

doctor-detail-not-used = nicht verwendet
doctor-detail-auth-offered = nicht verwendet; der Server bietet AUTH { $mechanisms } an
doctor-detail-no-password-sent = nicht verschlüsselt; kein Passwort gesendet
doctor-detail-no-smtp-password = kein Passwort für den Postausgangs-Server
