"""Reading the evidence: cited spans, excerpts, and how a copy of a source differs."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import idlib_brief
from _source import read_source_bytes
from idlib_brief import Source


def source_of(text: str) -> Source:
    data = text.encode("utf-8")
    return Source(id="doc", title="A document", publisher="Us", length=len(text),
                  sha256=hashlib.sha256(data).hexdigest())  # fmt: skip


TEXT = "Première ligne, “citée”.\nSecond line.\n"


@pytest.mark.parametrize(
    ("copy", "reason"),
    [
        (TEXT.encode(), None),
        (TEXT.replace("\n", "\r\n").encode(), "the file has Windows line endings (CRLF) where"),
        (b"\xef\xbb\xbf" + TEXT.encode(), "the file starts with a UTF-8 byte-order mark (BOM)"),
        (TEXT.encode("utf-16"), "the file is encoded as UTF-16, not UTF-8"),
        (TEXT.encode("cp1252"), "the file is encoded as Windows-1252 (Latin-1), not UTF-8"),
        (TEXT.replace("“", '"').replace("”", '"').encode("latin-1"), "the file is not UTF-8"),
        (TEXT.encode() + b"\n", "the file has an extra line break at the end"),
        (TEXT.encode()[:-1], "the file lacks the line break the brief's copy ends with"),
        (
            b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode(),
            "the file starts with a UTF-8 byte-order mark (BOM) and has Windows line endings",
        ),
        (TEXT.replace("Second", "Sekond").encode(), "the file has the same length as the brief's"),
        (TEXT.encode() + b"More.", "the file has 43 characters where the brief's copy has 38"),
        (b"\xff\x00\x81 not text", "the file is not UTF-8 (byte 0xff at offset 0)"),
    ],
    ids=[
        "same",
        "crlf",
        "bom",
        "utf16",
        "cp1252",
        "latin1-other-text",
        "extra-newline",
        "no-final-newline",
        "bom-and-crlf",
        "edited",
        "longer",
        "bytes",
    ],
)
def test_diagnose_tells_how_a_copy_differs(copy: bytes, reason: str | None) -> None:
    found = idlib_brief.diagnose_source(source_of(TEXT), copy)
    if reason is None:
        assert found is None
    else:
        assert found is not None
        assert found.startswith(reason)


_LINE = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\r\n"))


@given(st.lists(_LINE, min_size=2).map("\n".join))
def test_line_endings_are_told_for_any_text(text: str) -> None:
    crlf = text.replace("\n", "\r\n").encode("utf-8")
    reason = idlib_brief.diagnose_source(source_of(text), crlf)
    assert reason is not None
    assert "CRLF" in reason
    assert idlib_brief.diagnose_source(source_of(text), text.encode("utf-8")) is None


def test_read_source_says_why_a_copy_is_refused(tmp_path: Path) -> None:
    source = source_of(TEXT)
    (tmp_path / "doc.txt").write_bytes(TEXT.replace("\n", "\r\n").encode())
    with pytest.raises(idlib_brief.SourceMismatchError, match=r"\(the file has Windows line"):
        idlib_brief.read_source(source, tmp_path / "doc.txt")


def test_cited_spans_include_nested_citations() -> None:
    brief = idlib_brief.load()
    with_history = next(e for e in brief.events if e.history)
    wheres = [where for where, _ in idlib_brief.cited_spans(with_history)]
    assert [w for w in wheres if w.startswith("citations")] == [
        f"citations[{i}]" for i in range(len(with_history.citations))
    ]
    assert any(w.startswith("history[0].citations[") for w in wheres)
    dated = next(s for s in brief.statements if s.dating is not None)
    assert ("dating.expression", dated.dating.expression) in idlib_brief.cited_spans(dated)  # type: ignore[union-attr]
    with pytest.raises(TypeError, match="expected a record"):
        idlib_brief.cited_spans("not a record")


def test_excerpts_of_the_starter_are_its_cited_words() -> None:
    folder = Path(tempfile.mkdtemp()) / "starter"
    brief = idlib_brief.write_starter(folder)
    text = (folder / "riverton-notes.txt").read_text(encoding="utf-8")
    found = idlib_brief.excerpts(brief, text)
    expected = [(r.id, w, c) for r in brief for w, c in idlib_brief.cited_spans(r)]
    assert [(e.record, e.where, e.citation) for e in found] == expected
    assert all(e.text == text[e.citation.start : e.citation.end] for e in found)


def test_excerpts_of_the_bundled_brief_on_the_article() -> None:
    data = read_source_bytes()
    brief = idlib_brief.load()
    found = idlib_brief.excerpts(brief, data)
    assert len(found) == sum(len(idlib_brief.cited_spans(r)) for r in brief)
    text = data.decode("utf-8")
    assert all(e.text == e.citation.excerpt(text) for e in found)


def test_excerpts_pick_the_source_by_id_or_checksum() -> None:
    one, two = source_of("first text\n"), Source(
        id="other", title="Other", publisher="Us", length=11,
        sha256=hashlib.sha256(b"second text").hexdigest(),
    )  # fmt: skip
    brief = idlib_brief.Brief(sources=(one, two))
    assert idlib_brief.excerpts(brief, b"second text") == ()
    assert idlib_brief.excerpts(brief, b"first text\n", source="doc") == ()
    with pytest.raises(idlib_brief.BriefError, match="none of the brief's sources"):
        idlib_brief.excerpts(brief, b"third")
    with pytest.raises(idlib_brief.SourceMismatchError):
        idlib_brief.excerpts(brief, b"third", source="other")
    with pytest.raises(idlib_brief.UnknownRecordError):
        idlib_brief.excerpts(brief, b"third", source="nope")
    with pytest.raises(idlib_brief.BriefError, match="has no source"):
        idlib_brief.excerpts(idlib_brief.Brief(), b"x")
