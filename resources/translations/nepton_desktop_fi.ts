<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AbsenceTimeline</name>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Edellinen kuukausi</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Seuraava kuukausi ▶</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>Only people with absences</source>
        <translation>Vain poissaolevat henkilöt</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n poissaolo</numerusform>
            <numerusform>%n poissaoloa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n henkilö</numerusform>
            <numerusform>%n henkilöä</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Ei hyväksytty</translation>
    </message>
    <message>
        <source>Locked day</source>
        <translation>Lukittu päivä</translation>
    </message>
</context>
<context>
    <name>AbsencesTab</name>
    <message>
        <source>Absences</source>
        <translation>Poissaolot</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Not connected: choose File &gt; Connect.</source>
        <translation>Ei yhteyttä: valitse Tiedosto &gt; Yhdistä.</translation>
    </message>
</context>
<context>
    <name>CellParsing</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 on pakollinen.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Not a valid Finnish personal identity code.</source>
        <translation>Ei ole kelvollinen suomalainen henkilötunnus.</translation>
    </message>
    <message>
        <source>Not a valid IBAN (check digits do not match).</source>
        <translation>Ei ole kelvollinen IBAN (tarkisteet eivät täsmää).</translation>
    </message>
    <message>
        <source>No person with employee number %1.</source>
        <translation>Henkilönumerolla %1 ei löydy henkilöä.</translation>
    </message>
    <message>
        <source>No project with code %1.</source>
        <translation>Koodilla %1 ei löydy projektia.</translation>
    </message>
    <message>
        <source>No event type with code %1.</source>
        <translation>Koodilla %1 ei löydy tapahtumatyyppiä.</translation>
    </message>
    <message>
        <source>No absence type with code %1.</source>
        <translation>Koodilla %1 ei löydy poissaolotyyppiä.</translation>
    </message>
    <message>
        <source>No unit named %1.</source>
        <translation>Nimellä %1 ei löydy yksikköä.</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>Coercion</name>
    <message>
        <source>two-digit year {short} read as {year}</source>
        <translation>kaksinumeroinen vuosi {short} luettiin vuodeksi {year}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write d.M.yyyy (for example 31.12.2026) or yyyy-MM-dd</source>
        <translation>&apos;{value}&apos; ei ole päivämäärä; kirjoita muodossa p.k.vvvv (esimerkiksi 31.12.2026) tai vvvv-kk-pp</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>&apos;{value}&apos; ei ole todellinen päivämäärä</translation>
    </message>
    <message>
        <source>the number {number} is not a date</source>
        <translation>luku {number} ei ole päivämäärä</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time; write H.mm or H:mm (for example 8.30)</source>
        <translation>&apos;{value}&apos; ei ole kellonaika; kirjoita muodossa t.mm tai t:mm (esimerkiksi 8.30)</translation>
    </message>
    <message>
        <source>24.00 is not a time of day; write 0.00 of the next day</source>
        <translation>24.00 ei ole kellonaika; kirjoita seuraavan päivän 0.00</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real time of day</source>
        <translation>&apos;{value}&apos; ei ole todellinen kellonaika</translation>
    </message>
    <message>
        <source>the time {time} of {moment} was left out</source>
        <translation>ajankohdan {moment} kellonaika {time} jätettiin pois</translation>
    </message>
    <message>
        <source>a yes/no value is not a date</source>
        <translation>kyllä/ei-arvo ei ole päivämäärä</translation>
    </message>
    <message>
        <source>{kind} is not a date</source>
        <translation>{kind} ei ole päivämäärä</translation>
    </message>
    <message>
        <source>the number {number} was read as the spreadsheet date {date}</source>
        <translation>luku {number} luettiin taulukon päivämääräksi {date}</translation>
    </message>
    <message>
        <source>the number {number} was read as the spreadsheet date and time {moment}</source>
        <translation>luku {number} luettiin taulukon päivämääräksi ja kellonajaksi {moment}</translation>
    </message>
    <message>
        <source>the date {date} has no time; read as 0.00</source>
        <translation>päivämäärässä {date} ei ole kellonaikaa; luettiin kello 0.00</translation>
    </message>
    <message>
        <source>the time {time} has no date</source>
        <translation>kellonajalla {time} ei ole päivämäärää</translation>
    </message>
    <message>
        <source>a yes/no value is not a date and time</source>
        <translation>kyllä/ei-arvo ei ole päivämäärä ja kellonaika</translation>
    </message>
    <message>
        <source>{kind} is not a date and time</source>
        <translation>{kind} ei ole päivämäärä ja kellonaika</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no time; read as 0.00</source>
        <translation>arvossa &apos;{value}&apos; ei ole kellonaikaa; luettiin kello 0.00</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time; write d.M.yyyy H.mm (for example 2.3.2026 8.00)</source>
        <translation>&apos;{value}&apos; ei ole päivämäärä ja kellonaika; kirjoita muodossa p.k.vvvv t.mm (esimerkiksi 2.3.2026 8.00)</translation>
    </message>
    <message>
        <source>the time zone {zone} was converted to Finnish time {moment}</source>
        <translation>aikavyöhyke {zone} muunnettiin Suomen aikaan {moment}</translation>
    </message>
    <message>
        <source>a duration of a day or more is not a time of day</source>
        <translation>vähintään vuorokauden kesto ei ole kellonaika</translation>
    </message>
    <message>
        <source>{moment} is a date and time; this column takes a time</source>
        <translation>{moment} on päivämäärä ja kellonaika; tähän sarakkeeseen tulee kellonaika</translation>
    </message>
    <message>
        <source>a yes/no value is not a time</source>
        <translation>kyllä/ei-arvo ei ole kellonaika</translation>
    </message>
    <message>
        <source>the number {number} was read as the time {time}</source>
        <translation>luku {number} luettiin kellonajaksi {time}</translation>
    </message>
    <message>
        <source>the number {number} is not a time of day</source>
        <translation>luku {number} ei ole kellonaika</translation>
    </message>
    <message>
        <source>{kind} is not a time</source>
        <translation>{kind} ei ole kellonaika</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; read as {number} (&apos;{separator}&apos; taken as a thousands separator)</source>
        <translation>&apos;{value}&apos; luettiin luvuksi {number} (&apos;{separator}&apos; tulkittiin tuhaterottimeksi)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; ei ole luku</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; read as {number} (a decimal point, not thousands)</source>
        <translation>&apos;{value}&apos; luettiin luvuksi {number} (desimaalipiste, ei tuhaterotin)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number; write for example 7,5</source>
        <translation>&apos;{value}&apos; ei ole luku; kirjoita esimerkiksi 7,5</translation>
    </message>
    <message>
        <source>a yes/no value is not a number</source>
        <translation>kyllä/ei-arvo ei ole luku</translation>
    </message>
    <message>
        <source>the number &apos;{value}&apos; was written as text; read as {number}</source>
        <translation>luku &apos;{value}&apos; oli kirjoitettu tekstinä; luettiin luvuksi {number}</translation>
    </message>
    <message>
        <source>{kind} is not a number</source>
        <translation>{kind} ei ole luku</translation>
    </message>
    <message>
        <source>the number &apos;{value}&apos; was written as text</source>
        <translation>luku &apos;{value}&apos; oli kirjoitettu tekstinä</translation>
    </message>
    <message>
        <source>{kind} is not a whole number</source>
        <translation>{kind} ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>a yes/no value is not a duration</source>
        <translation>kyllä/ei-arvo ei ole kesto</translation>
    </message>
    <message>
        <source>{kind} is not a duration</source>
        <translation>{kind} ei ole kesto</translation>
    </message>
    <message>
        <source>{number} is not yes or no; write 1 or 0</source>
        <translation>{number} ei ole kyllä eikä ei; kirjoita 1 tai 0</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no; write kyllä/ei, yes/no, 1/0 or x</source>
        <translation>&apos;{value}&apos; ei ole kyllä eikä ei; kirjoita kyllä/ei, ja/nej, 1/0 tai x</translation>
    </message>
    <message>
        <source>{kind} is not yes or no</source>
        <translation>{kind} ei ole kyllä eikä ei</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>&apos;{value}&apos; ei ole mikään näistä: {choices}</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>kesto</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>kellonaika</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>päivämäärä ja kellonaika</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <source>a {type} value</source>
        <translation>{type}-arvo</translation>
    </message>
    <message>
        <source>the date/time cell was taken as the text &apos;{value}&apos;</source>
        <translation>päivämäärä- tai aikasolu luettiin tekstiksi &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>a personal identity code is text like DDMMYY-NNNC, not a number</source>
        <translation>henkilötunnus on tekstiä muotoa PPKKVV-NNNT, ei luku</translation>
    </message>
    <message>
        <source>an IBAN is text starting with the country code, not a number</source>
        <translation>IBAN on maatunnuksella alkavaa tekstiä, ei luku</translation>
    </message>
