"""``tr()`` for base classes whose texts are shown by subclasses (EntityTableModel, EntityTab).

``lupdate`` files a base class's ``self.tr`` texts under the base class's name, but at run time
PySide looks them up under the instance's class first (EventsModel). For a plain text it then
falls back along the class hierarchy; for a counted text (``%n``) it does not: the filled-in
source ("Duplicate 3 row(s)") differs from the source text, so PySide takes it for a
translation found in the subclass's context and the user sees English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class InheritedContextTr:
    """Mix in before the Qt base class: ``class EntityTab(InheritedContextTr, QWidget)``.

    Each class of the instance's hierarchy is tried as the context, the instance's own class
    first (so a subclass may word a text its own way); the first one that translates wins.
    """

    def tr(self, sourceText: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        untranslated = sourceText.replace("%n", str(n)) if n >= 0 else sourceText
        for cls in type(self).__mro__:
            if cls is InheritedContextTr or not cls.__module__.startswith("nepton_desktop."):
                continue
            text = QCoreApplication.translate(cls.__name__, sourceText, disambiguation, n)
            if text != untranslated:
                return text
        return untranslated
