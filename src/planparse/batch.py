"""Parse documents in a worker process, so no single file can hang or crash a batch.

``parse()`` checks its deadline between pages, but a pathological page (a pure-Python loop
inside pdfminer, a decompression bomb) can run past it, and no thread can interrupt that.
So a batch hands each document to a child process and waits ``timeout`` seconds (plus a
grace for the child's own, cleaner, deadline error); on expiry it kills the child and starts
a fresh one for the next document. One worker serves many documents, so start-up and
imports are paid once, not per file. A parallel batch (``parse_many``) is N workers side by
side rather than a ``ProcessPoolExecutor``: a pool cannot kill one stuck task without
breaking the pool, and a worker can.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from planparse.errors import InternalError, ParseTimeoutError, PlanParseError
from planparse.models import Plan
from planparse.pipeline import parse
from planparse.reading import TIMEOUT, timeout_reason

KILL_GRACE = 1.0  # seconds past the timeout before the child is killed
Answer = tuple[Plan | None, PlanParseError | OSError | None, str]


@dataclass
class Outcome:
    """One document's result in a batch: its plan, or the error that stopped it."""

    path: Path
    result: Plan | PlanParseError | OSError


class RemoteTraceback(Exception):
    """The worker's traceback, chained as ``__cause__`` so a debug run shows where it failed."""

    def __str__(self) -> str:
        return str(self.args[0])


class Worker:
    """A child process that parses one document at a time and can be killed mid-document."""

    def __init__(self) -> None:
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._pending: tuple[Path, float | None] | None = None  # the document and its timeout
        self.deadline: float | None = None  # monotonic time the pending document must end by

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def parse(self, path: str | Path, *, timeout: float | None = TIMEOUT, **options: Any) -> Plan:
        """``planparse.parse(path, timeout=timeout, **options)`` with a hard time limit.

        Raises what ``parse`` raises, ``ParseTimeoutError`` when the child had to be killed,
        and ``InternalError`` when planparse failed (a bug) or the child died (out of memory).
        """
        self.submit(path, timeout=timeout, **options)
        return self.collect()

    def submit(
        self, path: str | Path, *, timeout: float | None = TIMEOUT, **options: Any
    ) -> Connection:
        """Hand the child a document; the connection returned turns readable when it answers."""
        path = Path(path)
        connection = self._ready()
        self._pending = (path, timeout)
        self.deadline = None if timeout is None else time.monotonic() + timeout + KILL_GRACE
        try:
            connection.send((path, timeout, options))
        except (EOFError, ConnectionError):
            raise InternalError(path, died_reason(self._kill())) from None
        except BaseException:
            self._kill()
            raise
        return connection

    def collect(self) -> Plan:
        """The submitted document's plan, waited for until its deadline; raises as ``parse``."""
        assert self._pending is not None, "collect() follows a submit()"
        assert self._connection is not None  # submit() started the child
        (path, timeout), self._pending = self._pending, None
        connection = self._connection
        try:
            if not connection.poll(seconds_until(self.deadline)):
                raise ParseTimeoutError(path, timeout_reason(timeout))
            plan, error, trace = connection.recv()
        except (EOFError, ConnectionError):
            raise InternalError(path, died_reason(self._kill())) from None
        except BaseException:
            self._kill()  # timed out or interrupted: a late answer must not pass for the next
            raise
        if error is not None:
            error.__cause__ = RemoteTraceback(trace)
            raise error
        assert plan is not None  # an answer holds a plan or an error
        return plan

    def close(self) -> None:
        """Ask the child to stop; kill it if it does not (at once when it is mid-document)."""
        if self._connection is not None and self._pending is None:
            with contextlib.suppress(OSError, ValueError):  # already gone
                self._connection.send(None)
            if self._process is not None:
                self._process.join(timeout=1.0)
        self._kill()

    def _ready(self) -> Connection:
        if self._process is None or self._connection is None or not self._process.is_alive():
            self._kill()
            context: Any = multiprocessing.get_context(start_method())
            self._connection, child_end = context.Pipe()
            self._process = context.Process(target=serve, args=(child_end,), daemon=True)
            self._process.start()
            child_end.close()
        return self._connection

    def _kill(self) -> int | None:
        """Stop the child at once and forget it; its exit code says how it ended."""
        code = None
        if self._process is not None:
            self._process.kill()
            self._process.join()
            code = self._process.exitcode
            self._process.close()
        if self._connection is not None:
            self._connection.close()
        self._process = self._connection = None
        self._pending = None
        return code


