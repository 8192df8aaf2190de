"""cartelgraph: an embedded knowledge graph of cartels, queried in openCypher.

    import cartelgraph
    with cartelgraph.open("cartels.db") as db:
        db.ingest(["articles/"])
        df = db.query("MATCH (p:Person)-[:LEADS]->(o:Organization) RETURN p.name, o.name").to_df()
        vacuums = db.vacuums()

db.query returns a Result (cartelgraph.result): iterate it for dicts, or take
.to_df(), .to_networkx(), .to_igraph(). Parameters are passed as values
($name in the text), never spliced into it. Errors: cartelgraph.errors.
The engine runs with the GIL released; Ctrl-C cancels a running query.
"""

import datetime
import os
import threading
import warnings
import weakref
from typing import Any, Callable, Dict, Iterable, Optional, Sequence, Union

from . import _core
from .errors import (CartelgraphError, DatabaseLocked, QueryError, QueryRuntimeError, QuerySemanticError,
                     QuerySyntaxError, QueryWarning, UnknownNameWarning)
from .result import Result
from .types import Duration, Node, PartialDate, Path, Relationship

__all__ = [
    "open", "Database", "Result", "Node", "Relationship", "Path", "PartialDate", "Duration", "CartelgraphError",
    "DatabaseLocked", "QueryError", "QuerySyntaxError", "QuerySemanticError", "QueryRuntimeError", "QueryWarning",
    "UnknownNameWarning",
]

_core._register({
    "Node": Node, "Relationship": Relationship, "Path": Path, "PartialDate": PartialDate, "Duration": Duration,
    "CartelgraphError": CartelgraphError, "DatabaseLocked": DatabaseLocked, "QuerySyntaxError": QuerySyntaxError,
    "QuerySemanticError": QuerySemanticError, "QueryRuntimeError": QueryRuntimeError,
})

PathLike = Union[str, "os.PathLike[str]"]

# The notification codes (their last part) warned as UnknownNameWarning.
_UNKNOWN_NAME_CODES = ("UnknownLabelWarning", "UnknownRelationshipTypeWarning", "UnknownPropertyKeyWarning")


def open(path: PathLike, read_only: bool = False) -> "Database":  # noqa: A001 (the module's verb)
    """Opens (creating when missing, unless read_only) the database directory at `path`.

    One process at a time may open a database for writing; a second writable
    open raises DatabaseLocked naming the path. Read-only opens can run beside
    a writer.
    """
    return Database(path, read_only=read_only)


