## Postern — polski (Polish). Klucze i zmienne jak w katalogu angielskim
## (i18n/en/postern.ftl); słownictwo jak w Thunderbirdzie.
## Liczba mnoga: kategorie CLDR dla polskiego: one (1), few (2–4, 22–24…),
## many (0, 5–21, 25–31…), other (ułamki).

app-title = Postern

## Discovery

discover-note-enable-pop = Dostęp POP jest wyłączony, dopóki nie włączysz go w ustawieniach na stronie internetowej dostawcy.
discover-note-app-password = Ten dostawca wymaga hasła aplikacji dla programów pocztowych: utwórz je w ustawieniach na jego stronie internetowej i użyj go zamiast hasła do konta.
discover-note-mail-password = Ten dostawca wymaga osobnego hasła pocztowego dla programów pocztowych: ustaw je w ustawieniach na jego stronie internetowej.
discover-note-oauth-required = Ten dostawca wymaga logowania przez swoją stronę internetową (OAuth); może odrzucić hasło.
discover-note-no-pop3 = Ten dostawca nie oferuje POP3, więc Postern nie może pobierać jego poczty.
discover-note-bridge-imap-only = Jego program Bridge obsługuje tylko IMAP, nie POP3.

## Doctor

doctor-step-dns = Wyszukiwanie serwera
doctor-step-connect = Łączenie
doctor-step-tls = Konfigurowanie szyfrowania (SSL/TLS)
doctor-step-greeting = Oczekiwanie na powitanie serwera
doctor-step-capabilities = Sprawdzanie możliwości serwera
doctor-step-starttls = Przełączanie na szyfrowanie (STARTTLS)
doctor-step-login = Logowanie
doctor-step-mailbox = Otwieranie skrzynki pocztowej
doctor-step-ehlo = Przedstawianie się serwerowi (EHLO)
doctor-step-auth = Uwierzytelnianie
doctor-mailbox-detail = { $count ->
    [one] 1 wiadomość
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
}, { $size }
doctor-cause-server-not-found = Nie można znaleźć serwera o nazwie { $host }.
doctor-cause-connection-refused = Serwer { $host } odrzucił połączenie na porcie { $port }: nic na nim nie nasłuchuje.
doctor-cause-timeout = Serwer { $host } nie odpowiedział w porę na porcie { $port }.
doctor-cause-network-unreachable = Serwer { $host } jest nieosiągalny z Twojej sieci.
doctor-cause-tls-on-plain-port = SSL/TLS jest włączony, ale port { $port } działa bez szyfrowania (zwykły tekst lub STARTTLS).
doctor-cause-plain-on-tls-port = SSL/TLS jest wyłączony, ale port { $port } oczekuje SSL/TLS od pierwszego bajtu.
doctor-cause-starttls-not-offered = Serwer nie oferuje STARTTLS, więc nie można w ten sposób zaszyfrować połączenia.
doctor-cause-starttls-refused = Serwer odmówił przełączenia na szyfrowanie: „{ $text }”.
doctor-cause-starttls-injection = Dane nadeszły przed rozpoczęciem szyfrowania, jakby ktoś manipulował połączeniem, więc Postern przerwał połączenie.
doctor-cause-cert-expired = Certyfikat serwera wygasł ({ $date }).
doctor-cause-cert-not-yet-valid = Certyfikat serwera nie jest jeszcze ważny (ważny od { $date }).
doctor-cause-cert-wrong-host = Certyfikat serwera wystawiono dla innej nazwy ({ $subject }).
doctor-cause-cert-self-signed = Certyfikat serwera jest samopodpisany ({ $subject }), więc nie poświadcza go żaden znany urząd certyfikacji.
doctor-cause-cert-unknown-issuer = Certyfikat serwera wystawił urząd certyfikacji nieznany temu komputerowi ({ $issuer }).
doctor-cause-cert-other = Certyfikat serwera nie jest wiarygodny ({ $reason }).
doctor-cause-certificate-changed = Certyfikat serwera zmienił się od czasu, gdy uznano go za zaufany.
doctor-cause-not-pop3 = Serwer na tym porcie nie obsługuje POP3; odpowiedział: „{ $excerpt }”.
doctor-cause-not-smtp = Serwer na tym porcie nie obsługuje SMTP; odpowiedział: „{ $excerpt }”.
doctor-cause-login-refused = Serwer odrzucił nazwę użytkownika lub hasło: „{ $text }”.
doctor-cause-mailbox-locked = Skrzynka pocztowa jest używana przez inny program: „{ $text }”.
doctor-cause-login-too-soon = Serwer pozwala logować się tylko co kilka minut: „{ $text }”.
doctor-cause-server-temporary = Serwer ma chwilowy problem: „{ $text }”.
doctor-cause-smtp-auth-required = Serwer poczty wychodzącej oferuje uwierzytelnianie, a większość serwerów wysyła pocztę tylko zalogowanym użytkownikom, ale dla tego konta uwierzytelnianie jest wyłączone.
doctor-cause-smtp-auth-refused = Serwer poczty wychodzącej odrzucił nazwę użytkownika lub hasło: „{ $text }”.
doctor-cause-smtp-auth-none = Serwer poczty wychodzącej nie oferuje w tym połączeniu żadnego sposobu logowania.
doctor-cause-smtp-auth-unavailable = Serwer poczty wychodzącej nie oferuje żadnej metody logowania znanej programowi Postern (oferuje: { $offered }).
doctor-cause-no-uidl = Serwer nie potrafi rozróżniać wiadomości (brak UIDL), więc wiadomości pozostawione na serwerze mogą zostać pobrane ponownie.
doctor-cause-encryption-required = Serwer przyjmuje hasła tylko przez szyfrowane połączenie: „{ $text }”.
doctor-cause-stopped-answering = Serwer początkowo odpowiadał, ale przestał, gdy Postern się logował lub otwierał skrzynkę pocztową.
doctor-cause-plaintext-not-allowed = Połączenie nie jest szyfrowane, więc hasło zostałoby przesłane otwartym tekstem; Postern go nie wysłał.
doctor-cause-protocol = Serwer nie przestrzegał protokołu: { $what }.
doctor-cause-other = Coś poszło nie tak: { $text }.
doctor-advice-use-tls = Użyj portu { $port } z SSL/TLS: to działa.
doctor-advice-use-starttls = Użyj STARTTLS na porcie { $port }: to działa.
doctor-advice-use-none = Port { $port } działa bez szyfrowania, ale wtedy Twoje hasło jest przesyłane otwartym tekstem.
doctor-advice-compare-fingerprint = Zanim zaufasz certyfikatowi, porównaj jego odcisk { $sha256 } z odciskiem publikowanym przez dostawcę.
doctor-advice-enable-smtp-auth = Włącz opcję „Mój serwer poczty wychodzącej (SMTP) wymaga uwierzytelniania”.
doctor-advice-check-host = Sprawdź, czy w nazwie serwera nie ma literówek.
doctor-advice-check-port = Sprawdź numer portu; serwer może nie oferować tej usługi na porcie { $port }.
doctor-advice-check-online = Sprawdź, czy masz połączenie z internetem; serwer może nie działać albo blokuje go zapora sieciowa.
doctor-advice-tls-on-plain-port = Użyj portu SSL/TLS (995 dla POP3, 465 dla SMTP) albo STARTTLS na porcie { $port }.
doctor-advice-plain-on-tls-port = Włącz SSL/TLS dla portu { $port }.
doctor-advice-starttls = Użyj zamiast tego portu SSL/TLS (995 dla POP3, 465 dla SMTP) albo zapytaj dostawcę.
doctor-advice-injection = Użyj innej sieci lub portu SSL/TLS i powiadom dostawcę.
doctor-advice-certificate = Zapytaj dostawcę o właściwą nazwę serwera albo porównaj certyfikat z tym, który publikuje dostawca.
doctor-advice-check-host-port = Sprawdź nazwę serwera i port.
doctor-advice-login-refused = Sprawdź nazwę użytkownika i hasło; niektórzy dostawcy wymagają hasła aplikacji dla programów pocztowych.
doctor-advice-mailbox-locked = Zamknij inne programy pocztowe korzystające z tego konta lub odczekaj kilka minut.
doctor-advice-login-too-soon = Odczekaj kilka minut, zanim znów sprawdzisz pocztę.
doctor-advice-try-later = Spróbuj ponownie później; jeśli problem się powtarza, powiadom dostawcę.
doctor-advice-smtp-auth-refused = Sprawdź nazwę użytkownika i hasło do serwera poczty wychodzącej.
doctor-advice-smtp-auth-unavailable = Użyj STARTTLS lub SSL/TLS: wiele serwerów umożliwia logowanie tylko przez szyfrowane połączenie.
doctor-advice-no-uidl = Pozwól programowi Postern usuwać wiadomości z serwera po ich pobraniu albo zapytaj dostawcę.
doctor-advice-encryption-required = Włącz SSL/TLS (port 995) lub STARTTLS (port 110).
doctor-advice-plaintext = Użyj SSL/TLS lub STARTTLS albo wyraźnie zezwól na połączenia nieszyfrowane.

