## Postern — Nederlands (vertaald uit de Engelse referentiecatalogus
## i18n/en/postern.ftl: precies dezelfde sleutels, geen extra).

app-title = Postern

## Discovery

discover-note-enable-pop = POP-toegang staat uit totdat u deze inschakelt in de webinstellingen van de provider.
discover-note-app-password = Deze provider vereist een app-wachtwoord voor e-mailprogramma’s: maak er een aan in de webinstellingen en gebruik dat in plaats van uw accountwachtwoord.
discover-note-mail-password = Deze provider vereist een apart e-mailwachtwoord voor e-mailprogramma’s: stel er een in via de webinstellingen.
discover-note-oauth-required = Deze provider wil dat u zich aanmeldt via de webpagina (OAuth); een wachtwoord wordt mogelijk geweigerd.
discover-note-no-pop3 = Deze provider biedt geen POP3, dus Postern kan de e-mail niet downloaden.
discover-note-bridge-imap-only = Het Bridge-programma ondersteunt alleen IMAP, geen POP3.

## Doctor

doctor-step-dns = Server opzoeken
doctor-step-connect = Verbinden
doctor-step-tls = Versleuteling opzetten (SSL/TLS)
doctor-step-greeting = Wachten op begroeting door server
doctor-step-capabilities = Mogelijkheden van server opvragen
doctor-step-starttls = Overschakelen op versleuteling (STARTTLS)
doctor-step-login = Aanmelden
doctor-step-mailbox = Postvak openen
doctor-step-ehlo = Voorstellen aan server (EHLO)
doctor-step-auth = Authenticeren
doctor-mailbox-detail = { $count ->
    [one] 1 bericht
   *[other] { $count } berichten
}, { $size }
doctor-cause-server-not-found = De servernaam { $host } is niet gevonden.
doctor-cause-connection-refused = { $host } heeft de verbinding op poort { $port } geweigerd: daar luistert geen dienst.
doctor-cause-timeout = { $host } heeft niet op tijd geantwoord op poort { $port }.
doctor-cause-network-unreachable = Uw netwerk kan { $host } niet bereiken.
doctor-cause-tls-on-plain-port = SSL/TLS staat aan, maar poort { $port } werkt zonder versleuteling (platte tekst of STARTTLS).
doctor-cause-plain-on-tls-port = SSL/TLS staat uit, maar poort { $port } verwacht SSL/TLS vanaf de eerste byte.
doctor-cause-starttls-not-offered = De server biedt geen STARTTLS aan, dus de verbinding kan niet op deze manier worden versleuteld.
doctor-cause-starttls-refused = De server weigerde over te schakelen op versleuteling: ‘{ $text }’.
doctor-cause-starttls-injection = Er kwamen al gegevens binnen voordat de versleuteling begon, alsof iemand met de verbinding knoeide; daarom is Postern gestopt.
doctor-cause-cert-expired = Het certificaat van de server is verlopen ({ $date }).
doctor-cause-cert-not-yet-valid = Het certificaat van de server is nog niet geldig (geldig vanaf { $date }).
doctor-cause-cert-wrong-host = Het certificaat van de server is uitgegeven voor een andere naam ({ $subject }).
doctor-cause-cert-self-signed = Het certificaat van de server is zelfondertekend ({ $subject }), dus geen bekende certificeringsinstantie staat ervoor garant.
doctor-cause-cert-unknown-issuer = Het certificaat van de server is uitgegeven door een instantie die deze computer niet kent ({ $issuer }).
doctor-cause-cert-other = Het certificaat van de server kan niet worden vertrouwd ({ $reason }).
doctor-cause-certificate-changed = Het certificaat van de server is gewijzigd sinds u het hebt vertrouwd.
doctor-cause-not-pop3 = De server op deze poort spreekt geen POP3; hij antwoordde ‘{ $excerpt }’.
doctor-cause-not-smtp = De server op deze poort spreekt geen SMTP; hij antwoordde ‘{ $excerpt }’.
doctor-cause-login-refused = De server weigerde de gebruikersnaam of het wachtwoord: ‘{ $text }’.
doctor-cause-mailbox-locked = Het postvak wordt door een ander programma gebruikt: ‘{ $text }’.
doctor-cause-login-too-soon = De server staat aanmelden maar eens in de paar minuten toe: ‘{ $text }’.
doctor-cause-server-temporary = De server heeft een tijdelijk probleem: ‘{ $text }’.
doctor-cause-smtp-auth-required = De uitgaande server biedt authenticatie aan en de meeste servers verzenden alleen e-mail voor aangemelde gebruikers, maar authenticatie staat uit voor dit account.
doctor-cause-smtp-auth-refused = De uitgaande server weigerde de gebruikersnaam of het wachtwoord: ‘{ $text }’.
doctor-cause-smtp-auth-none = De uitgaande server biedt op deze verbinding geen manier om aan te melden.
doctor-cause-smtp-auth-unavailable = De uitgaande server biedt geen aanmeldmethode die Postern kent (aangeboden: { $offered }).
doctor-cause-no-uidl = De server kan berichten niet van elkaar onderscheiden (geen UIDL), dus op de server achtergelaten e-mail kan opnieuw worden gedownload.
doctor-cause-encryption-required = De server accepteert wachtwoorden alleen via een versleutelde verbinding: ‘{ $text }’.
doctor-cause-stopped-answering = De server antwoordde eerst, maar stopte daarna met antwoorden terwijl Postern zich aanmeldde of het postvak opende.
doctor-cause-plaintext-not-allowed = De verbinding is niet versleuteld, dus het wachtwoord zou als platte tekst worden verzonden; Postern heeft het niet verstuurd.
doctor-cause-protocol = De server hield zich niet aan het protocol: { $what }.
doctor-cause-other = Er is iets misgegaan: { $text }.
doctor-advice-use-tls = Gebruik poort { $port } met SSL/TLS: dat werkt.
doctor-advice-use-starttls = Gebruik STARTTLS op poort { $port }: dat werkt.
doctor-advice-use-none = Poort { $port } werkt zonder versleuteling, maar dan wordt uw wachtwoord als platte tekst verzonden.
doctor-advice-compare-fingerprint = Vergelijk de vingerafdruk { $sha256 } met die welke uw provider publiceert voordat u het certificaat vertrouwt.
doctor-advice-enable-smtp-auth = Schakel ‘Mijn uitgaande server (SMTP) vereist authenticatie’ in.
doctor-advice-check-host = Controleer de servernaam op typefouten.
doctor-advice-check-port = Controleer het poortnummer; de server biedt deze dienst mogelijk niet aan op poort { $port }.
doctor-advice-check-online = Controleer of u online bent; de server is mogelijk onbereikbaar of wordt door een firewall geblokkeerd.
doctor-advice-tls-on-plain-port = Gebruik de SSL/TLS-poort (995 voor POP3, 465 voor SMTP) of STARTTLS op poort { $port }.
doctor-advice-plain-on-tls-port = Schakel SSL/TLS in voor poort { $port }.
doctor-advice-starttls = Gebruik in plaats daarvan de SSL/TLS-poort (995 voor POP3, 465 voor SMTP) of vraag het uw provider.
doctor-advice-injection = Gebruik een ander netwerk of de SSL/TLS-poort en laat het uw provider weten.
doctor-advice-certificate = Vraag uw provider naar de juiste servernaam of vergelijk het certificaat met het certificaat dat de provider publiceert.
doctor-advice-check-host-port = Controleer de servernaam en de poort.
doctor-advice-login-refused = Controleer de gebruikersnaam en het wachtwoord; sommige providers vereisen een app-wachtwoord voor e-mailprogramma’s.
doctor-advice-mailbox-locked = Sluit andere e-mailprogramma’s die dit account gebruiken, of wacht een paar minuten.
doctor-advice-login-too-soon = Wacht een paar minuten voordat u opnieuw berichten ophaalt.
doctor-advice-try-later = Probeer het later opnieuw; laat het uw provider weten als het probleem blijft.
doctor-advice-smtp-auth-refused = Controleer de gebruikersnaam en het wachtwoord voor de uitgaande server.
doctor-advice-smtp-auth-unavailable = Gebruik STARTTLS of SSL/TLS: veel servers bieden aanmelden alleen aan via een versleutelde verbinding.
doctor-advice-no-uidl = Laat Postern berichten na het downloaden van de server verwijderen, of vraag het uw provider.
doctor-advice-encryption-required = Schakel SSL/TLS (poort 995) of STARTTLS (poort 110) in.
doctor-advice-plaintext = Gebruik SSL/TLS of STARTTLS, of sta onversleutelde verbindingen uitdrukkelijk toe.

