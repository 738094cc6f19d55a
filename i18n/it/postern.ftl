## Postern — Italian (it). A translation of the reference catalog
## i18n/en/postern.ftl: exactly the same keys, kebab-case, prefixed by screen.

app-title = Postern

## Discovery

discover-note-enable-pop = L'accesso POP resta disattivato finché non lo attivi nelle impostazioni web del provider.
discover-note-app-password = Questo provider richiede una password per le app per i programmi di posta: creane una nelle sue impostazioni web e usala al posto della password del tuo account.
discover-note-mail-password = Questo provider richiede una password di posta separata per i programmi di posta: impostala nelle sue impostazioni web.
discover-note-oauth-required = Questo provider vuole che tu acceda tramite la sua pagina web (OAuth); potrebbe rifiutare la password.
discover-note-no-pop3 = Questo provider non offre POP3, quindi Postern non può scaricarne la posta.
discover-note-bridge-imap-only = Il suo programma Bridge supporta solo IMAP, non POP3.

## Doctor

doctor-step-dns = Ricerca del server
doctor-step-connect = Connessione
doctor-step-tls = Attivazione della crittografia (SSL/TLS)
doctor-step-greeting = Attesa del saluto del server
doctor-step-capabilities = Richiesta delle funzionalità del server
doctor-step-starttls = Passaggio alla crittografia (STARTTLS)
doctor-step-login = Accesso
doctor-step-mailbox = Apertura della casella di posta
doctor-step-ehlo = Presentazione al server (EHLO)
doctor-step-auth = Autenticazione
doctor-mailbox-detail = { $count ->
    [one] 1 messaggio
    [many] { $count } messaggi
   *[other] { $count } messaggi
}, { $size }
doctor-cause-server-not-found = Impossibile trovare il nome del server { $host }.
doctor-cause-connection-refused = { $host } ha rifiutato la connessione sulla porta { $port }: nessun servizio è in ascolto.
doctor-cause-timeout = { $host } non ha risposto in tempo sulla porta { $port }.
doctor-cause-network-unreachable = La tua rete non riesce a raggiungere { $host }.
doctor-cause-tls-on-plain-port = SSL/TLS è attivo, ma la porta { $port } comunica senza crittografia (testo in chiaro o STARTTLS).
doctor-cause-plain-on-tls-port = SSL/TLS è disattivato, ma la porta { $port } si aspetta SSL/TLS fin dal primo byte.
doctor-cause-starttls-not-offered = Il server non offre STARTTLS, quindi la connessione non può essere cifrata in questo modo.
doctor-cause-starttls-refused = Il server ha rifiutato di passare alla crittografia: «{ $text }».
doctor-cause-starttls-injection = Sono arrivati dati prima dell'avvio della crittografia, come se qualcuno stesse manomettendo la connessione, quindi Postern si è fermato.
doctor-cause-cert-expired = Il certificato del server è scaduto ({ $date }).
doctor-cause-cert-not-yet-valid = Il certificato del server non è ancora valido (sarà valido da { $date }).
doctor-cause-cert-wrong-host = Il certificato del server è stato rilasciato per un altro nome ({ $subject }).
doctor-cause-cert-self-signed = Il certificato del server è autofirmato ({ $subject }), quindi nessuna autorità conosciuta ne garantisce l'autenticità.
doctor-cause-cert-unknown-issuer = Il certificato del server è stato rilasciato da un'autorità sconosciuta a questo computer ({ $issuer }).
doctor-cause-cert-other = Il certificato del server non è attendibile ({ $reason }).
doctor-cause-certificate-changed = Il certificato del server è cambiato da quando lo hai considerato attendibile.
doctor-cause-not-pop3 = Il server su questa porta non parla POP3; ha risposto «{ $excerpt }».
doctor-cause-not-smtp = Il server su questa porta non parla SMTP; ha risposto «{ $excerpt }».
doctor-cause-login-refused = Il server ha rifiutato il nome utente o la password: «{ $text }».
doctor-cause-mailbox-locked = La casella di posta è in uso da parte di un altro programma: «{ $text }».
doctor-cause-login-too-soon = Il server consente l'accesso solo a intervalli di qualche minuto: «{ $text }».
doctor-cause-server-temporary = Il server ha un problema temporaneo: «{ $text }».
doctor-cause-smtp-auth-required = Il server in uscita offre l'autenticazione, e la maggior parte dei server invia posta solo per gli utenti che effettuano l'accesso, ma per questo account l'autenticazione è disattivata.
doctor-cause-smtp-auth-refused = Il server in uscita ha rifiutato il nome utente o la password: «{ $text }».
doctor-cause-smtp-auth-none = Il server in uscita non offre alcun modo per accedere su questa connessione.
doctor-cause-smtp-auth-unavailable = Il server in uscita non offre alcun metodo di accesso noto a Postern (offre { $offered }).
doctor-cause-no-uidl = Il server non sa distinguere i messaggi (manca UIDL), quindi la posta lasciata sul server potrebbe essere scaricata di nuovo.
doctor-cause-encryption-required = Il server accetta password solo su una connessione cifrata: «{ $text }».
doctor-cause-stopped-answering = Il server all'inizio ha risposto, poi ha smesso di rispondere mentre Postern effettuava l'accesso o apriva la casella di posta.
doctor-cause-plaintext-not-allowed = La connessione non è cifrata, quindi la password viaggerebbe in chiaro; Postern non l'ha inviata.
doctor-cause-protocol = Il server non ha rispettato il protocollo: { $what }.
doctor-cause-other = Si è verificato un problema: { $text }.
doctor-advice-use-tls = Usa la porta { $port } con SSL/TLS: funziona.
doctor-advice-use-starttls = Usa STARTTLS sulla porta { $port }: funziona.
doctor-advice-use-none = La porta { $port } funziona senza crittografia, ma in questo modo la password viaggia in chiaro.
doctor-advice-compare-fingerprint = Prima di considerarlo attendibile, confronta l'impronta digitale { $sha256 } con quella pubblicata dal tuo provider.
doctor-advice-enable-smtp-auth = Attiva «Il mio server in uscita (SMTP) richiede l'autenticazione».
doctor-advice-check-host = Controlla che il nome del server non contenga errori di battitura.
doctor-advice-check-port = Controlla il numero di porta; il server potrebbe non offrire questo servizio sulla porta { $port }.
doctor-advice-check-online = Controlla la connessione a Internet; il server potrebbe non essere attivo o un firewall potrebbe bloccarlo.
doctor-advice-tls-on-plain-port = Usa la porta SSL/TLS (995 per POP3, 465 per SMTP) oppure STARTTLS sulla porta { $port }.
doctor-advice-plain-on-tls-port = Attiva SSL/TLS per la porta { $port }.
doctor-advice-starttls = Usa invece la porta SSL/TLS (995 per POP3, 465 per SMTP) oppure chiedi al tuo provider.
doctor-advice-injection = Usa un'altra rete o la porta SSL/TLS, e avvisa il tuo provider.
doctor-advice-certificate = Chiedi al tuo provider il nome corretto del server, oppure confronta il certificato con quello che pubblica.
doctor-advice-check-host-port = Controlla il nome del server e la porta.
doctor-advice-login-refused = Controlla il nome utente e la password; alcuni provider richiedono una password per le app per i programmi di posta.
doctor-advice-mailbox-locked = Chiudi gli altri programmi di posta che usano questo account oppure attendi qualche minuto.
doctor-advice-login-too-soon = Attendi qualche minuto prima di controllare di nuovo.
doctor-advice-try-later = Riprova più tardi; se il problema si ripete, avvisa il tuo provider.
doctor-advice-smtp-auth-refused = Controlla il nome utente e la password del server in uscita.
doctor-advice-smtp-auth-unavailable = Usa STARTTLS o SSL/TLS: molti server consentono l'accesso solo su una connessione cifrata.
doctor-advice-no-uidl = Lascia che Postern elimini i messaggi dal server dopo averli scaricati, oppure chiedi al tuo provider.
doctor-advice-encryption-required = Attiva SSL/TLS (porta 995) o STARTTLS (porta 110).
doctor-advice-plaintext = Usa SSL/TLS o STARTTLS, oppure consenti esplicitamente le connessioni non cifrate.

