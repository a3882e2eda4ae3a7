<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AbsenceTimeline</name>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Only people with absences</source>
        <translation>Only people with absences</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n absence</numerusform>
            <numerusform>%n absences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Locked day</source>
        <translation>Locked day</translation>
    </message>
</context>
<context>
    <name>AbsencesTab</name>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Not connected: choose File &gt; Connect.</source>
        <translation>Not connected: choose File &gt; Connect.</translation>
    </message>
</context>
<context>
    <name>CellParsing</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Not an e-mail address.</translation>
    </message>
    <message>
        <source>Not a valid Finnish personal identity code.</source>
        <translation>Not a valid Finnish personal identity code.</translation>
    </message>
    <message>
        <source>Not a valid IBAN (check digits do not match).</source>
        <translation>Not a valid IBAN (check digits do not match).</translation>
    </message>
    <message>
        <source>No person with employee number %1.</source>
        <translation>No person with employee number %1.</translation>
    </message>
    <message>
        <source>No project with code %1.</source>
        <translation>No project with code %1.</translation>
    </message>
    <message>
        <source>No event type with code %1.</source>
        <translation>No event type with code %1.</translation>
    </message>
    <message>
        <source>No absence type with code %1.</source>
        <translation>No absence type with code %1.</translation>
    </message>
    <message>
        <source>No unit named %1.</source>
        <translation>No unit named %1.</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Coercion</name>
    <message>
        <source>two-digit year {short} read as {year}</source>
        <translation>two-digit year {short} read as {year}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write d.M.yyyy (for example 31.12.2026) or yyyy-MM-dd</source>
        <translation>&apos;{value}&apos; is not a date; write d.M.yyyy (for example 31.12.2026) or yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>&apos;{value}&apos; is not a real date</translation>
    </message>
    <message>
        <source>the number {number} is not a date</source>
        <translation>the number {number} is not a date</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time; write H.mm or H:mm (for example 8.30)</source>
        <translation>&apos;{value}&apos; is not a time; write H.mm or H:mm (for example 8.30)</translation>
    </message>
    <message>
        <source>24.00 is not a time of day; write 0.00 of the next day</source>
        <translation>24.00 is not a time of day; write 0.00 of the next day</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real time of day</source>
        <translation>&apos;{value}&apos; is not a real time of day</translation>
    </message>
    <message>
        <source>the time {time} of {moment} was left out</source>
        <translation>the time {time} of {moment} was left out</translation>
    </message>
    <message>
        <source>a yes/no value is not a date</source>
        <translation>a yes/no value is not a date</translation>
    </message>
    <message>
        <source>{kind} is not a date</source>
        <translation>{kind} is not a date</translation>
    </message>
    <message>
        <source>the number {number} was read as the spreadsheet date {date}</source>
        <translation>the number {number} was read as the spreadsheet date {date}</translation>
    </message>
    <message>
        <source>the number {number} was read as the spreadsheet date and time {moment}</source>
        <translation>the number {number} was read as the spreadsheet date and time {moment}</translation>
    </message>
    <message>
        <source>the date {date} has no time; read as 0.00</source>
        <translation>the date {date} has no time; read as 0.00</translation>
    </message>
    <message>
        <source>the time {time} has no date</source>
        <translation>the time {time} has no date</translation>
    </message>
    <message>
        <source>a yes/no value is not a date and time</source>
        <translation>a yes/no value is not a date and time</translation>
    </message>
    <message>
        <source>{kind} is not a date and time</source>
        <translation>{kind} is not a date and time</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no time; read as 0.00</source>
        <translation>&apos;{value}&apos; has no time; read as 0.00</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time; write d.M.yyyy H.mm (for example 2.3.2026 8.00)</source>
        <translation>&apos;{value}&apos; is not a date and time; write d.M.yyyy H.mm (for example 2.3.2026 8.00)</translation>
    </message>
    <message>
        <source>the time zone {zone} was converted to Finnish time {moment}</source>
        <translation>the time zone {zone} was converted to Finnish time {moment}</translation>
    </message>
    <message>
        <source>a duration of a day or more is not a time of day</source>
        <translation>a duration of a day or more is not a time of day</translation>
    </message>
    <message>
        <source>{moment} is a date and time; this column takes a time</source>
        <translation>{moment} is a date and time; this column takes a time</translation>
    </message>
    <message>
        <source>a yes/no value is not a time</source>
        <translation>a yes/no value is not a time</translation>
    </message>
    <message>
        <source>the number {number} was read as the time {time}</source>
        <translation>the number {number} was read as the time {time}</translation>
    </message>
    <message>
        <source>the number {number} is not a time of day</source>
        <translation>the number {number} is not a time of day</translation>
    </message>
    <message>
        <source>{kind} is not a time</source>
        <translation>{kind} is not a time</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; read as {number} (&apos;{separator}&apos; taken as a thousands separator)</source>
        <translation>&apos;{value}&apos; read as {number} (&apos;{separator}&apos; taken as a thousands separator)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; read as {number} (a decimal point, not thousands)</source>
        <translation>&apos;{value}&apos; read as {number} (a decimal point, not thousands)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number; write for example 7,5</source>
        <translation>&apos;{value}&apos; is not a number; write for example 7,5</translation>
    </message>
    <message>
        <source>a yes/no value is not a number</source>
        <translation>a yes/no value is not a number</translation>
    </message>
    <message>
        <source>the number &apos;{value}&apos; was written as text; read as {number}</source>
        <translation>the number &apos;{value}&apos; was written as text; read as {number}</translation>
    </message>
    <message>
        <source>{kind} is not a number</source>
        <translation>{kind} is not a number</translation>
    </message>
    <message>
        <source>the number &apos;{value}&apos; was written as text</source>
        <translation>the number &apos;{value}&apos; was written as text</translation>
    </message>
    <message>
        <source>{kind} is not a whole number</source>
        <translation>{kind} is not a whole number</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <source>a yes/no value is not a duration</source>
        <translation>a yes/no value is not a duration</translation>
    </message>
    <message>
        <source>{kind} is not a duration</source>
        <translation>{kind} is not a duration</translation>
    </message>
    <message>
        <source>{number} is not yes or no; write 1 or 0</source>
        <translation>{number} is not yes or no; write 1 or 0</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no; write kyllä/ei, yes/no, 1/0 or x</source>
        <translation>&apos;{value}&apos; is not yes or no; write kyllä/ei, yes/no, 1/0 or x</translation>
    </message>
    <message>
        <source>{kind} is not yes or no</source>
        <translation>{kind} is not yes or no</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>&apos;{value}&apos; is not one of: {choices}</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>a duration</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>a time</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>a date and time</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <source>a {type} value</source>
        <translation>a {type} value</translation>
    </message>
    <message>
        <source>the date/time cell was taken as the text &apos;{value}&apos;</source>
        <translation>the date/time cell was taken as the text &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>a personal identity code is text like DDMMYY-NNNC, not a number</source>
        <translation>a personal identity code is text like DDMMYY-NNNC, not a number</translation>
    </message>
    <message>
        <source>an IBAN is text starting with the country code, not a number</source>
        <translation>an IBAN is text starting with the country code, not a number</translation>
    </message>