## App

app-no-display = Postern wymaga sesji graficznej (brak DISPLAY lub WAYLAND_DISPLAY); narzędzia wiersza poleceń działają bez niej: postern --help
app-no-data-dir = nie można znaleźć katalogu danych dla tego użytkownika: użyj --data-dir KATALOG
app-cannot-start = nie można otworzyć okna: { $reason }
app-cannot-start-title = Nie można uruchomić programu Postern
app-cannot-open-store = Postern nie może otworzyć swojej bazy danych poczty: { $reason }
app-loading = Wczytywanie…
app-retry = Spróbuj ponownie
app-dismiss = Zamknij
app-keyring-unavailable = Systemowy magazyn kluczy jest niedostępny, więc Postern przechowuje hasła tylko do końca tej sesji i przy następnym uruchomieniu zapyta o nie ponownie.
inbox-title = Konta
inbox-add-account = Dodaj konto
inbox-settings = Ustawienia
inbox-get-messages = Pobierz wiadomości
inbox-get-account = Pobierz wiadomości
inbox-no-accounts = Nie ma jeszcze żadnych kont. Dodaj konto, aby zacząć pobierać pocztę.
inbox-placeholder-note = Lista wiadomości pojawi się w późniejszej wersji; do tego czasu pobrana poczta jest bezpiecznie przechowywana.
inbox-error-load = Postern nie może odczytać kont: { $reason }
inbox-counts = { $count ->
    [one] 1 wiadomość
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
} (nieprzeczytane: { $unseen })
inbox-connecting = Łączenie…
inbox-connected = { $count ->
    [one] 1 wiadomość na serwerze
    [few] { $count } wiadomości na serwerze
    [many] { $count } wiadomości na serwerze
   *[other] { $count } wiadomości na serwerze
}
inbox-progress = Pobieranie { $done } z { $total }…
inbox-deleting = { $count ->
    [one] Usuwanie 1 wiadomości z serwera…
    [few] Usuwanie { $count } wiadomości z serwera…
    [many] Usuwanie { $count } wiadomości z serwera…
   *[other] Usuwanie { $count } wiadomości z serwera…
}
inbox-fetched = { $count ->
    [0] Brak nowych wiadomości.
    [one] 1 nowa wiadomość.
    [few] { $count } nowe wiadomości.
    [many] { $count } nowych wiadomości.
   *[other] { $count } nowej wiadomości.
}
inbox-password-prompt = Hasło do konta { $email }:
inbox-password-submit = Pobierz wiadomości