def parse_in_subprocess(
    path: str | Path, *, timeout: float | None = TIMEOUT, **options: Any
) -> Plan:
    """Parse one document with a hard time limit; see ``Worker.parse``."""
    with Worker() as worker:
        return worker.parse(path, timeout=timeout, **options)


def parse_each(
    paths: Iterable[Path], *, timeout: float | None = TIMEOUT, **options: Any
) -> Iterator[Outcome]:
    """Parse documents one after another; a failure is an outcome, never the batch's end."""
    with Worker() as worker:
        for path in paths:
            try:
                yield Outcome(path, worker.parse(path, timeout=timeout, **options))
            except (PlanParseError, OSError) as exc:
                yield Outcome(path, exc)


def parse_many(
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    timeout: float | None = TIMEOUT,
    **options: Any,
) -> Generator[Outcome, None, None]:
    """Parse documents in ``workers`` processes (default: one per core), yielding each
    outcome as its document completes; a failure is an outcome, never the batch's end.

    The largest files start first, so a batch does not end waiting on one big document that
    started last. Each worker has its own deadline: a stuck document is killed while the
    others go on. Leaving the loop early stops the workers.
    """
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    queue = deque(largest_first(Path(path) for path in paths))
    idle = [Worker() for _ in range(min(workers or os.cpu_count() or 1, len(queue)))]
    busy: dict[Connection, tuple[Worker, Path]] = {}
    try:
        while queue or busy:
            while queue and idle:
                worker, path = idle.pop(), queue.popleft()
                try:
                    busy[worker.submit(path, timeout=timeout, **options)] = (worker, path)
                except (PlanParseError, OSError) as exc:
                    idle.append(worker)
                    yield Outcome(path, exc)
            for connection in finished(busy) if busy else []:
                worker, path = busy.pop(connection)
                idle.append(worker)
                yield collect(worker, path)
    finally:
        for worker, _ in busy.values():
            worker.close()
        for worker in idle:
            worker.close()


def largest_first(paths: Iterable[Path]) -> list[Path]:
    """Biggest files first (a missing one last: it fails at once); ties keep their order."""

    def size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:
            return -1

    return sorted(paths, key=size, reverse=True)


def finished(busy: dict[Connection, tuple[Worker, Path]]) -> list[Connection]:
    """Wait, without spinning, until a worker answers or reaches its deadline; those workers."""
    deadlines = [worker.deadline for worker, _ in busy.values() if worker.deadline is not None]
    ready = set(wait(list(busy), timeout=seconds_until(min(deadlines, default=None))))
    now = time.monotonic()
    return [
        connection
        for connection, (worker, _) in busy.items()
        if connection in ready or (worker.deadline is not None and worker.deadline <= now)
    ]


def collect(worker: Worker, path: Path) -> Outcome:
    try:
        return Outcome(path, worker.collect())
    except (PlanParseError, OSError) as exc:
        return Outcome(path, exc)


def seconds_until(deadline: float | None) -> float | None:
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def start_method() -> str:
    """Fork where it is safe (Linux, one thread): the child inherits the loaded pipeline."""
    return "fork" if sys.platform == "linux" and threading.active_count() == 1 else "spawn"


def died_reason(exit_code: int | None) -> str:
    how = f"exit code {exit_code}"
    if exit_code is not None and exit_code < 0:  # POSIX: killed by a signal
        how = f"killed by signal {-exit_code}"
        if -exit_code == signal.SIGKILL:
            how += ", often the system running out of memory"
    return f"planparse's worker process stopped on this file ({how}); please report it"


def serve(connection: Connection) -> None:
    """The child's loop: answer each request until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    gc.freeze()  # what is loaded now lives as long as the worker: collections skip it
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=exit_with, args=(parent,), daemon=True).start()
    while (request := connection.recv()) is not None:
        connection.send(answer(*request))


def exit_with(parent: BaseProcess) -> None:
    """End the child when its parent dies, even mid-document: no one else could kill it."""
    parent.join()
    os._exit(1)


def answer(path: Path, timeout: float | None, options: dict[str, Any]) -> Answer:
    try:
        return parse(path, timeout=timeout, **options), None, ""
    except (PlanParseError, OSError) as exc:
        return None, exc, traceback.format_exc()
    except Exception as exc:  # the batch boundary: a bug in planparse costs one file, not the run
        detail = f"{type(exc).__name__}: {exc}"[:200]
        reason = f"planparse failed on this file ({detail}); please report it"
        return None, InternalError(path, reason), traceback.format_exc()
