"""Every Worktime response code has a typed error with plain English and Finnish texts."""

from __future__ import annotations

import pytest

from nepton_desktop.api import errors
from nepton_desktop.domain.records import ItemResult

ALL_CODES = [999, *range(1001, 1027)]


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_code_has_its_own_typed_error(code: int) -> None:
    err = errors.error_for_code(code, operation="GetActivitiesV5")
    assert isinstance(err, errors.NeptonError)
    assert type(err) is not errors.UnknownResponseCode
    assert err.code == code
    assert err.message_en and err.message_fi and err.message_en != err.message_fi
    assert str(code) in str(err) and "GetActivitiesV5" in str(err)


def test_codes_map_to_their_meaning() -> None:
    assert isinstance(errors.error_for_code(1001), errors.AuthenticationFailed)
    assert isinstance(errors.error_for_code(1018), errors.AccountLocked)
    assert isinstance(errors.error_for_code(1020), errors.AccountDisabled)
    assert isinstance(errors.error_for_code(1015), errors.PermissionDenied)
    assert isinstance(errors.error_for_code(1021), errors.ProjectModuleInactive)
    assert isinstance(errors.error_for_code(1022), errors.DayLocked)
    assert isinstance(errors.error_for_code(1025), errors.ValidationFailed)
    assert isinstance(errors.error_for_code(1019), errors.PartialFailure)
    assert "CustomerId" in errors.AuthenticationFailed.message_en
    assert "stopped all calls" in errors.AccountLocked.message_en
    assert "locked or approved" in errors.DayLocked.message_en


def test_stop_codes() -> None:
    stopping = {c for c in ALL_CODES if errors.error_for_code(c).stops_all_calls}
    assert stopping == {1001, 1018, 1020}


def test_unknown_code_is_kept() -> None:
    err = errors.error_for_code(4242)
    assert isinstance(err, errors.UnknownResponseCode) and err.response_code == 4242


def test_server_detail_is_redacted() -> None:
    err = errors.error_for_code(1003, "no person 131052-308T with IBAN FI2112345600000785")
    text = str(err)
    assert "131052-308T" not in text and "FI2112345600000785" not in text
    assert "131052-" in text


def test_item_error() -> None:
    assert errors.item_error(ItemResult(index=0, code=1000)) is None
    assert isinstance(errors.item_error(ItemResult(index=0, code=1022)), errors.DayLocked)
    assert isinstance(errors.item_error(ItemResult(index=0, code=0)), errors.OutcomeUnknown)


def test_transport_errors_have_texts() -> None:
    for cls in (
        errors.ConnectionFailed,
        errors.RequestTimedOut,
        errors.TlsError,
        errors.BadResponse,
        errors.ResponseTooLarge,
    ):
        err = cls("detail", operation="X", sent=False)
        assert err.message_en and err.message_fi and err.sent is False
    fault = errors.SoapFault("soap:Client", "bad 131052-308T")
    assert "131052-308T" not in str(fault)
    assert errors.HttpStatusError(503).status == 503