## App

app-no-display = Postern richiede una sessione grafica (DISPLAY e WAYLAND_DISPLAY non sono impostati); gli strumenti da riga di comando funzionano anche senza: postern --help
app-no-data-dir = impossibile trovare una cartella dati per questo utente: usa --data-dir DIR
app-cannot-start = impossibile aprire la finestra: { $reason }
app-cannot-start-title = Impossibile avviare Postern
app-cannot-open-store = Postern non riesce ad aprire il suo database della posta: { $reason }
app-loading = Caricamento…
app-retry = Riprova
app-dismiss = Chiudi
app-keyring-unavailable = Il portachiavi di sistema non è disponibile, quindi Postern conserva le password solo per questa sessione e te le chiederà di nuovo la prossima volta.
inbox-title = Account
inbox-add-account = Aggiungi account
inbox-settings = Impostazioni
inbox-get-messages = Scarica messaggi
inbox-get-account = Scarica messaggi
inbox-no-accounts = Ancora nessun account. Aggiungine uno per iniziare a scaricare la tua posta.
inbox-placeholder-note = L'elenco dei messaggi arriverà in una versione successiva; nel frattempo la posta scaricata viene conservata in modo sicuro.
inbox-error-load = Postern non riesce a leggere gli account: { $reason }
inbox-counts = { $count ->
    [one] 1 messaggio
    [many] { $count } messaggi
   *[other] { $count } messaggi
} ({ $unseen } non letti)
inbox-connecting = Connessione…
inbox-connected = { $count ->
    [one] 1 messaggio sul server
    [many] { $count } messaggi sul server
   *[other] { $count } messaggi sul server
}
inbox-progress = Scaricamento { $done } di { $total }…
inbox-deleting = { $count ->
    [one] Eliminazione di 1 messaggio dal server…
    [many] Eliminazione di { $count } messaggi dal server…
   *[other] Eliminazione di { $count } messaggi dal server…
}
inbox-fetched = { $count ->
    [0] Nessun nuovo messaggio.
    [one] 1 nuovo messaggio.
    [many] { $count } nuovi messaggi.
   *[other] { $count } nuovi messaggi.
}
inbox-password-prompt = Password per { $email }:
inbox-password-submit = Scarica messaggi

