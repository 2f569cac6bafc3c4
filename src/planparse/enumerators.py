"""The enumerator patterns: how list items and headings are numbered ("1.", "1.2", "a)", "IV.").

One home for the patterns every stage uses to find or strip a printed number.
"""

from __future__ import annotations

import re

# A word that is only an enumerator, printed apart from its text ("1.", "a)", "(iv)", "2.3").
MARKER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Za-z][.)]|\(?[a-z0-9]{1,3}\))$")
# A line that starts with an item number ("1.2 ", "3) ", "b. ").
NUMBERED_ITEM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-z][.)])(?=\s|[A-Z])")
# The number printed before a title or item text: "1.2 ", "3-01/110.00 ", "A. ", "iv) ".
LEADING_NUMBER = re.compile(
    r"^(?:(?P<number>\d{1,3}(?:[./-]\d{1,3})*)(?:[.)]?\s*[-–—:]?\s+|\.?(?=[A-Z]))"
    r"|(?P<letter>[A-Z]|[ivx]{1,4}|[IVX]{1,4})(?:[.):]\s+))"
)
