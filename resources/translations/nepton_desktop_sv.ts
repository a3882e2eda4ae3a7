<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AbsenceTimeline</name>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Föregående månad</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Nästa månad ▶</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <source>Only people with absences</source>
        <translation>Endast personer med frånvaro</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n frånvaro</numerusform>
            <numerusform>%n frånvaror</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Inte godkänd</translation>
    </message>
    <message>
        <source>Locked day</source>
        <translation>Låst dag</translation>
    </message>
</context>
<context>
    <name>AbsencesTab</name>
    <message>
        <source>Absences</source>
        <translation>Frånvaro</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Not connected: choose File &gt; Connect.</source>
        <translation>Inte ansluten: välj Arkiv &gt; Anslut.</translation>
    </message>
</context>
<context>
    <name>CellParsing</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 är obligatoriskt.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Inte en e-postadress.</translation>
    </message>
    <message>
        <source>Not a valid Finnish personal identity code.</source>
        <translation>Inte en giltig finländsk personbeteckning.</translation>
    </message>
    <message>
        <source>Not a valid IBAN (check digits do not match).</source>
        <translation>Inte ett giltigt IBAN (kontrollsiffrorna stämmer inte).</translation>
    </message>
    <message>
        <source>No person with employee number %1.</source>
        <translation>Ingen person med anställningsnummer %1.</translation>
    </message>
    <message>
        <source>No project with code %1.</source>
        <translation>Inget projekt med koden %1.</translation>
    </message>
    <message>
        <source>No event type with code %1.</source>
        <translation>Ingen händelsetyp med koden %1.</translation>
    </message>
    <message>
        <source>No absence type with code %1.</source>
        <translation>Ingen frånvarotyp med koden %1.</translation>
    </message>
    <message>
        <source>No unit named %1.</source>
        <translation>Ingen enhet med namnet %1.</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>Coercion</name>
    <message>
        <source>two-digit year {short} read as {year}</source>
        <translation>det tvåsiffriga året {short} lästes som {year}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write d.M.yyyy (for example 31.12.2026) or yyyy-MM-dd</source>
        <translation>&apos;{value}&apos; är inte ett datum; skriv d.M.åååå (till exempel 31.12.2026) eller åååå-MM-dd</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>&apos;{value}&apos; är inte ett verkligt datum</translation>
    </message>
    <message>
        <source>the number {number} is not a date</source>
        <translation>talet {number} är inte ett datum</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time; write H.mm or H:mm (for example 8.30)</source>
        <translation>&apos;{value}&apos; är inte en tid; skriv H.mm eller H:mm (till exempel 8.30)</translation>
    </message>
    <message>
        <source>24.00 is not a time of day; write 0.00 of the next day</source>
        <translation>24.00 är inte en tid på dygnet; skriv 0.00 följande dag</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real time of day</source>
        <translation>&apos;{value}&apos; är inte en verklig tid på dygnet</translation>
    </message>
    <message>
        <source>the time {time} of {moment} was left out</source>
        <translation>klockslaget {time} i {moment} lämnades bort</translation>
    </message>
    <message>
        <source>a yes/no value is not a date</source>
        <translation>ett ja/nej-värde är inte ett datum</translation>
    </message>
    <message>
        <source>{kind} is not a date</source>
        <translation>{kind} är inte ett datum</translation>
    </message>
    <message>
        <source>the number {number} was read as the spreadsheet date {date}</source>
        <translation>talet {number} lästes som kalkylbladsdatumet {date}</translation>
    </message>
    <message>
        <source>the number {number} was read as the spreadsheet date and time {moment}</source>
        <translation>talet {number} lästes som kalkylbladets datum och tid {moment}</translation>
    </message>
    <message>
        <source>the date {date} has no time; read as 0.00</source>
        <translation>datumet {date} har ingen tid; lästes som 0.00</translation>
    </message>
    <message>
        <source>the time {time} has no date</source>
        <translation>tiden {time} har inget datum</translation>
    </message>
    <message>
        <source>a yes/no value is not a date and time</source>
        <translation>ett ja/nej-värde är inte datum och tid</translation>
    </message>
    <message>
        <source>{kind} is not a date and time</source>
        <translation>{kind} är inte datum och tid</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no time; read as 0.00</source>
        <translation>&apos;{value}&apos; har ingen tid; lästes som 0.00</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time; write d.M.yyyy H.mm (for example 2.3.2026 8.00)</source>
        <translation>&apos;{value}&apos; är inte datum och tid; skriv d.M.åååå H.mm (till exempel 2.3.2026 8.00)</translation>
    </message>
    <message>
        <source>the time zone {zone} was converted to Finnish time {moment}</source>
        <translation>tidszonen {zone} omvandlades till finsk tid {moment}</translation>
    </message>
    <message>
        <source>a duration of a day or more is not a time of day</source>
        <translation>en varaktighet på ett dygn eller mer är inte en tid på dygnet</translation>
    </message>
    <message>
        <source>{moment} is a date and time; this column takes a time</source>
        <translation>{moment} är datum och tid; den här kolumnen tar en tid</translation>
    </message>
    <message>
        <source>a yes/no value is not a time</source>
        <translation>ett ja/nej-värde är inte en tid</translation>
    </message>
    <message>
        <source>the number {number} was read as the time {time}</source>
        <translation>talet {number} lästes som tiden {time}</translation>
    </message>
    <message>
        <source>the number {number} is not a time of day</source>
        <translation>talet {number} är inte en tid på dygnet</translation>
    </message>
    <message>
        <source>{kind} is not a time</source>
        <translation>{kind} är inte en tid</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; read as {number} (&apos;{separator}&apos; taken as a thousands separator)</source>
        <translation>&apos;{value}&apos; lästes som {number} (&apos;{separator}&apos; tolkades som tusentalsavgränsare)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; är inte ett tal</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; read as {number} (a decimal point, not thousands)</source>
        <translation>&apos;{value}&apos; lästes som {number} (decimalpunkt, inte tusental)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number; write for example 7,5</source>
        <translation>&apos;{value}&apos; är inte ett tal; skriv till exempel 7,5</translation>
    </message>
    <message>
        <source>a yes/no value is not a number</source>
        <translation>ett ja/nej-värde är inte ett tal</translation>
    </message>
    <message>
        <source>the number &apos;{value}&apos; was written as text; read as {number}</source>
        <translation>talet &apos;{value}&apos; var skrivet som text; lästes som {number}</translation>
    </message>
    <message>
        <source>{kind} is not a number</source>
        <translation>{kind} är inte ett tal</translation>
    </message>
    <message>
        <source>the number &apos;{value}&apos; was written as text</source>
        <translation>talet &apos;{value}&apos; var skrivet som text</translation>
    </message>
    <message>
        <source>{kind} is not a whole number</source>
        <translation>{kind} är inte ett heltal</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; är inte ett heltal</translation>
    </message>
    <message>
        <source>a yes/no value is not a duration</source>
        <translation>ett ja/nej-värde är inte en varaktighet</translation>
    </message>
    <message>
        <source>{kind} is not a duration</source>
        <translation>{kind} är inte en varaktighet</translation>
    </message>
    <message>
        <source>{number} is not yes or no; write 1 or 0</source>
        <translation>{number} är varken ja eller nej; skriv 1 eller 0</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no; write kyllä/ei, yes/no, 1/0 or x</source>
        <translation>&apos;{value}&apos; är varken ja eller nej; skriv ja/nej, kyllä/ei, 1/0 eller x</translation>
    </message>
    <message>
        <source>{kind} is not yes or no</source>
        <translation>{kind} är varken ja eller nej</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>&apos;{value}&apos; är inte något av följande: {choices}</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>en varaktighet</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>en tid</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>datum och tid</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ett datum</translation>
    </message>
    <message>
        <source>a {type} value</source>
        <translation>ett värde av typen {type}</translation>
    </message>
    <message>
        <source>the date/time cell was taken as the text &apos;{value}&apos;</source>
        <translation>datum- eller tidscellen lästes som texten &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>a personal identity code is text like DDMMYY-NNNC, not a number</source>
        <translation>en personbeteckning är text som DDMMÅÅ-NNNK, inte ett tal</translation>
    </message>
    <message>
        <source>an IBAN is text starting with the country code, not a number</source>
        <translation>ett IBAN är text som börjar med landskoden, inte ett tal</translation>
    </message>