## Wizard

wizard-title = Dodaj konto pocztowe
wizard-step-numbered = { $number }. { $label }
wizard-step-identity = Tożsamość
wizard-step-discovery = Wyszukiwanie ustawień
wizard-step-server = Serwery
wizard-step-test = Test
wizard-step-options = Opcje
wizard-next = Dalej
wizard-back = Wstecz
wizard-cancel = Anuluj
wizard-stop = Zatrzymaj
wizard-finish = Zakończ
wizard-continue-anyway = Kontynuuj mimo to
wizard-identity-intro = Podaj adres, którego już używasz. Postern sam wyszuka odpowiednie ustawienia serwera.
wizard-name-label = Imię i nazwisko
wizard-name-placeholder = Jan Kowalski
wizard-email-label = Adres e-mail
wizard-email-placeholder = jan@example.com
wizard-password-label = Hasło
wizard-show-password = Pokaż hasło
wizard-password-note = Postern przechowuje hasło w systemowym magazynie kluczy, nigdy w swoich plikach.
wizard-error-name-required = Podaj imię i nazwisko, które mają widzieć inni.
wizard-error-email-required = Podaj adres e-mail.
wizard-error-email-invalid = To nie wygląda na adres e-mail (nazwa@example.com).
wizard-error-password-required = Podaj hasło.
wizard-error-host-required = Podaj nazwę serwera.
wizard-error-host-invalid = Nazwa serwera nie może zawierać spacji.
wizard-error-port = Podaj numer portu od 1 do 65535.
wizard-error-username-required = Podaj nazwę użytkownika.
wizard-error-plaintext = Zaakceptuj powyższe ostrzeżenie albo wybierz SSL/TLS lub STARTTLS.
wizard-error-number = Podaj liczbę całkowitą większą od 0.
wizard-error-duplicate = Konto { $email } już istnieje.
wizard-error-save = Postern nie może zapisać konta: { $reason }
wizard-error-password-save = Postern nie może zapisać hasła, więc konto nie zostało dodane: { $reason }
wizard-discovery-running = Wyszukiwanie ustawień dla { $domain }…
wizard-discovery-provider = Wyszukiwanie { $domain } na liście dostawców
wizard-discovery-probing = Sprawdzanie { $host }, port { $port } ({ $security })
wizard-discovery-found-server = Znaleziono { $server }
wizard-discovery-server = { $host }, port { $port }, { $security }
wizard-discovery-cancel-hint = To może potrwać kilka sekund. Zatrzymaj, aby samodzielnie wprowadzić ustawienia.
wizard-discovery-from-provider = Znaleziono na liście dostawców: { $provider }
wizard-discovery-probed = Znaleziono, sprawdzając { $host }
wizard-discovery-not-found = Nie znaleziono: wprowadź ustawienia serwera.
wizard-discovery-stopped = Wyszukiwanie zatrzymane: wprowadź ustawienia serwera.
wizard-discovery-incoming = Poczta przychodząca (POP3)
wizard-discovery-outgoing = Poczta wychodząca (SMTP)
wizard-discovery-next-hint = Przycisk Dalej pokaże te ustawienia, aby można je było sprawdzić lub zmienić.
wizard-server-intro = Wprowadź ustawienia serwera otrzymane od dostawcy.
wizard-incoming-heading = Serwer poczty przychodzącej
wizard-outgoing-heading = Serwer poczty wychodzącej (SMTP)
wizard-account-type-label = Typ konta
wizard-account-type-pop3 = POP3
wizard-in-host-label = Serwer poczty przychodzącej
wizard-in-host-placeholder = pop.example.com
wizard-out-host-label = Serwer poczty wychodzącej
wizard-out-host-placeholder = smtp.example.com
wizard-outgoing-optional = Pozostaw puste, jeśli chcesz tylko odbierać pocztę w programie Postern.
wizard-port-label = Port
wizard-security-label = Bezpieczeństwo połączenia
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = Brak
wizard-in-encrypted = Ten serwer wymaga szyfrowanego połączenia (SSL/TLS)
wizard-out-encrypted = Ten serwer wymaga szyfrowanego połączenia (SSL/TLS)
wizard-username-label = Nazwa użytkownika
wizard-smtp-auth = Mój serwer poczty wychodzącej (SMTP) wymaga uwierzytelniania
wizard-smtp-same = Użyj tych samych ustawień co dla serwera poczty przychodzącej
wizard-plaintext-title = Hasło zostałoby przesłane bez szyfrowania
wizard-plaintext-warning = Bez SSL/TLS lub STARTTLS każdy w sieci między Tobą a serwerem może odczytać Twoje hasło i Twoją pocztę.
wizard-plaintext-accept = Rozumiem; wyślij moje hasło bez szyfrowania
wizard-test-intro = Postern sprawdzi połączenie z tymi ustawieniami. Nic nie zostanie pobrane ani usunięte.
wizard-test-again = Testuj ponownie
wizard-test-running = Testowanie…
wizard-test-passed = Wszystko działa.
wizard-test-warnings = Działa, ale z ostrzeżeniami: przeczytaj je, zanim przejdziesz dalej.
wizard-test-failed = Test się nie powiódł. Usuń poniższy problem lub wróć przyciskiem Wstecz, aby zmienić ustawienia.
wizard-test-incoming = Serwer poczty przychodzącej (POP3)
wizard-test-outgoing = Serwer poczty wychodzącej (SMTP)
wizard-outcome-running = w toku
wizard-outcome-passed = powodzenie
wizard-outcome-warning = ostrzeżenie
wizard-outcome-failed = niepowodzenie
wizard-outcome-skipped = pominięto
wizard-fix-port-security = Użyj portu { $port } z { $security }
wizard-fix-trust = Sprawdź ten certyfikat…
wizard-fix-smtp-auth = Włącz uwierzytelnianie SMTP
wizard-trust-title = Zaufać temu certyfikatowi?
wizard-trust-explain = Nie można zweryfikować certyfikatu serwera. Zaufaj mu tylko wtedy, gdy jego odcisk zgadza się z odciskiem publikowanym przez dostawcę.
wizard-trust-subject = Wystawiony dla
wizard-trust-issuer = Wystawiony przez
wizard-trust-validity = Ważność
wizard-trust-validity-value = od { $from } do { $until }
wizard-trust-fingerprint = Odcisk SHA-256
wizard-trust-compared = Porównano odcisk z odciskiem opublikowanym przez mojego dostawcę i są one zgodne
wizard-trust-confirm = Zaufaj temu certyfikatowi
wizard-options-intro = Sposób pobierania poczty przez program Postern. Możesz to później zmienić w Ustawieniach.
wizard-options-leave = Pozostawiaj wiadomości na serwerze
wizard-options-delete-after = Usuwaj je z serwera po
wizard-options-days = dniach
wizard-options-delete-note = Wiadomości są usuwane z serwera, gdy zostaną tutaj bezpiecznie zapisane.
wizard-options-startup = Sprawdzaj pocztę podczas uruchamiania programu Postern
wizard-options-every = Sprawdzaj pocztę co
wizard-options-minutes = minut
wizard-options-limit = Nie pobieraj wiadomości większych niż
wizard-options-kb = KB
wizard-options-headers-only = Pobieraj tylko ich nagłówki

