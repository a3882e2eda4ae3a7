"""Typed errors of the Nepton API layer, each with a plain message in English and Finnish.

Every Worktime ``ResponseCode`` other than 1000 maps to a class (``error_for_code``), and
transport failures have their own classes. The texts tell the user what to do next. They are
written here, never built from request data, so they cannot leak a password, a personal
identity code or an IBAN; a server's own detail text passes through ``redact_personal_data``.
"""

from __future__ import annotations

from nepton_desktop.domain.identity import redact_personal_data
from nepton_desktop.domain.records import ItemResult
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP


class NeptonError(Exception):
    """Base of every error the API layer raises."""

    code: int = 999
    message_en: str = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton reported an unexpected error. Try again later."
    )
    message_fi: str = "Nepton ilmoitti odottamattomasta virheestä. Yritä myöhemmin uudelleen."

    def __init__(self, detail: str = "", *, operation: str = "") -> None:
        self.detail = redact_personal_data(detail)[:500]
        self.operation = operation
        # Per-item outcomes of a batch write that stopped on this error (None for reads).
        self.item_results: list[ItemResult] | None = None
        super().__init__(self._text())

    def _text(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        extra = f" ({self.detail})" if self.detail else ""
        return f"{where}[{self.code}] {self.message_en}{extra}"

    @property
    def stops_all_calls(self) -> bool:
        """True when no further call should be made with these credentials until fixed."""
        return False


# ---------------------------------------------------------------- Worktime response codes


class UnexpectedServerError(NeptonError):
    code = 999


class AuthenticationFailed(NeptonError):
    code = 1001
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "Nepton did not accept the login. Check the API user's username and password and the "
        "CustomerId in the profile.",
    )
    message_fi = (
        "Nepton ei hyväksynyt kirjautumista. Tarkista profiilin API-käyttäjän käyttäjätunnus, "
        "salasana ja CustomerId."
    )

    @property
    def stops_all_calls(self) -> bool:
        # Every further try with the same wrong password counts towards the 1018 lockout.
        return True


class EventNotFound(NeptonError):
    code = 1002
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "The event was not found in Nepton. Reload the events and try again."
    )
    message_fi = "Tapahtumaa ei löytynyt Neptonista. Lataa tapahtumat uudelleen ja yritä uudelleen."


class PersonNotFound(NeptonError):
    code = 1003
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "The person was not found in Nepton. Check the person's id, username, personnel number "
        "or personal identity code.",
    )
    message_fi = (
        "Henkilöä ei löytynyt Neptonista. Tarkista henkilön tunniste, käyttäjätunnus, "
        "henkilönumero tai henkilötunnus."
    )


class ProjectNotFound(NeptonError):
    code = 1004
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "The project was not found in Nepton. Check the project's id, code or external identifier.",
    )
    message_fi = (
        "Projektia ei löytynyt Neptonista. Tarkista projektin tunniste, koodi tai ulkoinen "
        "tunniste."
    )


class SettingsMissing(NeptonError):
    code = 1005
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "Not all required settings were given. Fill in the missing values and try again.",
    )
    message_fi = (
        "Kaikkia pakollisia asetuksia ei annettu. Täydennä puuttuvat arvot ja yritä uudelleen."
    )


class SettingIdentifierMissing(NeptonError):
    code = 1006
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "A setting is missing its identifier. Check the values and try again."
    )
    message_fi = "Asetukselta puuttuu tunniste. Tarkista arvot ja yritä uudelleen."


class SettingInvalid(NeptonError):
    code = 1007
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "A setting is invalid. Check the values and try again."
    )
    message_fi = "Asetus on virheellinen. Tarkista arvot ja yritä uudelleen."


class SettingFailed(NeptonError):
    code = 1008
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton could not process a setting. Try again later."
    )
    message_fi = "Nepton ei pystynyt käsittelemään asetusta. Yritä myöhemmin uudelleen."


class ProjectInvalid(NeptonError):
    code = 1009
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "The project is invalid. Check its name, code and dates."
    )
    message_fi = "Projekti on virheellinen. Tarkista sen nimi, koodi ja päivämäärät."


class DatabaseError(NeptonError):
    code = 1010
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton could not reach its database. Try again in a few minutes."
    )
    message_fi = (
        "Nepton ei saanut yhteyttä tietokantaansa. Yritä muutaman minuutin kuluttua uudelleen."
    )


class DeleteFailed(NeptonError):
    code = 1011
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton could not delete the item. Reload the data and try again."
    )
    message_fi = (
        "Nepton ei pystynyt poistamaan kohdetta. Lataa tiedot uudelleen ja yritä uudelleen."
    )


