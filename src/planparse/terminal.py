"""What planparse draws on a terminal, the one home of rich: the plan outline's styled text
and tree (``views/outline.py`` builds them), and the batch progress bar (``progress.py``).

Imported only when something is drawn, so the command line starts without rich.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console, Group, RenderableType
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text
from rich.tree import Tree

__all__ = ["Group", "RenderableType", "Text", "Tree", "print_renderable", "progress_display"]


def print_renderable(renderable: RenderableType) -> None:
    """On stdout, in colour on a terminal; long lines wrap under their branch."""
    Console(soft_wrap=False).print(renderable)


@contextmanager
def progress_display(total: int, verb: str) -> Iterator[Callable[[str], None]]:
    """A bar on stderr, gone when done; ``advance(description)`` once per finished item.

    It redraws only when advanced, never from rich's timer thread (see ``progress.py``).
    """
    columns = (
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )
    console = Console(stderr=True)
    with Progress(*columns, console=console, auto_refresh=False, transient=True) as bar:
        task = bar.add_task(verb, total=total)
        bar.refresh()

        def advance(description: str) -> None:
            bar.update(task, advance=1, description=description, refresh=True)

        yield advance