## Wizard

wizard-title = Aggiungi un account di posta
wizard-step-numbered = { $number }. { $label }
wizard-step-identity = I tuoi dati
wizard-step-discovery = Ricerca impostazioni
wizard-step-server = Server
wizard-step-test = Verifica
wizard-step-options = Opzioni
wizard-next = Avanti
wizard-back = Indietro
wizard-cancel = Annulla
wizard-stop = Interrompi
wizard-finish = Fine
wizard-continue-anyway = Continua comunque
wizard-identity-intro = Inserisci l'indirizzo che usi già. Postern cerca per te le impostazioni corrette del server.
wizard-name-label = Il tuo nome
wizard-name-placeholder = Maria Rossi
wizard-email-label = Indirizzo email
wizard-email-placeholder = maria@example.com
wizard-password-label = Password
wizard-show-password = Mostra password
wizard-password-note = Postern conserva la password nel portachiavi di sistema, mai nei suoi file.
wizard-error-name-required = Inserisci il tuo nome come vuoi che lo vedano gli altri.
wizard-error-email-required = Inserisci il tuo indirizzo email.
wizard-error-email-invalid = Questo non sembra un indirizzo email (nome@example.com).
wizard-error-password-required = Inserisci la password.
wizard-error-host-required = Inserisci il nome del server.
wizard-error-host-invalid = Il nome di un server non contiene spazi.
wizard-error-port = Inserisci una porta tra 1 e 65535.
wizard-error-username-required = Inserisci il nome utente.
wizard-error-plaintext = Accetta l'avviso qui sopra oppure scegli SSL/TLS o STARTTLS.
wizard-error-number = Inserisci un numero intero maggiore di 0.
wizard-error-duplicate = Esiste già un account per { $email }.
wizard-error-save = Postern non riesce a salvare l'account: { $reason }
wizard-error-password-save = Postern non riesce a salvare la password, quindi l'account non è stato aggiunto: { $reason }
wizard-discovery-running = Ricerca delle impostazioni di { $domain }…
wizard-discovery-provider = Ricerca di { $domain } nell'elenco dei provider
wizard-discovery-probing = Tentativo con { $host }, porta { $port } ({ $security })
wizard-discovery-found-server = Trovato: { $server }
wizard-discovery-server = { $host }, porta { $port }, { $security }
wizard-discovery-cancel-hint = Potrebbe richiedere qualche secondo. Fai clic su Interrompi per inserire tu le impostazioni.
wizard-discovery-from-provider = Trovato nell'elenco dei provider: { $provider }
wizard-discovery-probed = Trovato provando { $host }
wizard-discovery-not-found = Nessun risultato: inserisci le impostazioni del server.
wizard-discovery-stopped = Ricerca interrotta: inserisci le impostazioni del server.
wizard-discovery-incoming = In entrata (POP3)
wizard-discovery-outgoing = In uscita (SMTP)
wizard-discovery-next-hint = Con Avanti vedrai queste impostazioni e potrai controllarle o modificarle.
wizard-server-intro = Inserisci le impostazioni del server fornite dal tuo provider.
wizard-incoming-heading = Server in entrata
wizard-outgoing-heading = Server in uscita (SMTP)
wizard-account-type-label = Tipo di account
wizard-account-type-pop3 = POP3
wizard-in-host-label = Server in entrata
wizard-in-host-placeholder = pop.example.com
wizard-out-host-label = Server in uscita
wizard-out-host-placeholder = smtp.example.com
wizard-outgoing-optional = Lascia vuoto se vuoi solo ricevere posta con Postern.
wizard-port-label = Porta
wizard-security-label = Sicurezza della connessione
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = Nessuna
wizard-in-encrypted = Questo server richiede una connessione cifrata (SSL/TLS)
wizard-out-encrypted = Questo server richiede una connessione cifrata (SSL/TLS)
wizard-username-label = Nome utente
wizard-smtp-auth = Il mio server in uscita (SMTP) richiede l'autenticazione
wizard-smtp-same = Usa le stesse impostazioni del server in entrata
wizard-plaintext-title = La password viaggerebbe senza crittografia
wizard-plaintext-warning = Senza SSL/TLS o STARTTLS, chiunque si trovi sulla rete tra te e il server può leggere la tua password e la tua posta.
wizard-plaintext-accept = Ho capito; invia la password senza crittografia
wizard-test-intro = Postern verifica la connessione con queste impostazioni. Non viene scaricato né eliminato nulla.
wizard-test-again = Verifica di nuovo
wizard-test-running = Verifica in corso…
wizard-test-passed = Funziona tutto.
wizard-test-warnings = Funziona, ma con degli avvisi: leggili prima di continuare.
wizard-test-failed = La verifica non è riuscita. Risolvi il problema indicato qui sotto oppure torna Indietro per modificare le impostazioni.
wizard-test-incoming = Server in entrata (POP3)
wizard-test-outgoing = Server in uscita (SMTP)
wizard-outcome-running = in corso
wizard-outcome-passed = riuscito
wizard-outcome-warning = avviso
wizard-outcome-failed = non riuscito
wizard-outcome-skipped = saltato
wizard-fix-port-security = Usa la porta { $port } con { $security }
wizard-fix-trust = Controlla questo certificato…
wizard-fix-smtp-auth = Attiva l'autenticazione SMTP
wizard-trust-title = Considerare attendibile questo certificato?
wizard-trust-explain = Non è stato possibile verificare il certificato del server. Consideralo attendibile solo se la sua impronta digitale corrisponde a quella pubblicata dal tuo provider.
wizard-trust-subject = Rilasciato a
wizard-trust-issuer = Rilasciato da
wizard-trust-validity = Validità
wizard-trust-validity-value = da { $from } a { $until }
wizard-trust-fingerprint = Impronta digitale SHA-256
wizard-trust-compared = Ho confrontato l'impronta digitale con quella pubblicata dal mio provider e corrispondono
wizard-trust-confirm = Considera attendibile
wizard-options-intro = Come Postern scarica la tua posta. Puoi modificarlo in seguito nelle Impostazioni.
wizard-options-leave = Lascia i messaggi sul server
wizard-options-delete-after = Eliminali dal server dopo
wizard-options-days = giorni
wizard-options-delete-note = I messaggi vengono eliminati dal server non appena sono salvati in modo sicuro qui.
wizard-options-startup = Controlla la nuova posta all'avvio di Postern
wizard-options-every = Controlla la nuova posta ogni
wizard-options-minutes = minuti
wizard-options-limit = Non scaricare i messaggi più grandi di
wizard-options-kb = KB
wizard-options-headers-only = Scarica solo le loro intestazioni

