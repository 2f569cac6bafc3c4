"""planparse's version: its one home (pyproject.toml reads it when the package is built).

A constant rather than the installed metadata: every parse records it, and reading package
metadata costs a one-page parse more than the lookup is worth.
"""

VERSION = "0.1.0"
