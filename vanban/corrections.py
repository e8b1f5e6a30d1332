"""Stage corrections: fields staff correct by hand, in a sidecar beside the source.

``sources/NAME.meta.yml`` (for ``sources/NAME.txt``) holds the front-matter fields that
were read wrongly, with their right values. It is validated (unknown keys, malformed
dates, wrong kinds of value are errors naming the file and line), it wins over what was
read, and since it is a file of its own it survives every rebuild. A source whose sidecar
is invalid is refused, so a correction is never silently dropped.

    number: 27-CT/TU
    date: 2014-12-11
    signer: Lê Hữu Phúc
"""

from __future__ import annotations

import datetime
import functools
import os
import re
from dataclasses import replace
from typing import Any

from .errors import SourceError
from .model import Metadata
from .orthography import to_traditional

SIDECAR_SUFFIX = ".meta.yml"

_TEXT_FIELDS = (
    "title", "doc_type", "number", "issuer", "place", "province", "subject", "signer",
    "signer_title",
)
_LIST_FIELDS = ("addressees", "recipients")
_SYSTEMS = ("dang", "nha-nuoc")
ALLOWED = (*_TEXT_FIELDS, "system", "date", *_LIST_FIELDS, "cosigners")
_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


@functools.lru_cache(maxsize=1)
def _yaml() -> tuple[Any, type]:
    """PyYAML, and its safe loader without implicit dates: "2022-13-40" must reach
    validation as written. Imported on the first sidecar: most builds have none, and the
    import is a fiftieth of a second of every build."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return yaml, Loader


def sidecar_name(source_name: str) -> str:
    """``NAME.meta.yml`` for ``NAME.txt``."""
    return os.path.splitext(source_name)[0] + SIDECAR_SUFFIX


def load_corrections(name: str, data: bytes) -> dict[str, Any]:
    """The validated corrections of a sidecar; ``name`` is the sidecar's file name."""
    yaml, loader = _yaml()
    try:
        loaded = yaml.load(data.decode("utf-8"), Loader=loader) if data.strip() else {}
    except UnicodeDecodeError as error:
        raise SourceError(name, "is not UTF-8 text") from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise SourceError(name, f"is not valid YAML ({getattr(error, 'problem', error)})", line) from error
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise SourceError(name, "must be a mapping of field names to values, such as 'number: 27-CT/TU'")
    lines = _key_lines(data)
    corrections: dict[str, Any] = {}
    for key, value in loaded.items():
        line = lines.get(str(key))
        if key not in ALLOWED:
            raise SourceError(name, f"unknown key '{key}'; the keys that can be corrected are {', '.join(ALLOWED)}", line)
        corrections[key] = _validated(name, key, value, line)
    return corrections


def _key_lines(data: bytes) -> dict[str, int]:
    lines: dict[str, int] = {}
    for number, line in enumerate(data.decode("utf-8").splitlines(), start=1):
        match = re.match(r"^([A-Za-z_]+)\s*:", line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def _validated(name: str, key: str, value: Any, line: int | None) -> Any:
    if key == "date":
        text = value.isoformat() if hasattr(value, "isoformat") else str(value) if value is not None else None
        if text is None:
            return None
        match = _DATE.fullmatch(text)
        if not match or not _real_date(match):
            raise SourceError(name, f"date '{text}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD", line)
        return text
    if key == "system":
        if value is not None and value not in _SYSTEMS:
            raise SourceError(name, f"system '{value}' must be one of {', '.join(_SYSTEMS)} (or null)", line)
        return value
    if key == "cosigners":
        return _validated_cosigners(name, value, line)
    if key in _LIST_FIELDS:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise SourceError(name, f"{key} must be a list of lines, such as '- Bộ Nội vụ'", line)
        return [to_traditional(item.strip()) for item in value]
    if value is not None and not isinstance(value, (str, int, float)):
        raise SourceError(name, f"{key} must be a single line of text", line)
    text = None if value is None else str(value).strip()
    return to_traditional(text) if text and key not in ("number",) else text


def _validated_cosigners(name: str, value: Any, line: int | None) -> list[tuple[str, str]]:
    """A joint document's other signers, each "- signer: ..." with its "signer_title"."""
    usage = "cosigners must be a list of signers, such as '- signer: Lưu Quang Đạt' with 'signer_title: Thứ trưởng'"
    if not isinstance(value, list):
        raise SourceError(name, usage, line)
    cosigners = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("signer"), str) or not item["signer"].strip():
            raise SourceError(name, usage, line)
        title = item.get("signer_title")
        if set(item) - {"signer", "signer_title"} or not isinstance(title, (str, type(None))):
            raise SourceError(name, usage, line)
        cosigners.append((to_traditional(item["signer"].strip()), to_traditional((title or "").strip())))
    return cosigners


def _real_date(match: re.Match[str]) -> bool:
    year, month, day = match.group("year", "month", "day")
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def apply_corrections(metadata: Metadata, corrections: dict[str, Any], title) -> Metadata:
    """The metadata with the corrections in place; ``title`` remakes the title from the
    corrected type, number and subject unless the title itself is corrected."""
    if not corrections:
        return metadata
    corrected = replace(metadata, **corrections)
    if "title" not in corrections and {"doc_type", "number", "subject"} & corrections.keys():
        corrected = replace(corrected, title=title(corrected))
    return corrected
