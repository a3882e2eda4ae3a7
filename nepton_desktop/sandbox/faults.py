"""Fault injection: what a flaky network or a struggling Nepton does to a client.

A spec is ``key=value`` pairs separated by commas, for example
``latency_ms=200,http_503=0.1,drop_after_commit=0.2,seed=7``. Rates are the chance per
request (0 to 1); ``seed`` makes a run repeatable.
"""

from __future__ import annotations

import enum
import random
import threading
from dataclasses import dataclass, fields

FAULTS_HELP = """\
Faults, as KEY=VALUE pairs separated by commas (rates are the chance per request, 0-1):
  latency_ms=N           wait N milliseconds before answering
  http_503=R, http_500=R answer HTTP 503 / 500 without a SOAP body
  soap_fault=R           answer a SOAP Fault instead of running the operation
  drop_before_commit=R   close the connection without answering and without writing
  drop_after_commit=R    run and commit the operation, then close without answering
  truncate=R             run the operation, then send only part of the answer
  lockout=1              every login answers 1018 (login temporarily locked)
  seed=N                 random seed, so that a run is repeatable
Example: latency_ms=200,http_503=0.1,drop_after_commit=0.2,seed=7"""


class FaultAction(enum.Enum):
    NONE = "none"
    HTTP_503 = "http_503"
    HTTP_500 = "http_500"
    SOAP_FAULT = "soap_fault"
    DROP_BEFORE_COMMIT = "drop_before_commit"
    DROP_AFTER_COMMIT = "drop_after_commit"
    TRUNCATE = "truncate"


# The order in which rates are rolled; the first fault that fires wins.
_ROLL_ORDER = (
    FaultAction.HTTP_503,
    FaultAction.HTTP_500,
    FaultAction.SOAP_FAULT,
    FaultAction.DROP_BEFORE_COMMIT,
    FaultAction.DROP_AFTER_COMMIT,
    FaultAction.TRUNCATE,
)


@dataclass(frozen=True, slots=True)
class FaultSpec:
    latency_ms: int = 0
    http_503: float = 0.0
    http_500: float = 0.0
    soap_fault: float = 0.0
    drop_before_commit: float = 0.0
    drop_after_commit: float = 0.0
    truncate: float = 0.0
    lockout: bool = False
    seed: int | None = None

    @classmethod
    def parse(cls, spec: str) -> FaultSpec:
        """Parse ``key=value,...``; raises ValueError naming the bad part."""
        values: dict[str, object] = {}
        known = {f.name for f in fields(cls)}
        for part in spec.split(","):
            part = part.strip()
            if not part:
                continue
            key, sep, raw = part.partition("=")
            key = key.strip()
            raw = raw.strip()
            if not sep or key not in known:
                raise ValueError(f"unknown fault '{part}'; known: {', '.join(sorted(known))}")
            try:
                if key in ("latency_ms", "seed"):
                    number = int(raw)
                    if number < 0:
                        raise ValueError
                    values[key] = number
                elif key == "lockout":
                    if raw.lower() not in ("0", "1", "true", "false"):
                        raise ValueError
                    values[key] = raw.lower() in ("1", "true")
                else:
                    rate = float(raw)
                    if not 0.0 <= rate <= 1.0:
                        raise ValueError
                    values[key] = rate
            except ValueError:
                raise ValueError(f"bad value in fault '{part}'") from None
        return cls(**values)  # type: ignore[arg-type]

    def __str__(self) -> str:
        parts = [
            f"{f.name}={getattr(self, f.name)}"
            for f in fields(self)
            if getattr(self, f.name) not in (0, 0.0, False, None)
        ]
        return ",".join(parts) or "none"


class FaultInjector:
    """Decides, request by request, which fault (if any) to inject."""

    def __init__(self, spec: FaultSpec | None = None) -> None:
        self._lock = threading.Lock()
        self.set(spec or FaultSpec())

    def set(self, spec: FaultSpec) -> None:
        with self._lock:
            self.spec = spec
            self._rng = random.Random(spec.seed)

    def roll(self) -> FaultAction:
        with self._lock:
            spec = self.spec
            # One draw per kind, always all of them: the sequence of outcomes for a given seed
            # then does not depend on which faults happened to fire.
            draws = [self._rng.random() for _ in _ROLL_ORDER]
        for action, draw in zip(_ROLL_ORDER, draws, strict=True):
            if draw < float(getattr(spec, action.value)):
                return action
        return FaultAction.NONE