## Settings

settings-title = Impostazioni
settings-close = Chiudi
settings-accounts = Account
settings-add-account = Aggiungi account
settings-no-accounts = Nessun account.
settings-error-load = Postern non riesce a leggere gli account: { $reason }
settings-identity = Identità
settings-password-label = Password
settings-password-unchanged = (invariata)
settings-error-password-needed = Inserisci la password per eseguire la verifica.
settings-test-heading = Verifica della connessione
settings-retest = Verifica di nuovo
settings-retest-note = Verifica i valori qui sopra prima di salvarli.
settings-options-heading = Scaricamento
settings-save = Salva
settings-saved = Salvato.
settings-remove = Rimuovi account
settings-remove-question = Rimuovere l'account { $email }?
settings-remove-explain = Postern dimentica l'account e la sua password. La sua posta sul server non viene toccata. Vuoi conservare i messaggi già scaricati?
settings-remove-keep = Rimuovi e conserva i messaggi
settings-remove-delete = Rimuovi ed elimina i messaggi
settings-error-remove = Postern non riesce a rimuovere l'account: { $reason }

## Reader
reader-loading = Apertura del messaggio…
reader-error-load = Postern non riesce ad aprire questo messaggio: { $reason }
reader-error-gone = Il messaggio non è più nella casella di posta.
reader-back = Indietro (Esc)
reader-delete = Elimina
reader-mark-unread = Segna come non letto
reader-mark-read = Segna come letto
reader-view-source = Visualizza sorgente
reader-view-message = Visualizza messaggio
reader-dismiss = Chiudi
reader-no-subject = (nessun oggetto)
reader-from = Da
reader-reply-to = Rispondi a
reader-to = A
reader-cc = Cc
reader-date = Data
reader-no-date = (nessuna data)
reader-from-misleading = Attenzione: il nome del mittente mostra un indirizzo, ma in realtà il messaggio proviene da { $address }.
reader-note-unparsed = Postern non riesce a leggere la struttura di questo messaggio, quindi viene mostrato come testo non elaborato.
reader-note-partial = Di questo messaggio sono state scaricate solo le intestazioni; il messaggio completo è ancora sul server.
reader-note-truncated = Questo messaggio è molto lungo; ne viene mostrato solo l'inizio.
reader-note-html-fallback = La conversione dell'HTML di questo messaggio ha richiesto troppo tempo; il testo viene mostrato senza formattazione.
reader-note-html = Questo messaggio è stato inviato in HTML; viene mostrato come testo, senza immagini né contenuti remoti.
reader-links = { $count ->
    [one] 1 link
    [many] { $count } link
   *[other] { $count } link
}
reader-links-note = Postern non apre mai i link. Fai clic su un link per copiarne l'indirizzo reale.
reader-links-more = { $count ->
    [one] Un altro link non viene mostrato.
    [many] Altri { $count } link non vengono mostrati.
   *[other] Altri { $count } link non vengono mostrati.
}
reader-link-deceptive-mark = ⚠ Ingannevole
reader-link-deceptive = Il testo mostra { $shown }, ma il link porta a { $target }.
reader-link-copied = Copiato negli appunti: { $target }
reader-attachments = { $count ->
    [one] 1 allegato
    [many] { $count } allegati
   *[other] { $count } allegati
}
reader-save = Salva…
reader-save-all = Salva tutti…
reader-save-dialog-title = Salva allegato
reader-save-all-dialog-title = Scegli una cartella per gli allegati
reader-no-dialog = In questo sistema non è disponibile alcun selettore di file. Salvare invece nella cartella Scaricati? I file esistenti vengono mantenuti.
reader-save-to-downloads = Salva in Scaricati
reader-no-downloads = non è stata trovata né la cartella Scaricati né la cartella home
reader-saved-one = Salvato come { $path }
reader-saved-many = { $count ->
    [one] 1 file salvato in { $folder }
    [many] { $count } file salvati in { $folder }
   *[other] { $count } file salvati in { $folder }
}
reader-error-attachment = Postern non riesce a decodificare l'allegato { $name }.
reader-error-save = Postern non riesce a salvare { $path }: { $reason }
reader-error-delete = Postern non riesce a spostare il messaggio nel cestino: { $reason }
reader-error-seen = Postern non riesce a cambiare lo stato di lettura: { $reason }
reader-size-bytes = { $count ->
    [one] 1 byte
    [many] { $count } byte
   *[other] { $count } byte
}
reader-size-kb = { $size } KB
reader-size-mb = { $size } MB
reader-date-format = { $weekday } { $day } { $month } { $year }, { $time }
reader-weekday = { $day ->
    [0] dom
    [1] lun
    [2] mar
    [3] mer
    [4] gio
    [5] ven
   *[6] sab
}
reader-month = { $month ->
    [1] gen
    [2] feb
    [3] mar
    [4] apr
    [5] mag
    [6] giu
    [7] lug
    [8] ago
    [9] set
    [10] ott
    [11] nov
   *[12] dic
}