</context>
<context>
    <name>ColumnFilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains this text</source>
        <translation>Show rows whose %1 contains this text</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed in Nepton since you loaded it</source>
        <translation>Changed in Nepton since you loaded it</translation>
    </message>
    <message>
        <source>Someone changed these rows in Nepton after you loaded them. For each row, choose whose version to keep. Fields you did not edit always take the server&apos;s value.</source>
        <translation>Someone changed these rows in Nepton after you loaded them. For each row, choose whose version to keep. Fields you did not edit always take the server&apos;s value.</translation>
    </message>
    <message>
        <source>Deleted in Nepton: your change cannot be sent.</source>
        <translation>Deleted in Nepton: your change cannot be sent.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>When loaded</translation>
    </message>
    <message>
        <source>In Nepton now</source>
        <translation>In Nepton now</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Keep my changes (overwrite Nepton)</source>
        <translation>Keep my changes (overwrite Nepton)</translation>
    </message>
    <message>
        <source>Use the version in Nepton (drop my changes)</source>
        <translation>Use the version in Nepton (drop my changes)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Nepton</source>
        <translation>Connect to Nepton</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>The connection step failed.</source>
        <translation>The connection step failed.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remove profile</translation>
    </message>
    <message>
        <source>Remove the profile %1 and its saved passwords?</source>
        <translation>Remove the profile %1 and its saved passwords?</translation>
    </message>
    <message>
        <source>Passwords are kept in %1.</source>
        <translation>Passwords are kept in %1.</translation>
    </message>
    <message>
        <source>Passwords saved in %1.</source>
        <translation>Passwords saved in %1.</translation>
    </message>
    <message>
        <source>Passwords kept for this session only: %1.</source>
        <translation>Passwords kept for this session only: %1.</translation>
    </message>
    <message>
        <source>Starting the built-in demo…</source>
        <translation>Starting the built-in demo…</translation>
    </message>
    <message>
        <source>The built-in demo runs on this computer with sample data.</source>
        <translation>The built-in demo runs on this computer with sample data.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The login was refused (1001).</source>
        <translation>The login was refused (1001).</translation>
    </message>
    <message>
        <source>Check the API user&apos;s username and password and the CustomerId. Do not try again and again: after repeated failed logins Nepton locks the API user (1018).</source>
        <translation>Check the API user&apos;s username and password and the CustomerId. Do not try again and again: after repeated failed logins Nepton locks the API user (1018).</translation>
    </message>
    <message>
        <source>The API user is locked after too many failed logins (1018).</source>
        <translation>The API user is locked after too many failed logins (1018).</translation>
    </message>
    <message>
        <source>Wait before trying again (Nepton lifts the lock after a while), and correct the password first, so that the next try succeeds.</source>
        <translation>Wait before trying again (Nepton lifts the lock after a while), and correct the password first, so that the next try succeeds.</translation>
    </message>
    <message>
        <source>The API user&apos;s account is disabled (1020).</source>
        <translation>The API user&apos;s account is disabled (1020).</translation>
    </message>
    <message>
        <source>The API user lacks rights (1015).</source>
        <translation>The API user lacks rights (1015).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>The secure connection to %1 could not be verified.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 could not be reached.</translation>
    </message>
    <message>
        <source>Check the server address in the profile and the network connection.</source>
        <translation>Check the server address in the profile and the network connection.</translation>
    </message>
    <message>
        <source>The HR API refused the request.</source>
        <translation>The HR API refused the request.</translation>
    </message>
    <message>
        <source>Check the DeploymentId and the WebServicePassword (the HR API&apos;s own password), and the API user&apos;s username and password.</source>
        <translation>Check the DeploymentId and the WebServicePassword (the HR API&apos;s own password), and the API user&apos;s username and password.</translation>
    </message>
    <message>
        <source>A value cannot be sent.</source>
        <translation>A value cannot be sent.</translation>
    </message>
    <message>
        <source>Worktime API</source>
        <translation>Worktime API</translation>
    </message>
    <message>
        <source>Works: logged in, %1 event types read.</source>
        <translation>Works: logged in, %1 event types read.</translation>
    </message>
    <message>
        <source>HR API</source>
        <translation>HR API</translation>
    </message>
    <message>
        <source>Not tried, to spare a failed login.</source>
        <translation>Not tried, to spare a failed login.</translation>
    </message>
    <message>
        <source>Fix the API user&apos;s password first; the HR API uses it too.</source>
        <translation>Fix the API user&apos;s password first; the HR API uses it too.</translation>
    </message>
    <message>
        <source>Works: %1 units read.</source>
        <translation>Works: %1 units read.</translation>
    </message>
    <message>
        <source>Worktime API operations</source>
        <translation>Worktime API operations</translation>
    </message>
    <message>
        <source>HR API operations</source>
        <translation>HR API operations</translation>
    </message>
    <message>
        <source>The server&apos;s WSDL could not be read.</source>
        <translation>The server&apos;s WSDL could not be read.</translation>
    </message>
    <message>
        <source>Every operation and field the app uses is there.</source>
        <translation>Every operation and field the app uses is there.</translation>
    </message>
    <message>
        <source>The server does not declare %n thing(s) the app uses</source>
        <translation>The server does not declare %n thing(s) the app uses</translation>
    </message>
    <message>
        <source>The app may be newer than this server. What is missing will fail when used: tell Nepton customer service or the app&apos;s maintainers.</source>
        <translation>The app may be newer than this server. What is missing will fail when used: tell Nepton customer service or the app&apos;s maintainers.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>this run only (memory): no working keyring was found on this computer</source>
        <translation>this run only (memory): no working keyring was found on this computer</translation>
    </message>
    <message>
        <source>the system keyring (%1)</source>
        <translation>the system keyring (%1)</translation>
    </message>
    <message>
        <source>the system keyring could not be used (%1); the password is kept only until the app closes and will be asked again next time</source>
        <translation>the system keyring could not be used (%1); the password is kept only until the app closes and will be asked again next time</translation>
    </message>
    <message>
        <source>this run only (memory)</source>
        <translation>this run only (memory)</translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>EntityTab</name>
    <message>
        <source>Filter all columns (Ctrl+F)</source>
        <translation>Filter all columns (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Nepton&apos;s API cannot delete these; mark them disabled or completed.</source>
        <translation>Nepton&apos;s API cannot delete these; mark them disabled or completed.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <source>%1 unsent</source>
        <translation>%1 unsent</translation>
    </message>
    <message>
        <source>Copied %1 rows with headers</source>
        <translation>Copied %1 rows with headers</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nothing to paste</translation>
    </message>
    <message>
        <source>Pasted %1 cells</source>
        <translation>Pasted %1 cells</translation>
    </message>
    <message>
        <source>Export the rows shown to Excel</source>
        <translation>Export the rows shown to Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>Exporting %1 rows…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Nepton refused this row: %1</source>
        <translation>Nepton refused this row: %1</translation>
    </message>
    <message>
        <source>This row will be deleted when you submit.</source>
        <translation>This row will be deleted when you submit.</translation>
    </message>
    <message>
        <source>New row: it will be created when you submit.</source>
        <translation>New row: it will be created when you submit.</translation>
    </message>
    <message>
        <source>Changed from: %1</source>
        <translation>Changed from: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are not valid</source>
        <translation>
            <numerusform>%n cell is not valid</numerusform>
            <numerusform>%n cells are not valid</numerusform>
        </translation>
    </message>
    <message>
        <source>To be deleted</source>
        <translation>To be deleted</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>New row</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>Duplicate %n row</numerusform>
            <numerusform>Duplicate %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>ErrorWorkbook</name>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source> (warnings)</source>
        <translation> (warnings)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Employee numbers, comma separated</source>
        <translation>Employee numbers, comma separated</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose what to import</source>
        <translation>Choose what to import</translation>
    </message>
    <message>
        <source>Nothing is sent to Nepton before the last step.</source>
        <translation>Nothing is sent to Nepton before the last step.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Path of the file to import</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>Save a template…</translation>
    </message>
    <message>
        <source>A workbook with the headers, an example row and dropdowns for choices</source>
        <translation>A workbook with the headers, an example row and dropdowns for choices</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>The file needs a header row. These columns are read (required in bold); Finnish and Swedish headers and common variants are recognised too:</source>
        <translation>The file needs a header row. These columns are read (required in bold); Finnish and Swedish headers and common variants are recognised too:</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>There is no file at this path.</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported. Use %1.</source>
        <translation>This kind of file cannot be imported. Use %1.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (%1)</source>
        <translation>Spreadsheets and CSV (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Save an import template</source>
        <translation>Save an import template</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Template saved: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Not sent (interrupted)</source>
        <translation>Not sent (interrupted)</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Stopped by an error</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Reverted</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sent / failed / other</source>
        <translation>Sent / failed / other</translation>
    </message>
    <message>
        <source>Revert this import…</source>
        <translation>Revert this import…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>This import went to the profile %1; connect to it to act on it.</source>
        <translation>This import went to the profile %1; connect to it to act on it.</translation>
    </message>
    <message>
        <source>The import history action failed.</source>
        <translation>The import history action failed.</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Reverting…</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows</source>
        <translation>Resuming: %1 of %2 rows</translation>
    </message>
    <message>
        <source>Resumed: %1 sent, %2 failed, %3 unknown, %4 found already done.</source>
        <translation>Resumed: %1 sent, %2 failed, %3 unknown, %4 found already done.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>{entity} has no field &apos;{key}&apos;</source>
        <translation>{entity} has no field &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; also looks like &apos;{field}&apos;, which an earlier column already fills; it is left unmapped</source>
        <translation>column &apos;{column}&apos; also looks like &apos;{field}&apos;, which an earlier column already fills; it is left unmapped</translation>
    </message>
    <message>
        <source>the mapping names &apos;{key}&apos;, which {entity} does not have</source>
        <translation>the mapping names &apos;{key}&apos;, which {entity} does not have</translation>
    </message>
    <message>
        <source>{file}: cannot be read as a mapping ({detail})</source>
        <translation>{file}: cannot be read as a mapping ({detail})</translation>
    </message>
    <message>
        <source>{file}: expected {example}</source>
        <translation>{file}: expected {example}</translation>
    </message>
    <message>
        <source>{file}: the mapping is for {other}, not {entity}</source>
        <translation>{file}: the mapping is for {other}, not {entity}</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>{file}: unknown file type {suffix}; use .xlsx, .xlsm, .xls, .ods or .csv</source>
        <translation>{file}: unknown file type {suffix}; use .xlsx, .xlsm, .xls, .ods or .csv</translation>
    </message>
    <message>
        <source>{file}: cannot be opened as a spreadsheet ({detail})</source>
        <translation>{file}: cannot be opened as a spreadsheet ({detail})</translation>
    </message>
    <message>
        <source>{file}: file not found</source>
        <translation>{file}: file not found</translation>
    </message>
    <message>
        <source>{file}: no sheet named &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>{file}: no sheet named &apos;{sheet}&apos; (sheets: {sheets})</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos; has no data</source>
        <translation>{file}: sheet &apos;{sheet}&apos; has no data</translation>
    </message>
    <message>
        <source>{file}: no sheet has data</source>
        <translation>{file}: no sheet has data</translation>
    </message>
    <message>
        <source>merged cells {range}: the value of {cell} is used in every cell of the range</source>
        <translation>merged cells {range}: the value of {cell} is used in every cell of the range</translation>
    </message>
    <message>
        <source>{count} hidden row(s) are imported too: {rows}</source>
        <translation>{count} hidden row(s) are imported too: {rows}</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({detail})</source>
        <translation>{file}: cannot be read ({detail})</translation>
    </message>
    <message>
        <source>{file}: the file has no data</source>
        <translation>{file}: the file has no data</translation>
    </message>
</context>
<context>
    <name>ImportTemplate</name>
    <message>
        <source>A date: d.M.yyyy, for example 31.1.2026.</source>
        <translation>A date: d.M.yyyy, for example 31.1.2026.</translation>
    </message>
    <message>
        <source>A date and time: d.M.yyyy H.mm, for example 31.1.2026 8.00.</source>
        <translation>A date and time: d.M.yyyy H.mm, for example 31.1.2026 8.00.</translation>
    </message>
    <message>
        <source>A time: H.mm, for example 8.30.</source>
        <translation>A time: H.mm, for example 8.30.</translation>
    </message>
    <message>
        <source>Hours: 7,5 or 7:30.</source>
        <translation>Hours: 7,5 or 7:30.</translation>
    </message>
    <message>
        <source>A number, for example 7,5.</source>
        <translation>A number, for example 7,5.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>A whole number.</translation>
    </message>
    <message>
        <source>Yes or no: choose from the list.</source>
        <translation>Yes or no: choose from the list.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Choose from the list.</translation>
    </message>
    <message>
        <source>Must already exist in Nepton: a code, or a person&apos;s employee number.</source>
        <translation>Must already exist in Nepton: a code, or a person&apos;s employee number.</translation>
    </message>
    <message>
        <source>Several values separated by |, for example HKI|TRE.</source>
        <translation>Several values separated by |, for example HKI|TRE.</translation>
    </message>
    <message>
        <source>A Finnish personal identity code, for example 131052-308T.</source>
        <translation>A Finnish personal identity code, for example 131052-308T.</translation>
    </message>
    <message>
        <source>An IBAN account number, for example FI21 1234 5600 0007 85.</source>
        <translation>An IBAN account number, for example FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>An e-mail address.</source>
        <translation>An e-mail address.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Nepton&apos;s id of the row: leave it empty for a new row.</source>
        <translation>Nepton&apos;s id of the row: leave it empty for a new row.</translation>
    </message>
    <message>
        <source>Not imported: shown for reference.</source>
        <translation>Not imported: shown for reference.</translation>
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
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Worktime events</source>
        <translation>Worktime events</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Before: %1
After: %2</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>Send to Nepton</source>
        <translation>Send to Nepton</translation>
    </message>
    <message>
        <source>Import %1 from a spreadsheet</source>
        <translation>Import %1 from a spreadsheet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>InvalidValue</name>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>is out of range</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>is not a finite number</translation>
    </message>
    <message>
        <source>has a time zone; give the local wall time of the person&apos;s Nepton time zone</source>
        <translation>has a time zone; give the local wall time of the person&apos;s Nepton time zone</translation>
    </message>
    <message>
        <source>ends with &apos;&amp;&apos;. Nepton documents that a password ending with &apos;&amp;&apos; breaks its XML message and the login fails. Change the password in Nepton so that it does not end with &apos;&amp;&apos;</source>
        <translation>ends with &apos;&amp;&apos;. Nepton documents that a password ending with &apos;&amp;&apos; breaks its XML message and the login fails. Change the password in Nepton so that it does not end with &apos;&amp;&apos;</translation>
    </message>
    <message>
        <source>contains the character %1 at position %2, which XML cannot carry; remove it (it is often a stray control character from a copy-paste)</source>
        <translation>contains the character %1 at position %2, which XML cannot carry; remove it (it is often a stray control character from a copy-paste)</translation>
    </message>
    <message>
        <source>is not a person import field</source>
        <translation>is not a person import field</translation>
    </message>
    <message>
        <source>cannot be reset: Nepton needs it to identify or name the person</source>
        <translation>cannot be reset: Nepton needs it to identify or name the person</translation>
    </message>
    <message>
        <source>contains a line break, which a person import cannot carry</source>
        <translation>contains a line break, which a person import cannot carry</translation>
    </message>
    <message>
        <source>is both given a value and marked to be reset; choose one</source>
        <translation>is both given a value and marked to be reset; choose one</translation>
    </message>
    <message>
        <source>is empty while other rows set it; Nepton removes a primary supervisor given as empty even when empty values are ignored. Give every row its supervisor, mark the field to be reset, or import these rows separately</source>
        <translation>is empty while other rows set it; Nepton removes a primary supervisor given as empty even when empty values are ignored. Give every row its supervisor, mark the field to be reset, or import these rows separately</translation>
    </message>
    <message>
        <source>are required</source>
        <translation>are required</translation>
    </message>
    <message>
        <source>a value contains a comma, which Nepton uses to separate the values of this filter</source>
        <translation>a value contains a comma, which Nepton uses to separate the values of this filter</translation>
    </message>
    <message>
        <source>events name a person by id, username, personal identity code or personnel number; an external identifier is not accepted here</source>
        <translation>events name a person by id, username, personal identity code or personnel number; an external identifier is not accepted here</translation>
    </message>
    <message>
        <source>every event needs an event type (id or code)</source>
        <translation>every event needs an event type (id or code)</translation>
    </message>
    <message>
        <source>an update names the event by its Nepton id or its external identifier</source>
        <translation>an update names the event by its Nepton id or its external identifier</translation>
    </message>
    <message>
        <source>a delete names the event by its Nepton id or its external identifier</source>
        <translation>a delete names the event by its Nepton id or its external identifier</translation>
    </message>
    <message>
        <source>a project manager is named by personnel number, username, id or external identifier, not by personal identity code</source>
        <translation>a project manager is named by personnel number, username, id or external identifier, not by personal identity code</translation>
    </message>
    <message>
        <source>a new project needs a name</source>
        <translation>a new project needs a name</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Language changed</translation>
    </message>
    <message>
        <source>The new language takes effect when Nepton Desktop starts again.</source>
        <translation>The new language takes effect when Nepton Desktop starts again.</translation>
    </message>
    <message>
        <source>Your unsent changes are kept and are there again after the restart.</source>
        <translation>Your unsent changes are kept and are there again after the restart.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
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
        <translation>&amp;Send changes…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>&amp;Connect to another Nepton…</source>
        <translation>&amp;Connect to another Nepton…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Previous tab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Nepton Desktop</source>
        <translation>&amp;About Nepton Desktop</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Profile: %1 · API user: %2</source>
        <translation>Profile: %1 · API user: %2</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>Public testing</source>
        <translation>Public testing</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Custom server</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo sandbox</translation>
    </message>
    <message>
        <source>Nepton Desktop — PRODUCTION</source>
        <translation>Nepton Desktop — PRODUCTION</translation>
    </message>
    <message>
        <source>Loading persons, projects and event types…</source>
        <translation>Loading persons, projects and event types…</translation>
    </message>
    <message>
        <source>Loaded in %1 s</source>
        <translation>Loaded in %1 s</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>%1 refreshed</source>
        <translation>%1 refreshed</translation>
    </message>
    <message>
        <source>%1 unsent changes</source>
        <translation>%1 unsent changes</translation>
    </message>
    <message>
        <source>No unsent changes</source>
        <translation>No unsent changes</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Unsent changes</translation>
    </message>
    <message>
        <source>%1 changes were not sent last time. Restore them? They are checked against the data just loaded and marked for you to review before sending.</source>
        <translation>%1 changes were not sent last time. Restore them? They are checked against the data just loaded and marked for you to review before sending.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Restored %1 unsent changes</source>
        <translation>Restored %1 unsent changes</translation>
    </message>
    <message>
        <source>%1 rows are no longer in Nepton</source>
        <translation>%1 rows are no longer in Nepton</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>About Nepton Desktop</source>
        <translation>About Nepton Desktop</translation>
    </message>
    <message>
        <source>Nepton Desktop: personnel, projects, absences and worktime events.</source>
        <translation>Nepton Desktop: personnel, projects, absences and worktime events.</translation>
    </message>
    <message>
        <source>%1 changes have not been sent to Nepton. Keep them for next time, or discard them?</source>
        <translation>%1 changes have not been sent to Nepton. Keep them for next time, or discard them?</translation>
    </message>
    <message>
        <source>Keep for next time</source>
        <translation>Keep for next time</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Columns without a field are not imported.</source>
        <translation>Columns without a field are not imported.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>by name</translation>
    </message>
    <message>
        <source>similar name (%1 %)</source>
        <translation>similar name (%1 %)</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>saved mapping</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>chosen by you</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>Required fields without a column: %1</source>
        <translation>Required fields without a column: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not imported: </source>
        <translation>
            <numerusform>%n column not imported: </numerusform>
            <numerusform>%n columns not imported: </numerusform>
        </translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
</context>
<context>
    <name>NeptonError</name>
    <message>
        <source>Nepton reported an unexpected error. Try again later.</source>
        <translation>Nepton reported an unexpected error. Try again later.</translation>
    </message>
    <message>
        <source>Nepton did not accept the login. Check the API user&apos;s username and password and the CustomerId in the profile.</source>
        <translation>Nepton did not accept the login. Check the API user&apos;s username and password and the CustomerId in the profile.</translation>
    </message>
    <message>
        <source>The event was not found in Nepton. Reload the events and try again.</source>
        <translation>The event was not found in Nepton. Reload the events and try again.</translation>
    </message>
    <message>
        <source>The person was not found in Nepton. Check the person&apos;s id, username, personnel number or personal identity code.</source>
        <translation>The person was not found in Nepton. Check the person&apos;s id, username, personnel number or personal identity code.</translation>
    </message>
    <message>
        <source>The project was not found in Nepton. Check the project&apos;s id, code or external identifier.</source>
        <translation>The project was not found in Nepton. Check the project&apos;s id, code or external identifier.</translation>
    </message>
    <message>
        <source>Not all required settings were given. Fill in the missing values and try again.</source>
        <translation>Not all required settings were given. Fill in the missing values and try again.</translation>
    </message>
    <message>
        <source>A setting is missing its identifier. Check the values and try again.</source>
        <translation>A setting is missing its identifier. Check the values and try again.</translation>
    </message>
    <message>
        <source>A setting is invalid. Check the values and try again.</source>
        <translation>A setting is invalid. Check the values and try again.</translation>
    </message>
    <message>
        <source>Nepton could not process a setting. Try again later.</source>
        <translation>Nepton could not process a setting. Try again later.</translation>
    </message>
    <message>
        <source>The project is invalid. Check its name, code and dates.</source>
        <translation>The project is invalid. Check its name, code and dates.</translation>
    </message>
    <message>
        <source>Nepton could not reach its database. Try again in a few minutes.</source>
        <translation>Nepton could not reach its database. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Nepton could not delete the item. Reload the data and try again.</source>
        <translation>Nepton could not delete the item. Reload the data and try again.</translation>
    </message>
    <message>
        <source>Nepton rejected the request&apos;s parameters. Check the values you entered.</source>
        <translation>Nepton rejected the request&apos;s parameters. Check the values you entered.</translation>
    </message>
    <message>
        <source>Nepton found no target dates for the request. Check the date range.</source>
        <translation>Nepton found no target dates for the request. Check the date range.</translation>
    </message>
    <message>
        <source>Nepton does not recognise this setting.</source>
        <translation>Nepton does not recognise this setting.</translation>
    </message>
    <message>
        <source>The API user has no permission for this. Ask your Nepton administrator to give the API user the roles it needs.</source>
        <translation>The API user has no permission for this. Ask your Nepton administrator to give the API user the roles it needs.</translation>
    </message>
    <message>
        <source>Nepton does not support a parameter of this request. The app may be newer than the server.</source>
        <translation>Nepton does not support a parameter of this request. The app may be newer than the server.</translation>
    </message>
    <message>
        <source>This Nepton service does not support the function. Contact Nepton customer service.</source>
        <translation>This Nepton service does not support the function. Contact Nepton customer service.</translation>
    </message>
    <message>
        <source>Nepton has locked the login after too many failed attempts. The app has stopped all calls. Wait before trying again, and check the password first.</source>
        <translation>Nepton has locked the login after too many failed attempts. The app has stopped all calls. Wait before trying again, and check the password first.</translation>
    </message>
    <message>
        <source>Some items failed. See the outcome of each item.</source>
        <translation>Some items failed. See the outcome of each item.</translation>
    </message>
    <message>
        <source>The API user&apos;s account is disabled in Nepton. Ask your Nepton administrator to enable it, or use another API user.</source>
        <translation>The API user&apos;s account is disabled in Nepton. Ask your Nepton administrator to enable it, or use another API user.</translation>
    </message>
    <message>
        <source>The project module is not active for this work community. Projects need the Pro or Complete service level: contact Nepton customer service.</source>
        <translation>The project module is not active for this work community. Projects need the Pro or Complete service level: contact Nepton customer service.</translation>
    </message>
    <message>
        <source>The person&apos;s day is locked or approved, so the event cannot be changed. Ask a Nepton administrator to unlock the day or cancel the approval.</source>
        <translation>The person&apos;s day is locked or approved, so the event cannot be changed. Ask a Nepton administrator to unlock the day or cancel the approval.</translation>
    </message>
    <message>
        <source>Nepton could not start the event.</source>
        <translation>Nepton could not start the event.</translation>
    </message>
    <message>
        <source>Nepton could not end the event.</source>
        <translation>Nepton could not end the event.</translation>
    </message>
    <message>
        <source>Nepton rejected the values. Check the times, the event type and the required fields.</source>
        <translation>Nepton rejected the values. Check the times, the event type and the required fields.</translation>
    </message>
    <message>
        <source>The change was saved in Nepton, but Nepton could not pass it on to the connected external systems. Tell your Nepton administrator.</source>
        <translation>The change was saved in Nepton, but Nepton could not pass it on to the connected external systems. Tell your Nepton administrator.</translation>
    </message>
    <message>
        <source>Nepton&apos;s person import reported problems. See the breakdown of each row.</source>
        <translation>Nepton&apos;s person import reported problems. See the breakdown of each row.</translation>
    </message>
    <message>
        <source>Nepton&apos;s HR API refused the request. Check the API user&apos;s username and password, the DeploymentId and the WebServicePassword in the profile.</source>
        <translation>Nepton&apos;s HR API refused the request. Check the API user&apos;s username and password, the DeploymentId and the WebServicePassword in the profile.</translation>
    </message>
    <message>
        <source>Nepton could not be reached. Check the network connection and try again.</source>
        <translation>Nepton could not be reached. Check the network connection and try again.</translation>
    </message>
    <message>
        <source>Could not connect to Nepton. Check the network connection and the server address in the profile.</source>
        <translation>Could not connect to Nepton. Check the network connection and the server address in the profile.</translation>
    </message>
    <message>
        <source>Nepton did not answer in time. Try again later, or with smaller batches.</source>
        <translation>Nepton did not answer in time. Try again later, or with smaller batches.</translation>
    </message>
    <message>
        <source>The secure connection to Nepton could not be verified. Check the server address and the computer&apos;s date and time; do not use an untrusted network.</source>
        <translation>The secure connection to Nepton could not be verified. Check the server address and the computer&apos;s date and time; do not use an untrusted network.</translation>
    </message>
    <message>
        <source>Nepton&apos;s answer was incomplete or unreadable. Try again later.</source>
        <translation>Nepton&apos;s answer was incomplete or unreadable. Try again later.</translation>
    </message>
    <message>
        <source>Nepton&apos;s answer was larger than the app accepts. Narrow the search (for example a shorter date range).</source>
        <translation>Nepton&apos;s answer was larger than the app accepts. Narrow the search (for example a shorter date range).</translation>
    </message>
    <message>
        <source>Nepton&apos;s server answered with an error. Try again later.</source>
        <translation>Nepton&apos;s server answered with an error. Try again later.</translation>
    </message>
    <message>
        <source>Nepton rejected the request as malformed. Report this to the app&apos;s maintainers.</source>
        <translation>Nepton rejected the request as malformed. Report this to the app&apos;s maintainers.</translation>
    </message>
    <message>
        <source>The server address must start with https://. Plain http:// is allowed only for this computer (the built-in sandbox).</source>
        <translation>The server address must start with https://. Plain http:// is allowed only for this computer (the built-in sandbox).</translation>
    </message>
    <message>
        <source>Calls to Nepton were stopped after an earlier login problem. Fix the profile&apos;s credentials, wait if the login was locked, and reconnect.</source>
        <translation>Calls to Nepton were stopped after an earlier login problem. Fix the profile&apos;s credentials, wait if the login was locked, and reconnect.</translation>
    </message>
    <message>
        <source>It is not known whether Nepton saved this change: the connection broke and checking afterwards did not succeed. Reload the data before sending it again.</source>
        <translation>It is not known whether Nepton saved this change: the connection broke and checking afterwards did not succeed. Reload the data before sending it again.</translation>
    </message>
    <message>
        <source>A value cannot be sent to Nepton.</source>
        <translation>A value cannot be sent to Nepton.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Submit finished</source>
        <translation>Submit finished</translation>
    </message>
    <message>
        <source>%1 saved, %2 refused, %3 unknown, %4 not sent.</source>
        <translation>%1 saved, %2 refused, %3 unknown, %4 not sent.</translation>
    </message>
    <message>
        <source>You cancelled: the rows marked not sent are still pending and were not sent.</source>
        <translation>You cancelled: the rows marked not sent are still pending and were not sent.</translation>
    </message>
    <message>
        <source>Refused rows stay marked in their tab with the reason; fix them and send again.</source>
        <translation>Refused rows stay marked in their tab with the reason; fix them and send again.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PersonnelTab</name>
    <message>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Compared with Nepton&apos;s data now. Double-click a cell to fix it.</source>
        <translation>Compared with Nepton&apos;s data now. Double-click a cell to fix it.</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Only problems</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Select a row to see its changes and problems.</source>
        <translation>Select a row to see its changes and problems.</translation>
    </message>
    <message>
        <source>Block the import while any row has an error</source>
        <translation>Block the import while any row has an error</translation>
    </message>
    <message>
        <source>Skip rows with errors, import the rest</source>
        <translation>Skip rows with errors, import the rest</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>Rows with errors:</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Loading the current data from Nepton…</source>
        <translation>Loading the current data from Nepton…</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n row(s) with Nepton…</source>
        <translation>
            <numerusform>Comparing %n row with Nepton…</numerusform>
            <numerusform>Comparing %n rows with Nepton…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file again…</source>
        <translation>Checking the file again…</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>The check did not finish.</translation>
    </message>
    <message>
        <source>Could not check the import.</source>
        <translation>Could not check the import.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent while rows have errors: fix them, or choose to skip them.</source>
        <translation>Nothing can be sent while rows have errors: fix them, or choose to skip them.</translation>
    </message>
    <message>
        <source>Nothing to send: Nepton already has this data.</source>
        <translation>Nothing to send: Nepton already has this data.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent.</source>
        <translation>
            <numerusform>%n row will be sent.</numerusform>
            <numerusform>%n rows will be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ProfileError</name>
    <message>
        <source>a custom or sandbox profile needs both server addresses</source>
        <translation>a custom or sandbox profile needs both server addresses</translation>
    </message>
    <message>
        <source>a profile name has 1-64 letters, digits, spaces, dots, dashes or underscores</source>
        <translation>a profile name has 1-64 letters, digits, spaces, dots, dashes or underscores</translation>
    </message>
    <message>
        <source>CustomerId is a number given by Nepton customer service</source>
        <translation>CustomerId is a number given by Nepton customer service</translation>
    </message>
    <message>
        <source>DeploymentId is a number given by Nepton customer service</source>
        <translation>DeploymentId is a number given by Nepton customer service</translation>
    </message>
    <message>
        <source>the API user&apos;s username is missing</source>
        <translation>the API user&apos;s username is missing</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Public testing</source>
        <translation>Public testing</translation>
    </message>
    <message>
        <source>Custom addresses</source>
        <translation>Custom addresses</translation>
    </message>
    <message>
        <source>Built-in demo</source>
        <translation>Built-in demo</translation>
    </message>
    <message>
        <source>Production: every change is made in your live Nepton data.</source>
        <translation>Production: every change is made in your live Nepton data.</translation>
    </message>
    <message>
        <source>from Nepton customer service</source>
        <translation>from Nepton customer service</translation>
    </message>
    <message>
        <source>the dedicated API user</source>
        <translation>the dedicated API user</translation>
    </message>
    <message>
        <source>the API user&apos;s password</source>
        <translation>the API user&apos;s password</translation>
    </message>
    <message>
        <source>the HR API&apos;s own password</source>
        <translation>the HR API&apos;s own password</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Worktime API address</source>
        <translation>Worktime API address</translation>
    </message>
    <message>
        <source>HR API address</source>
        <translation>HR API address</translation>
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
        <translation>API username</translation>
    </message>
    <message>
        <source>API user password</source>
        <translation>API user password</translation>
    </message>
    <message>
        <source>WebServicePassword</source>
        <translation>WebServicePassword</translation>
    </message>
    <message>
        <source>The password %1.</source>
        <translation>The password %1.</translation>
    </message>
    <message>
        <source>The API user password is missing.</source>
        <translation>The API user password is missing.</translation>
    </message>
    <message>
        <source>The WebServicePassword is missing.</source>
        <translation>The WebServicePassword is missing.</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>Request log</source>
        <translation>Request log</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Export request log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duration (ms)</translation>
    </message>
    <message>
        <source>Response code</source>
        <translation>Response code</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>RevertImport</name>
    <message>
        <source>Revert this import</source>
        <translation>Revert this import</translation>
    </message>
    <message>
        <source>Revert %1?

Events it created are deleted and fields it changed get their earlier values back. Fields changed in Nepton since are left as they are and listed.</source>
        <translation>Revert %1?

Events it created are deleted and fields it changed get their earlier values back. Fields changed in Nepton since are left as they are and listed.</translation>
    </message>
    <message>
        <source>Reverted: %1 deleted, %2 restored.</source>
        <translation>Reverted: %1 deleted, %2 restored.</translation>
    </message>
    <message>
        <source>Changed in Nepton since the import, so left as they are:</source>
        <translation>Changed in Nepton since the import, so left as they are:</translation>
    </message>
    <message>
        <source>row %1, %2: now %3 (the import wrote %4, before it was %5)</source>
        <translation>row %1, %2: now %3 (the import wrote %4, before it was %5)</translation>
    </message>
    <message>
        <source>Not revertible:</source>
        <translation>Not revertible:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Failed:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review changes before sending</source>
        <translation>Review changes before sending</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to delete. Nothing is sent until you press Send.</source>
        <translation>%1 to create, %2 to update, %3 to delete. Nothing is sent until you press Send.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Send %1 changes</source>
        <translation>Send %1 changes</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Sheet and header row</source>
        <translation>Sheet and header row</translation>
    </message>
    <message>
        <source>Guessed from the file: change them if the preview looks wrong.</source>
        <translation>Guessed from the file: change them if the preview looks wrong.</translation>
    </message>
    <message>
        <source>Guess again</source>
        <translation>Guess again</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n data row</numerusform>
            <numerusform>%n data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation>
            <numerusform>showing the first %n</numerusform>
            <numerusform>showing the first %n</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV read as %1, separated by %2</source>
        <translation>CSV read as %1, separated by %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s)</source>
        <translation>
            <numerusform>… and %n more note</numerusform>
            <numerusform>… and %n more notes</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no data rows below the header row.</source>
        <translation>There are no data rows below the header row.</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <source>Cannot send yet</source>
        <translation>Cannot send yet</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nothing to send</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Nothing was sent</translation>
    </message>
    <message>
        <source>Checking for changes made in Nepton since loading…</source>
        <translation>Checking for changes made in Nepton since loading…</translation>
    </message>
    <message>
        <source>Sending %1 changes to Nepton…</source>
        <translation>Sending %1 changes to Nepton…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sent: %1 saved, %2 refused</source>
        <translation>Sent: %1 saved, %2 refused</translation>
    </message>
    <message>
        <source>Saved, but reading back failed: %1</source>
        <translation>Saved, but reading back failed: %1</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Sending to Nepton</source>
        <translation>Sending to Nepton</translation>
    </message>
    <message>
        <source>In batches; Cancel stops after the batch on its way.</source>
        <translation>In batches; Cancel stops after the batch on its way.</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v of %m rows</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <source>Cancelling: the batch on its way finishes first, nothing after it is sent.</source>
        <translation>Cancelling: the batch on its way finishes first, nothing after it is sent.</translation>
    </message>
    <message>
        <source>Writing the import job to the local journal…</source>
        <translation>Writing the import job to the local journal…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Finished. The next page tells what was sent.</source>
        <translation>Finished. The next page tells what was sent.</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 rows/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <source>cancelling after this batch</source>
        <translation>cancelling after this batch</translation>
    </message>
    <message>
        <source>Sending stopped. The job is kept in the journal: resume it from the import history once the problem is fixed.</source>
        <translation>Sending stopped. The job is kept in the journal: resume it from the import history once the problem is fixed.</translation>
    </message>
    <message>
        <source>Sending the import failed.</source>
        <translation>Sending the import failed.</translation>
    </message>
</context>
<context>
    <name>SubmitPlan</name>
    <message>
        <source>(empty row)</source>
        <translation>(empty row)</translation>
    </message>
    <message>
        <source>%1 has cells that are not valid: fix them or undo the edit.</source>
        <translation>%1 has cells that are not valid: fix them or undo the edit.</translation>
    </message>
    <message>
        <source>A new event needs a person and a start.</source>
        <translation>A new event needs a person and a start.</translation>
    </message>
    <message>
        <source>A new absence needs a person, a start date and an end date.</source>
        <translation>A new absence needs a person, a start date and an end date.</translation>
    </message>
    <message>
        <source>Refresh the tab (F5) before changing a row that was just sent.</source>
        <translation>Refresh the tab (F5) before changing a row that was just sent.</translation>
    </message>
    <message>
        <source>%1 cannot be emptied in Nepton: it identifies the person.</source>
        <translation>%1 cannot be emptied in Nepton: it identifies the person.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Save error workbook…</source>
        <translation>Save error workbook…</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <source>Revert this import…</source>
        <translation>Revert this import…</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 with an unknown outcome, %4 not sent.</source>
        <translation>%1 sent, %2 failed, %3 with an unknown outcome, %4 not sent.</translation>
    </message>
    <message>
        <source>Cancelled: the batch on its way finished; the rows not sent are listed below and can be sent later from the import history.</source>
        <translation>Cancelled: the batch on its way finished; the rows not sent are listed below and can be sent later from the import history.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already up to date.</source>
        <translation>
            <numerusform>%n row was already up to date.</numerusform>
            <numerusform>%n rows were already up to date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>Save error workbook</source>
        <translation>Save error workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Error workbook saved: %1</source>
        <translation>Error workbook saved: %1</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Reverting…</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>From %1, no end yet</source>
        <translation>From %1, no end yet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Absence type</source>
        <translation>Absence type</translation>
    </message>
    <message>
        <source>Additional info</source>
        <translation>Additional info</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Medical certificate</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>No people to show for this month.</source>
        <translation>No people to show for this month.</translation>
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
        <translation>the cell is empty: Nepton&apos;s value is kept (empty cells do not clear fields in this import)</translation>
    </message>
    <message>
        <source>the event in Nepton is locked and cannot be changed</source>
        <translation>the event in Nepton is locked and cannot be changed</translation>
    </message>
    <message>
        <source>the event in Nepton is approved and cannot be changed</source>
        <translation>the event in Nepton is approved and cannot be changed</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>column {letter} ({column}): {reason}</source>
        <translation>column {letter} ({column}): {reason}</translation>
    </message>
    <message>
        <source>row {row}, column {letter} ({column}): {reason}</source>
        <translation>row {row}, column {letter} ({column}): {reason}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>row {row}: {reason}</translation>
    </message>
    <message>
        <source>{column} is required and the cell is empty</source>
        <translation>{column} is required and the cell is empty</translation>
    </message>
    <message>
        <source>the same {what} as row {row}</source>
        <translation>the same {what} as row {row}</translation>
    </message>
    <message>
        <source>ends before it starts ({column})</source>
        <translation>ends before it starts ({column})</translation>
    </message>
    <message>
        <source>the column is not mapped to any field: its values are not imported</source>
        <translation>the column is not mapped to any field: its values are not imported</translation>
    </message>
    <message>
        <source>Nepton id</source>
        <translation>Nepton id</translation>
    </message>
    <message>
        <source>external identifier</source>
        <translation>external identifier</translation>
    </message>
    <message>
        <source>not in the form DDMMYYCZZZQ (for example 131052-308T)</source>
        <translation>not in the form DDMMYYCZZZQ (for example 131052-308T)</translation>
    </message>
    <message>
        <source>the date part is not a real date</source>
        <translation>the date part is not a real date</translation>
    </message>
    <message>
        <source>the individual number must be 002–999</source>
        <translation>the individual number must be 002–999</translation>
    </message>
    <message>
        <source>the check character is wrong (a typing error?)</source>
        <translation>the check character is wrong (a typing error?)</translation>
    </message>
    <message>
        <source>not in the form of an IBAN (two letters, two digits, account)</source>
        <translation>not in the form of an IBAN (two letters, two digits, account)</translation>
    </message>
    <message>
        <source>the checksum does not match (a typing error?)</source>
        <translation>the checksum does not match (a typing error?)</translation>
    </message>
    <message>
        <source>a {country} IBAN has {expected} characters, this has {actual}</source>
        <translation>a {country} IBAN has {expected} characters, this has {actual}</translation>
    </message>
    <message>
        <source>no project with code or external identifier &apos;{ref}&apos;</source>
        <translation>no project with code or external identifier &apos;{ref}&apos;</translation>
    </message>
    <message>
        <source>no column is mapped to the required field &apos;{field}&apos;</source>
        <translation>no column is mapped to the required field &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>no person with Nepton id {id}</source>
        <translation>no person with Nepton id {id}</translation>
    </message>
    <message>
        <source>usernames cannot be changed by import</source>
        <translation>usernames cannot be changed by import</translation>
    </message>
    <message>
        <source>personal identity code: {reason}</source>
        <translation>personal identity code: {reason}</translation>
    </message>
    <message>
        <source>the birth date is in the future</source>
        <translation>the birth date is in the future</translation>
    </message>
    <message>
        <source>IBAN: {reason}</source>
        <translation>IBAN: {reason}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>&apos;{value}&apos; is not an e-mail address</translation>
    </message>
    <message>
        <source>no unit &apos;{unit}&apos; in Nepton (units must exist first)</source>
        <translation>no unit &apos;{unit}&apos; in Nepton (units must exist first)</translation>
    </message>
    <message>
        <source>no person with employee number &apos;{number}&apos; (supervisors are named by employee number)</source>
        <translation>no person with employee number &apos;{number}&apos; (supervisors are named by employee number)</translation>
    </message>
    <message>
        <source>a person cannot be their own supervisor</source>
        <translation>a person cannot be their own supervisor</translation>
    </message>
    <message>
        <source>employee number</source>
        <translation>employee number</translation>
    </message>
    <message>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <source>personal identity code</source>
        <translation>personal identity code</translation>
    </message>
    <message>
        <source>no project with Nepton id {id}</source>
        <translation>no project with Nepton id {id}</translation>
    </message>
    <message>
        <source>a project cannot be its own parent</source>
        <translation>a project cannot be its own parent</translation>
    </message>
    <message>
        <source>no person &apos;{person}&apos; in Nepton</source>
        <translation>no person &apos;{person}&apos; in Nepton</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>administrative</translation>
    </message>
    <message>
        <source>no event type with code or name &apos;{ref}&apos;</source>
        <translation>no event type with code or name &apos;{ref}&apos;</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is a {category} type, not an absence</source>
        <translation>&apos;{ref}&apos; is a {category} type, not an absence</translation>
    </message>
    <message>
        <source>the event type &apos;{ref}&apos; is no longer in use</source>
        <translation>the event type &apos;{ref}&apos; is no longer in use</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>the last day is before the first day</translation>
    </message>
    <message>
        <source>ends before it starts (or at the same time)</source>
        <translation>ends before it starts (or at the same time)</translation>
    </message>
    <message>
        <source>starts more than {years} years ahead ({date}); Nepton does not take events that far in the future</source>
        <translation>starts more than {years} years ahead ({date}); Nepton does not take events that far in the future</translation>
    </message>
    <message>
        <source>no event with Nepton id {id} in the loaded period</source>
        <translation>no event with Nepton id {id} in the loaded period</translation>
    </message>
    <message>
        <source>no person &apos;{person}&apos; in Nepton (by employee number, username or personal identity code)</source>
        <translation>no person &apos;{person}&apos; in Nepton (by employee number, username or personal identity code)</translation>
    </message>
    <message>
        <source>the event belongs to another person in Nepton</source>
        <translation>the event belongs to another person in Nepton</translation>
    </message>
    <message>
        <source>the event type has no absence type &apos;{code}&apos;</source>
        <translation>the event type has no absence type &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>overlaps row {row} of the same person</source>
        <translation>overlaps row {row} of the same person</translation>
    </message>
    <message>
        <source>overlaps event {id} in Nepton ({start}–{end})</source>
        <translation>overlaps event {id} in Nepton ({start}–{end})</translation>
    </message>
    <message>
        <source>overlaps event {id} in Nepton ({start})</source>
        <translation>overlaps event {id} in Nepton ({start})</translation>
    </message>
    <message>
        <source>Nepton refused the row: {reason}</source>
        <translation>Nepton refused the row: {reason}</translation>
    </message>
</context>
<context>
    <name>_EventRowsModel</name>
    <message>
        <source>Locked in Nepton: the day is closed, so this row is read-only.</source>
        <translation>Locked in Nepton: the day is closed, so this row is read-only.</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsent changes</source>
        <translation>Restore unsent changes</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>This row is no longer in Nepton (deleted by someone else).</source>
        <translation>This row is no longer in Nepton (deleted by someone else).</translation>
    </message>
</context>
</TS>
