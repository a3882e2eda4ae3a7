"""Which spreadsheet column feeds which field: guessed from headers, saved, applied again.

Headers are compared in a normalised form (case, spaces and punctuation ignored) against every
name of a column (key, English, Finnish and Swedish headers, aliases); what does not match
exactly is matched by similarity so that small typos ("Henkilönumro") still find their field.
Each field takes at most one column, the best-scoring one; the rest are reported unmapped.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nepton_desktop.domain.columns import Column, Entity, columns_for
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message, MessageError
from nepton_desktop.importing.reader import normalise_header

MAPPING_CONTEXT = "ImportMapping"

FUZZY_THRESHOLD = 0.84


class MappingError(MessageError, ValueError):
    """A saved or handed-in mapping cannot be used; the message says why.

    ``str(error)`` is English (the headless command); the UI shows ``error.message``."""


def _m(text: str, **values: object) -> Message:
    return Message(MAPPING_CONTEXT, text, values)


@dataclass(frozen=True, slots=True)
class ColumnMatch:
    source: int  # 0-based index of the spreadsheet column
    header: str
    key: str | None  # the field, or None when unmapped
    how: str  # "exact", "similar", "saved", "manual" or "" for unmapped
    score: float = 1.0


@dataclass(slots=True)
class ColumnMapping:
    entity: Entity
    headers: list[str]
    matches: list[ColumnMatch]
    notes: list[Message] = field(default_factory=list)

    @property
    def by_key(self) -> dict[str, int]:
        return {m.key: m.source for m in self.matches if m.key is not None}

    @property
    def unmapped(self) -> list[ColumnMatch]:
        return [m for m in self.matches if m.key is None]

    def missing_required(self) -> list[Column]:
        present = self.by_key
        return [c for c in columns_for(self.entity) if c.required and c.key not in present]

    def with_choice(self, source: int, key: str | None) -> ColumnMapping:
        """The mapping with one column's field chosen by the user (None: leave unmapped).

        A field can only take one column, so the column that held ``key`` before is freed.
        """
        if key is not None and key not in {c.key for c in columns_for(self.entity)}:
            raise MappingError(
                _m(
                    QT_TRANSLATE_NOOP("ImportMapping", "{entity} has no field '{key}'"),
                    entity=self.entity,
                    key=key,
                )
            )
        matches = []
        for m in self.matches:
            if m.source == source:
                matches.append(ColumnMatch(m.source, m.header, key, "manual" if key else ""))
            elif key is not None and m.key == key:
                matches.append(ColumnMatch(m.source, m.header, None, ""))
            else:
                matches.append(m)
        return ColumnMapping(self.entity, self.headers, matches, list(self.notes))

    def to_json(self) -> dict[str, object]:
        return {
            "entity": self.entity.value,
            "columns": {m.header: m.key for m in self.matches},
        }


def _name_index(columns: Sequence[Column]) -> dict[str, str]:
    index: dict[str, str] = {}
    # Own headers before aliases: "Nimi" is the Finnish header of one column and may be an
    # alias of another; the header wins.
    for column in columns:
        for name in (column.key, column.header_en, column.header_fi, column.header_sv):
            index.setdefault(normalise_header(name), column.key)
    for column in columns:
        for name in column.aliases:
            index.setdefault(normalise_header(name), column.key)
    return index


def known_header_names(entity: Entity | str) -> frozenset[str]:
    """Normalised names of every column of the entity, for the reader's header-row guess."""
    return frozenset(_name_index(columns_for(entity)))


