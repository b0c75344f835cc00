"""The checks that need the whole brief: unique ids, references, spans, names, cycles.

Each check reads indexes built once (ids by kind, actors by name), so checking a brief
takes time linear in its size however many problems it has. Records that failed to
load are not there to be checked against: references to them (or, where a record's id
could not be read, to any record of its kind) are not reported, since the failed
record's own problem says what to fix first.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from attrs import define, field

from ._kinds import BY_CLASS, BY_NAME, REGISTRY, Kind
from ._model import Actor, Record
from ._names import close_matches, normalize_name
from ._parts import Citation

#: How many distinct unknown ids get "did you mean" suggestions; the rest get none.
MAX_SUGGESTED = 20
#: Above this many ids of a kind, suggestions come from those sharing the first letter.
_ALL_CANDIDATES = 5000

Add = Callable[[str, str, str], None]
"""Adds a problem: file, JSON path, message."""


@define
class Loaded:
    """The records read so far, by kind, and what is known of those that failed.

    Attributes:
        records: Each kind's records (by plural), each with its index in its file.
        failed: The id and kind of each record that failed to load but whose id was
            readable.
        unknown: The kinds some of whose records cannot be known (a file that could not
            be read, a record without a readable id): no reference to them is checked.
    """

    records: dict[str, list[tuple[int, Any]]] = field(factory=dict)
    failed: dict[str, Kind] = field(factory=dict)
    unknown: set[str] = field(factory=set)

    def located(self) -> Iterator[tuple[str, int, Any]]:
        """Yield ``(file, index, record)`` for every record, in file order."""
        for kind in REGISTRY:
            for i, record in self.records.get(kind.plural, ()):
                yield kind.file, i, record


def check_all(loaded: Loaded, add: Add) -> None:
    """Run every whole-brief check on *loaded*."""
    index = _check_ids(loaded, add)
    _check_references(loaded, index, add)
    _check_citations(loaded, add)
    actors = loaded.records.get("actors", [])
    _check_names(actors, add)
    _check_cycles(actors, add)
    issues = loaded.records.get("issues", [])
    _check_unique_names(
        issues, lambda i: (i.title,), add, file="issues.json", kind="issue", label="title"
    )
    places = loaded.records.get("places", [])
    _check_unique_names(
        places, lambda p: p.names, add, file="places.json", kind="place", label="name or alias"
    )


def _check_ids(loaded: Loaded, add: Add) -> dict[str, Any]:
    """Report ids used twice; return the first record of each id."""
    first: dict[str, tuple[str, int]] = {}
    index: dict[str, Any] = {}
    for file, i, record in loaded.located():
        if record.id in first:
            other_file, other_i = first[record.id]
            add(
                file,
                f"$[{i}].id",
                f"the id {record.id!r} is already used by {other_file} $[{other_i}]; "
                "ids are unique across the whole brief",
            )
        else:
            first[record.id] = (file, i)
            index[record.id] = record
    return index


class _Suggestions:
    """Close matches for unknown ids: at most once per id, for :data:`MAX_SUGGESTED` ids."""

    def __init__(self, loaded: Loaded) -> None:
        self._loaded = loaded
        self._ids: dict[str, list[str]] = {}
        self._by_letter: dict[str, dict[str, list[str]]] = {}
        self._found: dict[tuple[str, str], str] = {}

    def hint(self, ref: str, kind: Kind) -> str:
        key = (kind.name, ref)
        if key not in self._found:
            if len(self._found) >= MAX_SUGGESTED:
                return ""
            close = close_matches(ref, self._candidates(ref, kind), n=3)
            self._found[key] = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
        return self._found[key]

    def _candidates(self, ref: str, kind: Kind) -> list[str]:
        if kind.name not in self._ids:
            self._ids[kind.name] = [r.id for _, r in self._loaded.records.get(kind.plural, ())]
        ids = self._ids[kind.name]
        if len(ids) <= _ALL_CANDIDATES:
            return ids
        if kind.name not in self._by_letter:
            groups: dict[str, list[str]] = {}
            for record_id in ids:
                groups.setdefault(record_id[:1], []).append(record_id)
            self._by_letter[kind.name] = groups
        return self._by_letter[kind.name].get(ref[:1], [])


def _check_references(loaded: Loaded, index: dict[str, Any], add: Add) -> None:
    """Report every reference to an id that is missing or of the wrong kind."""
    suggestions = _Suggestions(loaded)
    for file, i, record in loaded.located():
        for reference in BY_CLASS[type(record)].references:
            wanted = BY_NAME[reference.target]
            for path, ref in reference.ids(record):
                target = index.get(ref)
                if target is not None:
                    target_kind = BY_CLASS[type(target)]
                elif ref in loaded.failed:
                    target_kind = loaded.failed[ref]
                else:
                    if wanted.plural not in loaded.unknown:
                        hint = suggestions.hint(ref, wanted)
                        message = (
                            f"{ref!r} is not the id of any record; expected {wanted.article}{hint}"
                        )
                        add(file, f"$[{i}]{path}", message)
                    continue
                if ref == record.id and reference.self_message is not None:
                    add(file, f"$[{i}].{reference.field}", reference.self_message)
                elif target_kind is not wanted:
                    add(
                        file,
                        f"$[{i}]{path}",
                        f"{ref!r} is {target_kind.article}, expected {wanted.article}",
                    )


def _citation_paths(record: Record) -> Iterator[tuple[str, Citation]]:
    for j, citation in enumerate(getattr(record, "citations", ())):
        yield f".citations[{j}]", citation
    dating = getattr(record, "dating", None)
    if dating is not None:
        yield ".dating.expression", dating.expression
    for k, change in enumerate(getattr(record, "history", ())):
        for j, citation in enumerate(change.citations):
            yield f".history[{k}].citations[{j}]", citation


def _check_citations(loaded: Loaded, add: Add) -> None:
    sources = {r.id: r for _, r in loaded.records.get("sources", ())}
    for file, i, record in loaded.located():
        for path, citation in _citation_paths(record):
            source = sources.get(citation.source)
            if source is None:
                if citation.source not in loaded.failed and "sources" not in loaded.unknown:
                    add(
                        file,
                        f"$[{i}]{path}.source",
                        f"{citation.source!r} is not the id of a source in sources.json",
                    )
            elif citation.end > source.length:
                add(
                    file,
                    f"$[{i}]{path}.end",
                    f"the span [{citation.start}, {citation.end}) runs past the end of "
                    f"source {source.id!r} ({source.length} characters)",
                )


# Letters of other scripts that look like Latin ones, after case folding.
_LOOK_ALIKES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
        "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y", "ɡ": "g",
        # Greek
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ζ": "z", "μ": "u",
    }
)  # fmt: skip
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _scripts(word: str) -> set[str]:
    found: set[str] = set()
    for char in word:
        if char.isalpha():
            name = unicodedata.name(char, "")
            found.update(s for s in _SCRIPTS if name.startswith(s))
    return found


def _mixed_word(name: str) -> str | None:
    """The first word of *name* that mixes Latin with Cyrillic or Greek letters."""
    for word in name.split():
        scripts = _scripts(word)
        if "LATIN" in scripts and len(scripts) > 1:
            return word
    return None


def _check_names(actors: list[tuple[int, Any]], add: Add) -> None:
    """Report names that do not pick out one actor.

    A name or alias that two actors share, that is another actor's id, or that only
    looks like another actor's name (letters of another script) is reported.
    """
    _check_unique_names(
        actors, lambda a: a.names, add, file="actors.json", kind="actor", label="name or alias"
    )
    skeletons: dict[str, tuple[str, int, str]] = {}
    for i, actor in actors:
        _check_look_alikes(i, actor, skeletons, add)


def _check_unique_names(
    records: list[tuple[int, Any]],
    names: Callable[[Any], Iterable[str]],
    add: Add,
    *,
    file: str,
    kind: str,
    label: str,
) -> None:
    """Report names (*label*: "title", "name or alias") that do not pick out one *kind*.

    A name must pick out one record: it must be no other record's id (an id resolves
    first, see ``Brief.actor``, so such a name could never be reached) and no other
    record's name, whatever the case, diacritics and punctuation.
    """
    ids = {normalize_name(record.id): (record.id, i) for i, record in records}
    owners: dict[str, tuple[str, int]] = {}
    for i, record in records:
        for name in names(record):
            other = ids.get(normalize_name(name))
            if other is not None and other[0] != record.id:
                add(
                    file,
                    f"$[{i}]",
                    f"the {label} {name!r} of {record.id!r} is the id of {file} "
                    f"$[{other[1]}] ({other[0]!r}); a name must not be another {kind}'s id",
                )
        for name in sorted({normalize_name(n) for n in names(record)}):
            other = owners.setdefault(name, (record.id, i))
            if other[0] != record.id:
                add(
                    file,
                    f"$[{i}]",
                    f"the {label} {name!r} is also used by {file} $[{other[1]}] "
                    f"({other[0]!r}); names must pick out one {kind}",
                )


def _check_look_alikes(
    i: int, actor: Actor, skeletons: dict[str, tuple[str, int, str]], add: Add
) -> None:
    for name in actor.names:
        folded = normalize_name(name)
        other = skeletons.setdefault(folded.translate(_LOOK_ALIKES), (actor.id, i, name))
        if other[0] != actor.id and normalize_name(other[2]) != folded:
            add(
                "actors.json",
                f"$[{i}]",
                f"the name or alias {name!r} of {actor.id!r} looks like {other[2]!r} of "
                f"actors.json $[{other[1]}] ({other[0]!r}) but differs in letters of "
                "another script; spell names in one script",
            )
            continue
        word = _mixed_word(name)
        if word is not None:
            add(
                "actors.json",
                f"$[{i}]",
                f"the name or alias {name!r} of {actor.id!r} mixes Latin letters with "
                f"Cyrillic or Greek ones in {word!r}; spell each word in one script",
            )


def _check_cycles(actors: list[tuple[int, Any]], add: Add) -> None:
    """Report each cycle of affiliations once, at its first actor in the file."""
    affiliation = {a.id: a.affiliation for _, a in actors}
    position = {a.id: i for i, a in actors}
    done: set[str] = set()
    for _, actor in actors:
        walk: list[str] = []
        on_walk: set[str] = set()
        current: str | None = actor.id
        while current is not None and current not in done and current not in on_walk:
            walk.append(current)
            on_walk.add(current)
            current = affiliation.get(current)
        if current is not None and current in on_walk:
            cycle = walk[walk.index(current) :]
            if len(cycle) > 1:  # an actor affiliated with itself is reported as such
                start = min(cycle, key=position.__getitem__)
                at = cycle.index(start)
                ordered = [*cycle[at:], *cycle[:at], start]
                add(
                    "actors.json",
                    f"$[{position[start]}].affiliation",
                    f"affiliations run in a cycle: {' → '.join(ordered)}; an actor cannot "
                    "belong, through others, to itself",
                )
        done.update(walk)