class InvalidParameters(NeptonError):
    code = 1012
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton rejected the request's parameters. Check the values you entered."
    )
    message_fi = "Nepton hylkäsi pyynnön parametrit. Tarkista syöttämäsi arvot."


class TargetDatesNotFound(NeptonError):
    code = 1013
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton found no target dates for the request. Check the date range."
    )
    message_fi = "Nepton ei löytänyt pyynnölle tavoitepäiviä. Tarkista aikaväli."


class SettingNotSupported(NeptonError):
    code = 1014
    message_en = QT_TRANSLATE_NOOP("NeptonError", "Nepton does not recognise this setting.")
    message_fi = "Nepton ei tunnista tätä asetusta."


class PermissionDenied(NeptonError):
    code = 1015
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "The API user has no permission for this. Ask your Nepton administrator to give the "
        "API user the roles it needs.",
    )
    message_fi = (
        "API-käyttäjällä ei ole oikeutta tähän. Pyydä Nepton-pääkäyttäjää antamaan "
        "API-käyttäjälle tarvittavat roolit."
    )


class ParameterNotSupported(NeptonError):
    code = 1016
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "Nepton does not support a parameter of this request. "
        "The app may be newer than the server.",
    )
    message_fi = "Nepton ei tue pyynnön parametria. Sovellus voi olla palvelinta uudempi."


class FunctionNotSupported(NeptonError):
    code = 1017
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "This Nepton service does not support the function. Contact Nepton customer service.",
    )
    message_fi = "Tämä Nepton-palvelu ei tue toimintoa. Ota yhteyttä Neptonin asiakaspalveluun."


class AccountLocked(NeptonError):
    code = 1018
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "Nepton has locked the login after too many failed attempts. The app has stopped all "
        "calls. Wait before trying again, and check the password first.",
    )
    message_fi = (
        "Nepton on lukinnut kirjautumisen liian monen epäonnistuneen yrityksen jälkeen. "
        "Sovellus on pysäyttänyt kaikki kutsut. Odota ennen uutta yritystä ja tarkista "
        "ensin salasana."
    )

    @property
    def stops_all_calls(self) -> bool:
        return True


class PartialFailure(NeptonError):
    code = 1019
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Some items failed. See the outcome of each item."
    )
    message_fi = "Osa kohteista epäonnistui. Katso kunkin kohteen tulos."


class AccountDisabled(NeptonError):
    code = 1020
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "The API user's account is disabled in Nepton. Ask your Nepton administrator to enable "
        "it, or use another API user.",
    )
    message_fi = (
        "API-käyttäjän tili on poistettu käytöstä Neptonissa. Pyydä Nepton-pääkäyttäjää "
        "ottamaan se käyttöön tai käytä toista API-käyttäjää."
    )

    @property
    def stops_all_calls(self) -> bool:
        return True


class ProjectModuleInactive(NeptonError):
    code = 1021
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "The project module is not active for this work community. Projects need the Pro or "
        "Complete service level: contact Nepton customer service.",
    )
    message_fi = (
        "Projektimoduuli ei ole käytössä tässä työyhteisössä. Projektit vaativat Pro- tai "
        "Complete-palvelutason: ota yhteyttä Neptonin asiakaspalveluun."
    )


class DayLocked(NeptonError):
    code = 1022
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "The person's day is locked or approved, so the event cannot be changed. Ask a Nepton "
        "administrator to unlock the day or cancel the approval.",
    )
    message_fi = (
        "Henkilön päivä on lukittu tai hyväksytty, joten tapahtumaa ei voi muuttaa. Pyydä "
        "Nepton-pääkäyttäjää avaamaan päivän lukitus tai perumaan hyväksyntä."
    )


class ActivityStartFailed(NeptonError):
    code = 1023
    message_en = QT_TRANSLATE_NOOP("NeptonError", "Nepton could not start the event.")
    message_fi = "Nepton ei pystynyt aloittamaan tapahtumaa."


class ActivityEndFailed(NeptonError):
    code = 1024
    message_en = QT_TRANSLATE_NOOP("NeptonError", "Nepton could not end the event.")
    message_fi = "Nepton ei pystynyt päättämään tapahtumaa."


class ValidationFailed(NeptonError):
    code = 1025
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "Nepton rejected the values. Check the times, the event type and the required fields.",
    )
    message_fi = "Nepton hylkäsi arvot. Tarkista ajat, tapahtumatyyppi ja pakolliset kentät."


class ExternalSyncFailed(NeptonError):
    code = 1026
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "The change was saved in Nepton, but Nepton could not pass it on to the connected "
        "external systems. Tell your Nepton administrator.",
    )
    message_fi = (
        "Muutos tallentui Neptoniin, mutta Nepton ei pystynyt välittämään sitä liitettyihin "
        "ulkoisiin järjestelmiin. Kerro asiasta Nepton-pääkäyttäjälle."
    )


