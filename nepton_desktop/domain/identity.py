"""Finnish personal identity codes (henkilötunnus) and IBANs: checks and masking.

Both are personal data: logs and error texts show them only through ``mask_*``.
"""

from __future__ import annotations

import re
from datetime import date

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# Century signs: 1800s "+", 1900s "-" and (since 2023) "Y X W V U", 2000s "A" and "B C D E F".
_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900}
_CENTURY.update(dict.fromkeys("ABCDEF", 2000))
_HETU_RE = re.compile(r"^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$")


class InvalidIdentityCode(ValueError):
    """The text is not a valid Finnish personal identity code; the message says why."""


def parse_hetu(text: str) -> date:
    """Return the birth date of a valid personal identity code, or raise with the reason."""
    code = text.strip().upper()
    m = _HETU_RE.match(code)
    if not m:
        raise InvalidIdentityCode("not in the form DDMMYYCZZZQ (for example 131052-308T)")
    dd, mm, yy, sign, serial, check = m.groups()
    try:
        born = date(_CENTURY[sign] + int(yy), int(mm), int(dd))
    except ValueError:
        raise InvalidIdentityCode("the date part is not a real date") from None
    if int(serial) < 2:
        raise InvalidIdentityCode("the individual number must be 002–999")
    expected = _HETU_CHECK[int(dd + mm + yy + serial) % 31]
    if check != expected:
        raise InvalidIdentityCode("the check character is wrong (a typing error?)")
    return born


def is_valid_hetu(text: str) -> bool:
    try:
        parse_hetu(text)
    except InvalidIdentityCode:
        return False
    return True


def make_hetu(born: date, serial: int) -> str:
    """Build a valid code for a birth date and an individual number (2–999)."""
    century = born.year // 100 * 100
    sign = {1800: "+", 1900: "-", 2000: "A"}[century]
    base = f"{born:%d%m}{born.year % 100:02d}"
    return f"{base}{sign}{serial:03d}{_HETU_CHECK[int(base + f'{serial:03d}') % 31]}"


class InvalidIban(ValueError):
    """The text is not a valid IBAN; the message says why."""


_IBAN_LENGTHS = {"FI": 18, "SE": 24, "EE": 20, "DE": 22, "NO": 15, "DK": 18, "AX": 18}


def normalise_iban(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def check_iban(text: str) -> str:
    """Return the IBAN without spaces when its checksum is right, or raise with the reason."""
    iban = normalise_iban(text)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{1,30}", iban):
        raise InvalidIban("not in the form of an IBAN (two letters, two digits, account)")
    expected_len = _IBAN_LENGTHS.get(iban[:2])
    if expected_len is not None and len(iban) != expected_len:
        raise InvalidIban(f"a {iban[:2]} IBAN has {expected_len} characters, this has {len(iban)}")
    if _iban_mod97(iban) != 1:
        raise InvalidIban("the checksum does not match (a typing error?)")
    return iban


def is_valid_iban(text: str) -> bool:
    try:
        check_iban(text)
    except InvalidIban:
        return False
    return True


def make_fi_iban(bban: str) -> str:
    """Build a valid Finnish IBAN from a 14-digit domestic account number."""
    if not re.fullmatch(r"\d{14}", bban):
        raise ValueError("a Finnish account number has 14 digits")
    check = 98 - _iban_mod97(f"FI00{bban}")
    return f"FI{check:02d}{bban}"


def _iban_mod97(iban: str) -> int:
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97


def mask_hetu(text: str) -> str:
    """Keep only the birth date part, as Nepton's own UI does: 131052-****."""
    return text[:7] + "****" if len(text) >= 7 else "****"


def mask_iban(text: str) -> str:
    iban = normalise_iban(text)
    return iban[:4] + "*" * max(0, len(iban) - 8) + iban[-4:] if len(iban) > 8 else "****"


_HETU_ANYWHERE = re.compile(r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b")
_IBAN_ANYWHERE = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")


def redact_personal_data(text: str) -> str:
    """Mask every personal identity code and IBAN found in free text (logs, error messages)."""
    text = _HETU_ANYWHERE.sub(lambda m: mask_hetu(m.group(0)), text)
    return _IBAN_ANYWHERE.sub(lambda m: mask_iban(m.group(0)), text)
