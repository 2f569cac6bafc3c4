"""Structure recognisers: one per layout family, each scoring how well it fits a document.

A recogniser is registered by name in ``registry`` (``planparse layouts`` lists them,
``--layout NAME`` forces one); importing this package registers them all.
"""

from planparse.recognisers import labelled, policy, sheet, tree
from planparse.recognisers.registry import RECOGNISERS, Recognition, choose, register

__all__ = [
    "RECOGNISERS",
    "Recognition",
    "choose",
    "labelled",
    "policy",
    "register",
    "sheet",
    "tree",
]
