"""The one way planparse writes a file: atomically, durably, with the permissions users expect.

A temporary file in the target's own folder (so the rename stays on one file system) is
written, flushed to disk and renamed over the target: an interrupted run leaves the old file or
none, never half of one. The file gets the mode a plain ``open()`` would give it (0o666 less
the umask), not the owner-only mode of ``tempfile.mkstemp``.
"""

from __future__ import annotations

import os
from pathlib import Path

NEW_FILE_MODE = 0o666


def write_atomically(target: str | Path, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``target``, creating its folder; return the path."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, NEW_FILE_MODE)
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
