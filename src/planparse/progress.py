"""The progress bar of batch commands: the file just finished, done of total, time left.

It is drawn on stderr only when stderr is a terminal, and redrawn as documents finish, not by
rich's timer thread: workers start by fork, which is used only while the parent runs a single
thread (``batch.start_method``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

NAME_WIDTH = 32  # characters of the file name shown; longer names are cut in the middle


@contextmanager
def progress_bar(total: int, verb: str = "parsing") -> Iterator[Callable[[str], None]]:
    """``advance(name)`` once per finished document; a no-op unless stderr is a terminal."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda name: None
        return
    from planparse.terminal import progress_display

    with progress_display(total, verb) as show:
        yield lambda name: show(f"{verb} {shown(name)}")


def shown(name: str) -> str:
    """A file name fit for one terminal line: control characters out, long ones shortened."""
    name = "".join(c if c.isprintable() else "?" for c in name)
    if len(name) <= NAME_WIDTH:
        return name.ljust(NAME_WIDTH)
    half = (NAME_WIDTH - 1) // 2
    return f"{name[:half]}…{name[-(NAME_WIDTH - 1 - half) :]}"
