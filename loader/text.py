"""The free text of a fiche as the extractors read it: lines with the structure's name
masked, and sentences, each with its field and line for the evidence."""

from __future__ import annotations

import re
import re._compiler as sre_compile  # type: ignore[import-not-found]  # (no stubs)
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import ahocorasick

from loader.records import Evidence, Line, Method, Record
from ontology.keys import fold, fold_aligned

__all__ = ["LONGEST", "FicheText", "Sentence", "TextLine", "holds_any", "quote", "scanner",
           "searcher", "sentences_of"]

LONGEST = 1000  # characters of a sentence read at once
# The mark and the spaces after it: a pattern that opens on a character class lets `re` skip
# to the marks, where a lookbehind is tried at every position. The sentence ends after it.
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a fiche's field, with the line it stands on and its folded text (the
    patterns of the extractors run on it: folded once, read by each)."""

    field: str
    line: Line
    text: str
    folded: str


@dataclass(frozen=True, slots=True)
class TextLine:
    """A line of a fiche's field: its text (the structure's name masked) and its sentences."""

    line: Line
    text: str
    sentences: tuple[Sentence, ...]


class FicheText:
    """The free text of a fiche's `fields`, read once: its lines with the structure's name
    masked ("CENTRE SOCIAL C.A.F." is not a CAF grant), and their sentences."""

    def __init__(self, record: Record, fields: tuple[str, ...]) -> None:
        self.record = record
        present = [f for f in fields if f in record.fields]
        naming = iter(_naming_lines("\n".join(record.text(f) for f in present),
                                    record.structure_name))
        self.lines: dict[str, list[TextLine]] = {
            field: [_text_line(field, line, self.mask(line.text) if next(naming) else line.text)
                    for line in record.fields[field].lines]
            for field in present}

    def lines_of(self, field: str) -> list[TextLine]:
        """The lines of a field with their text, the structure's name masked."""
        return self.lines.get(field, [])

    def mask(self, text: str) -> str:
        """`text` with the structure's name blanked out."""
        return _mask(text, self.record.structure_name)

    def sentences(self, field: str) -> Iterator[Sentence]:
        """The sentences of a field, each with its line."""
        for line in self.lines.get(field, ()):
            yield from line.sentences


def _text_line(field: str, line: Line, text: str) -> TextLine:
    return TextLine(line, text, tuple(Sentence(field, line, sentence, fold_aligned(sentence))
                                      for sentence in sentences_of(text)))