class Database:
    """An open database. Use it as a context manager, or call close()."""

    def __init__(self, path: PathLike, read_only: bool = False):
        self._path = os.fspath(path)
        self._db = _core.Database(self._path, read_only)
        self._results: "weakref.WeakSet[Result]" = weakref.WeakSet()
        #: Stop each query after this many seconds (None: never).
        self.timeout: Optional[float] = None
        #: Most bytes one query may hold (None: the engine's default).
        self.memory_limit: Optional[int] = None

    @property
    def path(self) -> str:
        return self._db.path

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    @property
    def closed(self) -> bool:
        return self._db.closed

    def close(self) -> None:
        """Closes the results still open, then the database. Idempotent."""
        for result in list(self._results):
            result.close()
        self._db.close()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else ("read-only" if self.read_only else "open")
        return f"<cartelgraph.Database {self._path!r} {state}>"

    # -- queries --------------------------------------------------------------

    def query(self, text: str, params: Optional[Dict[str, Any]] = None, *, as_of: Any = None,
              show_rejected: bool = False, **kwparams: Any) -> Result:
        """Runs one openCypher query; its rows stream from the returned Result.

        Parameters come from `params` and keyword arguments (db.query("MATCH
        (p:Person {name: $name}) RETURN p", name="El Mencho")); a parameter
        called as_of must go in `params`. Values: None, bool, int, float, str,
        datetime.date, PartialDate, datetime.timedelta, Duration, lists, dicts, Node, Relationship.

        A read query runs as its rows are read. A query that writes runs to
        its end (committed) before query() returns.

        as_of (a datetime.date, a PartialDate or an ISO date string): the query
        sees the graph as of that day, every node and only the relationships
        that hold on it (since <= day < until), as `cartelgraph query --as-of`;
        procedures that take a day default to it. Such a query cannot write.

        show_rejected: the query also sees the relationships a curation decision rejected (db.reject),
        hidden by default, as `cartelgraph query --show-rejected`. A parameter called show_rejected
        must go in `params`.

        A query that reads a label, relationship type or property key the database has never seen
        runs (usually to no rows) and warns: warnings.warn(UnknownNameWarning("no label Persn in the
        database; did you mean Person?")). Result.notifications lists the warnings too.
        """
        values = dict(params or {})
        values.update(kwparams)
        cursor = self._db.query(text, values, interruptible=threading.current_thread() is threading.main_thread(),
                                timeout=self.timeout or 0.0, memory_limit=self.memory_limit or 0,
                                as_of=_iso_day(as_of), show_rejected=show_rejected)
        result = Result(cursor)
        self._results.add(result)
        for n in result.notifications:
            category = UnknownNameWarning if n["code"].rsplit(".", 1)[-1] in _UNKNOWN_NAME_CODES else QueryWarning
            warnings.warn(category(n["message"], code=n["code"], title=n["title"], line=n["line"],
                                   column=n["column"]), stacklevel=2)
        return result

    def call(self, procedure: str, *args: Any):
        """CALL procedure(args...) and return its rows as a DataFrame. Trailing None arguments are left
        out, so the procedure's defaults apply: db.call("cg.vacuums") == db.call("cg.vacuums", None)."""
        values = list(args)
        while values and values[-1] is None:
            values.pop()
        names = [f"a{i}" for i in range(len(values))]
        text = f"CALL {procedure}({', '.join('$' + n for n in names)})"
        return self.query(text, dict(zip(names, values))).to_df()

    # -- the domain questions (the cg.* procedures, as DataFrames) ----------

    def vacuums(self, as_of: Any = None):
        """Leadership vacuums: organizations whose leader was removed and not (yet) replaced, as of a
        day (a date, PartialDate or ISO string; default: today). CALL cg.vacuums([asOf])."""
        return self.call("cg.vacuums", as_of)

    def succession(self, org: Any):
        """Who led `org` (a name or Node), when, and how each tenure ended. CALL cg.succession(org)."""
        return self.call("cg.succession", org)

    def cooperation(self, agency: Any = None):
        """Which agencies worked together on which operations (optionally one agency's).
        CALL cg.cooperation([agency])."""
        return self.call("cg.cooperation", agency)

    def designations(self, designation: Any = None):
        """Which organizations are designated (FTO, SDGT, ...) by whom and since when.
        CALL cg.designations([designation])."""
        return self.call("cg.designations", designation)

    def conflicts(self):
        """Facts that articles state differently, with each claim and its source. CALL cg.conflicts()."""
        return self.call("cg.conflicts")

    def evidence(self, entity: Union[Node, Relationship, int]):
        """The sentences (quote, article title, date, rule, confidence, ...) behind a node's or a
        relationship's facts; an int is a node id. CALL cg.evidence(entity)."""
        if isinstance(entity, int) and not isinstance(entity, bool):
            entity = Node(entity)
        return self.call("cg.evidence", entity)

    def network(self, person: Any, k: Optional[int] = None):
        """A person's network up to k hops. CALL cg.network(person, [k])."""
        return self.call("cg.network", person, k)

    # -- curation: one decision each, kept with its reason (cg.merge ...) ----

    def merge(self, keep: Any, duplicate: Any, reason: str = "", author: Optional[str] = None):
        """Merges `duplicate` into `keep` (Nodes, ids or names): its names become aliases, its facts
        and evidence move. Returns the decision id and summary. CALL cg.merge(...)."""
        return self.call("cg.merge", keep, duplicate, reason, author)

    def split(self, entity: Any, names: Sequence[str], reason: str = "", author: Optional[str] = None):
        """Separates `names` of `entity` into a new entity. CALL cg.split(...)."""
        return self.call("cg.split", entity, list(names), reason, author)

    def reject(self, relationship: Relationship, reason: str = "", author: Optional[str] = None):
        """Rejects a relationship: hidden from queries and exports, kept with the reason.
        CALL cg.reject(...)."""
        return self.call("cg.reject", relationship, reason, author)

    def reject_claim(self, entity: Any, key: str, value: Any, reason: str = "", article: Optional[str] = None,
                     author: Optional[str] = None):
        """Rejects `entity`'s claim that `key` is `value`, from `article` (its id, path or title) or from
        every source: kept, flagged in evidence(), no longer counted; the property is resolved from the
        other claims and conflicts() drops the disagreement it settles. CALL cg.rejectClaim(...)."""
        return self.call("cg.rejectClaim", entity, key, value, reason, article or "", author)

    def assert_fact(self, start: Any, type: str, end: Any, source: str, note: str = "",  # noqa: A002
                    properties: Optional[Dict[str, Any]] = None, author: Optional[str] = None):
        """Asserts start -[type]-> end with your source and note as its evidence. CALL cg.assert(...)."""
        return self.call("cg.assert", start, type, end, source, note, properties or {}, author)

    def rename(self, entity: Any, name: str, reason: str = "", author: Optional[str] = None):
        """Gives `entity` its canonical name (the old one stays an alias). CALL cg.rename(...)."""
        return self.call("cg.rename", entity, name, reason, author)

    def relabel(self, entity: Any, label: str, reason: str = "", author: Optional[str] = None):
        """Gives `entity` a primary or refining label. CALL cg.relabel(...)."""
        return self.call("cg.relabel", entity, label, reason, author)

    def undo(self, decision: int, author: Optional[str] = None):
        """Undoes a decision; it stays in the log, marked undone. CALL cg.undo(...)."""
        return self.call("cg.undo", decision, author)

    def decisions(self):
        """Every curation decision with its reason, author and time. CALL cg.decisions()."""
        return self.call("cg.decisions")

    def duplicates(self, label: Optional[str] = None, limit: Optional[int] = None):
        """Likely duplicate entities, best first, with a score and the reasons. CALL cg.duplicates(...)."""
        return self.call("cg.duplicates", label, limit)

    # -- loading and writing out --------------------------------------------

    def ingest(self, paths: Union[PathLike, Iterable[PathLike]], date: Any = None, *, threads: int = 0,
               min_confidence: float = 0.0, lexicon: Optional[PathLike] = None,
               progress: Union[bool, Callable[[Dict[str, Any]], None], None] = None) -> Dict[str, Any]:
        """Reads news articles (files or folders: .txt, .md, .html, .pdf) into the graph.

        date: the article date when neither front matter nor a dateline gives
        one (a date or ISO string). progress: a callable given a dict
        (files_done, files_total, bytes_done, bytes_total, path) after each
        file, True/None for a tqdm bar when tqdm is installed (None: only then),
        False for none. Returns the summary: articles, unchanged, failed,
        new_entities, merged_entities, relationships, evidence, claims,
        conflicts, and files (per file: path, outcome, error, title, warnings).
        Ctrl-C (on the main thread) stops after the article being written and
        raises KeyboardInterrupt saying how many were committed; they stay.
        """
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        bar = None
        callback = progress if callable(progress) else None
        if callback is None and progress is not False:
            try:
                from tqdm.auto import tqdm
            except ImportError:
                tqdm = None
            if tqdm is not None:
                bar = tqdm(total=0, unit="B", unit_scale=True, desc="ingest")

                def callback(p: Dict[str, Any]) -> None:
                    bar.total = p["bytes_total"]
                    bar.update(p["bytes_done"] - bar.n)
                    bar.set_postfix_str(f"{p['files_done']}/{p['files_total']} files")
        try:
            return self._db.ingest([os.fspath(p) for p in paths], None if date is None else str(date), threads,
                                   min_confidence, os.fspath(lexicon) if lexicon else "", callback,
                                   interruptible=threading.current_thread() is threading.main_thread())
        finally:
            if bar is not None:
                bar.close()

    def import_csv(self, nodes: Sequence[PathLike] = (), relationships: Sequence[PathLike] = (), *,
                   match_key: str = "", memory_mb: int = 0) -> Dict[str, int]:
        """Bulk-loads neo4j-admin import CSV files (id:ID, :LABEL, :START_ID, :END_ID, :TYPE, typed
        columns). match_key: into a database with data, relationship ends not in the node files are the
        nodes whose property (id, name or aliases) equals them. Returns {"nodes": n, "relationships": n}."""
        return self._db.import_csv([os.fspath(p) for p in nodes], [os.fspath(p) for p in relationships], match_key,
                                   memory_mb)

    def export(self, path: PathLike, format: str = "json", query: Optional[str] = None, as_of: Any = None,
               params: Optional[Dict[str, Any]] = None, show_rejected: bool = False) -> None:
        """Writes the graph to `path`: json (APOC JSON lines), graphml, gexf, or csv (neo4j-admin import
        files into the directory `path`). With `query`, only the subgraph it returns: its nodes,
        relationships and paths, with every relationship's two ends.

        as_of: the graph of that day (every node, the relationships that hold on it); the query runs as
        of it too.
        show_rejected: also write the relationships a curation decision rejected (marked by their
        `curated` property), as `cartelgraph export --show-rejected`; the query sees them too.
        """
        nodes = rels = None
        if query is not None:
            nodes, rels = set(), set()
            with self.query(query, params, as_of=as_of, show_rejected=show_rejected) as result:
                for row in result._tuples():
                    _collect_ids(row, nodes, rels)
        self._db.export(os.fspath(path), format, None if nodes is None else sorted(nodes), sorted(rels or ()),
                        _iso_day(as_of), show_rejected)

    def backup(self, path: PathLike) -> None:
        """Copies the committed state into a new database at `path` (a new or empty directory whose
        parent exists), as `cartelgraph backup` does: consistent while another process writes, and
        opened like any database (cartelgraph.open, or `cartelgraph restore` to put it back).
        Raises ValueError for a path that is a file, a non-empty directory, or under a missing parent."""
        self._db.backup(os.fspath(path))


def _iso_day(day: Any) -> Optional[str]:
    """An as_of argument as ISO text: None, a datetime.date (not a datetime), a PartialDate or a str."""
    if day is None or isinstance(day, str):
        return day
    if isinstance(day, datetime.datetime):
        raise TypeError("as_of takes a day (datetime.date, PartialDate or 'YYYY-MM-DD'), not a datetime")
    if isinstance(day, (datetime.date, PartialDate)):
        return day.isoformat() if isinstance(day, datetime.date) else str(day)
    raise TypeError(f"as_of takes a datetime.date, a PartialDate or an ISO date string, not {type(day).__name__}")


def _collect_ids(value: Any, nodes: set, rels: set) -> None:
    if isinstance(value, Node):
        nodes.add(value.id)
    elif isinstance(value, Relationship):
        rels.add(value.id)
    elif isinstance(value, Path):
        _collect_ids(value.nodes + value.relationships, nodes, rels)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _collect_ids(item, nodes, rels)
    elif isinstance(value, dict):
        _collect_ids(list(value.values()), nodes, rels)
