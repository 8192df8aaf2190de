"""The exceptions cartelgraph raises.

    CartelgraphError            any failure of the database (storage, bad files)
    ├── DatabaseLocked          another writer holds the database (the message names its path)
    └── QueryError              a query failed: .message, .kind, .code, .line, .column
        ├── QuerySyntaxError    openCypher's SyntaxError: the text does not parse, or names an
        │                       undefined variable, binds one twice, ... (as the TCK classifies them)
        ├── QuerySemanticError  the other compile-time errors: a missing parameter, a write on a
        │                       read-only database, an unknown procedure, ...
        └── QueryRuntimeError   it failed while running (type error, memory limit, timeout, ...)

Bad arguments raise ValueError / TypeError; Ctrl-C during a query raises
KeyboardInterrupt (the query is cancelled).

The warnings db.query() gives with warnings.warn (the query still runs):

    QueryWarning                a warning about a query: .message, .code, .title, .line, .column
    └── UnknownNameWarning      it reads a label, relationship type or property key the database
                                has never seen (a typo?): "no label Persn in the database; did you
                                mean Person?"
"""


class CartelgraphError(Exception):
    """A failure of the database (storage, unreadable files, ...)."""


class DatabaseLocked(CartelgraphError):
    """The database is held by another writer; open it with read_only=True to read beside it."""


class QueryError(CartelgraphError):
    """A query failed.

    Attributes: message (the engine's text), kind (the openCypher error type:
    SyntaxError, SemanticError, TypeError, ...), code (the detail code:
    UndefinedVariable, ...), line and column (1-based position in the query
    text; 0 when unknown).
    """

    def __init__(self, message: str, *, kind: str = "", code: str = "", line: int = 0, column: int = 0):
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.code = code
        self.line = line
        self.column = column

    def __str__(self) -> str:
        stated = f"line {self.line}" in self.message
        where = f" (line {self.line}, column {self.column})" if self.line and not stated else ""
        return f"{self.kind}.{self.code}: {self.message}{where}" if self.code else f"{self.message}{where}"


class QuerySyntaxError(QueryError):
    """openCypher's SyntaxError: the text does not parse, or uses a variable wrongly (undefined, bound twice)."""


class QuerySemanticError(QueryError):
    """Another compile-time error: a missing parameter, a write on a read-only database, an unknown procedure..."""


class QueryRuntimeError(QueryError):
    """The query failed while running: type errors, the memory limit, the timeout..."""


class QueryWarning(UserWarning):
    """A warning about a query that still ran (Result.notifications lists them too).

    Attributes: message, code (Neo4j's status code, e.g.
    Neo.ClientNotification.Statement.UnknownLabelWarning), title (what the code
    means), line and column (1-based position in the query text).
    """

    def __init__(self, message: str, *, code: str = "", title: str = "", line: int = 0, column: int = 0):
        super().__init__(message)
        self.message = message
        self.code = code
        self.title = title
        self.line = line
        self.column = column

    def __str__(self) -> str:
        return f"{self.message} (line {self.line}, column {self.column})" if self.line else self.message


class UnknownNameWarning(QueryWarning):
    """The query reads a label, relationship type or property key the database has never seen."""