## Settings

settings-title = Ustawienia
settings-close = Zamknij
settings-accounts = Konta
settings-add-account = Dodaj konto
settings-no-accounts = Brak kont.
settings-error-load = Postern nie może odczytać kont: { $reason }
settings-identity = Tożsamość
settings-password-label = Hasło
settings-password-unchanged = (bez zmian)
settings-error-password-needed = Podaj hasło, aby uruchomić test.
settings-test-heading = Test połączenia
settings-retest = Testuj ponownie
settings-retest-note = Sprawdza powyższe wartości, zanim je zapiszesz.
settings-options-heading = Pobieranie
settings-save = Zapisz
settings-saved = Zapisano.
settings-remove = Usuń konto
settings-remove-question = Usunąć konto { $email }?
settings-remove-explain = Postern zapomni to konto i jego hasło. Poczta na serwerze pozostanie nietknięta. Czy zachować już pobrane wiadomości?
settings-remove-keep = Usuń, zachowaj wiadomości
settings-remove-delete = Usuń wraz z wiadomościami
settings-error-remove = Postern nie może usunąć konta: { $reason }

## Reader

reader-loading = Otwieranie wiadomości…
reader-error-load = Postern nie może otworzyć tej wiadomości: { $reason }
reader-error-gone = Tej wiadomości nie ma już w skrzynce.
reader-back = Wstecz (Esc)
reader-delete = Usuń
reader-mark-unread = Oznacz jako nieprzeczytaną
reader-mark-read = Oznacz jako przeczytaną
reader-view-source = Pokaż źródło
reader-view-message = Pokaż wiadomość
reader-dismiss = Zamknij
reader-no-subject = (bez tematu)
reader-from = Od
reader-reply-to = Odpowiedź do
reader-to = Do
reader-cc = Kopia
reader-date = Data
reader-no-date = (bez daty)
reader-from-misleading = Uwaga: nazwa nadawcy zawiera adres e-mail, ale wiadomość w rzeczywistości pochodzi od { $address }.
reader-note-unparsed = Postern nie może odczytać struktury tej wiadomości, więc jest ona wyświetlana jako surowy tekst.
reader-note-partial = Pobrano tylko nagłówki tej wiadomości; pełna wiadomość wciąż jest na serwerze.
reader-note-truncated = Ta wiadomość jest bardzo długa; wyświetlany jest tylko jej początek.
reader-note-html-fallback = Konwersja HTML tej wiadomości trwała zbyt długo; jej tekst jest wyświetlany bez formatowania.
reader-note-html = Ta wiadomość została wysłana jako HTML; jest wyświetlana jako tekst, bez obrazów i treści zdalnych.
reader-links = { $count ->
    [one] 1 link
    [few] { $count } linki
    [many] { $count } linków
   *[other] { $count } linku
}
reader-links-note = Postern nigdy nie otwiera linków. Kliknij link, aby skopiować jego prawdziwy adres.
reader-links-more = { $count ->
    [one] Nie pokazano 1 kolejnego linku.
    [few] Nie pokazano { $count } kolejnych linków.
    [many] Nie pokazano { $count } kolejnych linków.
   *[other] Nie pokazano { $count } kolejnego linku.
}
reader-link-deceptive-mark = ⚠ Podejrzany
reader-link-deceptive = Tekst pokazuje { $shown }, ale link prowadzi do { $target }.
reader-link-copied = Skopiowano do schowka: { $target }
reader-attachments = { $count ->
    [one] 1 załącznik
    [few] { $count } załączniki
    [many] { $count } załączników
   *[other] { $count } załącznika
}
reader-save = Zapisz…
reader-save-all = Zapisz wszystkie…
reader-save-dialog-title = Zapisz załącznik
reader-save-all-dialog-title = Wybierz folder na załączniki
reader-no-dialog = W tym systemie nie jest dostępne okno wyboru plików. Zapisać w folderze Pobrane? Istniejące pliki zostaną zachowane.
reader-save-to-downloads = Zapisz w folderze Pobrane
reader-no-downloads = nie znaleziono folderu Pobrane ani folderu domowego
reader-saved-one = Zapisano jako { $path }
reader-saved-many = { $count ->
    [one] Zapisano 1 plik w folderze { $folder }
    [few] Zapisano { $count } pliki w folderze { $folder }
    [many] Zapisano { $count } plików w folderze { $folder }
   *[other] Zapisano { $count } pliku w folderze { $folder }
}
reader-error-attachment = Postern nie może zdekodować załącznika { $name }.
reader-error-save = Postern nie może zapisać pliku { $path }: { $reason }
reader-error-delete = Postern nie może przenieść wiadomości do kosza: { $reason }
reader-error-seen = Postern nie może zmienić stanu przeczytania: { $reason }
reader-size-bytes = { $count ->
    [one] 1 bajt
    [few] { $count } bajty
    [many] { $count } bajtów
   *[other] { $count } bajta
}
reader-size-kb = { $size } KB
reader-size-mb = { $size } MB
reader-date-format = { $weekday }, { $day } { $month } { $year }, { $time }
reader-weekday = { $day ->
    [0] niedz.
    [1] pon.
    [2] wt.
    [3] śr.
    [4] czw.
    [5] pt.
   *[6] sob.
}
reader-month = { $month ->
    [1] sty
    [2] lut
    [3] mar
    [4] kwi
    [5] maj
    [6] cze
    [7] lip
    [8] sie
    [9] wrz
    [10] paź
    [11] lis
   *[12] gru
}

