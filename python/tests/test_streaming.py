"""Rows stream from the engine: memory stays flat however many rows; Ctrl-C cancels a running query."""

import os
import signal
import threading

import pytest

ROWS = 1_000_000


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_a_million_rows_stream_in_flat_memory(db):
    # Held at once, these rows would take ~250 MB as Python dicts and strings.
    pad = "x" * 100
    result = db.query("UNWIND range(1, $n) AS i RETURN i, $pad + toString(i) AS s", n=ROWS, pad=pad)
    count, peak, start = 0, 0, None
    for row in result:
        count += 1
        if count == 10_000:
            start = rss_bytes()
        elif count % 100_000 == 0:
            peak = max(peak, rss_bytes())
    assert count == ROWS and row == {"i": ROWS, "s": pad + str(ROWS)}
    assert peak - start < 50 << 20, f"RSS grew by {(peak - start) >> 20} MiB while streaming"


def test_ctrl_c_cancels_a_running_query(db):
    db.timeout = 120  # were cancelling broken, fail (TimedOut) rather than hang
    handler = signal.getsignal(signal.SIGINT)
    main = threading.get_ident()
    timer = threading.Timer(0.5, lambda: signal.pthread_kill(main, signal.SIGINT))
    try:
        with pytest.raises(KeyboardInterrupt):
            timer.start()  # inside: however late the signal comes, it comes here
            db.query("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b "
                     "WITH a WHERE a < 0 RETURN count(*)").value()
    finally:
        timer.cancel()
    # The database is usable afterwards, and Python's own handler is back.
    assert db.query("RETURN 1 AS one").value() == 1
    assert signal.getsignal(signal.SIGINT) is handler


def test_other_threads_run_while_the_engine_works(db):
    # The GIL is released while the engine runs: a Python thread makes progress meanwhile.
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    thread = threading.Thread(target=tick)
    thread.start()
    try:
        before = len(ticks)
        db.query("UNWIND range(1, 3000) AS a UNWIND range(1, 1000) AS b WITH a WHERE a < 0 RETURN count(*)").value()
        during = len(ticks) - before
    finally:
        stop.set()
        thread.join()
    assert during > 5