## App

app-no-display = Postern heeft een grafische sessie nodig (geen DISPLAY of WAYLAND_DISPLAY); de opdrachtregelprogramma’s werken ook zonder: postern --help
app-no-data-dir = kan geen gegevensmap voor deze gebruiker vinden: gebruik --data-dir DIR
app-cannot-start = kan het venster niet openen: { $reason }
app-cannot-start-title = Postern kan niet starten
app-cannot-open-store = Postern kan de e-maildatabase niet openen: { $reason }
app-loading = Laden…
app-retry = Opnieuw proberen
app-dismiss = Sluiten
app-keyring-unavailable = De sleutelbos van het systeem is niet beschikbaar. Postern bewaart uw wachtwoorden daarom alleen voor deze sessie en vraagt er de volgende keer opnieuw om.
inbox-title = Accounts
inbox-add-account = Account toevoegen
inbox-settings = Instellingen
inbox-get-messages = Berichten ophalen
inbox-get-account = Berichten ophalen
inbox-no-accounts = Nog geen accounts. Voeg er een toe om uw e-mail te downloaden.
inbox-placeholder-note = De berichtenlijst komt in een latere versie; gedownloade e-mail wordt intussen veilig bewaard.
inbox-error-load = Postern kan de accounts niet lezen: { $reason }
inbox-counts = { $count ->
    [one] 1 bericht
   *[other] { $count } berichten
} ({ $unseen } ongelezen)
inbox-connecting = Verbinden…
inbox-connected = { $count ->
    [one] 1 bericht op de server
   *[other] { $count } berichten op de server
}
inbox-progress = Downloaden: { $done } van { $total }…
inbox-deleting = { $count ->
    [one] 1 bericht wordt van de server verwijderd…
   *[other] { $count } berichten worden van de server verwijderd…
}
inbox-fetched = { $count ->
    [0] Geen nieuwe berichten.
    [one] 1 nieuw bericht.
   *[other] { $count } nieuwe berichten.
}
inbox-password-prompt = Wachtwoord voor { $email }:
inbox-password-submit = Berichten ophalen