## Inbox

inbox-all-accounts = Wszystkie konta
inbox-trash = Kosz
inbox-search-placeholder = Szukaj według nadawcy, tematu i treści
inbox-search-clear = Wyczyść wyszukiwanie
inbox-mark-read = Oznacz jako przeczytane
inbox-mark-unread = Oznacz jako nieprzeczytane
inbox-delete = Usuń
inbox-restore = Przywróć
inbox-undo = Cofnij
inbox-column-from = Nadawca
inbox-column-subject = Temat
inbox-column-date = Data
inbox-column-size = Rozmiar
inbox-no-subject = (bez tematu)
inbox-empty-no-accounts = Nie ma jeszcze żadnych kont. Dodaj konto, a Postern pobierze Twoją pocztę.
inbox-empty-no-mail = Nie ma tu jeszcze poczty. Kliknij „Pobierz wiadomości”, aby ją pobrać.
inbox-trash-empty = Kosz jest pusty.
inbox-trash-note = Wiadomości pozostają w koszu, dopóki go nie opróżnisz.
inbox-empty-trash = Opróżnij kosz
inbox-empty-trash-question = { $count ->
    [one] Trwale usunąć wiadomość z kosza? Tej operacji nie można cofnąć.
    [few] Trwale usunąć { $shown } wiadomości z kosza? Tej operacji nie można cofnąć.
    [many] Trwale usunąć { $shown } wiadomości z kosza? Tej operacji nie można cofnąć.
   *[other] Trwale usunąć { $shown } wiadomości z kosza? Tej operacji nie można cofnąć.
}
inbox-empty-trash-confirm = Usuń trwale
inbox-empty-trash-cancel = Anuluj
inbox-searching = Wyszukiwanie…
inbox-nothing-found = Brak wyników dla „{ $query }”.
inbox-found = { $count ->
    [one] Znaleziono 1 wiadomość
    [few] Znaleziono { $shown } wiadomości
    [many] Znaleziono { $shown } wiadomości
   *[other] Znaleziono { $shown } wiadomości
}
inbox-message-count = { $count ->
    [one] 1 wiadomość
    [few] { $shown } wiadomości
    [many] { $shown } wiadomości
   *[other] { $shown } wiadomości
}
inbox-indexing = Indeksowanie wiadomości do wyszukiwania…
inbox-deleted = { $count ->
    [one] Wiadomość została przeniesiona do kosza.
    [few] Przeniesiono { $count } wiadomości do kosza.
    [many] Przeniesiono { $count } wiadomości do kosza.
   *[other] Przeniesiono { $count } wiadomości do kosza.
}
inbox-error-store = Postern nie może odczytać ani zmienić swojej bazy danych poczty: { $reason }
inbox-error-busy = Trwa już inne pobieranie poczty z tego konta (być może „postern fetch”); Postern wkrótce spróbuje ponownie.
inbox-error-closed = Serwer zamknął połączenie w trakcie pobierania.
inbox-sync-account = { $email }: { $status }
inbox-sync-connected = { $count ->
    [one] Jedna wiadomość na serwerze
    [few] { $shown } wiadomości na serwerze
    [many] { $shown } wiadomości na serwerze
   *[other] { $shown } wiadomości na serwerze
}
inbox-sync-nothing-new = Brak nowych wiadomości na serwerze.
inbox-sync-progress = Pobieranie { $done } z { $total } — { $got } z { $size }
inbox-sync-stopping = Zatrzymywanie…
inbox-sync-cancel = Anuluj
inbox-sync-cancelled = Pobieranie anulowane; już odebrane wiadomości zostały zachowane.
inbox-sync-failed = Nie można pobrać poczty z konta { $email }.
inbox-sync-retry-at = Postern spróbuje ponownie o { $time }.
inbox-sync-try-now = Spróbuj teraz
inbox-sync-retest = Testuj ponownie…
inbox-status-both = Ostatnie sprawdzenie: { $last }, następne: { $next }
inbox-status-last = Ostatnie sprawdzenie: { $last }
inbox-status-next = Następne sprawdzenie: { $next }
inbox-status-never = Jeszcze nie sprawdzano

