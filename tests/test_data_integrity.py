"""Integrity checks of the bundled brief, made on its JSON files and the source's text.

The loader checks references and spans too; these tests read the JSON directly, so a
broken file is caught even where the loader changes, and they check what the loader
cannot know: that numbers, quotes and names are really in the cited text, that dates
resolved from relative expressions point at the expression, that no summary copies the
source, and that the list of ids changes only on purpose.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import attrs
import cattrs
import pytest

import _source
from _source import (
    CAPTION_TITLES,
    DATA_FILES,
    ROOT,
    SOURCE_ID,
    UNCLEAR_ATTRIBUTION,
    data_dir,
    id_lines,
    read_records,
    read_source,
    read_source_bytes,
    sentences,
)
from idlib_brief._dates import Date
from idlib_brief._model import (
    Actor,
    Agreement,
    Event,
    Figure,
    Issue,
    Place,
    Relation,
    Source,
    Statement,
)

CLASSES: dict[str, type] = {
    "actors.json": Actor,
    "agreements.json": Agreement,
    "events.json": Event,
    "figures.json": Figure,
    "issues.json": Issue,
    "places.json": Place,
    "relations.json": Relation,
    "sources.json": Source,
    "statements.json": Statement,
}
OWN_FILES = sorted(set(DATA_FILES) - {"sources.json"})
"""The files this suite also holds to the exact pretty-printed layout."""

SLUG = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
IDS_SNAPSHOT = ROOT / "tests" / "data" / "ids.txt"

# How the source writes the numbers that are not written as plain digits. Every other
# value is looked for as digits with thousands separators ("2,000", "500,000", "30").
NUMBER_WORDS: dict[float, tuple[str, ...]] = {
    1_000_000: ("1 million",),
    0.5: ("half",),
    12: ("dozen",),
    2: ("twice",),
}

# The words each qualifier stands for in the text, right before the number (an article
# "a" or a currency sign may come between: "about a dozen", "up to $2,000").
QUALIFIER_WORDS: dict[str, str] = {
    "almost": "almost",
    "about": "about",
    "around": "around",
    "more-than": "more than",
    "at-least": "at least",
    "up-to": "up to",
}

# The documented rule (docs/sourcing.md): the bounds each qualifier gives, as
# (low, high, low_exclusive, high_exclusive), where "v" stands for the figure's value.
BOUND_RULES: dict[str, tuple[str | None, str | None, bool, bool]] = {
    "exact": ("v", "v", False, False),
    "almost": (None, "v", False, True),
    "more-than": ("v", None, True, False),
    "at-least": ("v", None, False, False),
    "up-to": (None, "v", False, False),
    "about": (None, None, False, False),
    "around": (None, None, False, False),
}

# Fields whose text may come from the source; every other string is our own words.
EXEMPT_FIELDS: set[tuple[str, str]] = {
    ("statements.json", "quote"),  # the speaker's exact words
    ("actors.json", "name"),  # names are the source's
    ("actors.json", "aliases"),
    ("agreements.json", "name"),
    ("places.json", "name"),  # place names are the source's too
    ("places.json", "aliases"),
}
RUN = 8
WORD = re.compile(r"[\w']+")


@pytest.fixture(scope="module")
def text() -> str:
    return read_source()


@pytest.fixture(scope="module")
def data() -> dict[str, list[dict[str, Any]]]:
    return {name: read_records(name) for name in DATA_FILES}


def all_records(data: dict[str, list[dict[str, Any]]]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, records in data.items():
        for record in records:
            yield name, record


def citations_of(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every citation a record holds, with a JSON path for messages."""
    for i, citation in enumerate(record.get("citations") or ()):
        yield f"citations[{i}]", citation
    dating = record.get("dating")
    if dating is not None:
        yield "dating.expression", dating["expression"]
    for k, change in enumerate(record.get("history") or ()):
        for i, citation in enumerate(change["citations"]):
            yield f"history[{k}].citations[{i}]", citation


def excerpt(text: str, citation: dict[str, Any]) -> str:
    return text[citation["start"] : citation["end"]]