## Inbox

inbox-all-accounts = Tutti gli account
inbox-trash = Cestino
inbox-search-placeholder = Cerca per mittente, oggetto e testo
inbox-search-clear = Cancella ricerca
inbox-mark-read = Segna come letto
inbox-mark-unread = Segna come non letto
inbox-delete = Elimina
inbox-restore = Ripristina
inbox-undo = Annulla
inbox-column-from = Da
inbox-column-subject = Oggetto
inbox-column-date = Data
inbox-column-size = Dimensione
inbox-no-subject = (nessun oggetto)
inbox-empty-no-accounts = Ancora nessun account. Aggiungine uno e Postern scaricherà la tua posta.
inbox-empty-no-mail = Ancora nessun messaggio qui. Fai clic su Scarica messaggi per scaricare la posta.
inbox-trash-empty = Il cestino è vuoto.
inbox-trash-note = I messaggi restano nel cestino finché non lo svuoti.
inbox-empty-trash = Svuota cestino
inbox-empty-trash-question = { $count ->
    [one] Eliminare definitivamente il messaggio nel cestino? L'operazione non può essere annullata.
    [many] Eliminare definitivamente i { $shown } messaggi nel cestino? L'operazione non può essere annullata.
   *[other] Eliminare definitivamente i { $shown } messaggi nel cestino? L'operazione non può essere annullata.
}
inbox-empty-trash-confirm = Elimina definitivamente
inbox-empty-trash-cancel = Annulla
inbox-searching = Ricerca in corso…
inbox-nothing-found = Nessun risultato per «{ $query }».
inbox-found = { $count ->
    [one] 1 messaggio trovato
    [many] { $shown } messaggi trovati
   *[other] { $shown } messaggi trovati
}
inbox-message-count = { $count ->
    [one] 1 messaggio
    [many] { $shown } messaggi
   *[other] { $shown } messaggi
}
inbox-indexing = Indicizzazione dei messaggi per la ricerca…
inbox-deleted = { $count ->
    [one] Il messaggio è stato spostato nel cestino.
    [many] { $count } messaggi sono stati spostati nel cestino.
   *[other] { $count } messaggi sono stati spostati nel cestino.
}
inbox-error-store = Postern non riesce a leggere o modificare il suo database della posta: { $reason }
inbox-error-busy = È già in corso un altro scaricamento di questo account (forse «postern fetch»); Postern riproverà tra poco.
inbox-error-closed = Il server ha chiuso la connessione durante lo scaricamento.
inbox-sync-account = { $email }: { $status }
inbox-sync-connected = { $count ->
    [one] Un messaggio sul server
    [many] { $shown } messaggi sul server
   *[other] { $shown } messaggi sul server
}
inbox-sync-nothing-new = Nessun nuovo messaggio sul server.
inbox-sync-progress = Scaricamento { $done } di { $total } — { $got } di { $size }
inbox-sync-stopping = Interruzione…
inbox-sync-cancel = Annulla
inbox-sync-cancelled = Scaricamento annullato; i messaggi già ricevuti vengono conservati.
inbox-sync-failed = Impossibile scaricare la posta di { $email }.
inbox-sync-retry-at = Postern riproverà: { $time }.
inbox-sync-try-now = Riprova ora
inbox-sync-retest = Verifica di nuovo…
inbox-status-both = Ultimo controllo: { $last }; prossimo: { $next }
inbox-status-last = Ultimo controllo: { $last }
inbox-status-next = Prossimo controllo: { $next }
inbox-status-never = Non ancora controllato

