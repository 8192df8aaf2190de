"""Query errors with their kind, code and position; locking; closed databases."""

import pytest

import cartelgraph


def test_syntax_error_has_position(db):
    with pytest.raises(cartelgraph.QuerySyntaxError) as info:
        db.query("MATCH (n)\nRETURN n +")
    error = info.value
    assert isinstance(error, cartelgraph.QueryError)
    assert error.kind == "SyntaxError" and error.code
    assert (error.line, error.column) == (2, 11)
    assert error.message in str(error)


def test_undefined_variable_is_an_opencypher_syntax_error(db):
    with pytest.raises(cartelgraph.QuerySyntaxError) as info:
        db.query("MATCH (n) RETURN m")
    assert info.value.code == "UndefinedVariable"
    assert (info.value.line, info.value.column) == (1, 18)


def test_missing_parameter_is_semantic(db):
    with pytest.raises(cartelgraph.QuerySemanticError) as info:
        db.query("RETURN $nope")
    assert "nope" in info.value.message


def test_runtime_error_while_streaming(db):
    result = db.query("UNWIND range(1, 5000) AS i RETURN 10 / (4000 - i) AS x")
    with pytest.raises(cartelgraph.QueryRuntimeError) as info:
        list(result)
    assert info.value.kind and info.value.code


def test_second_writer_gets_database_locked_naming_the_path(tmp_path):
    path = tmp_path / "locked"
    with cartelgraph.open(path) as db:
        db.query("CREATE (:Person {name: 'A'})")
        with pytest.raises(cartelgraph.DatabaseLocked, match=str(path)):
            cartelgraph.open(path)
        with cartelgraph.open(path, read_only=True) as reader:
            assert reader.query("MATCH (p:Person) RETURN count(p)").value() == 1
            with pytest.raises(cartelgraph.QueryError):
                reader.query("CREATE (:Person {name: 'B'})")
    with cartelgraph.open(path) as again:  # closed: the lock is free
        assert again.query("MATCH (p:Person) RETURN count(p)").value() == 1


def test_close_closes_open_results(tmp_path):
    db = cartelgraph.open(tmp_path / "db")
    result = db.query("UNWIND range(1, 10000) AS i RETURN i")
    assert result.fetchone() == {"i": 1}
    db.close()
    assert db.closed and result.fetchone() is None
    with pytest.raises(ValueError, match="closed"):
        db.query("RETURN 1")
    cartelgraph.open(tmp_path / "db").close()  # nothing holds the lock


def test_timeout_and_memory_limit_bound_queries(db):
    db.memory_limit = 1 << 20
    with pytest.raises(cartelgraph.QueryRuntimeError) as info:
        db.query("RETURN size(collect(range(1, 100000))) AS x").value()
    assert info.value.code == "MemoryLimitExceeded"
    db.memory_limit, db.timeout = None, 0.2
    with pytest.raises(cartelgraph.QueryRuntimeError) as info:
        db.query("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)").value()
    assert info.value.code == "TimedOut"
