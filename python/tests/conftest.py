"""Fixtures for the cartelgraph module's tests.

Run by ctest (python_module) with PYTHONPATH=<build>/python and
CG_SOURCE_DIR=<source tree>; by hand:
    PYTHONPATH=build/python CG_SOURCE_DIR=. /usr/bin/python3 -m pytest python/tests
"""

import os
import pathlib

import pytest

import cartelgraph

SOURCE_DIR = pathlib.Path(os.environ.get("CG_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
ARTICLES = SOURCE_DIR / "examples" / "articles"


@pytest.fixture
def db(tmp_path):
    with cartelgraph.open(tmp_path / "db") as database:
        yield database


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    """A database of the bundled sample articles (read it; do not write)."""
    path = tmp_path_factory.mktemp("sample") / "db"
    with cartelgraph.open(path) as database:
        summary = database.ingest([ARTICLES], progress=False)
        assert summary["articles"] > 0 and summary["failed"] == 0
        yield database