def where(name: str, record: dict[str, Any]) -> str:
    return f"{name} {record['id']!r}"


# --- The source -------------------------------------------------------------------------


def test_source_text_matches_its_record() -> None:
    data = read_source_bytes()
    record = next(r for r in read_records("sources.json") if r["id"] == SOURCE_ID)
    assert hashlib.sha256(data).hexdigest() == record["sha256"]
    assert len(data.decode("utf-8")) == record["length"]


def test_a_missing_source_skips_locally_and_fails_under_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_source, "source_path", lambda: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="IDLIB_BRIEF_SOURCE"):
        _source.read_source_bytes()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="IDLIB_BRIEF_SOURCE"):
        _source.read_source_bytes()


def test_a_wrong_source_override_always_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("IDLIB_BRIEF_SOURCE", str(tmp_path / "missing.txt"))
    with pytest.raises(pytest.fail.Exception, match="is not a file"):
        _source.source_path()


# --- Files and records ------------------------------------------------------------------


def is_number_type(type_: object) -> bool:
    """Whether *type_* is the model's number type (``int | float``), optional or not."""
    args = set(get_args(type_))
    return {int, float} <= args <= {int, float, type(None)}


def number(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a JSON number, got {value!r}")
    return value


@pytest.mark.parametrize("name", sorted(DATA_FILES))
def test_records_structure_with_the_model(name: str) -> None:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Date, lambda value, _: Date(value))
    converter.register_structure_hook_func(is_number_type, lambda value, _: number(value))
    for record in read_records(name):
        converter.structure(record, CLASSES[name])


@pytest.mark.parametrize("name", sorted(DATA_FILES))
def test_records_are_sorted_by_id_with_keys_in_field_order(name: str) -> None:
    records = read_records(name)
    ids = [r["id"] for r in records]
    assert ids == sorted(ids), f"{name}: keep the records sorted by id"
    fields = [f.name for f in attrs.fields(CLASSES[name])]
    for record in records:
        keys = list(record)
        assert keys == [f for f in fields if f in record], (
            f"{where(name, record)}: keys must be field names, in the order {fields}"
        )


@pytest.mark.parametrize("name", OWN_FILES)
def test_files_are_pretty_printed(name: str) -> None:
    raw = (data_dir() / name).read_text(encoding="utf-8")
    expected = json.dumps(json.loads(raw), indent=2, ensure_ascii=False) + "\n"
    assert raw == expected, f"{name}: write it with json.dumps(indent=2, ensure_ascii=False)"


def test_ids_are_slugs_and_unique_across_the_brief(
    data: dict[str, list[dict[str, Any]]],
) -> None:
    seen: dict[str, str] = {}
    for name, record in all_records(data):
        key = record["id"]
        assert SLUG.fullmatch(key), f"{where(name, record)}: not a slug"
        assert key not in seen, f"{where(name, record)}: the id is also used in {seen.get(key)}"
        seen[key] = name


