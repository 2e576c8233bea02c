"""What the layouts of several outlets share: the ad label rule (the generic rule function, which source
layouts do not run by default) and the attribution line of an embedded social post."""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from ..rules.widgets import advertisement

ADVERTISEMENT = LineRule("advertisement", "ad", advertisement)

# "— David Lammy (@DavidLammy) September 15, 2024": the line under an embedded post (X, Threads, Bluesky).
POST_ATTRIBUTION = lazy(r"[—–-]\s*[^()\n]{1,80}\(@[\w.]{1,40}\)\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}")