class UnknownResponseCode(NeptonError):
    """A response code outside Nepton's published list."""

    code = 999

    def __init__(self, response_code: int, detail: str = "", *, operation: str = "") -> None:
        self.response_code = response_code
        super().__init__(
            f"response code {response_code}; {detail}".rstrip("; "), operation=operation
        )


_BY_CODE: dict[int, type[NeptonError]] = {
    cls.code: cls
    for cls in (
        UnexpectedServerError,
        AuthenticationFailed,
        EventNotFound,
        PersonNotFound,
        ProjectNotFound,
        SettingsMissing,
        SettingIdentifierMissing,
        SettingInvalid,
        SettingFailed,
        ProjectInvalid,
        DatabaseError,
        DeleteFailed,
        InvalidParameters,
        TargetDatesNotFound,
        SettingNotSupported,
        PermissionDenied,
        ParameterNotSupported,
        FunctionNotSupported,
        AccountLocked,
        PartialFailure,
        AccountDisabled,
        ProjectModuleInactive,
        DayLocked,
        ActivityStartFailed,
        ActivityEndFailed,
        ValidationFailed,
        ExternalSyncFailed,
    )
}

# Codes that concern the caller or the whole service rather than one item of a batch: a
# batch write stops on them and raises instead of reporting item by item.
WHOLE_REQUEST_CODES = frozenset({1001, 1015, 1017, 1018, 1020, 1021})


def error_for_code(code: int, detail: str = "", *, operation: str = "") -> NeptonError:
    """The typed error for a Worktime ``ResponseCode`` (never called with 1000)."""
    cls = _BY_CODE.get(code)
    if cls is None:
        return UnknownResponseCode(code, detail, operation=operation)
    return cls(detail, operation=operation)


def error_class_for_code(code: int) -> type[NeptonError] | None:
    return _BY_CODE.get(code)


def item_error(result: ItemResult) -> NeptonError | None:
    """The typed error of one failed batch item, or None when it succeeded."""
    if result.ok:
        return None
    if result.code == UNKNOWN_OUTCOME_CODE:
        return OutcomeUnknown(result.message)
    return error_for_code(result.code, result.message)


# ---------------------------------------------------------------- HR API results


class HrImportFailed(NeptonError):
    """ImportUsersFromCSV answered with a ResultCode other than 1000."""

    code = 999
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton's person import reported problems. See the breakdown of each row."
    )
    message_fi = "Neptonin henkilötuonti ilmoitti ongelmista. Katso kunkin rivin erittely."

    def __init__(self, result_code: str, detail: str = "", *, operation: str = "") -> None:
        self.result_code = result_code
        super().__init__(f"ResultCode {result_code!r}; {detail}".rstrip("; "), operation=operation)


class HrRequestFailed(NeptonError):
    """An HR read (GetUnits, GetPersons) answered with an ErrorMessage."""

    code = 999
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "Nepton's HR API refused the request. Check the API user's username and password, "
        "the DeploymentId and the WebServicePassword in the profile.",
    )
    message_fi = (
        "Neptonin HR-rajapinta hylkäsi pyynnön. Tarkista profiilin API-käyttäjän "
        "käyttäjätunnus ja salasana, DeploymentId ja WebServicePassword."
    )


# ---------------------------------------------------------------- transport and protocol

# Transport errors have no Nepton code; they use codes below 1000 so that a request log and
# ItemResult can still hold one number per outcome.
UNKNOWN_OUTCOME_CODE = 0


class TransportError(NeptonError):
    """The request did not get a usable answer."""

    code = 900
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton could not be reached. Check the network connection and try again."
    )
    message_fi = "Neptoniin ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen."

    def __init__(self, detail: str = "", *, operation: str = "", sent: bool | None = None) -> None:
        # sent: False = provably never reached the server; True/None = it may have.
        self.sent = sent
        super().__init__(detail, operation=operation)


class ConnectionFailed(TransportError):
    code = 901
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "Could not connect to Nepton. Check the network connection and the server address in "
        "the profile.",
    )
    message_fi = "Neptoniin ei saatu yhteyttä. Tarkista verkkoyhteys ja profiilin palvelinosoite."


class RequestTimedOut(TransportError):
    code = 902
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton did not answer in time. Try again later, or with smaller batches."
    )
    message_fi = "Nepton ei vastannut ajoissa. Yritä myöhemmin uudelleen tai pienemmissä erissä."