def test_references_resolve_to_the_right_kind(data: dict[str, list[dict[str, Any]]]) -> None:
    kinds = {r["id"]: DATA_FILES[name] for name, r in all_records(data)}

    def refs(name: str, record: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
        if name == "actors.json" and record.get("affiliation"):
            yield "affiliation", record["affiliation"], "actor"
        if name == "statements.json":
            yield "speaker", record["speaker"], "actor"
            for ref in record.get("about") or ():
                yield "about", ref, "actor"
            for stance in record.get("stances") or ():
                yield "stances.issue", stance["issue"], "issue"
        if name == "agreements.json":
            for ref in record["parties"]:
                yield "parties", ref, "actor"
        if name == "events.json":
            for ref in record.get("participants") or ():
                yield "participants", ref, "actor"
        if name == "figures.json":
            if record.get("attributed_to"):
                yield "attributed_to", record["attributed_to"], "actor"
            for ref in record.get("related") or ():
                yield "related", ref, "figure"
        if name in {"events.json", "figures.json"}:
            for location in record.get("places") or ():
                yield "places.place", location["place"], "place"
        if name == "relations.json":
            for key in ("subject", "object", "asserted_by"):
                if record.get(key):
                    yield key, record[key], "actor"
        if name == "places.json" and record.get("within"):
            yield "within", record["within"], "place"
        for path, citation in citations_of(record):
            yield f"{path}.source", citation["source"], "source"

    problems = [
        f"{where(name, record)} {path}: {ref!r} is {kinds.get(ref, 'not an id')}, expected {kind}"
        for name, record in all_records(data)
        for path, ref, kind in refs(name, record)
        if kinds.get(ref) != kind
    ]
    assert problems == []


def test_related_figures_link_both_ways(data: dict[str, list[dict[str, Any]]]) -> None:
    related = {r["id"]: set(r.get("related") or ()) for r in data["figures.json"]}
    one_way = [
        f"{a} -> {b}"
        for a, others in related.items()
        for b in others
        if a not in related.get(b, ())
    ]
    assert one_way == [], "related figures must name each other"
    assert all(key not in others for key, others in related.items())


def test_ids_match_the_snapshot() -> None:
    expected = IDS_SNAPSHOT.read_text(encoding="utf-8").splitlines()
    assert id_lines() == expected, (
        "the brief's ids changed; ids are public (renaming one breaks users' code), so if "
        "the change is deliberate, update the snapshot with\n"
        "  python tests/_source.py > tests/data/ids.txt\n"
        "and note the change in CHANGELOG.md"
    )


# --- Spans ------------------------------------------------------------------------------


def test_spans_lie_in_the_source_on_word_boundaries(
    text: str, data: dict[str, list[dict[str, Any]]]
) -> None:
    problems = []
    for name, record in all_records(data):
        for path, c in citations_of(record):
            start, end = c["start"], c["end"]
            label = f"{where(name, record)} {path} [{start}, {end})"
            if not 0 <= start < end <= len(text):
                problems.append(f"{label}: outside the source ({len(text)} characters)")
                continue
            cited = text[start:end]
            if cited != cited.strip():
                problems.append(f"{label}: starts or ends with white space: {cited!r}")
            if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
                problems.append(f"{label}: starts inside a word: {text[start - 5 : start + 10]!r}")
            if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                problems.append(f"{label}: ends inside a word: {text[end - 10 : end + 5]!r}")
    assert problems == []


def test_dating_expressions_lie_inside_the_records_citations(
    data: dict[str, list[dict[str, Any]]],
) -> None:
    problems = []
    for name, record in all_records(data):
        dating = record.get("dating")
        if dating is None:
            continue
        e = dating["expression"]
        inside = any(
            c["source"] == e["source"] and c["start"] <= e["start"] and e["end"] <= c["end"]
            for c in record["citations"]
        )
        if not inside:
            problems.append(f"{where(name, record)}: dating.expression is not inside a citation")
        if record.get("when") is None:
            problems.append(f"{where(name, record)}: has a dating but no 'when'")
    assert problems == []


def test_direct_quotes_are_verbatim_in_a_cited_span(
    text: str, data: dict[str, list[dict[str, Any]]]
) -> None:
    problems = []
    for record in data["statements.json"]:
        quote = record.get("quote")
        if record["mode"] == "indirect":
            if quote is not None:
                problems.append(f"{record['id']}: an indirect statement has a quote")
            continue
        if not quote or not any(quote in excerpt(text, c) for c in record["citations"]):
            problems.append(f"{record['id']}: quote {quote!r} is not in any of its spans")
    assert problems == []


def test_every_actor_span_names_the_actor(text: str, data: dict[str, list[dict[str, Any]]]) -> None:
    problems = []
    for record in data["actors.json"]:
        names = [n.casefold() for n in (record["name"], *record.get("aliases", ()))]
        for i, c in enumerate(record["citations"]):
            cited = excerpt(text, c).casefold()
            if not any(n in cited for n in names):
                problems.append(f"{record['id']} citations[{i}] {cited!r} holds none of {names}")
    assert problems == []


# --- Figures ----------------------------------------------------------------------------


def number_forms(value: float) -> tuple[str, ...]:
    """How the source may write *value*: a word form, or digits with separators."""
    digits = f"{int(value):,}" if float(value).is_integer() else str(value)
    return (*NUMBER_WORDS.get(value, ()), digits)


_QUALIFIER_BEFORE = re.compile(
    r"(?:^|\W)(" + "|".join(QUALIFIER_WORDS.values()) + r")\s+(?:a\s+|[$€£])?$", re.IGNORECASE
)


# A number printed bare in a heading (a caption title) is a round restatement: the
# figure it gives is approximate, never exact (docs/sourcing.md, "Figures").
APPROXIMATE = frozenset({"about", "around"})
HEADINGS = frozenset(CAPTION_TITLES)


def is_written(
    spans: list[str], value: float, qualifier: str, headings: frozenset[str] = HEADINGS
) -> bool:
    """Whether a span writes *value* with the words of *qualifier* right before it.

    An ``exact`` figure must be written without any qualifier word before it, and not in
    a heading: a bare number in one of *headings* is read as ``about`` or ``around``.
    """
    for form in number_forms(value):
        pattern = rf"(?<![\w.,]){re.escape(form)}(?![\w]|[.,]\d)"
        for span in spans:
            for match in re.finditer(pattern, span, re.IGNORECASE):
                before = _QUALIFIER_BEFORE.search(span[: match.start()])
                written = before.group(1).casefold() if before else None
                if written is None and span in headings:
                    if qualifier in APPROXIMATE:
                        return True
                elif written == QUALIFIER_WORDS.get(qualifier):
                    return True
    return False


@pytest.mark.parametrize(
    ("value", "forms"),
    [(1_000_000, ("1 million", "1,000,000")), (0.5, ("half", "0.5")), (2000, ("2,000",))],
)
def test_number_forms(value: float, forms: tuple[str, ...]) -> None:
    assert number_forms(value) == forms


@pytest.mark.parametrize(
    ("span", "value", "qualifier", "expected"),
    [
        ("up to $2,000 (about €1,800)", 2000, "up-to", True),
        ("up to $2,000 (about €1,800)", 1800, "about", True),
        ("up to $2,000 (about €1,800)", 1800, "exact", False),
        ("about a dozen family members", 12, "about", True),
        ("more than 30 soldiers", 30, "more-than", True),
        ("more than 30 soldiers", 30, "almost", False),
        ("more than 300 soldiers", 30, "more-than", False),
        ("500,000 children", 500_000, "exact", True),
        ("around half are children", 0.5, "around", True),
        ("500,000 children in need", 500_000, "exact", False),
        ("500,000 children in need", 500_000, "around", True),
        ("500,000 children in need", 500_000, "almost", False),
    ],
)
def test_is_written(span: str, value: float, qualifier: str, expected: bool) -> None:
    assert is_written([span], value, qualifier) is expected


def test_each_figure_is_written_as_such_in_a_cited_span(
    text: str, data: dict[str, list[dict[str, Any]]]
) -> None:
    problems = []
    for record in data["figures.json"]:
        spans = [excerpt(text, c) for c in record["citations"]]
        if not is_written(spans, record["value"], record["qualifier"]):
            forms = number_forms(record["value"])
            problems.append(
                f"{record['id']}: none of {forms} ({record['qualifier']}) is in its spans {spans}"
            )
    assert problems == []


def test_figure_bounds_follow_the_qualifier_rule(
    data: dict[str, list[dict[str, Any]]],
) -> None:
    problems = []
    for record in data["figures.json"]:
        rule = BOUND_RULES.get(record["qualifier"])
        if rule is None:
            problems.append(f"{record['id']}: no documented bound rule for {record['qualifier']!r}")
            continue
        value = record["value"]
        low, high, low_exclusive, high_exclusive = rule
        expected = (
            value if low else None,
            value if high else None,
            low_exclusive,
            high_exclusive,
        )
        actual = (
            record.get("low"),
            record.get("high"),
            record.get("low_exclusive", False),
            record.get("high_exclusive", False),
        )
        if actual != expected:
            problems.append(
                f"{record['id']}: (low, high, low_excl, high_excl) {actual} != {expected}"
            )
    assert problems == []


# --- Our own words ----------------------------------------------------------------------


def ngrams(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    words = WORD.findall(text.casefold())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def strings(value: object, key: str = "") -> Iterator[tuple[str, str]]:
    """Every string inside a JSON value, with the key of the field it belongs to."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, key)
    elif isinstance(value, dict):
        for k, item in value.items():
            yield from strings(item, k)


def test_ngrams_catch_a_copied_run() -> None:
    assert ngrams("one two three four five six seven eight") & ngrams(
        "so: One two three four five six seven eight!"
    )
    assert not ngrams("one two three four five six seven") & ngrams(
        "one two three four five six seven"
    )


def test_text_fields_are_in_our_own_words(text: str, data: dict[str, list[dict[str, Any]]]) -> None:
    source_runs = ngrams(text)
    problems = []
    for name, record in all_records(data):
        for key, value in record.items():
            if (name, key) in EXEMPT_FIELDS:
                continue
            for field, string in strings(value, key):
                copied = ngrams(string) & source_runs
                if copied:
                    run = " ".join(min(copied))
                    problems.append(f"{where(name, record)} {field}: copies {run!r}")
    assert problems == []


def test_the_snapshot_file_is_sorted() -> None:
    lines = Path(IDS_SNAPSHOT).read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    assert all(line.split(" ")[0] in DATA_FILES.values() for line in lines)


@pytest.mark.parametrize("page", ["data-dictionary.md", "sourcing.md"])
def test_data_docs_quote_no_long_run_of_the_source(text: str, page: str) -> None:
    copied = ngrams((ROOT / "docs" / page).read_text(encoding="utf-8")) & ngrams(text)
    assert copied == set(), f"docs/{page} copies source prose: {sorted(copied)[:3]}"


# --- Rules of reading (docs/sourcing.md, "Rules of reading") ----------------------------


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["source"] == b["source"] and a["start"] < b["end"] and b["start"] < a["end"])


def cites_overlapping(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether a citation of *first* shares a character with a citation of *second*."""
    return any(overlaps(a, b) for a in first["citations"] for b in second["citations"])


# Statement acts by which an actor only gives an account of what happened.
REPORTING_ACTS = frozenset({"reports", "estimates"})


def reporters_of(event: dict[str, Any], data: dict[str, list[dict[str, Any]]]) -> set[str]:
    """The actors that give the numbers or the account of what *event*'s spans tell.

    They are the ``attributed_to`` of figures, and the speakers of reporting statements,
    whose citations overlap the event's.
    """
    found = {
        figure["attributed_to"]
        for figure in data["figures.json"]
        if figure.get("attributed_to") and cites_overlapping(figure, event)
    }
    found |= {
        statement["speaker"]
        for statement in data["statements.json"]
        if statement["act"] in REPORTING_ACTS and cites_overlapping(statement, event)
    }
    return found


def test_reporters_are_not_participants(data: dict[str, list[dict[str, Any]]]) -> None:
    """Participants take part in or are affected by an event; who reports it does not.

    The proxy: no participant of an event is the source of a figure, or the speaker of a
    reporting statement, that cites the same words as the event.
    """
    problems = [
        f"events.json {event['id']!r}: {sorted(both)} only report(s) it; cite them as "
        "attributed_to or speaker, not as participants"
        for event in data["events.json"]
        if (both := set(event.get("participants") or ()) & reporters_of(event, data))
    ]
    assert problems == []


def test_the_reporter_proxy_catches_a_reporting_participant(
    data: dict[str, list[dict[str, Any]]],
) -> None:
    event = next(e for e in data["events.json"] if e["id"] == "bombings-first-half-february")
    assert "un" in reporters_of(event, data)
    assert "un" not in event["participants"]


RECURRENCE = re.compile(
    r"\b(?:sometimes|at times|often|usually|keeps?|keeping|every (?:day|night|week)|"
    r"repeatedly|regularly|again and again)\b",
    re.IGNORECASE,
)


def test_recurring_conditions_are_not_single_happenings(
    text: str, data: dict[str, list[dict[str, Any]]]
) -> None:
    """A span that says something keeps happening ("sometimes they shoot") is not `occurred`."""
    problems = [
        f"events.json {event['id']!r}: [{c['start']}, {c['end']}) says "
        f"{match.group(0)!r}, a recurring condition; make it 'ongoing'"
        for event in data["events.json"]
        if event["status"] == "occurred"
        for c in event["citations"]
        if (match := RECURRENCE.search(excerpt(text, c)))
    ]
    assert problems == []


@pytest.mark.parametrize(
    ("span", "recurring"),
    [
        ("Sometimes they shoot at refugees", True),
        ("the shelling keeps on", True),
        ("some people have already frozen to death", False),
        ("sometimes, even the refugee camps are targeted", True),
    ],
)
def test_recurrence_words(span: str, recurring: bool) -> None:
    assert bool(RECURRENCE.search(span)) is recurring


def test_no_exact_figure_comes_from_a_heading(
    text: str, data: dict[str, list[dict[str, Any]]]
) -> None:
    """A number in a heading is a round restatement: approximate, never `exact`."""
    problems = [
        f"figures.json {figure['id']!r}: exact, but cites the heading {excerpt(text, c)!r}"
        for figure in data["figures.json"]
        if figure["qualifier"] == "exact"
        for c in figure["citations"]
        if excerpt(text, c) in HEADINGS
    ]
    assert problems == []


def test_one_fact_one_record(data: dict[str, list[dict[str, Any]]]) -> None:
    """Figures with the same value, unit and qualifier are one fact: one record, or linked
    through ``related`` and agreeing on ``when`` and ``attributed_to``."""
    groups: dict[tuple[object, ...], list[dict[str, Any]]] = {}
    for figure in data["figures.json"]:
        key = (figure["value"], figure["unit"], figure["qualifier"])
        groups.setdefault(key, []).append(figure)
    problems = []
    for fact, figures in groups.items():
        for i, first in enumerate(figures):
            for second in figures[i + 1 :]:
                pair = f"{first['id']!r} and {second['id']!r} {fact}"
                if second["id"] not in (first.get("related") or ()):
                    problems.append(f"{pair}: the same figure twice; merge them or relate them")
                problems.extend(
                    f"{pair}: related restatements disagree on {field}"
                    for field in ("when", "attributed_to")
                    if first.get(field) != second.get(field)
                )
    assert problems == []


# How our own text may name a number: digits (with thousands separators, optionally
# followed by "million"), or one of these words. Number words below ten ("two
# presidents") are ordinary English and not checked.
NUMBER_NAMES: dict[str, float] = {
    "half": 0.5,
    "ten": 10,
    "dozen": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
}
# Month and day names, capitalised as a date writes them ("may" is not a month).
DATE_NAMES = frozenset([*calendar.month_name[1:], *calendar.day_name])
_NUMERAL = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s+million)?(?![\w]|[.,]\d)")
# Fields whose text makes claims that the record's own citations must support. A
# dating's anchor and rule explain an inference, so they are not among them.
CLAIM_FIELDS = ("title", "label", "summary", "description", "note", "provisions")


def named_numbers_and_dates(string: str) -> set[float | str]:
    """The numbers (as values) and the month and day names that *string* names."""
    found: set[float | str] = set()
    for match in _NUMERAL.finditer(string):
        value = float(match.group(1).replace(",", ""))
        found.add(value * 1_000_000 if match.group(2) else value)
    without_numerals = _NUMERAL.sub(" ", string)
    for word in WORD.findall(without_numerals):
        if word.casefold() in NUMBER_NAMES:
            found.add(NUMBER_NAMES[word.casefold()])
        elif word in DATE_NAMES:
            found.add(word)
    return found


@pytest.mark.parametrize(
    ("string", "expected"),
    [
        ("Close to a million people", {1_000_000.0}),
        ("Almost 1 million people", {1_000_000.0}),
        ("up to $2,000 (about €1,800)", {2000.0, 1800.0}),
        ("over thirty Turkish troops in 2015", {30.0, 2015.0}),
        ("the M5 highway, on Wednesday, 5 March", {"Wednesday", 5.0, "March"}),
        ("it may be his", set()),
        ("the two presidents, in the 21st century", set()),
    ],
)
def test_named_numbers_and_dates(string: str, expected: set[float | str]) -> None:
    assert named_numbers_and_dates(string) == expected


def shown(item: float | str) -> str:
    return f"{item:g}" if isinstance(item, float) else item


def test_numbers_and_dates_in_our_text_are_in_a_cited_span(
    text: str, data: dict[str, list[dict[str, Any]]]
) -> None:
    """Every number or date a title, label, summary, description or note names is in one
    of the record's own cited spans ("a hundred" and "Around 100" name the same number)."""
    problems = []
    for name, record in all_records(data):
        if not record.get("citations"):
            continue  # sources and issues cite nothing; their text restates other records
        cited: set[float | str] = set()
        for c in record["citations"]:
            cited |= named_numbers_and_dates(excerpt(text, c))
        for key in CLAIM_FIELDS:
            for field, string in strings(record.get(key), key):
                missing = named_numbers_and_dates(string) - cited
                if missing:
                    problems.append(
                        f"{where(name, record)} {field}: names {sorted(map(shown, missing))}, "
                        "which none of its citations holds"
                    )
    assert problems == []


# Statements whose speaker the text names only through a stand-in, with the reason. The
# summary must name the stand-in.
STAND_INS: dict[str, str] = {
    "refugees-hope-turkey-lets-them-in": "family",  # one family speaks for the refugees
}


def test_a_speaker_is_named_where_the_words_are_attributed(
    text: str, data: dict[str, list[dict[str, Any]]]
) -> None:
    """A statement cites a span naming its speaker (by name or alias): the speaker is the
    one the text attributes the words to."""
    actors = {a["id"]: a for a in data["actors.json"]}
    problems = []
    for statement in data["statements.json"]:
        if statement["id"] in STAND_INS:
            if STAND_INS[statement["id"]] not in statement["summary"]:
                problems.append(f"{statement['id']}: the summary must say who speaks for whom")
            continue
        actor = actors[statement["speaker"]]
        names = [n.casefold() for n in (actor["name"], *actor.get("aliases", ()))]
        spans = [excerpt(text, c).casefold() for c in statement["citations"]]
        if not any(n in span for n in names for span in spans):
            problems.append(
                f"{statement['id']}: no citation names the speaker {actor['id']!r} ({names})"
            )
    assert problems == []


def test_unclear_attributions_are_marked(text: str, data: dict[str, list[dict[str, Any]]]) -> None:
    """No statement gives a speaker to words whose attribution is unclear, and every other
    record that cites them says that the attribution is unclear."""
    unclear = [
        {"source": SOURCE_ID, "start": start, "end": end} for start, end in UNCLEAR_ATTRIBUTION
    ]
    problems = []
    for name, record in all_records(data):
        if name in {"actors.json", "places.json"} or not record.get("citations"):
            continue  # an actor's or a place's span only names it
        if not any(overlaps(c, u) for c in record["citations"] for u in unclear):
            continue
        if name == "statements.json":
            problems.append(f"{where(name, record)}: cites words of unclear attribution")
        elif "attribution is unclear" not in " ".join(
            str(record.get(k) or "") for k in ("description", "note")
        ):
            problems.append(f"{where(name, record)}: say that the attribution is unclear")
    assert problems == []
    assert set(UNCLEAR_ATTRIBUTION) <= set(sentences(text)), "list whole sentences"


def test_aliases_are_strings_the_source_uses(
    text: str, data: dict[str, list[dict[str, Any]]]
) -> None:
    """Aliases are the source's own names; other spellings match anyway (lookups ignore
    case and diacritics), so none is added for lookups."""
    folded = text.casefold()
    problems = [
        f"actors.json {actor['id']!r}: alias {alias!r} is not in the source"
        for actor in data["actors.json"]
        for alias in actor.get("aliases", ())
        if alias.casefold() not in folded
    ]
    assert problems == []