## Wizard

wizard-title = E-mailaccount toevoegen
wizard-step-numbered = { $number }. { $label }
wizard-step-identity = Uw gegevens
wizard-step-discovery = Instellingen zoeken
wizard-step-server = Servers
wizard-step-test = Test
wizard-step-options = Opties
wizard-next = Volgende
wizard-back = Vorige
wizard-cancel = Annuleren
wizard-stop = Stoppen
wizard-finish = Voltooien
wizard-continue-anyway = Toch doorgaan
wizard-identity-intro = Voer het adres in dat u al gebruikt. Postern zoekt de juiste serverinstellingen voor u op.
wizard-name-label = Uw naam
wizard-name-placeholder = Jan Jansen
wizard-email-label = E-mailadres
wizard-email-placeholder = jan@example.com
wizard-password-label = Wachtwoord
wizard-show-password = Wachtwoord tonen
wizard-password-note = Postern bewaart uw wachtwoord in de sleutelbos van het systeem, nooit in de eigen bestanden.
wizard-error-name-required = Voer uw naam in zoals anderen die moeten zien.
wizard-error-email-required = Voer uw e-mailadres in.
wizard-error-email-invalid = Dit lijkt geen e-mailadres (naam@example.com).
wizard-error-password-required = Voer het wachtwoord in.
wizard-error-host-required = Voer de servernaam in.
wizard-error-host-invalid = Een servernaam bevat geen spaties.
wizard-error-port = Voer een poort tussen 1 en 65535 in.
wizard-error-username-required = Voer de gebruikersnaam in.
wizard-error-plaintext = Accepteer de waarschuwing hierboven, of kies SSL/TLS of STARTTLS.
wizard-error-number = Voer een geheel getal groter dan 0 in.
wizard-error-duplicate = Er bestaat al een account voor { $email }.
wizard-error-save = Postern kan het account niet opslaan: { $reason }
wizard-error-password-save = Postern kan het wachtwoord niet opslaan, dus het account is niet toegevoegd: { $reason }
wizard-discovery-running = Instellingen voor { $domain } zoeken…
wizard-discovery-provider = { $domain } opzoeken in de providerlijst
wizard-discovery-probing = { $host }, poort { $port } ({ $security }) proberen
wizard-discovery-found-server = Gevonden: { $server }
wizard-discovery-server = { $host }, poort { $port }, { $security }
wizard-discovery-cancel-hint = Dit kan enkele seconden duren. Klik op ‘Stoppen’ om de instellingen zelf in te voeren.
wizard-discovery-from-provider = Gevonden in de providerlijst: { $provider }
wizard-discovery-probed = Gevonden door { $host } te testen
wizard-discovery-not-found = Niet gevonden: voer uw serverinstellingen in.
wizard-discovery-stopped = Zoeken gestopt: voer uw serverinstellingen in.
wizard-discovery-incoming = Inkomend (POP3)
wizard-discovery-outgoing = Uitgaand (SMTP)
wizard-discovery-next-hint = Met ‘Volgende’ ziet u deze instellingen, zodat u ze kunt controleren of wijzigen.
wizard-server-intro = Voer de serverinstellingen in die u van uw provider hebt gekregen.
wizard-incoming-heading = Inkomende server
wizard-outgoing-heading = Uitgaande server (SMTP)
wizard-account-type-label = Accounttype
wizard-account-type-pop3 = POP3
wizard-in-host-label = Inkomende server
wizard-in-host-placeholder = pop.example.com
wizard-out-host-label = Uitgaande server
wizard-out-host-placeholder = smtp.example.com
wizard-outgoing-optional = Laat leeg als u met Postern alleen e-mail wilt ontvangen.
wizard-port-label = Poort
wizard-security-label = Verbindingsbeveiliging
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = Geen
wizard-in-encrypted = Deze server vereist een versleutelde verbinding (SSL/TLS)
wizard-out-encrypted = Deze server vereist een versleutelde verbinding (SSL/TLS)
wizard-username-label = Gebruikersnaam
wizard-smtp-auth = Mijn uitgaande server (SMTP) vereist authenticatie
wizard-smtp-same = Dezelfde instellingen gebruiken als voor mijn inkomende server
wizard-plaintext-title = Uw wachtwoord zou onversleuteld worden verzonden
wizard-plaintext-warning = Zonder SSL/TLS of STARTTLS kan iedereen op het netwerk tussen u en de server uw wachtwoord en uw e-mail meelezen.
wizard-plaintext-accept = Ik begrijp het risico; mijn wachtwoord zonder versleuteling verzenden
wizard-test-intro = Postern test de verbinding met deze instellingen. Er wordt niets gedownload of verwijderd.
wizard-test-again = Opnieuw testen
wizard-test-running = Testen…
wizard-test-passed = Alles werkt.
wizard-test-warnings = Het werkt, maar met waarschuwingen: lees deze voordat u doorgaat.
wizard-test-failed = De test is mislukt. Los het probleem hieronder op, of ga met ‘Vorige’ terug om de instellingen te wijzigen.
wizard-test-incoming = Inkomende server (POP3)
wizard-test-outgoing = Uitgaande server (SMTP)
wizard-outcome-running = bezig
wizard-outcome-passed = geslaagd
wizard-outcome-warning = waarschuwing
wizard-outcome-failed = mislukt
wizard-outcome-skipped = overgeslagen
wizard-fix-port-security = Poort { $port } met { $security } gebruiken
wizard-fix-trust = Dit certificaat controleren…
wizard-fix-smtp-auth = SMTP-authenticatie inschakelen
wizard-trust-title = Dit certificaat vertrouwen?
wizard-trust-explain = Het certificaat van de server kon niet worden geverifieerd. Vertrouw het alleen als de vingerafdruk overeenkomt met die welke uw provider publiceert.
wizard-trust-subject = Uitgegeven aan
wizard-trust-issuer = Uitgegeven door
wizard-trust-validity = Geldig
wizard-trust-validity-value = van { $from } tot { $until }
wizard-trust-fingerprint = SHA-256-vingerafdruk
wizard-trust-compared = Ik heb de vingerafdruk vergeleken met die welke mijn provider publiceert, en ze komen overeen
wizard-trust-confirm = Certificaat vertrouwen
wizard-options-intro = Hoe Postern uw e-mail downloadt. U kunt dit later wijzigen in Instellingen.
wizard-options-leave = Berichten op de server laten staan
wizard-options-delete-after = Van de server verwijderen na
wizard-options-days = dagen
wizard-options-delete-note = Berichten worden van de server verwijderd zodra ze hier veilig zijn opgeslagen.
wizard-options-startup = Bij het starten van Postern op nieuwe berichten controleren
wizard-options-every = Op nieuwe berichten controleren elke
wizard-options-minutes = minuten
wizard-options-limit = Geen berichten downloaden groter dan
wizard-options-kb = KB
wizard-options-headers-only = Alleen de kopteksten downloaden