## Preferences

size-bytes = { $value } B
size-kb = { $value } KB
size-mb = { $value } MB
size-gb = { $value } GB
date-month-short = { $month ->
    [1] gen
    [2] feb
    [3] mar
    [4] apr
    [5] mag
    [6] giu
    [7] lug
    [8] ago
    [9] set
    [10] ott
    [11] nov
   *[12] dic
}
settings-language-heading = Lingua
settings-language-system = Lingua del sistema
settings-language-error-save = Postern non riesce a salvare la lingua scelta: { $reason }

## Command line

cli-no-data-dir = impossibile trovare una cartella dati per questo utente: usa --data-dir CARTELLA
cli-password-stdin-error = impossibile leggere la password dallo standard input: { $reason }
cli-password-file-error = impossibile leggere il file della password { $path }: { $reason }
cli-password-fd-error = impossibile leggere la password dal descrittore { $fd }: { $reason }
cli-keyring-unavailable = { $reason }. Indica la password con --password-stdin, --password-file, --password-fd o --password-command
cli-no-stored-password = nessuna password salvata per { $email }: aggiungila di nuovo con --password-stdin, oppure indicala con --password-stdin / --password-command
cli-keyring-unavailable-add = { $reason }. Senza un portachiavi, Postern può eseguire un comando per ottenere la password quando serve: usa --password-command COMANDO
cli-password-save-error = impossibile salvare la password: { $reason }
cli-plaintext-needs-consent = con --pop-security none la password viaggia non cifrata; aggiungi --allow-plaintext se lo vuoi davvero
cli-account-added = account { $email } aggiunto (id { $id })
cli-note-no-password-saved = nota: nessuna password è stata salvata; forniscine una a `postern fetch` con --password-stdin o --password-command
cli-no-accounts-yet = ancora nessun account: aggiungine uno con `postern account add`
cli-mode-delete = elimina dal server
cli-mode-keep-days = { $count ->
    [one] conserva sul server per { $n } giorno
    [many] conserva sul server per { $n } giorni
   *[other] conserva sul server per { $n } giorni
}
cli-mode-keep = conserva sul server
cli-no-such-account = non esiste l’account «{ $email }»; vedi `postern account list`
cli-keyring-remove-failed = nota: non è stato possibile rimuovere la password dal portachiavi: { $reason }
cli-keyring-none-removed = nota: { $reason }; nessuna password è stata rimossa da un portachiavi
cli-account-removed = account { $email } rimosso
cli-no-accounts = non ci sono account: aggiungine uno con `postern account add`
cli-password-one-account = una password indicata sulla riga di comando vale per un solo account: aggiungi --account INDIRIZZO
cli-fetch-progress = { $email }: messaggio { $done } di { $total }, { $got } di { $size }
cli-fetch-none-new = nessun nuovo messaggio
cli-fetch-new = { $count ->
    [one] { $n } nuovo messaggio ({ $size })
    [many] { $n } nuovi messaggi ({ $size })
   *[other] { $n } nuovi messaggi ({ $size })
}
cli-fetch-headers-only = { $count ->
    [one] { $n } solo intestazioni
    [many] { $n } solo intestazioni
   *[other] { $n } solo intestazioni
}
cli-fetch-deleted = { $count ->
    [one] { $n } eliminato dal server
    [many] { $n } eliminati dal server
   *[other] { $n } eliminati dal server
}
cli-fetch-skipped = { $count ->
    [one] { $n } oltre il limite di dimensione lasciato sul server
    [many] { $n } oltre il limite di dimensione lasciati sul server
   *[other] { $n } oltre il limite di dimensione lasciati sul server
}
cli-fetch-size-mismatch = { $count ->
    [one] { $n } con dimensione errata conservato sul server
    [many] { $n } con dimensione errata conservati sul server
   *[other] { $n } con dimensione errata conservati sul server
}
cli-fetch-cancelled = annullato
cli-fetch-temporary = { $reason } (temporaneo: riprova più tardi)
cli-fetch-login-refused = accesso rifiutato: il server non ha accettato il nome utente o la password («{ $text }»).
cli-exported = { $count ->
    [one] { $n } messaggio di { $email } esportato in { $path }
    [many] { $n } messaggi di { $email } esportati in { $path }
   *[other] { $n } messaggi di { $email } esportati in { $path }
}
cli-doctor-need-settings = indica --account INDIRIZZO, oppure le impostazioni (--email, --pop-host ...)
cli-doctor-note-plaintext = nota: senza --allow-plaintext nessuna password viene inviata non cifrata
cli-doctor-need-password = indica la password con --password-stdin, --password-file, --password-fd o --password-command
cli-doctor-cause = Causa: { $text }
cli-doctor-fix = Soluzione: { $text }
cli-discover-not-address = «{ $address }» non è un indirizzo email
cli-discover-runtime-error = impossibile avviare il runtime asincrono: { $reason }
cli-discover-json-error = impossibile scrivere il JSON: { $reason }
cli-discover-looking-up = ricerca di { $domain } nell’elenco dei provider...
cli-discover-probing = prova di { $host } porta { $port } ({ $security })...
cli-discover-found-provider = trovato nell’elenco dei provider: { $provider }
cli-discover-found-probing = trovato provando { $host }
cli-discover-not-found = non trovato
cli-discover-server = { $label }: { $host }:{ $port } ({ $security }), nome utente { $username } — { $origin }
cli-discover-cert-warning = attenzione: il suo certificato non ha superato la verifica; esegui `postern doctor` per sapere perché
cli-discover-nothing = { $label }: non è stato trovato nulla; inserisci le impostazioni manualmente
cli-discover-provider = provider: { $provider }
cli-discover-incoming = server in entrata (POP3)
cli-discover-outgoing = server in uscita (SMTP)
cli-note = nota: { $text }

## Doctor details

doctor-detail-not-used = non usata
doctor-detail-auth-offered = non usata; il server offre AUTH { $mechanisms }
doctor-detail-no-password-sent = non cifrata; nessuna password inviata
doctor-detail-no-smtp-password = nessuna password per il server in uscita
