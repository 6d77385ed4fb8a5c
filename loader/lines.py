"""The lines of an export file as text, numbered from 1, whatever its encoding and line ends.

Text is decoded line by line: UTF-8, else cp1252 (one warning, at the first such line), or
UTF-16 for a file with a BOM or with the NUL bytes of ASCII text in UTF-16. Line ends may be
LF, CRLF or lone CR; form feeds (page breaks) are dropped. Control characters, which XML
cannot carry and terminals obey, become U+FFFD (warned). A file that cannot be an export at
all (missing, a directory, empty, binary) raises `ParseError` before any line is read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from operator import methodcaller
from pathlib import Path

__all__ = ["ParseError", "Reader", "open_export"]

_HEAD_SIZE = 8192
_BOM = b"\xef\xbb\xbf"
_WITHOUT_LF = methodcaller("removesuffix", b"\n")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# C0 and C1 controls but tab, surrogates and the two non-characters XML 1.0 excludes.
# (escapes read by `re`, not by Python: mypyc compiles no string literal holding surrogates)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


class ParseError(Exception):
    """The input is not a SENACS export at all (missing, empty, binary, or without fiche)."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


def open_export(path: str | os.PathLike[str]) -> Reader:
    """The lines of the file at `path`; raises `ParseError` at once for a missing, empty or
    binary file or a directory (the error shows `path` as given)."""
    shown = str(path)
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD_SIZE)
    except IsADirectoryError:
        raise ParseError(shown, 0, "is a directory, not a SENACS export") from None
    except FileNotFoundError:
        raise ParseError(shown, 0, "no such file") from None
    except OSError as error:
        raise ParseError(shown, 0, f"cannot read: {error.strerror or error}") from None
    return Reader(Path(path), _codec(head, shown))


def _codec(head: bytes, shown: str) -> str | None:
    """The file's UTF-16 codec, or None for UTF-8/cp1252 read line by line; raises
    `ParseError` for an empty or binary file."""
    codec = None
    if head.startswith(_UTF16_BOMS):
        codec = "utf-16"
    elif b"\0" in head:
        codec = _utf16_without_bom(head)
        if codec is None:
            line = head.count(b"\n", 0, head.index(b"\0")) + 1
            raise ParseError(shown, line, "binary file, not a SENACS export")
    blank = not (head.decode(codec, "replace").lstrip("\ufeff").strip() if codec
                 else head.removeprefix(_BOM).strip())
    if len(head) < _HEAD_SIZE and blank:
        raise ParseError(shown, 0, "empty file")
    return codec


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "-be" when every other byte is NUL, as in mostly-ASCII UTF-16."""
    head = head[: len(head) // 2 * 2]
    even, odd = head[0::2], head[1::2]
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros and zeros.count(0) >= 0.8 * len(zeros) and 0 not in others:
            return codec
    return None


@dataclass
class Reader:
    """The lines of a file as text, numbered from 1; decoding problems go to `warn`."""

    path: Path
    codec: str | None
    warn: Callable[[int, str], None] = lambda line, message: None

    def holds(self, needle: bytes) -> bool:
        """Whether the file's bytes hold `needle`, a single byte (read in large blocks)."""
        with open(self.path, "rb") as file:
            return any(needle in block for block in iter(lambda: file.read(1 << 20), b""))

    def lines(self, needle: str = "") -> Iterator[tuple[int, str]]:
        """(number, text) of every line, or of the lines containing `needle` (faster)."""
        return self._text_lines(needle) if self.codec else self._byte_lines(needle.encode())

    def _text_lines(self, needle: str) -> Iterator[tuple[int, str]]:
        with open(self.path, encoding=self.codec, errors="replace", newline="") as text:
            for n, line in enumerate(text, 1):
                line = line.rstrip("\r\n")
                if needle in line:
                    yield n, line if line.isprintable() else self._clean(n, line)

    def _byte_lines(self, needle: bytes) -> Iterator[tuple[int, str]]:
        fallback_reported = False
        with open(self.path, "rb") as file:
            # Without a CR in the file, lines split in C alone (most files: the fast path).
            raws = (chain.from_iterable(map(_line_parts, file)) if self.holds(b"\r")
                    else map(_WITHOUT_LF, file))
            for n, raw in enumerate(raws, 1):
                if n == 1:
                    raw = raw.removeprefix(_BOM)
                if needle not in raw:
                    continue
                try:
                    text = raw.decode()
                except UnicodeDecodeError:
                    text = raw.decode("cp1252", "replace")
                    if not fallback_reported:
                        fallback_reported = True
                        self.warn(n, "not UTF-8, decoded as cp1252")
                yield n, text if text.isprintable() else self._clean(n, text)

    def _clean(self, n: int, text: str) -> str:
        """`text` without page breaks and BOMs, its control characters replaced (warned)."""
        if "\f" in text or "\ufeff" in text:  # page breaks; BOMs of files joined by `cat`
            text = text.replace("\f", "").replace("\ufeff", "")
        found = _CONTROL.search(text)
        if found:
            self.warn(n, f"control character U+{ord(found[0]):04X} replaced by U+FFFD")
            text = _CONTROL.sub("\ufffd", text)
        return text


def _line_parts(raw: bytes) -> tuple[bytes, ...]:
    """The lines of `raw`, a line of the file up to LF: more than one if it holds lone CRs."""
    raw = raw.removesuffix(b"\n")
    if b"\r" not in raw:
        return (raw,)
    parts = raw.split(b"\r")
    if not parts[-1]:  # the CR of a CRLF, or a lone CR ending the file
        parts.pop()
    return tuple(parts)
