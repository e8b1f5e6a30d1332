"""Stage history: when each source changed and how, from git.

One ``git log`` over the sources folder gives every commit that touched a source, with
the lines it added and removed; the newest tag ``vYYYY.MM`` names the last published
version, and what changed since it is listed on its own page. Outside a git checkout (or
without git) there is no history, and nothing else changes. The same commit always gives
the same history, so the build stays reproducible.
"""

from __future__ import annotations

import hashlib
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

_FIELD = "\x1f"
_RECORD = "\x1e"


@dataclass(frozen=True)
class Change:
    """One commit's change to one source."""

    commit: str
    date: str
    message: str
    added_lines: int
    removed_lines: int


@dataclass
class History:
    """Every source's changes, newest first, and the sources changed since the last version."""

    changes: dict[str, list[Change]] = field(default_factory=dict)
    previous_version: str | None = None
    changed_since_version: set[str] = field(default_factory=set)

    def of(self, source: str) -> list[Change]:
        return self.changes.get(source, [])


def _git(sources_dir: Path, *args: str) -> str | None:
    try:
        completed = subprocess.run(
            ["git", *args],
            cwd=sources_dir,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
    except OSError:
        return None
    return completed.stdout if completed.returncode == 0 else None


# NUL-terminated paths (-z): otherwise git quotes a name with any non-ASCII letter
# ("Kế hoạch 125.txt"), and its history would be filed under the quoted form.
_LOG = (
    "log", "-z", "--no-renames", "--numstat", "--encoding=UTF-8",
    f"--format={_RECORD}%H{_FIELD}%cs{_FIELD}%s", "--", ".",
)
_NEWEST_RELEASE = ("describe", "--tags", "--abbrev=0", "--match", "v[0-9]*")
# A commit is named by the first characters of its hash, always as many: git's own short
# hash grows with the number of objects in a clone, so a shallow clone and a full one of
# the same commit would write different pages.
COMMIT_LENGTH = 12


class PendingHistory:
    """The history of the sources, read by a ``git log`` started at once and left to run.

    Its output goes to an unnamed temporary file, not a pipe: the build forks worker
    processes while git runs, and a worker that inherited a pipe's writing end would keep
    the reader from ever seeing its end.
    """

    def __init__(self, sources_dir: Path, *, fingerprinted: bool = False) -> None:
        self.sources_dir = sources_dir.resolve()
        self._output: IO[bytes] | None = None
        self._git: subprocess.Popen[bytes] | None = None
        self._history: History | None = None
        self._fingerprint: str | None = None
        if fingerprinted:
            # Read before the log starts: a commit made while the build runs then leaves
            # a fingerprint older than the history, and the next run builds again rather
            # than skip with pages made from an older history.
            self.fingerprint()
        if not self.sources_dir.is_dir():
            self._history = History()
            return
        self._output = tempfile.TemporaryFile()
        try:
            self._git = subprocess.Popen(
                ["git", *_LOG], cwd=self.sources_dir, stdout=self._output,
                stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
            )
        except OSError:
            self._history = History()

    def fingerprint(self) -> str:
        """What the history is made from, read with four quick git calls instead of the
        log's diffs (half a second at 10,000 sources): the commits that touched the sources
        (a commit's hash names its changes, date and message), the folder's place in the
        checkout and its tree now, and the newest release tag with the folder's tree there.
        Equal fingerprints make equal histories, so a run can tell that nothing changed
        without waiting for the log."""
        if self._fingerprint is None:
            parts: list[str | None] = []
            if self.sources_dir.is_dir():
                tag = (_git(self.sources_dir, *_NEWEST_RELEASE) or "").strip()
                parts = [
                    _git(self.sources_dir, "log", "--format=%H", "--", "."),
                    _git(self.sources_dir, "rev-parse", "--show-prefix", "HEAD:./"),
                    tag,
                    _git(self.sources_dir, "rev-parse", f"{tag}:./") if tag else None,
                ]
            self._fingerprint = hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()
        return self._fingerprint

    def close(self) -> None:
        """Stop git if its log was never asked for, and let go of its output."""
        if self._history is None and self._git is not None:
            self._git.kill()
            self._git.wait()
        self._close_output()

    def _close_output(self) -> None:
        if self._output is not None:
            self._output.close()
            self._output = None

    def result(self) -> History:
        """The history; waits for git the first time."""
        if self._history is None:
            assert self._git is not None and self._output is not None
            finished = self._git.wait() == 0
            self._output.seek(0)
            log = self._output.read().decode("utf-8", errors="replace") if finished else None
            self._history = _parse(self.sources_dir, log) if log is not None else History()
        self._close_output()
        return self._history


def _parse(sources_dir: Path, log: str) -> History:
    prefix = _git(sources_dir, "rev-parse", "--show-prefix")
    prefix = (prefix or "").strip()
    history = History()
    for record in log.split(_RECORD)[1:]:
        # The commit's line ends in NUL and a newline, each changed file's in NUL alone.
        head, _, stats = record.partition("\0")
        commit, date, message = (head.split(_FIELD) + ["", ""])[:3]
        commit = commit[:COMMIT_LENGTH]
        for entry in stats.removeprefix("\n").split("\0"):
            parts = entry.split("\t", 2)
            if len(parts) != 3:
                continue
            added, removed, path = parts
            name = path[len(prefix) :] if path.startswith(prefix) else path
            if "/" in name:
                continue
            history.changes.setdefault(name, []).append(
                Change(commit, date, message, _count(added), _count(removed))
            )
    tag = _git(sources_dir, *_NEWEST_RELEASE)
    if tag and tag.strip():
        history.previous_version = tag.strip()
        changed = _git(sources_dir, "diff", "-z", "--name-only", f"{history.previous_version}..HEAD", "--", ".")
        for path in filter(None, (changed or "").split("\0")):
            history.changed_since_version.add(path[len(prefix) :] if path.startswith(prefix) else path)
    else:
        history.changed_since_version = set(history.changes)
    return history


def _count(text: str) -> int:
    # Binary files show "-" for their line counts.
    return int(text) if text.isdigit() else 0