## Settings

settings-title = Instellingen
settings-close = Sluiten
settings-accounts = Accounts
settings-add-account = Account toevoegen
settings-no-accounts = Geen accounts.
settings-error-load = Postern kan de accounts niet lezen: { $reason }
settings-identity = Identiteit
settings-password-label = Wachtwoord
settings-password-unchanged = (ongewijzigd)
settings-error-password-needed = Voer het wachtwoord in om de test uit te voeren.
settings-test-heading = Verbindingstest
settings-retest = Opnieuw testen
settings-retest-note = Test de bovenstaande waarden voordat u ze opslaat.
settings-options-heading = Downloaden
settings-save = Opslaan
settings-saved = Opgeslagen.
settings-remove = Account verwijderen
settings-remove-question = Het account { $email } verwijderen?
settings-remove-explain = Postern vergeet het account en het wachtwoord ervan. De e-mail op de server blijft onaangeroerd. Wilt u de al gedownloade berichten bewaren?
settings-remove-keep = Verwijderen, berichten bewaren
settings-remove-delete = Verwijderen met berichten
settings-error-remove = Postern kan het account niet verwijderen: { $reason }

## Reader
reader-loading = Bericht openen…
reader-error-load = Postern kan dit bericht niet openen: { $reason }
reader-error-gone = Het bericht staat niet meer in het postvak.
reader-back = Terug (Esc)
reader-delete = Verwijderen
reader-mark-unread = Markeren als ongelezen
reader-mark-read = Markeren als gelezen
reader-view-source = Bron weergeven
reader-view-message = Bericht weergeven
reader-dismiss = Sluiten
reader-no-subject = (geen onderwerp)
reader-from = Van
reader-reply-to = Antwoord aan
reader-to = Aan
reader-cc = Cc
reader-date = Datum
reader-no-date = (geen datum)
reader-from-misleading = Let op: de naam van de afzender toont een adres, maar het bericht komt in werkelijkheid van { $address }.
reader-note-unparsed = Postern kan de structuur van dit bericht niet lezen, dus het wordt als onbewerkte tekst getoond.
reader-note-partial = Alleen de kopteksten van dit bericht zijn gedownload; het volledige bericht staat nog op de server.
reader-note-truncated = Dit bericht is erg lang; alleen het begin wordt getoond.
reader-note-html-fallback = Het omzetten van de HTML van dit bericht duurde te lang; de tekst wordt zonder opmaak getoond.
reader-note-html = Dit bericht is als HTML verzonden; het wordt als tekst getoond, zonder afbeeldingen of externe inhoud.
reader-links = { $count ->
    [one] 1 link
   *[other] { $count } links
}
reader-links-note = Postern opent nooit links. Klik op een link om het echte adres te kopiëren.
reader-links-more = { $count ->
    [one] Nog 1 link wordt niet getoond.
   *[other] Nog { $count } links worden niet getoond.
}
reader-link-deceptive-mark = ⚠ Misleidend
reader-link-deceptive = De tekst toont { $shown }, maar de link leidt naar { $target }.
reader-link-copied = Gekopieerd naar het klembord: { $target }
reader-attachments = { $count ->
    [one] 1 bijlage
   *[other] { $count } bijlagen
}
reader-save = Opslaan…
reader-save-all = Alles opslaan…
reader-save-dialog-title = Bijlage opslaan
reader-save-all-dialog-title = Kies een map voor de bijlagen
reader-no-dialog = Er is op dit systeem geen bestandskiezer beschikbaar. In plaats daarvan opslaan in uw map Downloads? Bestaande bestanden blijven behouden.
reader-save-to-downloads = Opslaan in Downloads
reader-no-downloads = er is geen map Downloads of persoonlijke map gevonden
reader-saved-one = Opgeslagen als { $path }
reader-saved-many = { $count ->
    [one] 1 bestand opgeslagen in { $folder }
   *[other] { $count } bestanden opgeslagen in { $folder }
}
reader-error-attachment = Postern kan de bijlage { $name } niet decoderen.
reader-error-save = Postern kan { $path } niet opslaan: { $reason }
reader-error-delete = Postern kan het bericht niet naar de prullenbak verplaatsen: { $reason }
reader-error-seen = Postern kan de leesstatus niet wijzigen: { $reason }
reader-size-bytes = { $count ->
    [one] 1 byte
   *[other] { $count } bytes
}
reader-size-kb = { $size } KB
reader-size-mb = { $size } MB
reader-date-format = { $weekday } { $day } { $month } { $year }, { $time }
reader-weekday = { $day ->
    [0] zo
    [1] ma
    [2] di
    [3] wo
    [4] do
    [5] vr
   *[6] za
}
reader-month = { $month ->
    [1] jan
    [2] feb
    [3] mrt
    [4] apr
    [5] mei
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}

