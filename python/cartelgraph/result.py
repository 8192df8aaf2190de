"""Result: the rows of one query, streamed from the engine.

Iterating a Result yields one dict per row (column name -> value) and pulls
rows from the engine a batch at a time, so a result of any size can be read
in constant memory. .to_df(), .to_networkx() and .to_igraph() consume the
rows not read yet. A Result is read by one thread.
"""

import datetime
from typing import Any, Dict, Iterator, List, Optional, Tuple

from .types import Node, PartialDate, Path, Relationship


class Result:
    """The rows of one query. See the module docstring."""

    def __init__(self, cursor: Any):
        self._cursor = cursor
        self._batch: List[Tuple[Any, ...]] = []
        self._next = 0  # index into _batch
        self.columns: List[str] = list(cursor.columns)
        #: The query's warnings (also given with warnings.warn by Database.query): dicts of
        #: code, title, message, severity, line, column, offset.
        self.notifications: List[Dict[str, Any]] = cursor.notifications()

    # -- rows -----------------------------------------------------------------

    def _tuples(self) -> Iterator[Tuple[Any, ...]]:
        while True:
            if self._next == len(self._batch):
                self._batch = self._cursor.fetchmany() if not self._cursor.closed else []
                self._next = 0
                if not self._batch:
                    return
            row = self._batch[self._next]
            self._next += 1
            yield row

    def __iter__(self) -> Iterator[Dict[str, Any]]:
        columns = self.columns
        for row in self._tuples():
            yield dict(zip(columns, row))

    def fetchone(self) -> Optional[Dict[str, Any]]:
        """The next row as a dict, or None after the last."""
        for row in self._tuples():
            return dict(zip(self.columns, row))
        return None

    def fetchall(self) -> List[Dict[str, Any]]:
        """The rows not read yet, as dicts."""
        return list(self)

    def value(self) -> Any:
        """The first column of the next row (None when there is none): db.query("... RETURN count(*)").value()."""
        for row in self._tuples():
            return row[0] if row else None
        return None

    def stats(self) -> Dict[str, int]:
        """What the query changed: nodes_created, relationships_created, properties_set, ..."""
        return self._cursor.stats()

    def close(self) -> None:
        """Stops the query and frees what it holds (a read snapshot). Idempotent."""
        self._cursor.close()
        self._batch, self._next = [], 0

    def __enter__(self) -> "Result":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<cartelgraph.Result columns={self.columns!r}>"

    # -- pandas ---------------------------------------------------------------

    def to_df(self):
        """The rows not read yet as a pandas DataFrame, one column per result column.

        Column dtypes: int64, float64 and bool when every value is one (with
        nulls: the nullable Int64 and boolean, float64 with NaN); full dates
        as datetime64[ns] and durations without months as timedelta64[ns]
        (NaT for null); a column holding a duration with months is object
        (timedelta and Duration values); every other column object: strings,
        lists, dicts, dates as ISO strings ("2010-05", "2010-05-03": a column
        holding any partial date, and dates inside lists, maps and entities,
        which sort as text), nodes as dicts
        with _id and _labels, relationships with _id, _type, _start and _end,
        then their properties; paths as {"nodes": [...], "relationships": [...]}.
        """
        import pandas as pd

        leftover = [self._batch[i] for i in range(self._next, len(self._batch))]
        self._batch, self._next = [], 0
        columns = self._cursor.fetch_columns() if not self._cursor.closed else [("null", 0, None)] * len(self.columns)
        data = {name: _series(pd, kind, values, nulls) for name, (kind, values, nulls) in zip(self.columns, columns)}
        frame = pd.DataFrame(data, columns=self.columns)
        if leftover:
            head = pd.DataFrame([[_frame_cell(v) for v in row] for row in leftover], columns=self.columns)
            frame = pd.concat([head, frame], ignore_index=True)
        return frame

    # -- graphs ---------------------------------------------------------------

    def to_networkx(self):
        """The nodes and relationships in the rows not read yet as a networkx MultiDiGraph.

        Nodes are keyed by id with attributes labels and their properties;
        edges are keyed by relationship id with attributes type and their
        properties. Entities inside lists, maps and paths count. A
        relationship's end node not itself in the result is added without
        attributes.
        """
        import networkx as nx

        graph = nx.MultiDiGraph()
        for row in self._tuples():
            for value in row:
                _add_to_graph(graph, value)
        return graph

    def to_igraph(self):
        """The rows' nodes and relationships as a python-igraph Graph (via to_networkx: vertex
        attribute _nx_name is the node id)."""
        import igraph

        return igraph.Graph.from_networkx(self.to_networkx())


def _series(pd, kind: str, values: Any, nulls: Any):
    """A column from the core's (kind, data, nulls) (see python/columns.h)."""
    if kind == "null":
        return pd.Series([None] * values, dtype=object)
    if kind == "object":
        return pd.Series(values, dtype=object)
    if kind in ("date", "duration"):
        typed = values.astype("datetime64[D]").astype("datetime64[ns]") if kind == "date" else values.astype("timedelta64[ns]")
        series = pd.Series(typed)
        if nulls is not None:
            series[nulls] = pd.NaT
        return series
    if nulls is None:
        return pd.Series(values)
    if kind == "float":
        values[nulls] = float("nan")
        return pd.Series(values)
    return pd.Series(pd.array(values, dtype="Int64" if kind == "int" else "boolean")).mask(nulls)


def _frame_cell(value: Any) -> Any:
    """A row value in the form DataFrame cells take (for rows read before to_df)."""
    if isinstance(value, Node):
        return {"_id": value.id, "_labels": list(value.labels), **{k: _frame_cell(v) for k, v in value.properties.items()}}
    if isinstance(value, Relationship):
        return {"_id": value.id, "_type": value.type, "_start": value.start, "_end": value.end,
                **{k: _frame_cell(v) for k, v in value.properties.items()}}
    if isinstance(value, Path):
        return {"nodes": [_frame_cell(n) for n in value.nodes],
                "relationships": [_frame_cell(r) for r in value.relationships]}
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_frame_cell(v) for v in value]
    if isinstance(value, dict):
        return {k: _frame_cell(v) for k, v in value.items()}
    return value


def _add_to_graph(graph: Any, value: Any) -> None:
    if isinstance(value, Node):
        graph.add_nodes_from([(value.id, {**value.properties, "labels": value.labels})])
    elif isinstance(value, Relationship):
        if value.start is None:  # deleted by the query
            return
        graph.add_edges_from([(value.start, value.end, value.id, {**value.properties, "type": value.type})])
    elif isinstance(value, Path):
        for item in value.nodes + value.relationships:
            _add_to_graph(graph, item)
    elif isinstance(value, list):
        for item in value:
            _add_to_graph(graph, item)
    elif isinstance(value, dict):
        for item in value.values():
            _add_to_graph(graph, item)