</context>
<context>
    <name>ColumnFilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Suodata</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains this text</source>
        <translation>Näytä rivit, joiden kentässä %1 on tämä teksti</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed in Nepton since you loaded it</source>
        <translation>Muutettu Neptonissa lataamisesi jälkeen</translation>
    </message>
    <message>
        <source>Someone changed these rows in Nepton after you loaded them. For each row, choose whose version to keep. Fields you did not edit always take the server&apos;s value.</source>
        <translation>Joku muutti näitä rivejä Neptonissa sen jälkeen, kun latasit ne. Valitse kullekin riville, kumman versio säilytetään. Kentät, joita et muokannut, saavat aina palvelimen arvon.</translation>
    </message>
    <message>
        <source>Deleted in Nepton: your change cannot be sent.</source>
        <translation>Poistettu Neptonista: muutostasi ei voi lähettää.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Ladattaessa</translation>
    </message>
    <message>
        <source>In Nepton now</source>
        <translation>Neptonissa nyt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sinun</translation>
    </message>
    <message>
        <source>Keep my changes (overwrite Nepton)</source>
        <translation>Säilytä omat muutokseni (korvaa Neptonin tiedot)</translation>
    </message>
    <message>
        <source>Use the version in Nepton (drop my changes)</source>
        <translation>Käytä Neptonin versiota (hylkää omat muutokseni)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>(deleted)</source>
        <translation>(poistettu)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Nepton</source>
        <translation>Yhdistä Neptoniin</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiilit</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Tallenna profiili</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testaa yhteys</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>The connection step failed.</source>
        <translation>Yhdistämisen vaihe epäonnistui.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Uusi profiili</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Poista profiili</translation>
    </message>
    <message>
        <source>Remove the profile %1 and its saved passwords?</source>
        <translation>Poistetaanko profiili %1 ja sen tallennetut salasanat?</translation>
    </message>
    <message>
        <source>Passwords are kept in %1.</source>
        <translation>Salasanat säilytetään täällä: %1.</translation>
    </message>
    <message>
        <source>Passwords saved in %1.</source>
        <translation>Salasanat tallennettu: %1.</translation>
    </message>
    <message>
        <source>Passwords kept for this session only: %1.</source>
        <translation>Salasanat säilytetään vain tämän istunnon ajan: %1.</translation>
    </message>
    <message>
        <source>Starting the built-in demo…</source>
        <translation>Käynnistetään sisäänrakennettu demo…</translation>
    </message>
    <message>
        <source>The built-in demo runs on this computer with sample data.</source>
        <translation>Sisäänrakennettu demo toimii tällä koneella esimerkkitiedoilla.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testataan yhteyttä…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The login was refused (1001).</source>
        <translation>Kirjautuminen hylättiin (1001).</translation>
    </message>
    <message>
        <source>Check the API user&apos;s username and password and the CustomerId. Do not try again and again: after repeated failed logins Nepton locks the API user (1018).</source>
        <translation>Tarkista API-käyttäjän käyttäjätunnus ja salasana sekä CustomerId. Älä yritä yhä uudelleen: toistuvien epäonnistuneiden kirjautumisten jälkeen Nepton lukitsee API-käyttäjän (1018).</translation>
    </message>
    <message>
        <source>The API user is locked after too many failed logins (1018).</source>
        <translation>API-käyttäjä on lukittu liian monen epäonnistuneen kirjautumisen jälkeen (1018).</translation>
    </message>
    <message>
        <source>Wait before trying again (Nepton lifts the lock after a while), and correct the password first, so that the next try succeeds.</source>
        <translation>Odota ennen uutta yritystä (Nepton poistaa lukituksen jonkin ajan kuluttua) ja korjaa ensin salasana, jotta seuraava yritys onnistuu.</translation>
    </message>
    <message>
        <source>The API user&apos;s account is disabled (1020).</source>
        <translation>API-käyttäjän tili on poistettu käytöstä (1020).</translation>
    </message>
    <message>
        <source>The API user lacks rights (1015).</source>
        <translation>API-käyttäjältä puuttuu oikeuksia (1015).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>Suojattua yhteyttä kohteeseen %1 ei voitu varmistaa.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>Kohteeseen %1 ei saatu yhteyttä.</translation>
    </message>
    <message>
        <source>Check the server address in the profile and the network connection.</source>
        <translation>Tarkista profiilin palvelinosoite ja verkkoyhteys.</translation>
    </message>
    <message>
        <source>The HR API refused the request.</source>
        <translation>HR-rajapinta hylkäsi pyynnön.</translation>
    </message>
    <message>
        <source>Check the DeploymentId and the WebServicePassword (the HR API&apos;s own password), and the API user&apos;s username and password.</source>
        <translation>Tarkista DeploymentId ja WebServicePassword (HR-rajapinnan oma salasana) sekä API-käyttäjän käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <source>A value cannot be sent.</source>
        <translation>Arvoa ei voi lähettää.</translation>
    </message>
    <message>
        <source>Worktime API</source>
        <translation>Worktime-rajapinta</translation>
    </message>
    <message>
        <source>Works: logged in, %1 event types read.</source>
        <translation>Toimii: kirjautuminen onnistui, %1 tapahtumatyyppiä luettu.</translation>
    </message>
    <message>
        <source>HR API</source>
        <translation>HR-rajapinta</translation>
    </message>
    <message>
        <source>Not tried, to spare a failed login.</source>
        <translation>Ei kokeiltu, jottei tulisi epäonnistunutta kirjautumista.</translation>
    </message>
    <message>
        <source>Fix the API user&apos;s password first; the HR API uses it too.</source>
        <translation>Korjaa ensin API-käyttäjän salasana; HR-rajapinta käyttää sitä myös.</translation>
    </message>
    <message>
        <source>Works: %1 units read.</source>
        <translation>Toimii: %1 yksikköä luettu.</translation>
    </message>
    <message>
        <source>Worktime API operations</source>
        <translation>Worktime-rajapinnan toiminnot</translation>
    </message>
    <message>
        <source>HR API operations</source>
        <translation>HR-rajapinnan toiminnot</translation>
    </message>
    <message>
        <source>The server&apos;s WSDL could not be read.</source>
        <translation>Palvelimen WSDL-kuvausta ei voitu lukea.</translation>
    </message>
    <message>
        <source>Every operation and field the app uses is there.</source>
        <translation>Kaikki sovelluksen käyttämät toiminnot ja kentät ovat olemassa.</translation>
    </message>
    <message>
        <source>The server does not declare %n thing(s) the app uses</source>
        <translation>Palvelin ei määrittele %n sovelluksen käyttämää kohdetta</translation>
    </message>
    <message>
        <source>The app may be newer than this server. What is missing will fail when used: tell Nepton customer service or the app&apos;s maintainers.</source>
        <translation>Sovellus voi olla tätä palvelinta uudempi. Puuttuvat kohteet epäonnistuvat käytettäessä: kerro asiasta Neptonin asiakaspalveluun tai sovelluksen ylläpitäjille.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>this run only (memory): no working keyring was found on this computer</source>
        <translation>vain tämän ajon ajan (muistissa): tältä koneelta ei löytynyt toimivaa avainnippua</translation>
    </message>
    <message>
        <source>the system keyring (%1)</source>
        <translation>järjestelmän avainnippu (%1)</translation>
    </message>
    <message>
        <source>the system keyring could not be used (%1); the password is kept only until the app closes and will be asked again next time</source>
        <translation>järjestelmän avainnippua ei voitu käyttää (%1); salasana säilyy vain sovelluksen sulkemiseen asti, ja se kysytään seuraavalla kerralla uudelleen</translation>
    </message>
    <message>
        <source>this run only (memory)</source>
        <translation>vain tämän ajon ajan (muistissa)</translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <source>From</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>EntityTab</name>
    <message>
        <source>Filter all columns (Ctrl+F)</source>
        <translation>Suodata kaikista sarakkeista (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Monista</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Liitä</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>Nepton&apos;s API cannot delete these; mark them disabled or completed.</source>
        <translation>Neptonin rajapinta ei voi poistaa näitä; merkitse ne poistetuiksi käytöstä tai valmiiksi.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 riviä</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1/%2 riviä</translation>
    </message>
    <message>
        <source>%1 unsent</source>
        <translation>%1 lähettämättä</translation>
    </message>
    <message>
        <source>Copied %1 rows with headers</source>
        <translation>Kopioitiin %1 riviä otsikoineen</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Ei liitettävää</translation>
    </message>
    <message>
        <source>Pasted %1 cells</source>
        <translation>Liitettiin %1 solua</translation>
    </message>
    <message>
        <source>Export the rows shown to Excel</source>
        <translation>Vie näytetyt rivit Exceliin</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>Viedään %1 riviä…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Viety tiedostoon %1</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Nepton refused this row: %1</source>
        <translation>Nepton hylkäsi tämän rivin: %1</translation>
    </message>
    <message>
        <source>This row will be deleted when you submit.</source>
        <translation>Tämä rivi poistetaan, kun lähetät muutokset.</translation>
    </message>
    <message>
        <source>New row: it will be created when you submit.</source>
        <translation>Uusi rivi: se luodaan, kun lähetät muutokset.</translation>
    </message>
    <message>
        <source>Changed from: %1</source>
        <translation>Muutettu, aiempi arvo: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pakollinen</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are not valid</source>
        <translation>
            <numerusform>%n solu ei kelpaa</numerusform>
            <numerusform>%n solua ei kelpaa</numerusform>
        </translation>
    </message>
    <message>
        <source>To be deleted</source>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>Uusi rivi</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Muokkaa: %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>Monista %n rivi</numerusform>
            <numerusform>Monista %n riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Poista %n rivi</numerusform>
            <numerusform>Poista %n riviä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Näytä tiedot</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopioi tiedot</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Piilota tiedot</translation>
    </message>
</context>
<context>
    <name>ErrorWorkbook</name>
    <message>
        <source>create</source>
        <translation>luodaan</translation>
    </message>
    <message>
        <source>update</source>
        <translation>päivitetään</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ei muutoksia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>virhe</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varoitus</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>huomautus</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source> (warnings)</source>
        <translation> (varoituksia)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <source>Employee numbers, comma separated</source>
        <translation>Henkilönumerot pilkuin eroteltuina</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Projektin koodi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose what to import</source>
        <translation>Valitse tuotavat tiedot</translation>
    </message>
    <message>
        <source>Nothing is sent to Nepton before the last step.</source>
        <translation>Mitään ei lähetetä Neptoniin ennen viimeistä vaihetta.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Tuotavan tiedoston polku</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>Tallenna pohja…</translation>
    </message>
    <message>
        <source>A workbook with the headers, an example row and dropdowns for choices</source>
        <translation>Työkirja, jossa on otsikot, esimerkkirivi ja valintaluettelot</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuotavat tiedot</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>The file needs a header row. These columns are read (required in bold); Finnish and Swedish headers and common variants are recognised too:</source>
        <translation>Tiedostossa on oltava otsikkorivi. Nämä sarakkeet luetaan (pakolliset lihavoitu); myös suomen- ja ruotsinkieliset otsikot ja tavalliset muunnelmat tunnistetaan:</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Tässä polussa ei ole tiedostoa.</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported. Use %1.</source>
        <translation>Tämän tyyppistä tiedostoa ei voi tuoda. Käytä muotoa %1.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (%1)</source>
        <translation>Taulukot ja CSV (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Save an import template</source>
        <translation>Tallenna tuontipohja</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Pohja tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Not sent (interrupted)</source>
        <translation>Ei lähetetty (katkesi)</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Katkesi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Pysähtyi virheeseen</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Peruttu</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Tuontihistoria</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Sent / failed / other</source>
        <translation>Lähetetty / epäonnistui / muu</translation>
    </message>
    <message>
        <source>Revert this import…</source>
        <translation>Peru tämä tuonti…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>This import went to the profile %1; connect to it to act on it.</source>
        <translation>Tämä tuonti tehtiin profiiliin %1; yhdistä siihen käsitelläksesi tuontia.</translation>
    </message>
    <message>
        <source>The import history action failed.</source>
        <translation>Tuontihistorian toiminto epäonnistui.</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows</source>
        <translation>Jatketaan: %1/%2 riviä</translation>
    </message>
    <message>
        <source>Resumed: %1 sent, %2 failed, %3 unknown, %4 found already done.</source>
        <translation>Jatkettu: %1 lähetetty, %2 epäonnistui, %3 tuntematonta, %4 oli jo tehty.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>{entity} has no field &apos;{key}&apos;</source>
        <translation>tietolajissa {entity} ei ole kenttää &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; also looks like &apos;{field}&apos;, which an earlier column already fills; it is left unmapped</source>
        <translation>sarake &apos;{column}&apos; näyttää myös kentältä &apos;{field}&apos;, jonka aiempi sarake jo täyttää; sitä ei tuoda</translation>
    </message>
    <message>
        <source>the mapping names &apos;{key}&apos;, which {entity} does not have</source>
        <translation>vastaavuudessa on kenttä &apos;{key}&apos;, jota tietolajissa {entity} ei ole</translation>
    </message>
    <message>
        <source>{file}: cannot be read as a mapping ({detail})</source>
        <translation>{file}: tiedostoa ei voi lukea sarakevastaavuutena ({detail})</translation>
    </message>
    <message>
        <source>{file}: expected {example}</source>
        <translation>{file}: odotettiin muotoa {example}</translation>
    </message>
    <message>
        <source>{file}: the mapping is for {other}, not {entity}</source>
        <translation>{file}: vastaavuus on tietolajille {other}, ei tietolajille {entity}</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>{file}: unknown file type {suffix}; use .xlsx, .xlsm, .xls, .ods or .csv</source>
        <translation>{file}: tuntematon tiedostotyyppi {suffix}; käytä muotoa .xlsx, .xlsm, .xls, .ods tai .csv</translation>
    </message>
    <message>
        <source>{file}: cannot be opened as a spreadsheet ({detail})</source>
        <translation>{file}: tiedostoa ei voi avata taulukkona ({detail})</translation>
    </message>
    <message>
        <source>{file}: file not found</source>
        <translation>{file}: tiedostoa ei löydy</translation>
    </message>
    <message>
        <source>{file}: no sheet named &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>{file}: taulukkoa &apos;{sheet}&apos; ei ole (taulukot: {sheets})</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos; has no data</source>
        <translation>{file}: taulukossa &apos;{sheet}&apos; ei ole tietoja</translation>
    </message>
    <message>
        <source>{file}: no sheet has data</source>
        <translation>{file}: missään taulukossa ei ole tietoja</translation>
    </message>
    <message>
        <source>merged cells {range}: the value of {cell} is used in every cell of the range</source>
        <translation>yhdistetyt solut {range}: solun {cell} arvoa käytetään alueen jokaisessa solussa</translation>
    </message>
    <message>
        <source>{count} hidden row(s) are imported too: {rows}</source>
        <translation>myös piilotetut rivit tuodaan ({count}): {rows}</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({detail})</source>
        <translation>{file}: tiedostoa ei voi lukea ({detail})</translation>
    </message>
    <message>
        <source>{file}: the file has no data</source>
        <translation>{file}: tiedostossa ei ole tietoja</translation>
    </message>
</context>
<context>
    <name>ImportTemplate</name>
    <message>
        <source>A date: d.M.yyyy, for example 31.1.2026.</source>
        <translation>Päivämäärä muodossa p.k.vvvv, esimerkiksi 31.1.2026.</translation>
    </message>
    <message>
        <source>A date and time: d.M.yyyy H.mm, for example 31.1.2026 8.00.</source>
        <translation>Päivämäärä ja kellonaika muodossa p.k.vvvv t.mm, esimerkiksi 31.1.2026 8.00.</translation>
    </message>
    <message>
        <source>A time: H.mm, for example 8.30.</source>
        <translation>Kellonaika muodossa t.mm, esimerkiksi 8.30.</translation>
    </message>
    <message>
        <source>Hours: 7,5 or 7:30.</source>
        <translation>Tunnit: 7,5 tai 7:30.</translation>
    </message>
    <message>
        <source>A number, for example 7,5.</source>
        <translation>Luku, esimerkiksi 7,5.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Kokonaisluku.</translation>
    </message>
    <message>
        <source>Yes or no: choose from the list.</source>
        <translation>Kyllä tai ei: valitse luettelosta.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Valitse luettelosta.</translation>
    </message>
    <message>
        <source>Must already exist in Nepton: a code, or a person&apos;s employee number.</source>
        <translation>Oltava jo Neptonissa: koodi tai henkilön henkilönumero.</translation>
    </message>
    <message>
        <source>Several values separated by |, for example HKI|TRE.</source>
        <translation>Useita arvoja |-merkillä erotettuina, esimerkiksi HKI|TRE.</translation>
    </message>
    <message>
        <source>A Finnish personal identity code, for example 131052-308T.</source>
        <translation>Suomalainen henkilötunnus, esimerkiksi 131052-308T.</translation>
    </message>
    <message>
        <source>An IBAN account number, for example FI21 1234 5600 0007 85.</source>
        <translation>IBAN-tilinumero, esimerkiksi FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>An e-mail address.</source>
        <translation>Sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <source>Nepton&apos;s id of the row: leave it empty for a new row.</source>
        <translation>Rivin tunniste Neptonissa: jätä tyhjäksi uudelle riville.</translation>
    </message>
    <message>
        <source>Not imported: shown for reference.</source>
        <translation>Ei tuoda: näytetään vain tiedoksi.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Personnel</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projektit</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Poissaolot</translation>
    </message>
    <message>
        <source>Worktime events</source>
        <translation>Työaikatapahtumat</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Luodaan</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Päivitetään</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ei muutoksia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Ennen: %1
Jälkeen: %2</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Tuonti taulukosta</translation>
    </message>
    <message>
        <source>Send to Nepton</source>
        <translation>Lähetä Neptoniin</translation>
    </message>
    <message>
        <source>Import %1 from a spreadsheet</source>
        <translation>Tuo taulukosta: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>InvalidValue</name>
    <message>
        <source>is empty</source>
        <translation>on tyhjä</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>on sallitun alueen ulkopuolella</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>ei ole äärellinen luku</translation>
    </message>
    <message>
        <source>has a time zone; give the local wall time of the person&apos;s Nepton time zone</source>
        <translation>sisältää aikavyöhykkeen; anna henkilön Nepton-aikavyöhykkeen paikallinen aika</translation>
    </message>
    <message>
        <source>ends with &apos;&amp;&apos;. Nepton documents that a password ending with &apos;&amp;&apos; breaks its XML message and the login fails. Change the password in Nepton so that it does not end with &apos;&amp;&apos;</source>
        <translation>päättyy merkkiin &apos;&amp;&apos;. Neptonin ohjeen mukaan &apos;&amp;&apos;-merkkiin päättyvä salasana rikkoo XML-sanoman ja kirjautuminen epäonnistuu. Vaihda Neptonissa salasana, joka ei pääty merkkiin &apos;&amp;&apos;</translation>
    </message>
    <message>
        <source>contains the character %1 at position %2, which XML cannot carry; remove it (it is often a stray control character from a copy-paste)</source>
        <translation>sisältää merkin %1 kohdassa %2, jota XML ei voi välittää; poista se (usein kopioinnissa mukaan tullut ohjausmerkki)</translation>
    </message>
    <message>
        <source>is not a person import field</source>
        <translation>ei ole henkilötuonnin kenttä</translation>
    </message>
    <message>
        <source>cannot be reset: Nepton needs it to identify or name the person</source>
        <translation>ei voi tyhjentää: Nepton tarvitsee sen henkilön tunnistamiseen tai nimeen</translation>
    </message>
    <message>
        <source>contains a line break, which a person import cannot carry</source>
        <translation>sisältää rivinvaihdon, jota henkilötuonti ei voi välittää</translation>
    </message>
    <message>
        <source>is both given a value and marked to be reset; choose one</source>
        <translation>on sekä annettu arvo että merkitty tyhjennettäväksi; valitse toinen</translation>
    </message>
    <message>
        <source>is empty while other rows set it; Nepton removes a primary supervisor given as empty even when empty values are ignored. Give every row its supervisor, mark the field to be reset, or import these rows separately</source>
        <translation>on tyhjä, vaikka muilla riveillä se on annettu; Nepton poistaa tyhjänä annetun ensisijaisen esimiehen, vaikka tyhjät arvot ohitettaisiin. Anna jokaiselle riville esimies, merkitse kenttä tyhjennettäväksi tai tuo nämä rivit erikseen</translation>
    </message>
    <message>
        <source>are required</source>
        <translation>ovat pakollisia</translation>
    </message>
    <message>
        <source>a value contains a comma, which Nepton uses to separate the values of this filter</source>
        <translation>arvossa on pilkku, jolla Nepton erottaa tämän suodattimen arvot</translation>
    </message>
    <message>
        <source>events name a person by id, username, personal identity code or personnel number; an external identifier is not accepted here</source>
        <translation>tapahtumissa henkilö nimetään tunnisteella, käyttäjätunnuksella, henkilötunnuksella tai henkilönumerolla; ulkoinen tunniste ei käy</translation>
    </message>
    <message>
        <source>every event needs an event type (id or code)</source>
        <translation>jokaisella tapahtumalla on oltava tapahtumatyyppi (tunniste tai koodi)</translation>
    </message>
    <message>
        <source>an update names the event by its Nepton id or its external identifier</source>
        <translation>päivitys nimeää tapahtuman Nepton-tunnisteella tai ulkoisella tunnisteella</translation>
    </message>
    <message>
        <source>a delete names the event by its Nepton id or its external identifier</source>
        <translation>poisto nimeää tapahtuman Nepton-tunnisteella tai ulkoisella tunnisteella</translation>
    </message>
    <message>
        <source>a project manager is named by personnel number, username, id or external identifier, not by personal identity code</source>
        <translation>projektipäällikkö nimetään henkilönumerolla, käyttäjätunnuksella, tunnisteella tai ulkoisella tunnisteella, ei henkilötunnuksella</translation>
    </message>
    <message>
        <source>a new project needs a name</source>
        <translation>uudella projektilla on oltava nimi</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Kieli vaihdettu</translation>
    </message>
    <message>
        <source>The new language takes effect when Nepton Desktop starts again.</source>
        <translation>Uusi kieli tulee käyttöön, kun Nepton Desktop käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>Your unsent changes are kept and are there again after the restart.</source>
        <translation>Lähettämättömät muutoksesi säilyvät ja ovat tallessa uudelleenkäynnistyksen jälkeen.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Käynnistä uudelleen nyt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Myöhemmin</translation>
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
        <translation>&amp;Lähetä muutokset…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Vie Exceliin…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Tuo Excelistä…</translation>
    </message>
    <message>
        <source>&amp;Connect to another Nepton…</source>
        <translation>&amp;Yhdistä toiseen Neptoniin…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Seuraava välilehti</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Edellinen välilehti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Nepton Desktop</source>
        <translation>&amp;Tietoja Nepton Desktopista</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Päätyökalut</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ei yhteyttä</translation>
    </message>
    <message>
        <source>Profile: %1 · API user: %2</source>
        <translation>Profiili: %1 · API-käyttäjä: %2</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>TUOTANTO</translation>
    </message>
    <message>
        <source>Public testing</source>
        <translation>Julkinen testaus</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Oma palvelin</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demohiekkalaatikko</translation>
    </message>
    <message>
        <source>Nepton Desktop — PRODUCTION</source>
        <translation>Nepton Desktop — TUOTANTO</translation>
    </message>
    <message>
        <source>Loading persons, projects and event types…</source>
        <translation>Ladataan henkilöitä, projekteja ja tapahtumatyyppejä…</translation>
    </message>
    <message>
        <source>Loaded in %1 s</source>
        <translation>Ladattu %1 sekunnissa</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Ladataan: %1…</translation>
    </message>
    <message>
        <source>%1 refreshed</source>
        <translation>%1 päivitetty</translation>
    </message>
    <message>
        <source>%1 unsent changes</source>
        <translation>%1 lähettämätöntä muutosta</translation>
    </message>
    <message>
        <source>No unsent changes</source>
        <translation>Ei lähettämättömiä muutoksia</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Lähettämättömät muutokset</translation>
    </message>
    <message>
        <source>%1 changes were not sent last time. Restore them? They are checked against the data just loaded and marked for you to review before sending.</source>
        <translation>%1 muutosta jäi viime kerralla lähettämättä. Palautetaanko ne? Ne tarkistetaan juuri ladattuja tietoja vasten ja merkitään, jotta voit käydä ne läpi ennen lähettämistä.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Restored %1 unsent changes</source>
        <translation>Palautettiin %1 lähettämätöntä muutosta</translation>
    </message>
    <message>
        <source>%1 rows are no longer in Nepton</source>
        <translation>%1 riviä ei ole enää Neptonissa</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <source>About Nepton Desktop</source>
        <translation>Tietoja Nepton Desktopista</translation>
    </message>
    <message>
        <source>Nepton Desktop: personnel, projects, absences and worktime events.</source>
        <translation>Nepton Desktop: henkilöstö, projektit, poissaolot ja työaikatapahtumat.</translation>
    </message>
    <message>
        <source>%1 changes have not been sent to Nepton. Keep them for next time, or discard them?</source>
        <translation>%1 muutosta on lähettämättä Neptoniin. Säilytetäänkö ne seuraavaa kertaa varten vai hylätäänkö ne?</translation>
    </message>
    <message>
        <source>Keep for next time</source>
        <translation>Säilytä seuraavaan kertaan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Columns without a field are not imported.</source>
        <translation>Sarakkeita, joilla ei ole kenttää, ei tuoda.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Esimerkkejä</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Kohdistus</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>ei tuoda</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>nimen perusteella</translation>
    </message>
    <message>
        <source>similar name (%1 %)</source>
        <translation>samankaltainen nimi (%1 %)</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>tallennettu kohdistus</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>itse valittu</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— ei tuoda —</translation>
    </message>
    <message>
        <source>Required fields without a column: %1</source>
        <translation>Pakolliset kentät ilman saraketta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not imported: </source>
        <translation>
            <numerusform>%n sarake jää tuomatta: </numerusform>
            <numerusform>%n saraketta jää tuomatta: </numerusform>
        </translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Tähdellä (*) merkityt kentät ovat pakollisia.</translation>
    </message>
</context>
<context>
    <name>NeptonError</name>
    <message>
        <source>Nepton reported an unexpected error. Try again later.</source>
        <translation>Nepton ilmoitti odottamattomasta virheestä. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Nepton did not accept the login. Check the API user&apos;s username and password and the CustomerId in the profile.</source>
        <translation>Nepton ei hyväksynyt kirjautumista. Tarkista profiilin API-käyttäjän käyttäjätunnus, salasana ja CustomerId.</translation>
    </message>
    <message>
        <source>The event was not found in Nepton. Reload the events and try again.</source>
        <translation>Tapahtumaa ei löytynyt Neptonista. Lataa tapahtumat uudelleen ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The person was not found in Nepton. Check the person&apos;s id, username, personnel number or personal identity code.</source>
        <translation>Henkilöä ei löytynyt Neptonista. Tarkista henkilön tunniste, käyttäjätunnus, henkilönumero tai henkilötunnus.</translation>
    </message>
    <message>
        <source>The project was not found in Nepton. Check the project&apos;s id, code or external identifier.</source>
        <translation>Projektia ei löytynyt Neptonista. Tarkista projektin tunniste, koodi tai ulkoinen tunniste.</translation>
    </message>
    <message>
        <source>Not all required settings were given. Fill in the missing values and try again.</source>
        <translation>Kaikkia pakollisia asetuksia ei annettu. Täydennä puuttuvat arvot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>A setting is missing its identifier. Check the values and try again.</source>
        <translation>Asetukselta puuttuu tunniste. Tarkista arvot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>A setting is invalid. Check the values and try again.</source>
        <translation>Asetus on virheellinen. Tarkista arvot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Nepton could not process a setting. Try again later.</source>
        <translation>Nepton ei pystynyt käsittelemään asetusta. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The project is invalid. Check its name, code and dates.</source>
        <translation>Projekti on virheellinen. Tarkista sen nimi, koodi ja päivämäärät.</translation>
    </message>
    <message>
        <source>Nepton could not reach its database. Try again in a few minutes.</source>
        <translation>Nepton ei saanut yhteyttä tietokantaansa. Yritä muutaman minuutin kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Nepton could not delete the item. Reload the data and try again.</source>
        <translation>Nepton ei pystynyt poistamaan kohdetta. Lataa tiedot uudelleen ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Nepton rejected the request&apos;s parameters. Check the values you entered.</source>
        <translation>Nepton hylkäsi pyynnön parametrit. Tarkista syöttämäsi arvot.</translation>
    </message>
    <message>
        <source>Nepton found no target dates for the request. Check the date range.</source>
        <translation>Nepton ei löytänyt pyynnölle tavoitepäiviä. Tarkista aikaväli.</translation>
    </message>
    <message>
        <source>Nepton does not recognise this setting.</source>
        <translation>Nepton ei tunnista tätä asetusta.</translation>
    </message>
    <message>
        <source>The API user has no permission for this. Ask your Nepton administrator to give the API user the roles it needs.</source>
        <translation>API-käyttäjällä ei ole oikeutta tähän. Pyydä Nepton-pääkäyttäjää antamaan API-käyttäjälle tarvittavat roolit.</translation>
    </message>
    <message>
        <source>Nepton does not support a parameter of this request. The app may be newer than the server.</source>
        <translation>Nepton ei tue pyynnön parametria. Sovellus voi olla palvelinta uudempi.</translation>
    </message>
    <message>
        <source>This Nepton service does not support the function. Contact Nepton customer service.</source>
        <translation>Tämä Nepton-palvelu ei tue toimintoa. Ota yhteyttä Neptonin asiakaspalveluun.</translation>
    </message>
    <message>
        <source>Nepton has locked the login after too many failed attempts. The app has stopped all calls. Wait before trying again, and check the password first.</source>
        <translation>Nepton on lukinnut kirjautumisen liian monen epäonnistuneen yrityksen jälkeen. Sovellus on pysäyttänyt kaikki kutsut. Odota ennen uutta yritystä ja tarkista ensin salasana.</translation>
    </message>
    <message>
        <source>Some items failed. See the outcome of each item.</source>
        <translation>Osa kohteista epäonnistui. Katso kunkin kohteen tulos.</translation>
    </message>
    <message>
        <source>The API user&apos;s account is disabled in Nepton. Ask your Nepton administrator to enable it, or use another API user.</source>
        <translation>API-käyttäjän tili on poistettu käytöstä Neptonissa. Pyydä Nepton-pääkäyttäjää ottamaan se käyttöön tai käytä toista API-käyttäjää.</translation>
    </message>
    <message>
        <source>The project module is not active for this work community. Projects need the Pro or Complete service level: contact Nepton customer service.</source>
        <translation>Projektimoduuli ei ole käytössä tässä työyhteisössä. Projektit vaativat Pro- tai Complete-palvelutason: ota yhteyttä Neptonin asiakaspalveluun.</translation>
    </message>
    <message>
        <source>The person&apos;s day is locked or approved, so the event cannot be changed. Ask a Nepton administrator to unlock the day or cancel the approval.</source>
        <translation>Henkilön päivä on lukittu tai hyväksytty, joten tapahtumaa ei voi muuttaa. Pyydä Nepton-pääkäyttäjää avaamaan päivän lukitus tai perumaan hyväksyntä.</translation>
    </message>
    <message>
        <source>Nepton could not start the event.</source>
        <translation>Nepton ei pystynyt aloittamaan tapahtumaa.</translation>
    </message>
    <message>
        <source>Nepton could not end the event.</source>
        <translation>Nepton ei pystynyt päättämään tapahtumaa.</translation>
    </message>
    <message>
        <source>Nepton rejected the values. Check the times, the event type and the required fields.</source>
        <translation>Nepton hylkäsi arvot. Tarkista ajat, tapahtumatyyppi ja pakolliset kentät.</translation>
    </message>
    <message>
        <source>The change was saved in Nepton, but Nepton could not pass it on to the connected external systems. Tell your Nepton administrator.</source>
        <translation>Muutos tallentui Neptoniin, mutta Nepton ei pystynyt välittämään sitä liitettyihin ulkoisiin järjestelmiin. Kerro asiasta Nepton-pääkäyttäjälle.</translation>
    </message>
    <message>
        <source>Nepton&apos;s person import reported problems. See the breakdown of each row.</source>
        <translation>Neptonin henkilötuonti ilmoitti ongelmista. Katso kunkin rivin erittely.</translation>
    </message>
    <message>
        <source>Nepton&apos;s HR API refused the request. Check the API user&apos;s username and password, the DeploymentId and the WebServicePassword in the profile.</source>
        <translation>Neptonin HR-rajapinta hylkäsi pyynnön. Tarkista profiilin API-käyttäjän käyttäjätunnus ja salasana, DeploymentId ja WebServicePassword.</translation>
    </message>
    <message>
        <source>Nepton could not be reached. Check the network connection and try again.</source>
        <translation>Neptoniin ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Could not connect to Nepton. Check the network connection and the server address in the profile.</source>
        <translation>Neptoniin ei saatu yhteyttä. Tarkista verkkoyhteys ja profiilin palvelinosoite.</translation>
    </message>
    <message>
        <source>Nepton did not answer in time. Try again later, or with smaller batches.</source>
        <translation>Nepton ei vastannut ajoissa. Yritä myöhemmin uudelleen tai pienemmissä erissä.</translation>
    </message>
    <message>
        <source>The secure connection to Nepton could not be verified. Check the server address and the computer&apos;s date and time; do not use an untrusted network.</source>
        <translation>Suojattua yhteyttä Neptoniin ei voitu varmistaa. Tarkista palvelinosoite sekä koneen päivämäärä ja kellonaika; älä käytä epäluotettavaa verkkoa.</translation>
    </message>
    <message>
        <source>Nepton&apos;s answer was incomplete or unreadable. Try again later.</source>
        <translation>Neptonin vastaus oli puutteellinen tai lukukelvoton. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Nepton&apos;s answer was larger than the app accepts. Narrow the search (for example a shorter date range).</source>
        <translation>Neptonin vastaus oli suurempi kuin sovellus hyväksyy. Rajaa hakua (esimerkiksi lyhyempi aikaväli).</translation>
    </message>
    <message>
        <source>Nepton&apos;s server answered with an error. Try again later.</source>
        <translation>Neptonin palvelin vastasi virheellä. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Nepton rejected the request as malformed. Report this to the app&apos;s maintainers.</source>
        <translation>Nepton hylkäsi pyynnön virheellisenä. Ilmoita tästä sovelluksen ylläpitäjille.</translation>
    </message>
    <message>
        <source>The server address must start with https://. Plain http:// is allowed only for this computer (the built-in sandbox).</source>
        <translation>Palvelinosoitteen on alettava https://. Salaamaton http:// sallitaan vain tälle koneelle (sisäänrakennettu hiekkalaatikko).</translation>
    </message>
    <message>
        <source>Calls to Nepton were stopped after an earlier login problem. Fix the profile&apos;s credentials, wait if the login was locked, and reconnect.</source>
        <translation>Kutsut Neptoniin pysäytettiin aiemman kirjautumisongelman jälkeen. Korjaa profiilin tunnukset, odota jos kirjautuminen lukittiin, ja yhdistä uudelleen.</translation>
    </message>
    <message>
        <source>It is not known whether Nepton saved this change: the connection broke and checking afterwards did not succeed. Reload the data before sending it again.</source>
        <translation>Ei tiedetä, tallentuiko muutos Neptoniin: yhteys katkesi eikä jälkitarkistus onnistunut. Lataa tiedot uudelleen ennen kuin lähetät muutoksen uudelleen.</translation>
    </message>
    <message>
        <source>A value cannot be sent to Nepton.</source>
        <translation>Arvoa ei voi lähettää Neptoniin.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Submit finished</source>
        <translation>Lähetys valmis</translation>
    </message>
    <message>
        <source>%1 saved, %2 refused, %3 unknown, %4 not sent.</source>
        <translation>%1 tallennettu, %2 hylätty, %3 tuntematon, %4 lähettämättä.</translation>
    </message>
    <message>
        <source>You cancelled: the rows marked not sent are still pending and were not sent.</source>
        <translation>Keskeytit lähetyksen: lähettämättömiksi merkityt rivit odottavat yhä, eikä niitä lähetetty.</translation>
    </message>
    <message>
        <source>Refused rows stay marked in their tab with the reason; fix them and send again.</source>
        <translation>Hylätyt rivit jäävät merkityiksi välilehdelleen syineen; korjaa ne ja lähetä uudelleen.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ei lähetetty</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Luodaan</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Päivitetään</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>PersonnelTab</name>
    <message>
        <source>Personnel</source>
        <translation>Henkilöstö</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Compared with Nepton&apos;s data now. Double-click a cell to fix it.</source>
        <translation>Verrattuna Neptonin nykyisiin tietoihin. Korjaa solu kaksoisnapsauttamalla sitä.</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Vain ongelmat</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Select a row to see its changes and problems.</source>
        <translation>Valitse rivi nähdäksesi sen muutokset ja ongelmat.</translation>
    </message>
    <message>
        <source>Block the import while any row has an error</source>
        <translation>Estä tuonti, kun jollakin rivillä on virhe</translation>
    </message>
    <message>
        <source>Skip rows with errors, import the rest</source>
        <translation>Ohita virheelliset rivit, tuo muut</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>Virheelliset rivit:</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Tarkistetaan tiedostoa…</translation>
    </message>
    <message>
        <source>Loading the current data from Nepton…</source>
        <translation>Ladataan nykyisiä tietoja Neptonista…</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n row(s) with Nepton…</source>
        <translation>
            <numerusform>Verrataan %n riviä Neptoniin…</numerusform>
            <numerusform>Verrataan %n riviä Neptoniin…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file again…</source>
        <translation>Tarkistetaan tiedostoa uudelleen…</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>Tarkistus ei valmistunut.</translation>
    </message>
    <message>
        <source>Could not check the import.</source>
        <translation>Tuontia ei voitu tarkistaa.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varoitus</numerusform>
            <numerusform>%n varoitusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n huomautus</numerusform>
            <numerusform>%n huomautusta</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent while rows have errors: fix them, or choose to skip them.</source>
        <translation>Mitään ei voi lähettää, kun riveillä on virheitä: korjaa ne tai valitse niiden ohittaminen.</translation>
    </message>
    <message>
        <source>Nothing to send: Nepton already has this data.</source>
        <translation>Ei lähetettävää: Neptonissa on jo nämä tiedot.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent.</source>
        <translation>
            <numerusform>%n rivi lähetetään.</numerusform>
            <numerusform>%n riviä lähetetään.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
</context>
<context>
    <name>ProfileError</name>
    <message>
        <source>a custom or sandbox profile needs both server addresses</source>
        <translation>oma tai hiekkalaatikkoprofiili tarvitsee molemmat palvelinosoitteet</translation>
    </message>
    <message>
        <source>a profile name has 1-64 letters, digits, spaces, dots, dashes or underscores</source>
        <translation>profiilin nimessä on 1–64 kirjainta, numeroa, välilyöntiä, pistettä, viivaa tai alaviivaa</translation>
    </message>
    <message>
        <source>CustomerId is a number given by Nepton customer service</source>
        <translation>CustomerId on Neptonin asiakaspalvelun antama numero</translation>
    </message>
    <message>
        <source>DeploymentId is a number given by Nepton customer service</source>
        <translation>DeploymentId on Neptonin asiakaspalvelun antama numero</translation>
    </message>
    <message>
        <source>the API user&apos;s username is missing</source>
        <translation>API-käyttäjän käyttäjätunnus puuttuu</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Production</source>
        <translation>Tuotanto</translation>
    </message>
    <message>
        <source>Public testing</source>
        <translation>Julkinen testaus</translation>
    </message>
    <message>
        <source>Custom addresses</source>
        <translation>Omat osoitteet</translation>
    </message>
    <message>
        <source>Built-in demo</source>
        <translation>Sisäänrakennettu demo</translation>
    </message>
    <message>
        <source>Production: every change is made in your live Nepton data.</source>
        <translation>Tuotanto: jokainen muutos tehdään oikeisiin Nepton-tietoihisi.</translation>
    </message>
    <message>
        <source>from Nepton customer service</source>
        <translation>Neptonin asiakaspalvelusta</translation>
    </message>
    <message>
        <source>the dedicated API user</source>
        <translation>erillinen API-käyttäjä</translation>
    </message>
    <message>
        <source>the API user&apos;s password</source>
        <translation>API-käyttäjän salasana</translation>
    </message>
    <message>
        <source>the HR API&apos;s own password</source>
        <translation>HR-rajapinnan oma salasana</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profiilin nimi</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Worktime API address</source>
        <translation>Worktime-rajapinnan osoite</translation>
    </message>
    <message>
        <source>HR API address</source>
        <translation>HR-rajapinnan osoite</translation>
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
        <translation>API-käyttäjätunnus</translation>
    </message>
    <message>
        <source>API user password</source>
        <translation>API-käyttäjän salasana</translation>
    </message>
    <message>
        <source>WebServicePassword</source>
        <translation>WebServicePassword</translation>
    </message>
    <message>
        <source>The password %1.</source>
        <translation>Salasana: %1.</translation>
    </message>
    <message>
        <source>The API user password is missing.</source>
        <translation>API-käyttäjän salasana puuttuu.</translation>
    </message>
    <message>
        <source>The WebServicePassword is missing.</source>
        <translation>WebServicePassword puuttuu.</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Projects</source>
        <translation>Projektit</translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>Request log</source>
        <translation>Pyyntöloki</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pyyntö</numerusform>
            <numerusform>%n pyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n epäonnistui</numerusform>
            <numerusform>%n epäonnistui</numerusform>
        </translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Vie pyyntöloki</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>API</source>
        <translation>Rajapinta</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Kohteita</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Kesto (ms)</translation>
    </message>
    <message>
        <source>Response code</source>
        <translation>Vastauskoodi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
</context>
<context>
    <name>RevertImport</name>
    <message>
        <source>Revert this import</source>
        <translation>Peru tämä tuonti</translation>
    </message>
    <message>
        <source>Revert %1?

Events it created are deleted and fields it changed get their earlier values back. Fields changed in Nepton since are left as they are and listed.</source>
        <translation>Perutaanko %1?

Sen luomat tapahtumat poistetaan ja sen muuttamat kentät saavat aiemmat arvonsa takaisin. Neptonissa sen jälkeen muutetut kentät jätetään ennalleen ja luetellaan.</translation>
    </message>
    <message>
        <source>Reverted: %1 deleted, %2 restored.</source>
        <translation>Peruttu: %1 poistettu, %2 palautettu.</translation>
    </message>
    <message>
        <source>Changed in Nepton since the import, so left as they are:</source>
        <translation>Muutettu Neptonissa tuonnin jälkeen, joten jätetty ennalleen:</translation>
    </message>
    <message>
        <source>row %1, %2: now %3 (the import wrote %4, before it was %5)</source>
        <translation>rivi %1, %2: nyt %3 (tuonti kirjoitti %4, ennen se oli %5)</translation>
    </message>
    <message>
        <source>Not revertible:</source>
        <translation>Ei peruttavissa:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Epäonnistui:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review changes before sending</source>
        <translation>Tarkista muutokset ennen lähettämistä</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to delete. Nothing is sent until you press Send.</source>
        <translation>Luodaan %1, päivitetään %2, poistetaan %3. Mitään ei lähetetä ennen kuin painat Lähetä.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Luodaan</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Päivitetään</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <source>Send %1 changes</source>
        <translation>Lähetä %1 muutosta</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Sheet and header row</source>
        <translation>Taulukko ja otsikkorivi</translation>
    </message>
    <message>
        <source>Guessed from the file: change them if the preview looks wrong.</source>
        <translation>Arvattu tiedostosta: muuta niitä, jos esikatselu näyttää väärältä.</translation>
    </message>
    <message>
        <source>Guess again</source>
        <translation>Arvaa uudelleen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Otsikkorivi</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Luetaan %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n tietorivi</numerusform>
            <numerusform>%n tietoriviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n sarake</numerusform>
            <numerusform>%n saraketta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation>
            <numerusform>näytetään ensimmäinen %n</numerusform>
            <numerusform>näytetään ensimmäiset %n</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV read as %1, separated by %2</source>
        <translation>CSV luettu merkistönä %1, erottimena %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>sarkain</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s)</source>
        <translation>
            <numerusform>… ja %n muu huomautus</numerusform>
            <numerusform>… ja %n muuta huomautusta</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no data rows below the header row.</source>
        <translation>Otsikkorivin alla ei ole tietorivejä.</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <source>Cannot send yet</source>
        <translation>Ei voi vielä lähettää</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Ei lähetettävää</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Mitään ei lähetetty</translation>
    </message>
    <message>
        <source>Checking for changes made in Nepton since loading…</source>
        <translation>Tarkistetaan, onko Neptonissa tehty muutoksia lataamisen jälkeen…</translation>
    </message>
    <message>
        <source>Sending %1 changes to Nepton…</source>
        <translation>Lähetetään %1 muutosta Neptoniin…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Sent: %1 saved, %2 refused</source>
        <translation>Lähetetty: %1 tallennettu, %2 hylätty</translation>
    </message>
    <message>
        <source>Saved, but reading back failed: %1</source>
        <translation>Tallennettu, mutta takaisinluku epäonnistui: %1</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Sending to Nepton</source>
        <translation>Lähetetään Neptoniin</translation>
    </message>
    <message>
        <source>In batches; Cancel stops after the batch on its way.</source>
        <translation>Erissä; keskeytys pysäyttää matkalla olevan erän jälkeen.</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v/%m riviä</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Keskeytä lähetys</translation>
    </message>
    <message>
        <source>Cancelling: the batch on its way finishes first, nothing after it is sent.</source>
        <translation>Keskeytetään: matkalla oleva erä valmistuu ensin, sen jälkeen mitään ei lähetetä.</translation>
    </message>
    <message>
        <source>Writing the import job to the local journal…</source>
        <translation>Kirjataan tuontityö paikalliseen lokiin…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <source>Finished. The next page tells what was sent.</source>
        <translation>Valmis. Seuraava sivu kertoo, mitä lähetettiin.</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1/%2 riviä</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 riviä/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noin %1 jäljellä</translation>
    </message>
    <message>
        <source>cancelling after this batch</source>
        <translation>keskeytetään tämän erän jälkeen</translation>
    </message>
    <message>
        <source>Sending stopped. The job is kept in the journal: resume it from the import history once the problem is fixed.</source>
        <translation>Lähetys pysähtyi. Työ säilyy lokissa: jatka sitä tuontihistoriasta, kun ongelma on korjattu.</translation>
    </message>
    <message>
        <source>Sending the import failed.</source>
        <translation>Tuonnin lähettäminen epäonnistui.</translation>
    </message>
</context>
<context>
    <name>SubmitPlan</name>
    <message>
        <source>(empty row)</source>
        <translation>(tyhjä rivi)</translation>
    </message>
    <message>
        <source>%1 has cells that are not valid: fix them or undo the edit.</source>
        <translation>Välilehdellä %1 on virheellisiä soluja: korjaa ne tai kumoa muokkaus.</translation>
    </message>
    <message>
        <source>A new event needs a person and a start.</source>
        <translation>Uusi tapahtuma tarvitsee henkilön ja alkamisajan.</translation>
    </message>
    <message>
        <source>A new absence needs a person, a start date and an end date.</source>
        <translation>Uusi poissaolo tarvitsee henkilön, alkupäivän ja loppupäivän.</translation>
    </message>
    <message>
        <source>Refresh the tab (F5) before changing a row that was just sent.</source>
        <translation>Päivitä välilehti (F5) ennen kuin muutat juuri lähetettyä riviä.</translation>
    </message>
    <message>
        <source>%1 cannot be emptied in Nepton: it identifies the person.</source>
        <translation>Kenttää %1 ei voi tyhjentää Neptonissa: se tunnistaa henkilön.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Save error workbook…</source>
        <translation>Tallenna virhetyökirja…</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Tuontihistoria…</translation>
    </message>
    <message>
        <source>Revert this import…</source>
        <translation>Peru tämä tuonti…</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 with an unknown outcome, %4 not sent.</source>
        <translation>%1 lähetetty, %2 epäonnistui, %3 tulos tuntematon, %4 lähettämättä.</translation>
    </message>
    <message>
        <source>Cancelled: the batch on its way finished; the rows not sent are listed below and can be sent later from the import history.</source>
        <translation>Keskeytetty: matkalla ollut erä valmistui; lähettämättömät rivit näkyvät alla, ja ne voi lähettää myöhemmin tuontihistoriasta.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Pysähtyi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already up to date.</source>
        <translation>
            <numerusform>%n rivi oli jo ajan tasalla.</numerusform>
            <numerusform>%n riviä oli jo ajan tasalla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ei lähetetty</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>virheet</translation>
    </message>
    <message>
        <source>Save error workbook</source>
        <translation>Tallenna virhetyökirja</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <source>Error workbook saved: %1</source>
        <translation>Virhetyökirja tallennettu: %1</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Perutaan…</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>From %1, no end yet</source>
        <translation>%1 alkaen, ei vielä päättymispäivää</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Ei hyväksytty</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Absence type</source>
        <translation>Poissaolotyyppi</translation>
    </message>
    <message>
        <source>Additional info</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Lääkärintodistus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Korvaus</translation>
    </message>
    <message>
        <source>No people to show for this month.</source>
        <translation>Tälle kuukaudelle ei ole näytettäviä henkilöitä.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>the cell is empty: Nepton&apos;s value is kept (empty cells do not clear fields in this import)</source>
        <translation>solu on tyhjä: Neptonin arvo säilyy (tyhjät solut eivät tyhjennä kenttiä tässä tuonnissa)</translation>
    </message>
    <message>
        <source>the event in Nepton is locked and cannot be changed</source>
        <translation>tapahtuma on Neptonissa lukittu eikä sitä voi muuttaa</translation>
    </message>
    <message>
        <source>the event in Nepton is approved and cannot be changed</source>
        <translation>tapahtuma on Neptonissa hyväksytty eikä sitä voi muuttaa</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>column {letter} ({column}): {reason}</source>
        <translation>sarake {letter} ({column}): {reason}</translation>
    </message>
    <message>
        <source>row {row}, column {letter} ({column}): {reason}</source>
        <translation>rivi {row}, sarake {letter} ({column}): {reason}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>rivi {row}: {reason}</translation>
    </message>
    <message>
        <source>{column} is required and the cell is empty</source>
        <translation>{column} on pakollinen, mutta solu on tyhjä</translation>
    </message>
    <message>
        <source>the same {what} as row {row}</source>
        <translation>sama {what} kuin rivillä {row}</translation>
    </message>
    <message>
        <source>ends before it starts ({column})</source>
        <translation>päättyy ennen kuin alkaa ({column})</translation>
    </message>
    <message>
        <source>the column is not mapped to any field: its values are not imported</source>
        <translation>saraketta ei ole liitetty mihinkään kenttään: sen arvoja ei tuoda</translation>
    </message>
    <message>
        <source>Nepton id</source>
        <translation>Nepton-tunniste</translation>
    </message>
    <message>
        <source>external identifier</source>
        <translation>ulkoinen tunniste</translation>
    </message>
    <message>
        <source>not in the form DDMMYYCZZZQ (for example 131052-308T)</source>
        <translation>ei ole muotoa PPKKVVSNNNT (esimerkiksi 131052-308T)</translation>
    </message>
    <message>
        <source>the date part is not a real date</source>
        <translation>syntymäaikaosa ei ole todellinen päivämäärä</translation>
    </message>
    <message>
        <source>the individual number must be 002–999</source>
        <translation>yksilönumeron on oltava 002–999</translation>
    </message>
    <message>
        <source>the check character is wrong (a typing error?)</source>
        <translation>tarkistusmerkki on väärä (kirjoitusvirhe?)</translation>
    </message>
    <message>
        <source>not in the form of an IBAN (two letters, two digits, account)</source>
        <translation>ei ole IBAN-muotoa (kaksi kirjainta, kaksi numeroa, tilinumero)</translation>
    </message>
    <message>
        <source>the checksum does not match (a typing error?)</source>
        <translation>tarkistussumma ei täsmää (kirjoitusvirhe?)</translation>
    </message>
    <message>
        <source>a {country} IBAN has {expected} characters, this has {actual}</source>
        <translation>maan {country} IBANissa on {expected} merkkiä, tässä on {actual}</translation>
    </message>
    <message>
        <source>no project with code or external identifier &apos;{ref}&apos;</source>
        <translation>ei projektia, jonka koodi tai ulkoinen tunniste on &apos;{ref}&apos;</translation>
    </message>
    <message>
        <source>no column is mapped to the required field &apos;{field}&apos;</source>
        <translation>pakolliseen kenttään &apos;{field}&apos; ei ole liitetty saraketta</translation>
    </message>
    <message>
        <source>no person with Nepton id {id}</source>
        <translation>ei henkilöä, jonka Nepton-tunniste on {id}</translation>
    </message>
    <message>
        <source>usernames cannot be changed by import</source>
        <translation>käyttäjätunnusta ei voi muuttaa tuonnilla</translation>
    </message>
    <message>
        <source>personal identity code: {reason}</source>
        <translation>henkilötunnus: {reason}</translation>
    </message>
    <message>
        <source>the birth date is in the future</source>
        <translation>syntymäaika on tulevaisuudessa</translation>
    </message>
    <message>
        <source>IBAN: {reason}</source>
        <translation>IBAN: {reason}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>&apos;{value}&apos; ei ole sähköpostiosoite</translation>
    </message>
    <message>
        <source>no unit &apos;{unit}&apos; in Nepton (units must exist first)</source>
        <translation>Neptonissa ei ole yksikköä &apos;{unit}&apos; (yksiköiden on oltava olemassa ensin)</translation>
    </message>
    <message>
        <source>no person with employee number &apos;{number}&apos; (supervisors are named by employee number)</source>
        <translation>ei henkilöä, jonka henkilönumero on &apos;{number}&apos; (esimiehet merkitään henkilönumerolla)</translation>
    </message>
    <message>
        <source>a person cannot be their own supervisor</source>
        <translation>henkilö ei voi olla oma esimiehensä</translation>
    </message>
    <message>
        <source>employee number</source>
        <translation>henkilönumero</translation>
    </message>
    <message>
        <source>username</source>
        <translation>käyttäjätunnus</translation>
    </message>
    <message>
        <source>personal identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <source>no project with Nepton id {id}</source>
        <translation>ei projektia, jonka Nepton-tunniste on {id}</translation>
    </message>
    <message>
        <source>a project cannot be its own parent</source>
        <translation>projekti ei voi olla oma yläprojektinsa</translation>
    </message>
    <message>
        <source>no person &apos;{person}&apos; in Nepton</source>
        <translation>Neptonissa ei ole henkilöä &apos;{person}&apos;</translation>
    </message>
    <message>
        <source>code</source>
        <translation>koodi</translation>
    </message>
    <message>
        <source>work</source>
        <translation>työ</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>hallinnollinen</translation>
    </message>
    <message>
        <source>no event type with code or name &apos;{ref}&apos;</source>
        <translation>ei tapahtumatyyppiä, jonka koodi tai nimi on &apos;{ref}&apos;</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is a {category} type, not an absence</source>
        <translation>&apos;{ref}&apos; on tyyppiä {category}, ei poissaolo</translation>
    </message>
    <message>
        <source>the event type &apos;{ref}&apos; is no longer in use</source>
        <translation>tapahtumatyyppi &apos;{ref}&apos; ei ole enää käytössä</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>viimeinen päivä on ennen ensimmäistä päivää</translation>
    </message>
    <message>
        <source>ends before it starts (or at the same time)</source>
        <translation>päättyy ennen kuin alkaa (tai samaan aikaan)</translation>
    </message>
    <message>
        <source>starts more than {years} years ahead ({date}); Nepton does not take events that far in the future</source>
        <translation>alkaa yli {years} vuoden päästä ({date}); Nepton ei ota vastaan näin kaukana tulevaisuudessa olevia tapahtumia</translation>
    </message>
    <message>
        <source>no event with Nepton id {id} in the loaded period</source>
        <translation>ladatulla jaksolla ei ole tapahtumaa, jonka Nepton-tunniste on {id}</translation>
    </message>
    <message>
        <source>no person &apos;{person}&apos; in Nepton (by employee number, username or personal identity code)</source>
        <translation>Neptonissa ei ole henkilöä &apos;{person}&apos; (haettiin henkilönumerolla, käyttäjätunnuksella ja henkilötunnuksella)</translation>
    </message>
    <message>
        <source>the event belongs to another person in Nepton</source>
        <translation>tapahtuma kuuluu Neptonissa toiselle henkilölle</translation>
    </message>
    <message>
        <source>the event type has no absence type &apos;{code}&apos;</source>
        <translation>tapahtumatyypillä ei ole poissaolotyyppiä &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>overlaps row {row} of the same person</source>
        <translation>menee päällekkäin saman henkilön rivin {row} kanssa</translation>
    </message>
    <message>
        <source>overlaps event {id} in Nepton ({start}–{end})</source>
        <translation>menee päällekkäin Neptonin tapahtuman {id} kanssa ({start}–{end})</translation>
    </message>
    <message>
        <source>overlaps event {id} in Nepton ({start})</source>
        <translation>menee päällekkäin Neptonin tapahtuman {id} kanssa ({start})</translation>
    </message>
    <message>
        <source>Nepton refused the row: {reason}</source>
        <translation>Nepton hylkäsi rivin: {reason}</translation>
    </message>
</context>
<context>
    <name>_EventRowsModel</name>
    <message>
        <source>Locked in Nepton: the day is closed, so this row is read-only.</source>
        <translation>Lukittu Neptonissa: päivä on suljettu, joten tätä riviä ei voi muokata.</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Liitä %n solu</numerusform>
            <numerusform>Liitä %n solua</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsent changes</source>
        <translation>Palauta lähettämättömät muutokset</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>This row is no longer in Nepton (deleted by someone else).</source>
        <translation>Tätä riviä ei ole enää Neptonissa (joku muu poisti sen).</translation>
    </message>
</context>
</TS>