</context>
<context>
    <name>ColumnFilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtrera</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains this text</source>
        <translation>Visa rader där %1 innehåller den här texten</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed in Nepton since you loaded it</source>
        <translation>Ändrad i Nepton efter att du laddade den</translation>
    </message>
    <message>
        <source>Someone changed these rows in Nepton after you loaded them. For each row, choose whose version to keep. Fields you did not edit always take the server&apos;s value.</source>
        <translation>Någon ändrade de här raderna i Nepton efter att du laddade dem. Välj för varje rad vilken version som ska behållas. Fält som du inte redigerade får alltid serverns värde.</translation>
    </message>
    <message>
        <source>Deleted in Nepton: your change cannot be sent.</source>
        <translation>Borttagen i Nepton: din ändring kan inte skickas.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Vid laddning</translation>
    </message>
    <message>
        <source>In Nepton now</source>
        <translation>I Nepton nu</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Keep my changes (overwrite Nepton)</source>
        <translation>Behåll mina ändringar (skriv över Nepton)</translation>
    </message>
    <message>
        <source>Use the version in Nepton (drop my changes)</source>
        <translation>Använd versionen i Nepton (släpp mina ändringar)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Nepton</source>
        <translation>Anslut till Nepton</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Spara profilen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>The connection step failed.</source>
        <translation>Anslutningssteget misslyckades.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <source>Remove the profile %1 and its saved passwords?</source>
        <translation>Vill du ta bort profilen %1 och dess sparade lösenord?</translation>
    </message>
    <message>
        <source>Passwords are kept in %1.</source>
        <translation>Lösenorden förvaras i %1.</translation>
    </message>
    <message>
        <source>Passwords saved in %1.</source>
        <translation>Lösenorden sparades i %1.</translation>
    </message>
    <message>
        <source>Passwords kept for this session only: %1.</source>
        <translation>Lösenorden sparas bara under den här sessionen: %1.</translation>
    </message>
    <message>
        <source>Starting the built-in demo…</source>
        <translation>Startar den inbyggda demon…</translation>
    </message>
    <message>
        <source>The built-in demo runs on this computer with sample data.</source>
        <translation>Den inbyggda demon körs på den här datorn med exempeldata.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testar anslutningen…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The login was refused (1001).</source>
        <translation>Inloggningen avvisades (1001).</translation>
    </message>
    <message>
        <source>Check the API user&apos;s username and password and the CustomerId. Do not try again and again: after repeated failed logins Nepton locks the API user (1018).</source>
        <translation>Kontrollera API-användarens användarnamn och lösenord samt CustomerId. Försök inte om och om igen: efter upprepade misslyckade inloggningar låser Nepton API-användaren (1018).</translation>
    </message>
    <message>
        <source>The API user is locked after too many failed logins (1018).</source>
        <translation>API-användaren är låst efter för många misslyckade inloggningar (1018).</translation>
    </message>
    <message>
        <source>Wait before trying again (Nepton lifts the lock after a while), and correct the password first, so that the next try succeeds.</source>
        <translation>Vänta innan du försöker igen (Nepton häver låset efter en stund), och rätta först lösenordet så att nästa försök lyckas.</translation>
    </message>
    <message>
        <source>The API user&apos;s account is disabled (1020).</source>
        <translation>API-användarens konto är inaktiverat (1020).</translation>
    </message>
    <message>
        <source>The API user lacks rights (1015).</source>
        <translation>API-användaren saknar behörighet (1015).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>Den säkra anslutningen till %1 kunde inte verifieras.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 kunde inte nås.</translation>
    </message>
    <message>
        <source>Check the server address in the profile and the network connection.</source>
        <translation>Kontrollera serveradressen i profilen och nätverksanslutningen.</translation>
    </message>
    <message>
        <source>The HR API refused the request.</source>
        <translation>HR-API:t avvisade begäran.</translation>
    </message>
    <message>
        <source>Check the DeploymentId and the WebServicePassword (the HR API&apos;s own password), and the API user&apos;s username and password.</source>
        <translation>Kontrollera DeploymentId och WebServicePassword (HR-API:ts eget lösenord) samt API-användarens användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>A value cannot be sent.</source>
        <translation>Ett värde kan inte skickas.</translation>
    </message>
    <message>
        <source>Worktime API</source>
        <translation>Worktime-API</translation>
    </message>
    <message>
        <source>Works: logged in, %1 event types read.</source>
        <translation>Fungerar: inloggad, %1 händelsetyper lästa.</translation>
    </message>
    <message>
        <source>HR API</source>
        <translation>HR-API</translation>
    </message>
    <message>
        <source>Not tried, to spare a failed login.</source>
        <translation>Inte provat, för att undvika en misslyckad inloggning.</translation>
    </message>
    <message>
        <source>Fix the API user&apos;s password first; the HR API uses it too.</source>
        <translation>Rätta först API-användarens lösenord; HR-API:t använder det också.</translation>
    </message>
    <message>
        <source>Works: %1 units read.</source>
        <translation>Fungerar: %1 enheter lästa.</translation>
    </message>
    <message>
        <source>Worktime API operations</source>
        <translation>Worktime-API:ts operationer</translation>
    </message>
    <message>
        <source>HR API operations</source>
        <translation>HR-API:ts operationer</translation>
    </message>
    <message>
        <source>The server&apos;s WSDL could not be read.</source>
        <translation>Serverns WSDL kunde inte läsas.</translation>
    </message>
    <message>
        <source>Every operation and field the app uses is there.</source>
        <translation>Alla operationer och fält som appen använder finns.</translation>
    </message>
    <message>
        <source>The server does not declare %n thing(s) the app uses</source>
        <translation>Servern deklarerar inte %n saker som appen använder</translation>
    </message>
    <message>
        <source>The app may be newer than this server. What is missing will fail when used: tell Nepton customer service or the app&apos;s maintainers.</source>
        <translation>Appen kan vara nyare än den här servern. Det som saknas misslyckas när det används: meddela Neptons kundtjänst eller appens underhållare.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>this run only (memory): no working keyring was found on this computer</source>
        <translation>bara under den här körningen (i minnet): ingen fungerande nyckelring hittades på den här datorn</translation>
    </message>
    <message>
        <source>the system keyring (%1)</source>
        <translation>systemets nyckelring (%1)</translation>
    </message>
    <message>
        <source>the system keyring could not be used (%1); the password is kept only until the app closes and will be asked again next time</source>
        <translation>systemets nyckelring kunde inte användas (%1); lösenordet sparas bara tills appen stängs och frågas igen nästa gång</translation>
    </message>
    <message>
        <source>this run only (memory)</source>
        <translation>bara under den här körningen (i minnet)</translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
