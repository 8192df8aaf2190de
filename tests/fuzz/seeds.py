#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target from the repository's tests.

    seeds.py TARGET DIR

query        the queries of tests/query/cases/*.cases, the query strings of
             the C++ query tests, and (when ../shared/tck is present) every
             query of the openCypher TCK features
article      tests/ingest/articles (Markdown, and again as plain text) and
             tests/ingest/formats pages, behind the format byte article_fuzz
             reads ('m', 't', 'h')
lexicon      the shipped lexicon, rules and word lists in pieces of 40 lines,
             behind lexicon_fuzz's reader byte ('e', 'r', 'w')
csv_import   tests/exchange/data's node files, each alone and with a
             relationship file after a "%%" line, plus small hand-made files
             for every column type
record_fuzz's seeds are encoded records: record_seeds (C++) writes them.
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
QUERY_START = re.compile(
    r'"((?:MATCH|OPTIONAL|CREATE|MERGE|RETURN|UNWIND|WITH|CALL|EXPLAIN|PROFILE|SHOW|USE|FOREACH|DROP)\b'
    r'(?:[^"\\]|\\.)*)"')


def write(out, data):
    if isinstance(data, str):
        data = data.encode()
    if data:
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


def pieces(text, lines=40):
    rows = text.splitlines(keepends=True)
    for i in range(0, len(rows), lines):
        yield "".join(rows[i:i + lines])


def cases_queries(path):
    """The query and graph blocks of a .cases file (query_cases_test.cc)."""
    block, keyword = [], None
    for line in path.read_text().splitlines() + ["end"]:
        if line.startswith("  ") and keyword in ("query", "graph"):
            block.append(line[2:])
            continue
        if block:
            yield from (block if keyword == "graph" else ["\n".join(block)])
        block, keyword = [], line.split(" ")[0] if line and not line.startswith("#") else keyword


def tck_queries(tck):
    for feature in sorted(tck.glob("features/**/*.feature")):
        yield from re.findall(r'"""\n(.*?)\n\s*"""', feature.read_text(), re.S)


def query_seeds(out):
    for path in sorted((ROOT / "tests/query/cases").glob("*.cases")):
        for q in cases_queries(path):
            write(out, q)
    for path in sorted((ROOT / "tests/query").glob("*.cc")):
        for literal in QUERY_START.findall(path.read_text()):
            write(out, literal.encode().decode("unicode_escape").encode("latin-1"))
    tck = ROOT.parent / "shared/tck"
    if tck.is_dir():
        for q in tck_queries(tck):
            write(out, "\n".join(line.strip() for line in q.splitlines()))


def article_seeds(out):
    for path in sorted((ROOT / "tests/ingest/articles").glob("*.md")):
        text = path.read_bytes()
        write(out, b"m" + text)
        write(out, b"t" + text)
    for path in sorted((ROOT / "tests/ingest/formats").glob("*.htm*")):
        write(out, b"h" + path.read_bytes())


def lexicon_seeds(out):
    lexicon = ROOT / "lexicon"
    for selector, pattern in (("e", "**/*.txt"), ("r", "rules/*.rules"), ("w", "rules/*.words")):
        for path in sorted(lexicon.glob(pattern)):
            for piece in pieces(path.read_text()):
                write(out, selector + piece)


HAND_MADE_CSV = [
    "id:ID,name,born:date,budget:long,share:float,alive:boolean,aliases:string[],:LABEL\n"
    "P1,Ana,1966-07,10,0.5,true,A;B,Person\n"
    'O1,"Cartel, ""X""",,,,,,Organization;Cartel\n'
    "%%\n:START_ID,:END_ID,:TYPE,since:date,until:date\nP1,O1,LEADS,2010,2026-02-22\n",
    "\ufeffid:ID(Person),name,seen:datetime,at:localtime,t:time,d:duration,ldt:localdatetime,:LABEL\r\n"
    "1,Ana,2026-02-22T10:15:00+01:00,10:15,10:15Z,P1Y2M,2026-02-22T10:15,Person\r\n"
    "%%\n:START_ID(Person),:END_ID(Person),:TYPE,:IGNORE\n1,1,KNOWS,x\n",
]


def csv_seeds(out):
    data = ROOT / "tests/exchange/data"
    rels = sorted(data.glob("rels_*.csv"))
    for nodes in sorted(data.glob("nodes_*.csv")):
        write(out, nodes.read_bytes())
        for rel in rels:
            write(out, nodes.read_bytes() + b"%%\n" + rel.read_bytes())
    for text in HAND_MADE_CSV:
        write(out, text)


SEEDS = {"query": query_seeds, "article": article_seeds, "lexicon": lexicon_seeds, "csv_import": csv_seeds}

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in SEEDS:
        sys.exit(f"usage: seeds.py {{{','.join(SEEDS)}}} DIR")
    out = pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    SEEDS[sys.argv[1]](out)
    print(f"{sys.argv[1]}: {len(list(out.iterdir()))} seeds in {out}")
