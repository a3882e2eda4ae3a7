"""The one error dialog of the app: a plain message, expandable details and "Copy details".

Every error the user sees goes through :func:`show_error` (from a coroutine) or
:class:`ErrorDialog` (from a slot). The message is the error's own plain text when it is a
:class:`NeptonError` (``message_fi`` when the UI runs in Finnish); the details say what
happened technically, for a support request. Details are scrubbed before they are shown or
copied: personal identity codes and IBANs are masked, and password-looking values (and any
secret handed in) are replaced, because users paste the details into e-mails.
"""

from __future__ import annotations

import asyncio
import re
import traceback
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nepton_desktop.api.errors import NeptonError
from nepton_desktop.domain.identity import redact_personal_data
from nepton_desktop.domain.translatable import Message
from nepton_desktop.ui.i18n import translate_error, translate_message

SECRET_MASK = "********"  # noqa: S105 - the mask, not a password

# Password-like values in free text: XML elements (<Password>x</Password>,
# <WebServicePassword>, <UserPassword>) and key=value / key: value pairs. A request dump or an
# exception text from a library can carry them; the details must not.
_SECRET_ELEMENT = re.compile(
    r"(<(?:[\w-]+:)?(\w*(?:password|passwd|secret|token)\w*)\b[^>]*>)(.*?)(</)",
    re.IGNORECASE | re.DOTALL,
)
_SECRET_PAIR = re.compile(
    r"\b(\w*(?:password|passwd|pwd|secret|token)\w*)(\s*[=:]\s*)(\"[^\"]*\"|'[^']*'|[^\s,;&]+)",
    re.IGNORECASE,
)
# Credentials in a URL (https://user:pass@host).
_URL_USERINFO = re.compile(r"(\w+://[^/\s:@]+:)([^@\s/]+)(@)")


def scrub_secrets(text: str, secrets: Iterable[str] = ()) -> str:
    """Mask passwords, personal identity codes and IBANs in ``text``.

    ``secrets`` are exact values to remove wherever they occur (the profile's passwords), for
    text that names them without a telltale key.
    """
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, SECRET_MASK)
    text = _SECRET_ELEMENT.sub(lambda m: f"{m.group(1)}{SECRET_MASK}{m.group(4)}", text)
    text = _SECRET_PAIR.sub(lambda m: f"{m.group(1)}{m.group(2)}{SECRET_MASK}", text)
    text = _URL_USERINFO.sub(lambda m: f"{m.group(1)}{SECRET_MASK}{m.group(3)}", text)
    return redact_personal_data(text)


_STATUS_COLORS = {
    # (light scheme, dark scheme): the dark ones are lighter, for contrast on dark bases.
    "error": ("#c62828", "#ef7a7a"),
    "warning": ("#b26a00", "#ffb74d"),
    "ok": ("#2e7d32", "#81c784"),
    "info": ("#1565c0", "#90caf9"),
    "muted": ("#757575", "#a0a0a0"),
}


def status_color(kind: str) -> QColor:
    """The app's colour for a status ("error", "warning", "ok", "info", "muted"), readable
    on the current light or dark scheme. Every widget's status text uses these."""
    light, dark = _STATUS_COLORS[kind]
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor(dark if base.lightness() < 128 else light)


def status_style(kind: str, *, bold: bool = False) -> str:
    """A style sheet for a label in a status colour."""
    return f"color: {status_color(kind).name()}" + ("; font-weight: bold" if bold else "")


def plain_message(error: BaseException | str, language: str | None = None) -> str:
    """The one-paragraph message a user reads: the API layer's own text for a NeptonError,
    in the app's language (``language`` "fi" / "en" forces one of the two texts)."""
    if isinstance(error, str):
        return error
    if isinstance(error, NeptonError):
        if language is None:
            return translate_error(error)
        return error.message_fi if language == "fi" else error.message_en
    message = getattr(error, "message", None)
    if isinstance(message, Message):  # a ReadError, MappingError or CoercionError
        return message.english() if language == "en" else translate_message(message)
    text = str(error).strip()
    return text or type(error).__name__


