"""Parse documents in a worker process, so no single file can hang or crash a batch.

``parse()`` checks its deadline between pages, but a pathological page (a pure-Python loop
inside pdfminer, a decompression bomb) can run past it, and no thread can interrupt that.
So a batch hands each document to a child process and waits ``timeout`` seconds (plus a
grace for the child's own, cleaner, deadline error); on expiry it kills the child and starts
a fresh one for the next document. One worker serves many documents, so start-up and
imports are paid once, not per file; a pool for parallel runs is N workers side by side.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from planparse.errors import InternalError, ParseTimeoutError, PlanParseError
from planparse.models import Plan
from planparse.pdf import TIMEOUT, timeout_reason
from planparse.pipeline import parse

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

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def parse(self, path: str | Path, *, timeout: float | None = TIMEOUT, **options: Any) -> Plan:
        """``planparse.parse(path, timeout=timeout, **options)`` with a hard time limit.

        Raises what ``parse`` raises, ``ParseTimeoutError`` when the child had to be killed,
        and ``InternalError`` when planparse failed (a bug) or the child died (out of memory).
        """
        path = Path(path)
        connection = self._ready()
        try:
            connection.send((path, timeout, options))
            if not connection.poll(None if timeout is None else timeout + KILL_GRACE):
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
        """Ask the child to stop; kill it if it does not."""
        if self._connection is not None:
            with contextlib.suppress(OSError, ValueError):  # already gone
                self._connection.send(None)
        if self._process is not None:
            self._process.join(timeout=1.0)
        self._kill()

    def _ready(self) -> Connection:
        if self._process is None or self._connection is None or not self._process.is_alive():
            self._kill()
            context = multiprocessing.get_context(start_method())
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
