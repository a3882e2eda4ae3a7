""" "Test connection": call both APIs with a profile and say, per API, what works and what to fix.

The Worktime API is tried first (GetActivityTypes, a small read). When it refuses the login
(1001), the HR API is not tried: it takes the same API user's password, and every failed
login counts towards Nepton's lockout (1018). The compatibility check then compares the
operations and elements the client uses with each live server's WSDL.
"""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from nepton_desktop.api import Credentials, NeptonService, Profile
from nepton_desktop.api.compatibility import Missing, compare
from nepton_desktop.api.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    CallsStopped,
    ConnectionFailed,
    HrRequestFailed,
    InvalidValue,
    NeptonError,
    PermissionDenied,
    RequestTimedOut,
    TlsError,
)
from nepton_desktop.ui.i18n import translate_error

ServiceFactory = Callable[[Profile, Credentials], NeptonService]


class Status(enum.Enum):
    OK = "ok"
    FAILED = "failed"
    NOT_TESTED = "not_tested"


@dataclass(frozen=True, slots=True)
class ApiResult:
    api: str  # "Worktime API", "HR API", "Compatibility"
    status: Status
    summary: str  # what works, or what went wrong
    advice: str = ""  # what to fix
    code: int | None = None


@dataclass(slots=True)
class ConnectionReport:
    results: list[ApiResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(r.status is Status.OK for r in self.results)

    def result(self, api: str) -> ApiResult | None:
        return next((r for r in self.results if r.api == api), None)


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def advice_for(error: BaseException, profile: Profile, *, hr: bool = False) -> tuple[str, str]:
    """(what went wrong, what to fix) in plain words for one API's failure."""
    if isinstance(error, AuthenticationFailed):
        return (
            QCoreApplication.translate("ConnectionTest", "The login was refused (1001)."),
            QCoreApplication.translate(
                "ConnectionTest",
                "Check the API user's username and password and the CustomerId. Do not try "
                "again and again: after repeated failed logins Nepton locks the API user "
                "(1018).",
            ),
        )
    if isinstance(error, AccountLocked):
        return (
            QCoreApplication.translate(
                "ConnectionTest", "The API user is locked after too many failed logins (1018)."
            ),
            QCoreApplication.translate(
                "ConnectionTest",
                "Wait before trying again (Nepton lifts the lock after a while), and correct "
                "the password first, so that the next try succeeds.",
            ),
        )
    if isinstance(error, AccountDisabled):
        return (
            QCoreApplication.translate(
                "ConnectionTest", "The API user's account is disabled (1020)."
            ),
            translate_error(error),
        )
    if isinstance(error, PermissionDenied):
        return (
            QCoreApplication.translate("ConnectionTest", "The API user lacks rights (1015)."),
            translate_error(error),
        )
    if isinstance(error, TlsError):
        return (
            QCoreApplication.translate(
                "ConnectionTest", "The secure connection to %1 could not be verified."
            ).replace("%1", _host(profile.hr_url if hr else profile.worktime_url)),
            translate_error(error),
        )
    if isinstance(error, ConnectionFailed | RequestTimedOut):
        return (
            QCoreApplication.translate("ConnectionTest", "%1 could not be reached.").replace(
                "%1", _host(profile.hr_url if hr else profile.worktime_url)
            ),
            QCoreApplication.translate(
                "ConnectionTest",
                "Check the server address in the profile and the network connection.",
            ),
        )
    if isinstance(error, HrRequestFailed):
        return (
            QCoreApplication.translate("ConnectionTest", "The HR API refused the request."),
            QCoreApplication.translate(
                "ConnectionTest",
                "Check the DeploymentId and the WebServicePassword (the HR API's own "
                "password), and the API user's username and password.",
            ),
        )
    if isinstance(error, InvalidValue):
        return (
            QCoreApplication.translate("ConnectionTest", "A value cannot be sent."),
            translate_error(error),
        )
    if isinstance(error, NeptonError):
        return (f"[{error.code}]", translate_error(error))
    return (type(error).__name__, str(error))


async def run_connection_test(
    profile: Profile,
    credentials: Credentials,
    *,
    service_factory: ServiceFactory = NeptonService,
    check_compatibility: bool = True,
) -> ConnectionReport:
    report = ConnectionReport()
    try:
        service = service_factory(profile, credentials)
    except NeptonError as exc:  # an http:// address that is not loopback, for one
        summary, advice = advice_for(exc, profile)
        report.results.append(
            ApiResult(
                QCoreApplication.translate("ConnectionTest", "Worktime API"),
                Status.FAILED,
                summary,
                advice,
            )
        )
        return report
    try:
        worktime_login_refused = False
        try:
            types = await service.worktime.get_event_types()
        except NeptonError as exc:
            summary, advice = advice_for(exc, profile)
            worktime_login_refused = isinstance(exc, AuthenticationFailed | AccountLocked)
            report.results.append(
                ApiResult(
                    QCoreApplication.translate("ConnectionTest", "Worktime API"),
                    Status.FAILED,
                    summary,
                    advice,
                    exc.code,
                )
            )
        else:
            report.results.append(
                ApiResult(
                    QCoreApplication.translate("ConnectionTest", "Worktime API"),
                    Status.OK,
                    QCoreApplication.translate(
                        "ConnectionTest", "Works: logged in, %1 event types read."
                    ).replace("%1", str(len(types))),
                )
            )
        if worktime_login_refused:
            report.results.append(
                ApiResult(
                    QCoreApplication.translate("ConnectionTest", "HR API"),
                    Status.NOT_TESTED,
                    QCoreApplication.translate(
                        "ConnectionTest", "Not tried, to spare a failed login."
                    ),
                    QCoreApplication.translate(
                        "ConnectionTest",
                        "Fix the API user's password first; the HR API uses it too.",
                    ),
                )
            )
        else:
            service.resume()  # a Worktime failure (1015, say) must not stop the HR test
            try:
                units = await service.hr.get_units()
            except (NeptonError, CallsStopped) as exc:
                summary, advice = advice_for(exc, profile, hr=True)
                report.results.append(
                    ApiResult(
                        QCoreApplication.translate("ConnectionTest", "HR API"),
                        Status.FAILED,
                        summary,
                        advice,
                        exc.code,
                    )
                )
            else:
                report.results.append(
                    ApiResult(
                        QCoreApplication.translate("ConnectionTest", "HR API"),
                        Status.OK,
                        QCoreApplication.translate(
                            "ConnectionTest", "Works: %1 units read."
                        ).replace("%1", str(len(units))),
                    )
                )
        if check_compatibility and not worktime_login_refused:
            report.results.extend(await _compatibility(service, profile))
    finally:
        await service.aclose()
    return report


async def _compatibility(service: NeptonService, profile: Profile) -> list[ApiResult]:
    """Per API: does the live WSDL declare every operation and element the client uses?"""
    results = []
    for api, title, url in (
        (
            "worktime",
            QCoreApplication.translate("ConnectionTest", "Worktime API operations"),
            profile.worktime_url,
        ),
        ("hr", QCoreApplication.translate("ConnectionTest", "HR API operations"), profile.hr_url),
    ):
        try:
            document = await service.transport.get_document(f"{url}?WSDL")
            # Walking two schemas takes a moment: not on the GUI thread.
            missing = await asyncio.to_thread(compare, api, document)
        except NeptonError as exc:
            results.append(
                ApiResult(
                    title,
                    Status.FAILED,
                    QCoreApplication.translate(
                        "ConnectionTest", "The server's WSDL could not be read."
                    ),
                    translate_error(exc),
                    exc.code,
                )
            )
            continue
        results.append(compatibility_result(title, missing))
    return results


def compatibility_result(title: str, missing: Sequence[Missing]) -> ApiResult:
    if not missing:
        return ApiResult(
            title,
            Status.OK,
            QCoreApplication.translate(
                "ConnectionTest", "Every operation and field the app uses is there."
            ),
        )
    operations = [m.name for m in missing if m.kind == "operation"]
    elements = [m.name for m in missing if m.kind != "operation"]
    count = len(missing)
    summary = QCoreApplication.translate(
        "ConnectionTest", "The server does not declare %n thing(s) the app uses", "", count
    )
    named = operations + elements[: max(0, 8 - len(operations))]
    more = len(missing) - len(named)
    return ApiResult(
        title,
        Status.FAILED,
        summary + ": " + ", ".join(named) + (f" … (+{more})" if more > 0 else ""),
        QCoreApplication.translate(
            "ConnectionTest",
            "The app may be newer than this server. What is missing will fail when used: "
            "tell Nepton customer service or the app's maintainers.",
        ),
    )