</context>
<context>
    <name>EntityTab</name>
    <message>
        <source>Filter all columns (Ctrl+F)</source>
        <translation>Filtrera alla kolumner (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Nepton&apos;s API cannot delete these; mark them disabled or completed.</source>
        <translation>Neptons API kan inte ta bort dessa; markera dem som inaktiverade eller avslutade.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rader</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 av %2 rader</translation>
    </message>
    <message>
        <source>%1 unsent</source>
        <translation>%1 oskickade</translation>
    </message>
    <message>
        <source>Copied %1 rows with headers</source>
        <translation>Kopierade %1 rader med rubriker</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Inget att klistra in</translation>
    </message>
    <message>
        <source>Pasted %1 cells</source>
        <translation>Klistrade in %1 celler</translation>
    </message>
    <message>
        <source>Export the rows shown to Excel</source>
        <translation>Exportera de visade raderna till Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>Exporterar %1 rader…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterat till %1</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Nepton refused this row: %1</source>
        <translation>Nepton avvisade den här raden: %1</translation>
    </message>
    <message>
        <source>This row will be deleted when you submit.</source>
        <translation>Den här raden tas bort när du skickar ändringarna.</translation>
    </message>
    <message>
        <source>New row: it will be created when you submit.</source>
        <translation>Ny rad: den skapas när du skickar ändringarna.</translation>
    </message>
    <message>
        <source>Changed from: %1</source>
        <translation>Ändrad, tidigare värde: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorisk</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are not valid</source>
        <translation>
            <numerusform>%n cell är ogiltig</numerusform>
            <numerusform>%n celler är ogiltiga</numerusform>
        </translation>
    </message>
    <message>
        <source>To be deleted</source>
        <translation>Tas bort</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>Ny rad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>Duplicera %n rad</numerusform>
            <numerusform>Duplicera %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Ta bort %n rad</numerusform>
            <numerusform>Ta bort %n rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Visa detaljer</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Dölj detaljer</translation>
    </message>
</context>
<context>
    <name>ErrorWorkbook</name>
    <message>
        <source>create</source>
        <translation>skapas</translation>
    </message>
    <message>
        <source>update</source>
        <translation>uppdateras</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>anmärkning</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source> (warnings)</source>
        <translation> (varningar)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Employee numbers, comma separated</source>
        <translation>Anställningsnummer, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Projektkod</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose what to import</source>
        <translation>Välj vad som ska importeras</translation>
    </message>
    <message>
        <source>Nothing is sent to Nepton before the last step.</source>
        <translation>Inget skickas till Nepton före det sista steget.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Sökväg till filen som ska importeras</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>Spara en mall…</translation>
    </message>
    <message>
        <source>A workbook with the headers, an example row and dropdowns for choices</source>
        <translation>En arbetsbok med rubrikerna, en exempelrad och listrutor för val</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>The file needs a header row. These columns are read (required in bold); Finnish and Swedish headers and common variants are recognised too:</source>
        <translation>Filen behöver en rubrikrad. De här kolumnerna läses (obligatoriska i fetstil); även finska och svenska rubriker och vanliga varianter känns igen:</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Det finns ingen fil på den här sökvägen.</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported. Use %1.</source>
        <translation>Den här typen av fil kan inte importeras. Använd %1.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (%1)</source>
        <translation>Kalkylblad och CSV (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Save an import template</source>
        <translation>Spara en importmall</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Mallen sparades: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Not sent (interrupted)</source>
        <translation>Inte skickad (avbröts)</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbröts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Stoppad av ett fel</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Återställd</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importhistorik</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent / failed / other</source>
        <translation>Skickade / misslyckade / övriga</translation>
    </message>
    <message>
        <source>Revert this import…</source>
        <translation>Återställ den här importen…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>This import went to the profile %1; connect to it to act on it.</source>
        <translation>Den här importen gjordes till profilen %1; anslut till den för att hantera importen.</translation>
    </message>
    <message>
        <source>The import history action failed.</source>
        <translation>Åtgärden i importhistoriken misslyckades.</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows</source>
        <translation>Återupptar: %1 av %2 rader</translation>
    </message>
    <message>
        <source>Resumed: %1 sent, %2 failed, %3 unknown, %4 found already done.</source>
        <translation>Återupptagen: %1 skickade, %2 misslyckades, %3 okända, %4 redan gjorda.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>{entity} has no field &apos;{key}&apos;</source>
        <translation>{entity} har inget fält &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; also looks like &apos;{field}&apos;, which an earlier column already fills; it is left unmapped</source>
        <translation>kolumnen &apos;{column}&apos; liknar också &apos;{field}&apos;, som en tidigare kolumn redan fyller; den importeras inte</translation>
    </message>
    <message>
        <source>the mapping names &apos;{key}&apos;, which {entity} does not have</source>
        <translation>mappningen nämner &apos;{key}&apos;, som {entity} inte har</translation>
    </message>
    <message>
        <source>{file}: cannot be read as a mapping ({detail})</source>
        <translation>{file}: kan inte läsas som en kolumnmappning ({detail})</translation>
    </message>
    <message>
        <source>{file}: expected {example}</source>
        <translation>{file}: förväntade {example}</translation>
    </message>
    <message>
        <source>{file}: the mapping is for {other}, not {entity}</source>
        <translation>{file}: mappningen gäller {other}, inte {entity}</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>{file}: unknown file type {suffix}; use .xlsx, .xlsm, .xls, .ods or .csv</source>
        <translation>{file}: okänd filtyp {suffix}; använd .xlsx, .xlsm, .xls, .ods eller .csv</translation>
    </message>
    <message>
        <source>{file}: cannot be opened as a spreadsheet ({detail})</source>
        <translation>{file}: kan inte öppnas som ett kalkylblad ({detail})</translation>
    </message>
    <message>
        <source>{file}: file not found</source>
        <translation>{file}: filen hittades inte</translation>
    </message>
    <message>
        <source>{file}: no sheet named &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>{file}: inget blad med namnet &apos;{sheet}&apos; (blad: {sheets})</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos; has no data</source>
        <translation>{file}: bladet &apos;{sheet}&apos; har inga data</translation>
    </message>
    <message>
        <source>{file}: no sheet has data</source>
        <translation>{file}: inget blad har data</translation>
    </message>
    <message>
        <source>merged cells {range}: the value of {cell} is used in every cell of the range</source>
        <translation>sammanslagna celler {range}: värdet i {cell} används i varje cell i området</translation>
    </message>
    <message>
        <source>{count} hidden row(s) are imported too: {rows}</source>
        <translation>även dolda rader importeras ({count}): {rows}</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({detail})</source>
        <translation>{file}: kan inte läsas ({detail})</translation>
    </message>
    <message>
        <source>{file}: the file has no data</source>
        <translation>{file}: filen har inga data</translation>
    </message>
</context>
<context>
    <name>ImportTemplate</name>
    <message>
        <source>A date: d.M.yyyy, for example 31.1.2026.</source>
        <translation>Ett datum: d.M.åååå, till exempel 31.1.2026.</translation>
    </message>
    <message>
        <source>A date and time: d.M.yyyy H.mm, for example 31.1.2026 8.00.</source>
        <translation>Datum och tid: d.M.åååå H.mm, till exempel 31.1.2026 8.00.</translation>
    </message>
    <message>
        <source>A time: H.mm, for example 8.30.</source>
        <translation>En tid: H.mm, till exempel 8.30.</translation>
    </message>
    <message>
        <source>Hours: 7,5 or 7:30.</source>
        <translation>Timmar: 7,5 eller 7:30.</translation>
    </message>
    <message>
        <source>A number, for example 7,5.</source>
        <translation>Ett tal, till exempel 7,5.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Ett heltal.</translation>
    </message>
    <message>
        <source>Yes or no: choose from the list.</source>
        <translation>Ja eller nej: välj i listan.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Välj i listan.</translation>
    </message>
    <message>
        <source>Must already exist in Nepton: a code, or a person&apos;s employee number.</source>
        <translation>Måste redan finnas i Nepton: en kod eller personens anställningsnummer.</translation>
    </message>
    <message>
        <source>Several values separated by |, for example HKI|TRE.</source>
        <translation>Flera värden åtskilda med |, till exempel HKI|TRE.</translation>
    </message>
    <message>
        <source>A Finnish personal identity code, for example 131052-308T.</source>
        <translation>En finsk personbeteckning, till exempel 131052-308T.</translation>
    </message>
    <message>
        <source>An IBAN account number, for example FI21 1234 5600 0007 85.</source>
        <translation>Ett IBAN-kontonummer, till exempel FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>An e-mail address.</source>
        <translation>En e-postadress.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorisk.</translation>
    </message>
    <message>
        <source>Nepton&apos;s id of the row: leave it empty for a new row.</source>
        <translation>Radens id i Nepton: lämna tomt för en ny rad.</translation>
    </message>
    <message>
        <source>Not imported: shown for reference.</source>
        <translation>Importeras inte: visas endast som information.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Personnel</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Frånvaro</translation>
    </message>
    <message>
        <source>Worktime events</source>
        <translation>Arbetstidshändelser</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapas</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdateras</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Före: %1
Efter: %2</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import från kalkylblad</translation>
    </message>
    <message>
        <source>Send to Nepton</source>
        <translation>Skicka till Nepton</translation>
    </message>
    <message>
        <source>Import %1 from a spreadsheet</source>
        <translation>Importera %1 från kalkylblad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>InvalidValue</name>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>ligger utanför det tillåtna intervallet</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>är inte ett ändligt tal</translation>
    </message>
    <message>
        <source>has a time zone; give the local wall time of the person&apos;s Nepton time zone</source>
        <translation>innehåller en tidszon; ange den lokala tiden i personens tidszon i Nepton</translation>
    </message>
    <message>
        <source>ends with &apos;&amp;&apos;. Nepton documents that a password ending with &apos;&amp;&apos; breaks its XML message and the login fails. Change the password in Nepton so that it does not end with &apos;&amp;&apos;</source>
        <translation>slutar med &apos;&amp;&apos;. Enligt Neptons dokumentation bryter ett lösenord som slutar med &apos;&amp;&apos; XML-meddelandet och inloggningen misslyckas. Byt lösenordet i Nepton så att det inte slutar med &apos;&amp;&apos;</translation>
    </message>
    <message>
        <source>contains the character %1 at position %2, which XML cannot carry; remove it (it is often a stray control character from a copy-paste)</source>
        <translation>innehåller tecknet %1 på position %2, som XML inte kan överföra; ta bort det (ofta ett kontrolltecken som följt med vid kopiering)</translation>
    </message>
    <message>
        <source>is not a person import field</source>
        <translation>är inte ett fält i personimporten</translation>
    </message>
    <message>
        <source>cannot be reset: Nepton needs it to identify or name the person</source>
        <translation>kan inte tömmas: Nepton behöver det för att identifiera eller namnge personen</translation>
    </message>
    <message>
        <source>contains a line break, which a person import cannot carry</source>
        <translation>innehåller en radbrytning, som personimporten inte kan föra över</translation>
    </message>
    <message>
        <source>is both given a value and marked to be reset; choose one</source>
        <translation>har både ett värde och en markering att tömmas; välj det ena</translation>
    </message>
    <message>
        <source>is empty while other rows set it; Nepton removes a primary supervisor given as empty even when empty values are ignored. Give every row its supervisor, mark the field to be reset, or import these rows separately</source>
        <translation>är tomt fast andra rader anger det; Nepton tar bort en primär chef som anges tom även när tomma värden ignoreras. Ange chefen på varje rad, markera fältet att tömmas eller importera dessa rader separat</translation>
    </message>
    <message>
        <source>are required</source>
        <translation>är obligatoriska</translation>
    </message>
    <message>
        <source>a value contains a comma, which Nepton uses to separate the values of this filter</source>
        <translation>ett värde innehåller ett kommatecken, som Nepton använder för att skilja åt värdena i detta filter</translation>
    </message>
    <message>
        <source>events name a person by id, username, personal identity code or personnel number; an external identifier is not accepted here</source>
        <translation>i händelser anges personen med id, användarnamn, personbeteckning eller personalnummer; en extern identifierare godtas inte här</translation>
    </message>
    <message>
        <source>every event needs an event type (id or code)</source>
        <translation>varje händelse behöver en händelsetyp (id eller kod)</translation>
    </message>
    <message>
        <source>an update names the event by its Nepton id or its external identifier</source>
        <translation>en uppdatering anger händelsen med dess Nepton-id eller externa identifierare</translation>
    </message>
    <message>
        <source>a delete names the event by its Nepton id or its external identifier</source>
        <translation>en radering anger händelsen med dess Nepton-id eller externa identifierare</translation>
    </message>
    <message>
        <source>a project manager is named by personnel number, username, id or external identifier, not by personal identity code</source>
        <translation>en projektchef anges med personalnummer, användarnamn, id eller extern identifierare, inte med personbeteckning</translation>
    </message>
    <message>
        <source>a new project needs a name</source>
        <translation>ett nytt projekt behöver ett namn</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Språket har ändrats</translation>
    </message>
    <message>
        <source>The new language takes effect when Nepton Desktop starts again.</source>
        <translation>Det nya språket används när Nepton Desktop startas på nytt.</translation>
    </message>
    <message>
        <source>Your unsent changes are kept and are there again after the restart.</source>
        <translation>Dina oskickade ändringar sparas och finns kvar efter omstarten.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Starta om nu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nepton Desktop</source>
        <translation>Nepton Desktop</translation>
    </message>
    <message>
        <source>&amp;Send changes…</source>
        <translation>&amp;Skicka ändringar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportera till Excel…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importera från Excel…</translation>
    </message>
    <message>
        <source>&amp;Connect to another Nepton…</source>
        <translation>A&amp;nslut till ett annat Nepton…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Föregående flik</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Nepton Desktop</source>
        <translation>&amp;Om Nepton Desktop</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktyg</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <source>Profile: %1 · API user: %2</source>
        <translation>Profil: %1 · API-användare: %2</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>Public testing</source>
        <translation>Offentlig testmiljö</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Egen server</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demosandlåda</translation>
    </message>
    <message>
        <source>Nepton Desktop — PRODUCTION</source>
        <translation>Nepton Desktop — PRODUKTION</translation>
    </message>
    <message>
        <source>Loading persons, projects and event types…</source>
        <translation>Laddar personer, projekt och händelsetyper…</translation>
    </message>
    <message>
        <source>Loaded in %1 s</source>
        <translation>Laddat på %1 s</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Laddar %1…</translation>
    </message>
    <message>
        <source>%1 refreshed</source>
        <translation>%1 uppdaterad</translation>
    </message>
    <message>
        <source>%1 unsent changes</source>
        <translation>%1 oskickade ändringar</translation>
    </message>
    <message>
        <source>No unsent changes</source>
        <translation>Inga oskickade ändringar</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Oskickade ändringar</translation>
    </message>
    <message>
        <source>%1 changes were not sent last time. Restore them? They are checked against the data just loaded and marked for you to review before sending.</source>
        <translation>%1 ändringar skickades inte förra gången. Vill du återställa dem? De kontrolleras mot de data som just laddades och markeras så att du kan granska dem innan de skickas.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Restored %1 unsent changes</source>
        <translation>Återställde %1 oskickade ändringar</translation>
    </message>
    <message>
        <source>%1 rows are no longer in Nepton</source>
        <translation>%1 rader finns inte längre i Nepton</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>About Nepton Desktop</source>
        <translation>Om Nepton Desktop</translation>
    </message>
    <message>
        <source>Nepton Desktop: personnel, projects, absences and worktime events.</source>
        <translation>Nepton Desktop: personal, projekt, frånvaro och arbetstidshändelser.</translation>
    </message>
    <message>
        <source>%1 changes have not been sent to Nepton. Keep them for next time, or discard them?</source>
        <translation>%1 ändringar har inte skickats till Nepton. Vill du behålla dem till nästa gång eller förkasta dem?</translation>
    </message>
    <message>
        <source>Keep for next time</source>
        <translation>Behåll till nästa gång</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Förkasta ändringarna</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Columns without a field are not imported.</source>
        <translation>Kolumner utan fält importeras inte.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matchning</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>importeras inte</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>efter namn</translation>
    </message>
    <message>
        <source>similar name (%1 %)</source>
        <translation>liknande namn (%1 %)</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>sparad matchning</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>vald av dig</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— importeras inte —</translation>
    </message>
    <message>
        <source>Required fields without a column: %1</source>
        <translation>Obligatoriska fält utan kolumn: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not imported: </source>
        <translation>
            <numerusform>%n kolumn importeras inte: </numerusform>
            <numerusform>%n kolumner importeras inte: </numerusform>
        </translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fält markerade med * är obligatoriska.</translation>
    </message>
</context>
<context>
    <name>NeptonError</name>
    <message>
        <source>Nepton reported an unexpected error. Try again later.</source>
        <translation>Nepton rapporterade ett oväntat fel. Försök igen senare.</translation>
    </message>
    <message>
        <source>Nepton did not accept the login. Check the API user&apos;s username and password and the CustomerId in the profile.</source>
        <translation>Nepton godkände inte inloggningen. Kontrollera API-användarens användarnamn och lösenord samt CustomerId i profilen.</translation>
    </message>
    <message>
        <source>The event was not found in Nepton. Reload the events and try again.</source>
        <translation>Händelsen hittades inte i Nepton. Ladda om händelserna och försök igen.</translation>
    </message>
    <message>
        <source>The person was not found in Nepton. Check the person&apos;s id, username, personnel number or personal identity code.</source>
        <translation>Personen hittades inte i Nepton. Kontrollera personens id, användarnamn, anställningsnummer eller personbeteckning.</translation>
    </message>
    <message>
        <source>The project was not found in Nepton. Check the project&apos;s id, code or external identifier.</source>
        <translation>Projektet hittades inte i Nepton. Kontrollera projektets id, kod eller externa identifierare.</translation>
    </message>
    <message>
        <source>Not all required settings were given. Fill in the missing values and try again.</source>
        <translation>Alla obligatoriska inställningar angavs inte. Fyll i de saknade värdena och försök igen.</translation>
    </message>
    <message>
        <source>A setting is missing its identifier. Check the values and try again.</source>
        <translation>En inställning saknar identifierare. Kontrollera värdena och försök igen.</translation>
    </message>
    <message>
        <source>A setting is invalid. Check the values and try again.</source>
        <translation>En inställning är ogiltig. Kontrollera värdena och försök igen.</translation>
    </message>
    <message>
        <source>Nepton could not process a setting. Try again later.</source>
        <translation>Nepton kunde inte behandla en inställning. Försök igen senare.</translation>
    </message>
    <message>
        <source>The project is invalid. Check its name, code and dates.</source>
        <translation>Projektet är ogiltigt. Kontrollera dess namn, kod och datum.</translation>
    </message>
    <message>
        <source>Nepton could not reach its database. Try again in a few minutes.</source>
        <translation>Nepton nådde inte sin databas. Försök igen om några minuter.</translation>
    </message>
    <message>
        <source>Nepton could not delete the item. Reload the data and try again.</source>
        <translation>Nepton kunde inte ta bort posten. Ladda om uppgifterna och försök igen.</translation>
    </message>
    <message>
        <source>Nepton rejected the request&apos;s parameters. Check the values you entered.</source>
        <translation>Nepton avvisade begärans parametrar. Kontrollera värdena du angav.</translation>
    </message>
    <message>
        <source>Nepton found no target dates for the request. Check the date range.</source>
        <translation>Nepton hittade inga måldatum för begäran. Kontrollera datumintervallet.</translation>
    </message>
    <message>
        <source>Nepton does not recognise this setting.</source>
        <translation>Nepton känner inte igen den här inställningen.</translation>
    </message>
    <message>
        <source>The API user has no permission for this. Ask your Nepton administrator to give the API user the roles it needs.</source>
        <translation>API-användaren har inte behörighet till detta. Be din Nepton-administratör ge API-användaren de roller den behöver.</translation>
    </message>
    <message>
        <source>Nepton does not support a parameter of this request. The app may be newer than the server.</source>
        <translation>Nepton stöder inte en parameter i den här begäran. Appen kan vara nyare än servern.</translation>
    </message>
    <message>
        <source>This Nepton service does not support the function. Contact Nepton customer service.</source>
        <translation>Den här Nepton-tjänsten stöder inte funktionen. Kontakta Neptons kundtjänst.</translation>
    </message>
    <message>
        <source>Nepton has locked the login after too many failed attempts. The app has stopped all calls. Wait before trying again, and check the password first.</source>
        <translation>Nepton har låst inloggningen efter för många misslyckade försök. Appen har stoppat alla anrop. Vänta innan du försöker igen och kontrollera först lösenordet.</translation>
    </message>
    <message>
        <source>Some items failed. See the outcome of each item.</source>
        <translation>Några poster misslyckades. Se resultatet för varje post.</translation>
    </message>
    <message>
        <source>The API user&apos;s account is disabled in Nepton. Ask your Nepton administrator to enable it, or use another API user.</source>
        <translation>API-användarens konto är inaktiverat i Nepton. Be din Nepton-administratör aktivera det, eller använd en annan API-användare.</translation>
    </message>
    <message>
        <source>The project module is not active for this work community. Projects need the Pro or Complete service level: contact Nepton customer service.</source>
        <translation>Projektmodulen är inte aktiv för den här arbetsgemenskapen. Projekt kräver servicenivån Pro eller Complete: kontakta Neptons kundtjänst.</translation>
    </message>
    <message>
        <source>The person&apos;s day is locked or approved, so the event cannot be changed. Ask a Nepton administrator to unlock the day or cancel the approval.</source>
        <translation>Personens dag är låst eller godkänd, så händelsen kan inte ändras. Be en Nepton-administratör låsa upp dagen eller ta tillbaka godkännandet.</translation>
    </message>
    <message>
        <source>Nepton could not start the event.</source>
        <translation>Nepton kunde inte starta händelsen.</translation>
    </message>
    <message>
        <source>Nepton could not end the event.</source>
        <translation>Nepton kunde inte avsluta händelsen.</translation>
    </message>
    <message>
        <source>Nepton rejected the values. Check the times, the event type and the required fields.</source>
        <translation>Nepton avvisade värdena. Kontrollera tiderna, händelsetypen och de obligatoriska fälten.</translation>
    </message>
    <message>
        <source>The change was saved in Nepton, but Nepton could not pass it on to the connected external systems. Tell your Nepton administrator.</source>
        <translation>Ändringen sparades i Nepton, men Nepton kunde inte vidarebefordra den till de anslutna externa systemen. Meddela din Nepton-administratör.</translation>
    </message>
    <message>
        <source>Nepton&apos;s person import reported problems. See the breakdown of each row.</source>
        <translation>Neptons personimport rapporterade problem. Se specifikationen för varje rad.</translation>
    </message>
    <message>
        <source>Nepton&apos;s HR API refused the request. Check the API user&apos;s username and password, the DeploymentId and the WebServicePassword in the profile.</source>
        <translation>Neptons HR-API avvisade begäran. Kontrollera API-användarens användarnamn och lösenord, DeploymentId och WebServicePassword i profilen.</translation>
    </message>
    <message>
        <source>Nepton could not be reached. Check the network connection and try again.</source>
        <translation>Nepton kunde inte nås. Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>Could not connect to Nepton. Check the network connection and the server address in the profile.</source>
        <translation>Det gick inte att ansluta till Nepton. Kontrollera nätverksanslutningen och serveradressen i profilen.</translation>
    </message>
    <message>
        <source>Nepton did not answer in time. Try again later, or with smaller batches.</source>
        <translation>Nepton svarade inte i tid. Försök igen senare eller med mindre omgångar.</translation>
    </message>
    <message>
        <source>The secure connection to Nepton could not be verified. Check the server address and the computer&apos;s date and time; do not use an untrusted network.</source>
        <translation>Den säkra anslutningen till Nepton kunde inte verifieras. Kontrollera serveradressen samt datorns datum och tid; använd inte ett opålitligt nätverk.</translation>
    </message>
    <message>
        <source>Nepton&apos;s answer was incomplete or unreadable. Try again later.</source>
        <translation>Neptons svar var ofullständigt eller oläsbart. Försök igen senare.</translation>
    </message>
    <message>
        <source>Nepton&apos;s answer was larger than the app accepts. Narrow the search (for example a shorter date range).</source>
        <translation>Neptons svar var större än appen accepterar. Begränsa sökningen (till exempel ett kortare datumintervall).</translation>
    </message>
    <message>
        <source>Nepton&apos;s server answered with an error. Try again later.</source>
        <translation>Neptons server svarade med ett fel. Försök igen senare.</translation>
    </message>
    <message>
        <source>Nepton rejected the request as malformed. Report this to the app&apos;s maintainers.</source>
        <translation>Nepton avvisade begäran som felaktigt formad. Rapportera detta till appens underhållare.</translation>
    </message>
    <message>
        <source>The server address must start with https://. Plain http:// is allowed only for this computer (the built-in sandbox).</source>
        <translation>Serveradressen måste börja med https://. Okrypterad http:// tillåts bara för den här datorn (den inbyggda sandlådan).</translation>
    </message>
    <message>
        <source>Calls to Nepton were stopped after an earlier login problem. Fix the profile&apos;s credentials, wait if the login was locked, and reconnect.</source>
        <translation>Anropen till Nepton stoppades efter ett tidigare inloggningsproblem. Rätta profilens inloggningsuppgifter, vänta om inloggningen låstes, och anslut på nytt.</translation>
    </message>
    <message>
        <source>It is not known whether Nepton saved this change: the connection broke and checking afterwards did not succeed. Reload the data before sending it again.</source>
        <translation>Det är okänt om Nepton sparade ändringen: anslutningen bröts och kontrollen efteråt lyckades inte. Ladda om uppgifterna innan du skickar ändringen igen.</translation>
    </message>
    <message>
        <source>A value cannot be sent to Nepton.</source>
        <translation>Ett värde kan inte skickas till Nepton.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Submit finished</source>
        <translation>Sändningen är klar</translation>
    </message>
    <message>
        <source>%1 saved, %2 refused, %3 unknown, %4 not sent.</source>
        <translation>%1 sparade, %2 avvisade, %3 okända, %4 inte skickade.</translation>
    </message>
    <message>
        <source>You cancelled: the rows marked not sent are still pending and were not sent.</source>
        <translation>Du avbröt: raderna som markerats som inte skickade väntar fortfarande och skickades inte.</translation>
    </message>
    <message>
        <source>Refused rows stay marked in their tab with the reason; fix them and send again.</source>
        <translation>Avvisade rader förblir markerade på sin flik med orsaken; rätta dem och skicka igen.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapas</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdateras</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>PersonnelTab</name>
    <message>
        <source>Personnel</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Compared with Nepton&apos;s data now. Double-click a cell to fix it.</source>
        <translation>Jämfört med Neptons nuvarande data. Dubbelklicka på en cell för att rätta den.</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Endast problem</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Select a row to see its changes and problems.</source>
        <translation>Välj en rad för att se dess ändringar och problem.</translation>
    </message>
    <message>
        <source>Block the import while any row has an error</source>
        <translation>Stoppa importen så länge någon rad har ett fel</translation>
    </message>
    <message>
        <source>Skip rows with errors, import the rest</source>
        <translation>Hoppa över rader med fel, importera resten</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>Rader med fel:</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Kontrollerar filen…</translation>
    </message>
    <message>
        <source>Loading the current data from Nepton…</source>
        <translation>Laddar de aktuella uppgifterna från Nepton…</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n row(s) with Nepton…</source>
        <translation>
            <numerusform>Jämför %n rad med Nepton…</numerusform>
            <numerusform>Jämför %n rader med Nepton…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file again…</source>
        <translation>Kontrollerar filen igen…</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>Kontrollen slutfördes inte.</translation>
    </message>
    <message>
        <source>Could not check the import.</source>
        <translation>Importen kunde inte kontrolleras.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anmärkning</numerusform>
            <numerusform>%n anmärkningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent while rows have errors: fix them, or choose to skip them.</source>
        <translation>Ingenting kan skickas så länge rader har fel: rätta dem eller välj att hoppa över dem.</translation>
    </message>
    <message>
        <source>Nothing to send: Nepton already has this data.</source>
        <translation>Inget att skicka: Nepton har redan de här uppgifterna.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent.</source>
        <translation>
            <numerusform>%n rad skickas.</numerusform>
            <numerusform>%n rader skickas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>ProfileError</name>
    <message>
        <source>a custom or sandbox profile needs both server addresses</source>
        <translation>en egen profil eller en sandlådeprofil behöver båda serveradresserna</translation>
    </message>
    <message>
        <source>a profile name has 1-64 letters, digits, spaces, dots, dashes or underscores</source>
        <translation>ett profilnamn har 1–64 bokstäver, siffror, mellanslag, punkter, bindestreck eller understreck</translation>
    </message>
    <message>
        <source>CustomerId is a number given by Nepton customer service</source>
        <translation>CustomerId är ett nummer som Neptons kundtjänst ger</translation>
    </message>
    <message>
        <source>DeploymentId is a number given by Nepton customer service</source>
        <translation>DeploymentId är ett nummer som Neptons kundtjänst ger</translation>
    </message>
    <message>
        <source>the API user&apos;s username is missing</source>
        <translation>API-användarens användarnamn saknas</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Public testing</source>
        <translation>Offentlig testmiljö</translation>
    </message>
    <message>
        <source>Custom addresses</source>
        <translation>Egna adresser</translation>
    </message>
    <message>
        <source>Built-in demo</source>
        <translation>Inbyggd demo</translation>
    </message>
    <message>
        <source>Production: every change is made in your live Nepton data.</source>
        <translation>Produktion: varje ändring görs i dina riktiga Nepton-data.</translation>
    </message>
    <message>
        <source>from Nepton customer service</source>
        <translation>från Neptons kundtjänst</translation>
    </message>
    <message>
        <source>the dedicated API user</source>
        <translation>den särskilda API-användaren</translation>
    </message>
    <message>
        <source>the API user&apos;s password</source>
        <translation>API-användarens lösenord</translation>
    </message>
    <message>
        <source>the HR API&apos;s own password</source>
        <translation>HR-API:ts eget lösenord</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnamn</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <source>Worktime API address</source>
        <translation>Worktime-API:ts adress</translation>
    </message>
    <message>
        <source>HR API address</source>
        <translation>HR-API:ts adress</translation>
    </message>
    <message>
        <source>CustomerId</source>
        <translation>CustomerId</translation>
    </message>
    <message>
        <source>DeploymentId</source>
        <translation>DeploymentId</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-användarnamn</translation>
    </message>
    <message>
        <source>API user password</source>
        <translation>API-användarens lösenord</translation>
    </message>
    <message>
        <source>WebServicePassword</source>
        <translation>WebServicePassword</translation>
    </message>
    <message>
        <source>The password %1.</source>
        <translation>Lösenordet: %1.</translation>
    </message>
    <message>
        <source>The API user password is missing.</source>
        <translation>API-användarens lösenord saknas.</translation>
    </message>
    <message>
        <source>The WebServicePassword is missing.</source>
        <translation>WebServicePassword saknas.</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>Request log</source>
        <translation>Anropslogg</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n anrop</numerusform>
            <numerusform>%n anrop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n misslyckades</numerusform>
            <numerusform>%n misslyckades</numerusform>
        </translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Exportera anropsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Varaktighet (ms)</translation>
    </message>
    <message>
        <source>Response code</source>
        <translation>Svarskod</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>RevertImport</name>
    <message>
        <source>Revert this import</source>
        <translation>Återställ den här importen</translation>
    </message>
    <message>
        <source>Revert %1?

Events it created are deleted and fields it changed get their earlier values back. Fields changed in Nepton since are left as they are and listed.</source>
        <translation>Återställa %1?

Händelser som den skapade tas bort och fält som den ändrade får tillbaka sina tidigare värden. Fält som ändrats i Nepton sedan dess lämnas som de är och listas.</translation>
    </message>
    <message>
        <source>Reverted: %1 deleted, %2 restored.</source>
        <translation>Återställd: %1 borttagna, %2 återställda.</translation>
    </message>
    <message>
        <source>Changed in Nepton since the import, so left as they are:</source>
        <translation>Ändrade i Nepton efter importen, så de lämnas som de är:</translation>
    </message>
    <message>
        <source>row %1, %2: now %3 (the import wrote %4, before it was %5)</source>
        <translation>rad %1, %2: nu %3 (importen skrev %4, innan var det %5)</translation>
    </message>
    <message>
        <source>Not revertible:</source>
        <translation>Kan inte återställas:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Misslyckades:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review changes before sending</source>
        <translation>Granska ändringarna innan de skickas</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to delete. Nothing is sent until you press Send.</source>
        <translation>%1 skapas, %2 uppdateras, %3 tas bort. Ingenting skickas förrän du trycker på Skicka.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapas</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdateras</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Tas bort</translation>
    </message>
    <message>
        <source>Send %1 changes</source>
        <translation>Skicka %1 ändringar</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Sheet and header row</source>
        <translation>Blad och rubrikrad</translation>
    </message>
    <message>
        <source>Guessed from the file: change them if the preview looks wrong.</source>
        <translation>Gissat från filen: ändra dem om förhandsvisningen ser fel ut.</translation>
    </message>
    <message>
        <source>Guess again</source>
        <translation>Gissa igen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Rubrikrad</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n datarad</numerusform>
            <numerusform>%n datarader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolumn</numerusform>
            <numerusform>%n kolumner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation>
            <numerusform>visar den första %n</numerusform>
            <numerusform>visar de första %n</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV read as %1, separated by %2</source>
        <translation>CSV läst som %1, avgränsad med %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s)</source>
        <translation>
            <numerusform>… och %n anmärkning till</numerusform>
            <numerusform>… och %n anmärkningar till</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no data rows below the header row.</source>
        <translation>Det finns inga datarader under rubrikraden.</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <source>Cannot send yet</source>
        <translation>Kan inte skickas ännu</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Inget att skicka</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Ingenting skickades</translation>
    </message>
    <message>
        <source>Checking for changes made in Nepton since loading…</source>
        <translation>Kontrollerar om något ändrats i Nepton sedan laddningen…</translation>
    </message>
    <message>
        <source>Sending %1 changes to Nepton…</source>
        <translation>Skickar %1 ändringar till Nepton…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Sent: %1 saved, %2 refused</source>
        <translation>Skickat: %1 sparade, %2 avvisade</translation>
    </message>
    <message>
        <source>Saved, but reading back failed: %1</source>
        <translation>Sparat, men återläsningen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Sending to Nepton</source>
        <translation>Skickar till Nepton</translation>
    </message>
    <message>
        <source>In batches; Cancel stops after the batch on its way.</source>
        <translation>I omgångar; Avbryt stoppar efter omgången som är på väg.</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v av %m rader</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Avbryt sändningen</translation>
    </message>
    <message>
        <source>Cancelling: the batch on its way finishes first, nothing after it is sent.</source>
        <translation>Avbryter: omgången som är på väg slutförs först, inget efter den skickas.</translation>
    </message>
    <message>
        <source>Writing the import job to the local journal…</source>
        <translation>Skriver importjobbet i den lokala journalen…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Finished. The next page tells what was sent.</source>
        <translation>Klart. Nästa sida visar vad som skickades.</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 av %2 rader</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 rader/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>cirka %1 kvar</translation>
    </message>
    <message>
        <source>cancelling after this batch</source>
        <translation>avbryter efter den här omgången</translation>
    </message>
    <message>
        <source>Sending stopped. The job is kept in the journal: resume it from the import history once the problem is fixed.</source>
        <translation>Sändningen stoppades. Jobbet finns kvar i journalen: återuppta det från importhistoriken när problemet är åtgärdat.</translation>
    </message>
    <message>
        <source>Sending the import failed.</source>
        <translation>Det gick inte att skicka importen.</translation>
    </message>
</context>
<context>
    <name>SubmitPlan</name>
    <message>
        <source>(empty row)</source>
        <translation>(tom rad)</translation>
    </message>
    <message>
        <source>%1 has cells that are not valid: fix them or undo the edit.</source>
        <translation>%1 har ogiltiga celler: rätta dem eller ångra redigeringen.</translation>
    </message>
    <message>
        <source>A new event needs a person and a start.</source>
        <translation>En ny händelse behöver en person och en starttid.</translation>
    </message>
    <message>
        <source>A new absence needs a person, a start date and an end date.</source>
        <translation>En ny frånvaro behöver en person, ett startdatum och ett slutdatum.</translation>
    </message>
    <message>
        <source>Refresh the tab (F5) before changing a row that was just sent.</source>
        <translation>Uppdatera fliken (F5) innan du ändrar en rad som just skickades.</translation>
    </message>
    <message>
        <source>%1 cannot be emptied in Nepton: it identifies the person.</source>
        <translation>%1 kan inte tömmas i Nepton: fältet identifierar personen.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Save error workbook…</source>
        <translation>Spara felarbetsbok…</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Importhistorik…</translation>
    </message>
    <message>
        <source>Revert this import…</source>
        <translation>Återställ den här importen…</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 with an unknown outcome, %4 not sent.</source>
        <translation>%1 skickade, %2 misslyckades, %3 med okänt resultat, %4 inte skickade.</translation>
    </message>
    <message>
        <source>Cancelled: the batch on its way finished; the rows not sent are listed below and can be sent later from the import history.</source>
        <translation>Avbruten: omgången som var på väg slutfördes; raderna som inte skickades listas nedan och kan skickas senare från importhistoriken.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stoppad: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already up to date.</source>
        <translation>
            <numerusform>%n rad var redan aktuell.</numerusform>
            <numerusform>%n rader var redan aktuella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickad</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Överhoppad</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>Save error workbook</source>
        <translation>Spara felarbetsbok</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Error workbook saved: %1</source>
        <translation>Felarbetsboken sparades: %1</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Återställer…</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>From %1, no end yet</source>
        <translation>Från %1, inget slutdatum ännu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Inte godkänd</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Absence type</source>
        <translation>Frånvarotyp</translation>
    </message>
    <message>
        <source>Additional info</source>
        <translation>Tilläggsinformation</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Läkarintyg</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>No people to show for this month.</source>
        <translation>Inga personer att visa för den här månaden.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>the cell is empty: Nepton&apos;s value is kept (empty cells do not clear fields in this import)</source>
        <translation>cellen är tom: värdet i Nepton behålls (tomma celler tömmer inte fält i den här importen)</translation>
    </message>
    <message>
        <source>the event in Nepton is locked and cannot be changed</source>
        <translation>händelsen är låst i Nepton och kan inte ändras</translation>
    </message>
    <message>
        <source>the event in Nepton is approved and cannot be changed</source>
        <translation>händelsen är godkänd i Nepton och kan inte ändras</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>column {letter} ({column}): {reason}</source>
        <translation>kolumn {letter} ({column}): {reason}</translation>
    </message>
    <message>
        <source>row {row}, column {letter} ({column}): {reason}</source>
        <translation>rad {row}, kolumn {letter} ({column}): {reason}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>rad {row}: {reason}</translation>
    </message>
    <message>
        <source>{column} is required and the cell is empty</source>
        <translation>{column} är obligatorisk men cellen är tom</translation>
    </message>
    <message>
        <source>the same {what} as row {row}</source>
        <translation>samma {what} som på rad {row}</translation>
    </message>
    <message>
        <source>ends before it starts ({column})</source>
        <translation>slutar innan den börjar ({column})</translation>
    </message>
    <message>
        <source>the column is not mapped to any field: its values are not imported</source>
        <translation>kolumnen är inte kopplad till något fält: dess värden importeras inte</translation>
    </message>
    <message>
        <source>Nepton id</source>
        <translation>Nepton-id</translation>
    </message>
    <message>
        <source>external identifier</source>
        <translation>extern identifierare</translation>
    </message>
    <message>
        <source>not in the form DDMMYYCZZZQ (for example 131052-308T)</source>
        <translation>inte i formen DDMMÅÅCNNNK (till exempel 131052-308T)</translation>
    </message>
    <message>
        <source>the date part is not a real date</source>
        <translation>datumdelen är inte ett verkligt datum</translation>
    </message>
    <message>
        <source>the individual number must be 002–999</source>
        <translation>individnumret måste vara 002–999</translation>
    </message>
    <message>
        <source>the check character is wrong (a typing error?)</source>
        <translation>kontrolltecknet är fel (ett skrivfel?)</translation>
    </message>
    <message>
        <source>not in the form of an IBAN (two letters, two digits, account)</source>
        <translation>inte i formen av ett IBAN (två bokstäver, två siffror, konto)</translation>
    </message>
    <message>
        <source>the checksum does not match (a typing error?)</source>
        <translation>kontrollsumman stämmer inte (ett skrivfel?)</translation>
    </message>
    <message>
        <source>a {country} IBAN has {expected} characters, this has {actual}</source>
        <translation>ett IBAN för {country} har {expected} tecken, det här har {actual}</translation>
    </message>
    <message>
        <source>no project with code or external identifier &apos;{ref}&apos;</source>
        <translation>inget projekt med koden eller den externa identifieraren &apos;{ref}&apos;</translation>
    </message>
    <message>
        <source>no column is mapped to the required field &apos;{field}&apos;</source>
        <translation>ingen kolumn är kopplad till det obligatoriska fältet &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>no person with Nepton id {id}</source>
        <translation>ingen person med Nepton-id {id}</translation>
    </message>
    <message>
        <source>usernames cannot be changed by import</source>
        <translation>användarnamn kan inte ändras genom import</translation>
    </message>
    <message>
        <source>personal identity code: {reason}</source>
        <translation>personbeteckning: {reason}</translation>
    </message>
    <message>
        <source>the birth date is in the future</source>
        <translation>födelsedatumet ligger i framtiden</translation>
    </message>
    <message>
        <source>IBAN: {reason}</source>
        <translation>IBAN: {reason}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>&apos;{value}&apos; är inte en e-postadress</translation>
    </message>
    <message>
        <source>no unit &apos;{unit}&apos; in Nepton (units must exist first)</source>
        <translation>ingen enhet &apos;{unit}&apos; i Nepton (enheterna måste finnas först)</translation>
    </message>
    <message>
        <source>no person with employee number &apos;{number}&apos; (supervisors are named by employee number)</source>
        <translation>ingen person med anställningsnumret &apos;{number}&apos; (chefer anges med anställningsnummer)</translation>
    </message>
    <message>
        <source>a person cannot be their own supervisor</source>
        <translation>en person kan inte vara sin egen chef</translation>
    </message>
    <message>
        <source>employee number</source>
        <translation>anställningsnummer</translation>
    </message>
    <message>
        <source>username</source>
        <translation>användarnamn</translation>
    </message>
    <message>
        <source>personal identity code</source>
        <translation>personbeteckning</translation>
    </message>
    <message>
        <source>no project with Nepton id {id}</source>
        <translation>inget projekt med Nepton-id {id}</translation>
    </message>
    <message>
        <source>a project cannot be its own parent</source>
        <translation>ett projekt kan inte vara sitt eget överordnade projekt</translation>
    </message>
    <message>
        <source>no person &apos;{person}&apos; in Nepton</source>
        <translation>ingen person &apos;{person}&apos; i Nepton</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>work</source>
        <translation>arbete</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>administrativ</translation>
    </message>
    <message>
        <source>no event type with code or name &apos;{ref}&apos;</source>
        <translation>ingen händelsetyp med koden eller namnet &apos;{ref}&apos;</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is a {category} type, not an absence</source>
        <translation>&apos;{ref}&apos; är av typen {category}, inte en frånvaro</translation>
    </message>
    <message>
        <source>the event type &apos;{ref}&apos; is no longer in use</source>
        <translation>händelsetypen &apos;{ref}&apos; används inte längre</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>sista dagen är före första dagen</translation>
    </message>
    <message>
        <source>ends before it starts (or at the same time)</source>
        <translation>slutar innan den börjar (eller samtidigt)</translation>
    </message>
    <message>
        <source>starts more than {years} years ahead ({date}); Nepton does not take events that far in the future</source>
        <translation>börjar mer än {years} år framåt ({date}); Nepton tar inte emot händelser så långt fram i tiden</translation>
    </message>
    <message>
        <source>no event with Nepton id {id} in the loaded period</source>
        <translation>ingen händelse med Nepton-id {id} under den laddade perioden</translation>
    </message>
    <message>
        <source>no person &apos;{person}&apos; in Nepton (by employee number, username or personal identity code)</source>
        <translation>ingen person &apos;{person}&apos; i Nepton (sökt med anställningsnummer, användarnamn och personbeteckning)</translation>
    </message>
    <message>
        <source>the event belongs to another person in Nepton</source>
        <translation>händelsen hör till en annan person i Nepton</translation>
    </message>
    <message>
        <source>the event type has no absence type &apos;{code}&apos;</source>
        <translation>händelsetypen har ingen frånvarotyp &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>overlaps row {row} of the same person</source>
        <translation>överlappar rad {row} för samma person</translation>
    </message>
    <message>
        <source>overlaps event {id} in Nepton ({start}–{end})</source>
        <translation>överlappar händelse {id} i Nepton ({start}–{end})</translation>
    </message>
    <message>
        <source>overlaps event {id} in Nepton ({start})</source>
        <translation>överlappar händelse {id} i Nepton ({start})</translation>
    </message>
    <message>
        <source>Nepton refused the row: {reason}</source>
        <translation>Nepton avvisade raden: {reason}</translation>
    </message>
</context>
<context>
    <name>_EventRowsModel</name>
    <message>
        <source>Locked in Nepton: the day is closed, so this row is read-only.</source>
        <translation>Låst i Nepton: dagen är stängd, så raden är skrivskyddad.</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Klistra in %n cell</numerusform>
            <numerusform>Klistra in %n celler</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsent changes</source>
        <translation>Återställ oskickade ändringar</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>This row is no longer in Nepton (deleted by someone else).</source>
        <translation>Den här raden finns inte längre i Nepton (någon annan tog bort den).</translation>
    </message>
</context>
</TS>
