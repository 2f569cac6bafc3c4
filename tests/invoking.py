"""The command line run in-process, for quick command tests (listing, usage errors): the real
parser and commands, output captured, without a new interpreter per call."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from planparse.cli import main


@dataclass
class Invocation:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        """Both streams, as a terminal would show a command that prints to each once."""
        return self.stdout + self.stderr


def invoke(*args: str | Path) -> Invocation:
    stdout, stderr = io.StringIO(), io.StringIO()
    with redirect_stdout(stdout), redirect_stderr(stderr):
        code = main([str(arg) for arg in args])
    return Invocation(code, stdout.getvalue(), stderr.getvalue())
