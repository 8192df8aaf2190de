"""The values query results hold besides Python's own.

Nodes, relationships and paths carry what the query saw (labels or type and
properties, read with the rows). Full dates are datetime.date; dates known
only to the year or month are PartialDate. Durations are datetime.timedelta
when they have no months, else Duration. All can be passed back as query
parameters (nodes and relationships by id).
"""

import datetime
from typing import Any, Dict, NamedTuple, Optional, Tuple


class PartialDate(NamedTuple):
    """A date known to the year ("2010") or month ("2010-05"), as articles state them."""

    year: int
    month: Optional[int] = None

    def __str__(self) -> str:
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """PartialDate.parse("2010-05") -> PartialDate(2010, 5)."""
        parts = text.split("-")
        if len(parts) > 2 or not all(p.isdigit() for p in parts):
            raise ValueError(f"{text!r}: expected YYYY or YYYY-MM")
        return cls(int(parts[0]), int(parts[1]) if len(parts) == 2 else None)


class Duration(NamedTuple):
    """A Cypher duration with months: months, days, seconds and nanoseconds apart, as the engine
    keeps them (a month has no fixed number of days). str() is its ISO 8601 text ("P1Y2M3DT4H").
    Durations without months come back as datetime.timedelta instead."""

    months: int
    days: int = 0
    seconds: int = 0
    nanoseconds: int = 0

    def to_timedelta(self) -> datetime.timedelta:
        """The duration as a timedelta (nanoseconds truncated to microseconds); ValueError when it has months."""
        if self.months:
            raise ValueError(f"{self}: a duration with months has no fixed length (no timedelta)")
        return datetime.timedelta(days=self.days, seconds=self.seconds, microseconds=self.nanoseconds // 1000)

    def __str__(self) -> str:
        if not (self.months or self.days or self.seconds or self.nanoseconds):
            return "PT0S"

        def split(value: int, unit: int) -> Tuple[int, int]:  # truncated toward zero, as C++ divides
            q, r = divmod(abs(value), unit)
            return (q, r) if value >= 0 else (-q, -r)

        years, months = split(self.months, 12)
        out = "P" + (f"{years}Y" if years else "") + (f"{months}M" if months else "")
        out += f"{self.days}D" if self.days else ""
        total = self.seconds * 1_000_000_000 + self.nanoseconds
        if total:
            sign, total = ("-", -total) if total < 0 else ("", total)
            hours, total = divmod(total, 3600 * 1_000_000_000)
            minutes, total = divmod(total, 60 * 1_000_000_000)
            secs, frac = divmod(total, 1_000_000_000)
            out += "T" + (f"{sign}{hours}H" if hours else "") + (f"{sign}{minutes}M" if minutes else "")
            if secs or frac:
                fraction = f".{frac:09d}".rstrip("0") if frac else ""
                out += f"{sign}{secs}{fraction}S"
        return out


class _Entity:
    """What nodes and relationships share: entity["key"] and entity.get("key") read .properties."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        return self.properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.properties.get(key, default)


class Node(_Entity):
    """A node: .id, .labels (a tuple), .properties (a dict); node["name"] reads a property."""

    __slots__ = ("id", "labels", "properties")

    def __init__(self, id: int, labels: Tuple[str, ...] = (), properties: Optional[Dict[str, Any]] = None):
        self.id = id
        self.labels = tuple(labels)
        self.properties = properties or {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Node) and other.id == self.id

    def __hash__(self) -> int:
        return hash(("node", self.id))

    def __repr__(self) -> str:
        labels = "".join(":" + label for label in self.labels)
        return f"({self.id}{labels} {self.properties!r})"


class Relationship(_Entity):
    """A relationship: .id, .type, .start and .end (node ids), .properties; rel["since"] reads a property."""

    __slots__ = ("id", "type", "start", "end", "properties")

    def __init__(self, id: int, type: Optional[str], start: Optional[int], end: Optional[int],
                 properties: Optional[Dict[str, Any]] = None):
        self.id = id
        self.type = type
        self.start = start
        self.end = end
        self.properties = properties or {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Relationship) and other.id == self.id

    def __hash__(self) -> int:
        return hash(("relationship", self.id))

    def __repr__(self) -> str:
        return f"({self.start})-[{self.id}:{self.type} {self.properties!r}]->({self.end})"


class Path(NamedTuple):
    """A path: nodes[0], relationships[0], nodes[1], ...; len(nodes) == len(relationships) + 1."""

    nodes: Tuple[Node, ...]
    relationships: Tuple[Relationship, ...]