## Preferences

size-bytes = { $value } B
size-kb = { $value } KB
size-mb = { $value } MB
size-gb = { $value } GB
date-month-short = { $month ->
    [1] sty
    [2] lut
    [3] mar
    [4] kwi
    [5] maj
    [6] cze
    [7] lip
    [8] sie
    [9] wrz
    [10] paź
    [11] lis
   *[12] gru
}
settings-language-heading = Język
settings-language-system = Język systemu
settings-language-error-save = Postern nie może zapisać wybranego języka: { $reason }

## Command line

cli-no-data-dir = nie można znaleźć katalogu danych dla tego użytkownika: użyj --data-dir KATALOG
cli-password-stdin-error = nie można odczytać hasła ze standardowego wejścia: { $reason }
cli-password-file-error = nie można odczytać pliku z hasłem { $path }: { $reason }
cli-password-fd-error = nie można odczytać hasła z deskryptora { $fd }: { $reason }
cli-keyring-unavailable = { $reason }. Podaj hasło za pomocą --password-stdin, --password-file, --password-fd lub --password-command
cli-no-stored-password = dla { $email } nie zapisano hasła: dodaj je ponownie za pomocą --password-stdin albo podaj je za pomocą --password-stdin / --password-command
cli-keyring-unavailable-add = { $reason }. Bez pęku kluczy (keyring) Postern może uruchamiać polecenie, które poda hasło, gdy będzie potrzebne: użyj --password-command POLECENIE
cli-password-save-error = nie można zapisać hasła: { $reason }
cli-plaintext-needs-consent = przy --pop-security none hasło jest przesyłane bez szyfrowania; dodaj --allow-plaintext, jeśli naprawdę tego chcesz
cli-account-added = dodano konto { $email } (id { $id })
cli-note-no-password-saved = uwaga: nie zapisano hasła; przekaż je do `postern fetch` za pomocą --password-stdin lub --password-command
cli-no-accounts-yet = nie ma jeszcze kont: dodaj konto za pomocą `postern account add`
cli-mode-delete = usuwaj z serwera
cli-mode-keep-days = { $count ->
    [one] zostawiaj na serwerze przez { $n } dzień
    [few] zostawiaj na serwerze przez { $n } dni
    [many] zostawiaj na serwerze przez { $n } dni
   *[other] zostawiaj na serwerze przez { $n } dnia
}
cli-mode-keep = zostawiaj na serwerze
cli-no-such-account = nie ma konta „{ $email }”; zobacz `postern account list`
cli-keyring-remove-failed = uwaga: nie udało się usunąć hasła z pęku kluczy: { $reason }
cli-keyring-none-removed = uwaga: { $reason }; nie usunięto hasła z żadnego pęku kluczy
cli-account-removed = usunięto konto { $email }
cli-no-accounts = nie ma żadnych kont: dodaj konto za pomocą `postern account add`
cli-password-one-account = hasło podane w wierszu poleceń dotyczy jednego konta: dodaj --account ADRES
cli-fetch-progress = { $email }: wiadomość { $done } z { $total }, { $got } z { $size }
cli-fetch-none-new = brak nowych wiadomości
cli-fetch-new = { $count ->
    [one] { $n } nowa wiadomość ({ $size })
    [few] { $n } nowe wiadomości ({ $size })
    [many] { $n } nowych wiadomości ({ $size })
   *[other] { $n } nowej wiadomości ({ $size })
}
cli-fetch-headers-only = { $count ->
    [one] { $n } tylko jako nagłówki
    [few] { $n } tylko jako nagłówki
    [many] { $n } tylko jako nagłówki
   *[other] { $n } tylko jako nagłówki
}
cli-fetch-deleted = { $count ->
    [one] { $n } usunięta z serwera
    [few] { $n } usunięte z serwera
    [many] { $n } usuniętych z serwera
   *[other] { $n } usuniętej z serwera
}
cli-fetch-skipped = { $count ->
    [one] { $n } powyżej limitu rozmiaru pozostawiona na serwerze
    [few] { $n } powyżej limitu rozmiaru pozostawione na serwerze
    [many] { $n } powyżej limitu rozmiaru pozostawionych na serwerze
   *[other] { $n } powyżej limitu rozmiaru pozostawionej na serwerze
}
cli-fetch-size-mismatch = { $count ->
    [one] { $n } z błędnym rozmiarem zachowana na serwerze
    [few] { $n } z błędnym rozmiarem zachowane na serwerze
    [many] { $n } z błędnym rozmiarem zachowanych na serwerze
   *[other] { $n } z błędnym rozmiarem zachowanej na serwerze
}
cli-fetch-cancelled = anulowano
cli-fetch-temporary = { $reason } (problem tymczasowy: spróbuj ponownie później)
cli-fetch-login-refused = logowanie odrzucone: serwer nie przyjął nazwy użytkownika lub hasła („{ $text }”).
cli-exported = { $count ->
    [one] wyeksportowano { $n } wiadomość z { $email } do { $path }
    [few] wyeksportowano { $n } wiadomości z { $email } do { $path }
    [many] wyeksportowano { $n } wiadomości z { $email } do { $path }
   *[other] wyeksportowano { $n } wiadomości z { $email } do { $path }
}
cli-doctor-need-settings = podaj --account ADRES albo ustawienia (--email, --pop-host ...)
cli-doctor-note-plaintext = uwaga: bez --allow-plaintext żadne hasło nie jest wysyłane bez szyfrowania
cli-doctor-need-password = podaj hasło za pomocą --password-stdin, --password-file, --password-fd lub --password-command
cli-doctor-cause = Przyczyna: { $text }
cli-doctor-fix = Rozwiązanie: { $text }
cli-discover-not-address = „{ $address }” nie jest adresem e-mail
cli-discover-runtime-error = nie można uruchomić asynchronicznego środowiska wykonawczego: { $reason }
cli-discover-json-error = nie można zapisać JSON: { $reason }
cli-discover-looking-up = wyszukiwanie { $domain } na liście dostawców...
cli-discover-probing = sprawdzanie { $host }, port { $port } ({ $security })...
cli-discover-found-provider = znaleziono na liście dostawców: { $provider }
cli-discover-found-probing = znaleziono, sprawdzając { $host }
cli-discover-not-found = nie znaleziono
cli-discover-server = { $label }: { $host }:{ $port } ({ $security }), nazwa użytkownika { $username } — { $origin }
cli-discover-cert-warning = ostrzeżenie: jego certyfikat nie przeszedł weryfikacji; uruchom `postern doctor`, aby zobaczyć dlaczego
cli-discover-nothing = { $label }: nic nie znaleziono; wprowadź ustawienia ręcznie
cli-discover-provider = dostawca: { $provider }
cli-discover-incoming = serwer poczty przychodzącej (POP3)
cli-discover-outgoing = serwer poczty wychodzącej (SMTP)
cli-note = uwaga: { $text }

## Doctor details

doctor-detail-not-used = nieużywane
doctor-detail-auth-offered = nieużywane; serwer oferuje AUTH { $mechanisms }
doctor-detail-no-password-sent = bez szyfrowania; nie wysłano hasła
doctor-detail-no-smtp-password = brak hasła do serwera poczty wychodzącej