def guess_mapping(entity: Entity | str, headers: Sequence[str]) -> ColumnMapping:
    entity = Entity(entity)
    index = _name_index(columns_for(entity))
    candidates: list[tuple[float, int, str, str]] = []  # (score, source, key, how)
    names = list(index)
    for source, header in enumerate(headers):
        norm = normalise_header(header)
        if not norm:
            continue
        if norm in index:
            candidates.append((2.0, source, index[norm], "exact"))
            continue
        best_score, best_key = 0.0, ""
        for name in difflib.get_close_matches(norm, names, n=3, cutoff=FUZZY_THRESHOLD):
            score = difflib.SequenceMatcher(None, norm, name).ratio()
            if score > best_score:
                best_score, best_key = score, index[name]
        if best_key:
            candidates.append((best_score, source, best_key, "similar"))
    taken_keys: set[str] = set()
    chosen: dict[int, tuple[str, str, float]] = {}
    notes: list[Message] = []
    titles = {c.key: c.title for c in columns_for(entity)}
    for score, source, key, how in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if key in taken_keys:
            notes.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "ImportMapping",
                        "column '{column}' also looks like '{field}', which an earlier column "
                        "already fills; it is left unmapped",
                    ),
                    column=headers[source],
                    field=titles.get(key, key),
                )
            )
            continue
        taken_keys.add(key)
        chosen[source] = (key, how, min(score, 1.0))
    matches = [
        ColumnMatch(s, h, *chosen[s]) if s in chosen else ColumnMatch(s, h, None, "", 0.0)
        for s, h in enumerate(headers)
    ]
    return ColumnMapping(entity, list(headers), matches, notes)


def apply_saved(
    entity: Entity | str, headers: Sequence[str], saved: Mapping[str, str | None]
) -> ColumnMapping:
    """A mapping from ``{header: key or None}``; headers not named there are guessed."""
    entity = Entity(entity)
    valid = {c.key for c in columns_for(entity)}
    by_norm = {normalise_header(h): k for h, k in saved.items()}
    for key in by_norm.values():
        if key is not None and key not in valid:
            raise MappingError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "ImportMapping", "the mapping names '{key}', which {entity} does not have"
                    ),
                    key=key,
                    entity=entity,
                )
            )
    mapping = guess_mapping(entity, headers)
    for match in mapping.matches:
        norm = normalise_header(match.header)
        if norm in by_norm:
            mapping = mapping.with_choice(match.source, by_norm[norm])
    mapping.matches = [
        ColumnMatch(m.source, m.header, m.key, "saved" if m.how == "manual" else m.how, m.score)
        for m in mapping.matches
    ]
    return mapping


def load_mapping_file(entity: Entity | str, headers: Sequence[str], path: Path) -> ColumnMapping:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise MappingError(
            _m(
                QT_TRANSLATE_NOOP(
                    "ImportMapping", "{file}: cannot be read as a mapping ({detail})"
                ),
                file=path.name,
                detail=exc,
            )
        ) from None
    columns = data.get("columns") if isinstance(data, dict) else None
    if not isinstance(columns, dict):
        raise MappingError(
            _m(
                QT_TRANSLATE_NOOP("ImportMapping", "{file}: expected {example}"),
                file=path.name,
                example='{"columns": {"header": "field"}}',
            )
        )
    if isinstance(data, dict) and data.get("entity") not in (None, Entity(entity).value):
        raise MappingError(
            _m(
                QT_TRANSLATE_NOOP(
                    "ImportMapping", "{file}: the mapping is for {other}, not {entity}"
                ),
                file=path.name,
                other=data.get("entity"),
                entity=entity,
            )
        )
    return apply_saved(entity, headers, columns)


def headers_signature(entity: Entity | str, headers: Sequence[str]) -> str:
    """Identifies a header row: same entity and same normalised headers in the same order."""
    text = "\x1f".join([Entity(entity).value, *(normalise_header(h) for h in headers)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class MappingStore:
    """Mappings the user confirmed, one JSON file per entity and header row, in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def _path(self, entity: Entity | str, headers: Sequence[str]) -> Path:
        return self._folder / f"{Entity(entity).value}-{headers_signature(entity, headers)}.json"

    def save(self, mapping: ColumnMapping) -> Path:
        self._folder.mkdir(parents=True, exist_ok=True)
        path = self._path(mapping.entity, mapping.headers)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(mapping.to_json(), ensure_ascii=False, indent=1), "utf-8")
        tmp.replace(path)
        return path

    def load(self, entity: Entity | str, headers: Sequence[str]) -> ColumnMapping | None:
        """The saved mapping for exactly these headers, or None."""
        path = self._path(entity, headers)
        if not path.exists():
            return None
        try:
            return load_mapping_file(entity, headers, path)
        except MappingError:
            return None  # a damaged saved mapping is ignored: the guess is shown instead

    def mapping_for(self, entity: Entity | str, headers: Sequence[str]) -> ColumnMapping:
        return self.load(entity, headers) or guess_mapping(entity, headers)