class TlsError(TransportError):
    code = 903
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "The secure connection to Nepton could not be verified. Check the server address and "
        "the computer's date and time; do not use an untrusted network.",
    )
    message_fi = (
        "Suojattua yhteyttä Neptoniin ei voitu varmistaa. Tarkista palvelinosoite sekä koneen "
        "päivämäärä ja kellonaika; älä käytä epäluotettavaa verkkoa."
    )


class BadResponse(TransportError):
    """The answer was cut short, not XML, or not the expected SOAP message."""

    code = 904
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton's answer was incomplete or unreadable. Try again later."
    )
    message_fi = "Neptonin vastaus oli puutteellinen tai lukukelvoton. Yritä myöhemmin uudelleen."


class ResponseTooLarge(TransportError):
    code = 905
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "Nepton's answer was larger than the app accepts. Narrow the search (for example a "
        "shorter date range).",
    )
    message_fi = (
        "Neptonin vastaus oli suurempi kuin sovellus hyväksyy. Rajaa hakua (esimerkiksi "
        "lyhyempi aikaväli)."
    )


class HttpStatusError(TransportError):
    code = 906
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError", "Nepton's server answered with an error. Try again later."
    )
    message_fi = "Neptonin palvelin vastasi virheellä. Yritä myöhemmin uudelleen."

    def __init__(self, status: int, *, operation: str = "", sent: bool | None = None) -> None:
        self.status = status
        super().__init__(f"HTTP {status}", operation=operation, sent=sent)


class SoapFault(TransportError):
    code = 907
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "Nepton rejected the request as malformed. Report this to the app's maintainers.",
    )
    message_fi = "Nepton hylkäsi pyynnön virheellisenä. Ilmoita tästä sovelluksen ylläpitäjille."

    def __init__(self, faultcode: str, faultstring: str, *, operation: str = "") -> None:
        self.faultcode = faultcode
        self.faultstring = redact_personal_data(faultstring)
        super().__init__(f"{faultcode}: {faultstring}", operation=operation, sent=True)


class InsecureUrl(NeptonError):
    code = 908
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "The server address must start with https://. Plain http:// is allowed only for this "
        "computer (the built-in sandbox).",
    )
    message_fi = (
        "Palvelinosoitteen on alettava https://. Salaamaton http:// sallitaan vain tälle "
        "koneelle (sisäänrakennettu hiekkalaatikko)."
    )


class CallsStopped(NeptonError):
    """A former answer (1001, 1018, 1020) stopped all calls on this service."""

    code = 909
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "Calls to Nepton were stopped after an earlier login problem. Fix the profile's "
        "credentials, wait if the login was locked, and reconnect.",
    )
    message_fi = (
        "Kutsut Neptoniin pysäytettiin aiemman kirjautumisongelman jälkeen. Korjaa profiilin "
        "tunnukset, odota jos kirjautuminen lukittiin, ja yhdistä uudelleen."
    )


class OutcomeUnknown(NeptonError):
    """A write reached the server, and reading back could not tell whether it took effect."""

    code = UNKNOWN_OUTCOME_CODE
    message_en = QT_TRANSLATE_NOOP(
        "NeptonError",
        "It is not known whether Nepton saved this change: the connection broke and checking "
        "afterwards did not succeed. Reload the data before sending it again.",
    )
    message_fi = (
        "Ei tiedetä, tallentuiko muutos Neptoniin: yhteys katkesi eikä jälkitarkistus "
        "onnistunut. Lataa tiedot uudelleen ennen kuin lähetät muutoksen uudelleen."
    )


def unknown_outcome(index: int, cause: NeptonError) -> ItemResult:
    """The result of a batch item whose write reached Nepton and could not be settled."""
    return ItemResult(
        index,
        UNKNOWN_OUTCOME_CODE,
        f"{OutcomeUnknown.message_en} (cause: {type(cause).__name__})",
    )


class InvalidValue(NeptonError, ValueError):
    """A value cannot be sent to Nepton (not representable in XML, or refused by Nepton's rules)."""

    code = 910
    message_en = QT_TRANSLATE_NOOP("NeptonError", "A value cannot be sent to Nepton.")
    message_fi = "Arvoa ei voi lähettää Neptoniin."

    def __init__(self, field: str, reason_en: str, reason_fi: str) -> None:
        self.field = field
        # Position (0-based) of the offending item within the list a builder was given.
        self.item: int | None = None
        self.reason_en = reason_en
        self.reason_fi = reason_fi
        super().__init__(f"{field}: {reason_en}")
        self.message_en = f"{field}: {reason_en}"
        self.message_fi = f"{field}: {reason_fi}"

    def _text(self) -> str:
        return f"[{self.code}] {self.field}: {self.reason_en}"
