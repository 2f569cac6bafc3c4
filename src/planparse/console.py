"""The ``planparse`` command's process: what it settles before the library loads.

pydantic looks for plugins in the entry points of every installed distribution when the
first model is built (about 6 ms of a one-page parse); the command has none to load, so it
turns the search off unless the caller set ``PYDANTIC_DISABLE_PLUGINS`` themselves. A
program using the library keeps pydantic's default.
"""

from __future__ import annotations

import os
from typing import NoReturn


def run() -> NoReturn:
    """The console entry point (also ``python -m planparse``)."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from planparse.cli import run as run_command_line

    run_command_line()