def _sentence_bounds(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield start, match.start() + 1
        start = match.end()
    yield start, len(text)


def sentences_of(text: str) -> Iterator[str]:
    """The sentences of `text`, stripped, empty ones left out. A "sentence" longer than
    `LONGEST` (a pasted table, a text without full stops) is cut at a comma or a space:
    what reads a sentence may then read it whole, and stay linear in the text."""
    for start, end in _sentence_bounds(text):
        while end - start > LONGEST:
            cut = max(text.rfind(", ", start, start + LONGEST), text.rfind(" ", start,
                                                                         start + LONGEST))
            cut = cut + 1 if cut > start else start + LONGEST
            if text[start:cut].strip(" -•"):
                yield text[start:cut].strip()
            start = cut
        sentence = text[start:end].strip()
        if sentence.strip(" -•"):
            yield sentence


def _naming_lines(text: str, structure: str) -> list[bool]:
    """For each line of `text`, False when it surely does not hold the structure's name: not
    all the name's words are in it once folded to ASCII (a cheap superset of what `_mask`
    looks for; `fold` keeps ASCII letters in order, whatever it drops around them)."""
    words = re.findall(r"\w+", fold(structure))
    if not all(word.isascii() for word in words):
        return [True] * (text.count("\n") + 1)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return [all(word in line for word in words) for line in ascii_text.split("\n")]


def _mask(text: str, structure: str) -> str:
    """`text` with the structure's own name blanked out (same length)."""
    folded = fold(text)
    pattern = _name_pattern(structure)
    if pattern is None or len(folded) != len(text):
        return text
    chars = list(text)
    for match in pattern.finditer(folded):
        chars[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(chars)


@cache
def _name_pattern(structure: str) -> re.Pattern[str] | None:
    words = [re.escape(w) for w in re.findall(r"\w+", fold(structure))]
    return re.compile(r"\b" + r"\W+".join(words) + r"\b\W?") if words else None


def holds_any(words: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a text holds any of `words` (non-empty), in one pass over the text
    whatever their number (Aho-Corasick), where `any(word in text …)` makes one per word: the
    extractors' cheap gates, run on every sentence.

    >>> holds_any(["financ", "€"])("un don de 50 €"), holds_any(["financ"])("un don")
    (True, False)
    """
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return lambda text: next(automaton.iter(text), None) is not None


def searcher(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A test of whether `pattern` matches somewhere in a text, as `pattern.search` says,
    cheaper for a long alternation: its own search tries every alternative at every position;
    here an alternative is searched only in a text that holds one of the literal strings all
    its matches hold (read from the pattern itself, so they stay right when it changes; found
    in one Aho-Corasick pass over the text).

    >>> found = searcher(re.compile(r"partenari|co-?anim|(?:anime|porte)e?s? par"))
    >>> found("un atelier co-anime par la caf"), found("un atelier du mercredi")
    (True, False)
    """
    if pattern.flags & re.IGNORECASE:  # the literals may be written in any case
        return lambda text: pattern.search(text) is not None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    alternatives = _Alternatives([("", branch) for branch in _branches(parsed)], pattern.flags)
    return lambda text: any(alternatives.compiled[index].search(text)
                            for index in alternatives.possible(text))


def scanner(pattern: re.Pattern[str]) -> Callable[[str], list[tuple[str, re.Match[str]]]]:
    """`pattern.finditer` as (group name, match) pairs, for a pattern that is an alternation
    of named groups: each alternative of each group searched only in a text holding one of
    its literal strings (see `searcher`), and of the matches, the leftmost, there the first
    alternative's, then the leftmost after it: what `re` finds.

    >>> scan = scanner(re.compile(r"(?P<money>financ[a-z]*|subvention)|(?P<with>avec|aupres)"))
    >>> [(name, match.group(0)) for name, match in scan("financement avec une subvention")]
    [('money', 'financement'), ('with', 'avec'), ('money', 'subvention')]
    """
    names = {index: name for name, index in pattern.groupindex.items()}
    tagged = []
    for group in _branches(sre_parse.parse(pattern.pattern, pattern.flags)):
        op, value = group.data[0]
        if len(group.data) != 1 or op is not sre.SUBPATTERN or value[0] not in names \
                or pattern.flags & re.IGNORECASE:
            raise ValueError(f"not an alternation of named groups: {pattern.pattern!r}")
        tagged += [(names[value[0]], branch) for branch in _branches(value[3])]
    if any(branch.getwidth()[0] == 0 for _, branch in tagged):
        raise ValueError(f"an alternative may match the empty string: {pattern.pattern!r}")
    alternatives = _Alternatives(tagged, pattern.flags)

    def scan(text: str) -> list[tuple[str, re.Match[str]]]:
        found = []
        ahead = {index: match for index in alternatives.possible(text)
                 if (match := alternatives.compiled[index].search(text))}
        while ahead:
            first = min(ahead, key=lambda index: (ahead[index].start(), index))
            found.append((alternatives.tags[first], ahead[first]))
            end = ahead[first].end()
            for index, match in list(ahead.items()):  # overlapped: its next match after
                if match.start() < end:
                    again = alternatives.compiled[index].search(text, end)
                    if again is None:
                        del ahead[index]
                    else:
                        ahead[index] = again
        return found
    return scan


def _branches(parsed: sre_parse.SubPattern) -> list[sre_parse.SubPattern]:
    """The alternatives of a parsed pattern: its branches, or itself."""
    top = parsed.data
    return top[0][1][1] if len(top) == 1 and top[0][0] is sre.BRANCH else [parsed]


class _Alternatives:
    """Alternatives of a pattern compiled one by one, each with its tag and the literal
    strings one of which all its matches hold, looked for in a text in one pass."""

    def __init__(self, tagged: list[tuple[str, sre_parse.SubPattern]], flags: int) -> None:
        self.tags = [tag for tag, _ in tagged]
        self.compiled = [sre_compile.compile(branch, flags) for _, branch in tagged]
        self.always: set[int] = set()
        self.automaton = ahocorasick.Automaton()
        for index, (_, branch) in enumerate(tagged):
            needed = _needed(branch.data)
            for literal in needed or ():
                self.automaton.add_word(literal, (*self.automaton.get(literal, ()), index))
            if not needed:
                self.always.add(index)
        if len(self.automaton):
            self.automaton.make_automaton()

    def possible(self, text: str) -> list[int]:
        """The alternatives that may match in `text`, in the pattern's order."""
        held = {index for _, indices in self.automaton.iter(text) for index in indices} \
            if len(self.automaton) else set()
        return sorted(held | self.always)


def _needed(items: list) -> set[str] | None:
    """Literal strings one of which every match of the parsed `items` holds, the set whose
    shortest string is the longest; None when no literal is sure."""
    found: list[set[str]] = []
    run: list[str] = []
    for op, value in [*items, (None, None)]:  # a last item to close the run
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            found.append({"".join(run)})
            run = []
        inner = _needed_in(op, value)
        if inner:
            found.append(inner)
    return max(found, key=lambda strings: min(map(len, strings)), default=None)


def _needed_in(op: object, value: object) -> set[str] | None:
    """`_needed` of one group, alternation or repetition (at least once); None otherwise."""
    if op is sre.SUBPATTERN:
        return _needed(value[3].data)  # type: ignore[index]
    if op is sre.BRANCH:
        branches = [_needed(branch.data) for branch in value[1]]  # type: ignore[index]
        return None if None in branches else set().union(*branches)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) \
            and value[0] >= 1:  # type: ignore[index]
        return _needed(value[2].data)  # type: ignore[index]
    return None


def quote(sentence: Sentence, *, method: Method = "text") -> Evidence:
    """The evidence of a fact found in `sentence`, and how it was found."""
    return Evidence(sentence.field, sentence.line.number, sentence.text, method)