def error_details(error: BaseException | str, secrets: Iterable[str] = ()) -> str:
    """Technical details for a support request, already scrubbed of secrets and personal data."""
    if isinstance(error, str):
        return scrub_secrets(error, secrets)
    lines: list[str] = [f"Error: {type(error).__module__}.{type(error).__qualname__}"]
    if isinstance(error, NeptonError):
        lines.append(f"Code: {error.code}")
        if error.operation:
            lines.append(f"Operation: {error.operation}")
        if error.detail:
            lines.append(f"Detail: {error.detail}")
    lines.append(f"Message: {error}")
    if error.__traceback__ is not None or error.__cause__ is not None:
        lines.append("")
        lines.extend(
            line.rstrip("\n")
            for line in traceback.format_exception(error)  # incl. the cause
        )
    return scrub_secrets("\n".join(lines), secrets)


class ErrorDialog(QDialog):
    """Show one error: its plain message, then details on demand.

    ``error`` is an exception or a plain text. ``title`` is the window title (defaults to
    "Error"); ``context`` is an optional first sentence that says what the app was doing
    ("Could not load the personnel."). ``secrets`` are values to mask in the details (the
    profile's passwords). ``language`` ("fi" / "en") forces ``message_fi`` or ``message_en``
    of a NeptonError; by default the app's language decides (``translate_error``).
    """

    def __init__(
        self,
        error: BaseException | str,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        context: str | None = None,
        secrets: Iterable[str] = (),
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setWindowTitle(title or self.tr("Error"))
        self.setModal(True)
        self.error = error
        # A foreign exception's text is shown as the message too: scrub it like the details.
        message = scrub_secrets(plain_message(error, language), secrets)
        self.message_text = f"{context}\n\n{message}" if context else message
        self.details_text = error_details(error, secrets)

        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel(self.message_text, self)
        self.message_label.setObjectName("error_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setMinimumWidth(380)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message_label, 1)

        self.details_view = QPlainTextEdit(self.details_text, self)
        self.details_view.setObjectName("error_details")
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setMinimumHeight(160)
        self.details_view.setVisible(False)

        self.details_button = QPushButton(self.tr("Show details"), self)
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)

    def _toggle_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def copy_details(self) -> None:
        """Put the message and the scrubbed details on the clipboard, for a support request."""
        QGuiApplication.clipboard().setText(f"{self.message_text}\n\n{self.details_text}")


async def await_dialog(dialog: QDialog) -> int:
    """Open ``dialog`` window-modally and wait for it to close; returns its result code.

    Never ``exec()`` inside a coroutine: a nested Qt loop hangs qasync when another task
    becomes ready. ``open()`` returns at once and ``finished`` sets the future.

    A dialog without a parent may be the only window (the connection dialog at first start,
    an error before the main window exists): closing it would quit the application, and with
    it the asyncio loop this coroutine runs on. Quitting on the last window is held off
    while it is open.
    """
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(result: int) -> None:
        if not future.done():
            future.set_result(result)

    app = QApplication.instance()
    hold_quit = (
        isinstance(app, QApplication)
        and dialog.parentWidget() is None
        and app.quitOnLastWindowClosed()
    )
    if hold_quit:
        QApplication.setQuitOnLastWindowClosed(False)
    dialog.finished.connect(done)
    dialog.open()
    try:
        return await future
    except asyncio.CancelledError:
        # The caller gave up waiting (window closing): do not leave the dialog behind.
        dialog.reject()
        raise
    finally:
        if hold_quit:
            QApplication.setQuitOnLastWindowClosed(True)


async def show_error(
    parent: QWidget | None,
    error: BaseException | str,
    *,
    title: str | None = None,
    context: str | None = None,
    secrets: Iterable[str] = (),
) -> None:
    """Show the error dialog from a coroutine and return when the user closes it."""
    dialog = ErrorDialog(error, parent, title=title, context=context, secrets=secrets)
    try:
        await await_dialog(dialog)
    finally:
        dialog.deleteLater()