## Inbox

inbox-all-accounts = Alle accounts
inbox-trash = Prullenbak
inbox-search-placeholder = Zoeken in afzender, onderwerp en tekst
inbox-search-clear = Zoekopdracht wissen
inbox-mark-read = Markeren als gelezen
inbox-mark-unread = Markeren als ongelezen
inbox-delete = Verwijderen
inbox-restore = Terugzetten
inbox-undo = Ongedaan maken
inbox-column-from = Van
inbox-column-subject = Onderwerp
inbox-column-date = Datum
inbox-column-size = Grootte
inbox-no-subject = (geen onderwerp)
inbox-empty-no-accounts = Nog geen accounts. Voeg er een toe en Postern downloadt uw e-mail.
inbox-empty-no-mail = Hier is nog geen e-mail. Klik op ‘Berichten ophalen’ om deze te downloaden.
inbox-trash-empty = De prullenbak is leeg.
inbox-trash-note = Berichten blijven in de prullenbak totdat u deze leegmaakt.
inbox-empty-trash = Prullenbak legen
inbox-empty-trash-question = { $count ->
    [one] Het bericht in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.
   *[other] De { $shown } berichten in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.
}
inbox-empty-trash-confirm = Definitief verwijderen
inbox-empty-trash-cancel = Annuleren
inbox-searching = Zoeken…
inbox-nothing-found = Niets gevonden voor ‘{ $query }’.
inbox-found = { $count ->
    [one] 1 bericht gevonden
   *[other] { $shown } berichten gevonden
}
inbox-message-count = { $count ->
    [one] 1 bericht
   *[other] { $shown } berichten
}
inbox-indexing = Berichten indexeren voor zoeken…
inbox-deleted = { $count ->
    [one] Het bericht is naar de prullenbak verplaatst.
   *[other] { $count } berichten zijn naar de prullenbak verplaatst.
}
inbox-error-store = Postern kan de e-maildatabase niet lezen of wijzigen: { $reason }
inbox-error-busy = Er loopt al een andere download voor dit account (misschien ‘postern fetch’); Postern probeert het zo opnieuw.
inbox-error-closed = De server heeft de verbinding midden in de download verbroken.
inbox-sync-account = { $email }: { $status }
inbox-sync-connected = { $count ->
    [one] Eén bericht op de server
   *[other] { $shown } berichten op de server
}
inbox-sync-nothing-new = Geen nieuwe berichten op de server.
inbox-sync-progress = Downloaden: { $done } van { $total } – { $got } van { $size }
inbox-sync-stopping = Stoppen…
inbox-sync-cancel = Annuleren
inbox-sync-cancelled = Download geannuleerd; de al ontvangen berichten blijven bewaard.
inbox-sync-failed = Kan de e-mail van { $email } niet downloaden.
inbox-sync-retry-at = Volgende poging: { $time }.
inbox-sync-try-now = Nu proberen
inbox-sync-retest = Opnieuw testen…
inbox-status-both = Laatst gecontroleerd: { $last }, volgende controle: { $next }
inbox-status-last = Laatst gecontroleerd: { $last }
inbox-status-next = Volgende controle: { $next }
inbox-status-never = Nog niet gecontroleerd

