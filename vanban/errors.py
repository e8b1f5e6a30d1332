"""The errors a build reports. Each names the source file (and line where it helps) and why.

A ``SourceError`` refuses one source; the rest of the corpus still builds. The message is
printed as ``FILE: reason`` (or ``FILE:LINE: reason``), the form editors and CI logs link.
"""

from __future__ import annotations


class PortalError(Exception):
    """Base class of every error the portal raises on purpose."""


class SourceError(PortalError):
    """A source that cannot be published, with the reason and what to do about it."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


class CorpusError(PortalError):
    """A problem between sources, such as two files with one identity."""