## Preferences

size-bytes = { $value } B
size-kb = { $value } KB
size-mb = { $value } MB
size-gb = { $value } GB
date-month-short = { $month ->
    [1] jan
    [2] feb
    [3] mrt
    [4] apr
    [5] mei
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}
settings-language-heading = Taal
settings-language-system = Systeemtaal
settings-language-error-save = Postern kan de gekozen taal niet opslaan: { $reason }

## Command line

cli-no-data-dir = kan geen gegevensmap voor deze gebruiker vinden: gebruik --data-dir MAP
cli-password-stdin-error = kan het wachtwoord niet van standaardinvoer lezen: { $reason }
cli-password-file-error = kan het wachtwoordbestand { $path } niet lezen: { $reason }
cli-password-fd-error = kan het wachtwoord niet uit descriptor { $fd } lezen: { $reason }
cli-keyring-unavailable = { $reason }. Geef het wachtwoord op met --password-stdin, --password-file, --password-fd of --password-command
cli-no-stored-password = er is geen wachtwoord opgeslagen voor { $email }: voeg het opnieuw toe met --password-stdin, of geef het op met --password-stdin / --password-command
cli-keyring-unavailable-add = { $reason }. Zonder sleutelbos (keyring) kan Postern een opdracht uitvoeren om het wachtwoord op te halen wanneer dat nodig is: gebruik --password-command OPDRACHT
cli-password-save-error = kan het wachtwoord niet opslaan: { $reason }
cli-plaintext-needs-consent = met --pop-security none gaat het wachtwoord onversleuteld over het netwerk; voeg --allow-plaintext toe als u dat echt wilt
cli-account-added = account { $email } toegevoegd (id { $id })
cli-note-no-password-saved = opmerking: er is geen wachtwoord opgeslagen; geef er een aan `postern fetch` met --password-stdin of --password-command
cli-no-accounts-yet = nog geen accounts: voeg er een toe met `postern account add`
cli-mode-delete = van server verwijderen
cli-mode-keep-days = { $count ->
    [one] { $n } dag op server bewaren
   *[other] { $n } dagen op server bewaren
}
cli-mode-keep = op server bewaren
cli-no-such-account = er is geen account ‘{ $email }’; zie `postern account list`
cli-keyring-remove-failed = opmerking: het wachtwoord kon niet uit de sleutelbos worden verwijderd: { $reason }
cli-keyring-none-removed = opmerking: { $reason }; er is geen wachtwoord uit een sleutelbos verwijderd
cli-account-removed = account { $email } verwijderd
cli-no-accounts = er zijn geen accounts: voeg er een toe met `postern account add`
cli-password-one-account = een wachtwoord op de opdrachtregel geldt voor één account: voeg --account ADRES toe
cli-fetch-progress = { $email }: bericht { $done } van { $total }, { $got } van { $size }
cli-fetch-none-new = geen nieuwe berichten
cli-fetch-new = { $count ->
    [one] { $n } nieuw bericht ({ $size })
   *[other] { $n } nieuwe berichten ({ $size })
}
cli-fetch-headers-only = { $count ->
    [one] { $n } alleen als kopteksten
   *[other] { $n } alleen als kopteksten
}
cli-fetch-deleted = { $count ->
    [one] { $n } van de server verwijderd
   *[other] { $n } van de server verwijderd
}
cli-fetch-skipped = { $count ->
    [one] { $n } boven de groottelimiet op de server gelaten
   *[other] { $n } boven de groottelimiet op de server gelaten
}
cli-fetch-size-mismatch = { $count ->
    [one] { $n } met een verkeerde grootte op de server bewaard
   *[other] { $n } met een verkeerde grootte op de server bewaard
}
cli-fetch-cancelled = geannuleerd
cli-fetch-temporary = { $reason } (tijdelijk: probeer het later opnieuw)
cli-fetch-login-refused = aanmelding geweigerd: de server accepteerde de gebruikersnaam of het wachtwoord niet (‘{ $text }’).
cli-exported = { $count ->
    [one] { $n } bericht van { $email } geëxporteerd naar { $path }
   *[other] { $n } berichten van { $email } geëxporteerd naar { $path }
}
cli-doctor-need-settings = geef --account ADRES op, of de instellingen (--email, --pop-host ...)
cli-doctor-note-plaintext = opmerking: zonder --allow-plaintext wordt geen wachtwoord onversleuteld verzonden
cli-doctor-need-password = geef het wachtwoord op met --password-stdin, --password-file, --password-fd of --password-command
cli-doctor-cause = Oorzaak: { $text }
cli-doctor-fix = Oplossing: { $text }
cli-discover-not-address = ‘{ $address }’ is geen e-mailadres
cli-discover-runtime-error = kan de asynchrone runtime niet starten: { $reason }
cli-discover-json-error = kan de JSON niet schrijven: { $reason }
cli-discover-looking-up = { $domain } opzoeken in de providerlijst...
cli-discover-probing = { $host } poort { $port } ({ $security }) testen...
cli-discover-found-provider = gevonden in de providerlijst: { $provider }
cli-discover-found-probing = gevonden door { $host } te testen
cli-discover-not-found = niet gevonden
cli-discover-server = { $label }: { $host }:{ $port } ({ $security }), gebruikersnaam { $username } — { $origin }
cli-discover-cert-warning = waarschuwing: het certificaat ervan is niet door de controle gekomen; voer `postern doctor` uit om te zien waarom
cli-discover-nothing = { $label }: niets gevonden; voer de instellingen handmatig in
cli-discover-provider = provider: { $provider }
cli-discover-incoming = inkomende server (POP3)
cli-discover-outgoing = uitgaande server (SMTP)
cli-note = opmerking: { $text }

## Doctor details

doctor-detail-not-used = niet gebruikt
doctor-detail-auth-offered = niet gebruikt; de server biedt AUTH { $mechanisms }
doctor-detail-no-password-sent = niet versleuteld; geen wachtwoord verzonden
doctor-detail-no-smtp-password = geen wachtwoord voor de uitgaande server
