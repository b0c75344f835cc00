"""Reading the evidence: cited spans, the words they cite, and how a copy of a source differs.

A copy that is not the one the brief was cited against is told apart by what commonly
changes in a copy (line endings, encodings, a byte-order mark), where that can be told.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import attrs
from attrs import frozen

from ._errors import BriefError, SourceMismatchError
from ._kinds import RecordKind, kind_of
from ._model import Source
from ._parts import Citation
from ._public import present_as_public

if TYPE_CHECKING:
    from ._brief import Brief


def _walk(value: Any, path: str) -> Iterator[tuple[str, Citation]]:
    if isinstance(value, Citation):
        yield path, value
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")
    elif attrs.has(type(value)):
        for f in attrs.fields(type(value)):
            yield from _walk(getattr(value, f.name), f"{path}.{f.name}" if path else f.name)


def cited_spans(record: Any) -> tuple[tuple[str, Citation], ...]:
    """Every citation *record* holds, with where it holds it, in field order.

    Its own ``citations``, and those nested in other fields: the span of a relative
    date's expression (``dating.expression``), the citations of an event's status
    changes (``history[0].citations[0]``).

    Args:
        record: One record of a brief, of any kind (an event, a statement, a source
            …), not its id.

    Returns:
        Pairs of where a citation is held, as a path of fields (``"citations[0]"``),
        and the :class:`~idlib_brief.Citation`.

    >>> import idlib_brief
    >>> spans = idlib_brief.cited_spans(idlib_brief.load()["moscow-meeting-2020-03-05"])
    >>> [where for where, _ in spans]
    ['citations[0]', 'citations[1]', 'citations[2]', 'citations[3]',
     'dating.expression']

    Raises:
        TypeError: *record* is not a record of a brief.

    .. versionadded:: 0.2.0
    """
    kind_of(record)
    return tuple(_walk(record, ""))


@frozen(kw_only=True)
class Excerpt:
    """One cited span of a record, with the words of the source it cites.

    Attributes:
        record: The record's id.
        kind: The record's kind (``"statement"``).
        where: Which of the record's citations it is (``"citations[0]"``,
            ``"dating.expression"``), as :func:`cited_spans` names them.
        citation: The span.
        text: The cited words, from the copy of the source that was given.

    .. versionadded:: 0.2.0
    """

    record: str
    kind: RecordKind
    where: str
    citation: Citation
    text: str


# -- telling copies apart -------------------------------------------------------------------


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _always(_data: bytes) -> bool:
    return True


_Decode = tuple[str, str, Callable[[bytes], bool]]
_DECODINGS: tuple[_Decode, ...] = (
    ("utf-8", "", _always),
    ("utf-8-sig", "starts with a UTF-8 byte-order mark (BOM)", lambda d: d[:3] == b"\xef\xbb\xbf"),
    ("utf-16", "is encoded as UTF-16, not UTF-8", lambda d: d[:2] in (b"\xff\xfe", b"\xfe\xff")),
    ("cp1252", "is encoded as Windows-1252 (Latin-1), not UTF-8", _always),
    ("latin-1", "is encoded as Latin-1 (ISO 8859-1), not UTF-8", _always),
)
_NEWLINES: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("", lambda text: text),
    (
        "has Windows line endings (CRLF) where the brief's copy has LF",
        lambda text: text.replace("\r\n", "\n"),
    ),
    (
        "has LF line endings where the brief's copy has Windows ones (CRLF)",
        lambda text: text.replace("\r\n", "\n").replace("\n", "\r\n"),
    ),
    (
        "has old Mac line endings (CR) where the brief's copy has LF",
        lambda t: t.replace("\r", "\n"),
    ),
)
_ENDS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("", lambda text: text),
    ("has an extra line break at the end", lambda t: t.removesuffix("\n")),
    ("lacks the line break the brief's copy ends with", lambda text: text + "\n"),
)


def diagnose_source(source: Source, data: bytes) -> str | None:
    r"""Say how *data* differs from the document that *source* was cited against.

    Tries what editors and downloads commonly change, alone and together: line
    endings (CRLF and LF), a UTF-8 byte-order mark, another encoding (UTF-16,
    Windows-1252, Latin-1), a line break added or dropped at the end. Where none of
    them explains the difference, says whether the length differs.

    Args:
        source: The :class:`~idlib_brief.Source` the brief cites.
        data: The bytes of the copy to check.

    Returns:
        ``None`` where *data* is the document (its SHA-256 is the recorded one);
        otherwise one sentence that starts with "the file".

    >>> import hashlib, idlib_brief
    >>> text = b"One line.\nTwo lines.\n"
    >>> source = idlib_brief.Source(id="note", title="A note", publisher="Us",
    ...                             sha256=hashlib.sha256(text).hexdigest(), length=21)
    >>> idlib_brief.diagnose_source(source, text) is None
    True
    >>> idlib_brief.diagnose_source(source, text.replace(b"\n", b"\r\n"))
    "the file has Windows line endings (CRLF) where the brief's copy has LF"
    >>> idlib_brief.diagnose_source(source, b"\xef\xbb\xbf" + text)
    'the file starts with a UTF-8 byte-order mark (BOM)'
    >>> idlib_brief.diagnose_source(source, text + b"Three.\n")
    "the file has 28 characters where the brief's copy has 21: it is another text or an
     edited copy"

    .. versionadded:: 0.2.0
    """
    if _digest(data) == source.sha256:
        return None
    utf8: str | None = None
    for codec, said, applies in _DECODINGS:
        if not applies(data) or (codec in ("cp1252", "latin-1") and utf8 is not None):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "utf-8":
            utf8 = text
        for newline_said, newline in _NEWLINES:
            for end_said, end in _ENDS:
                if _digest(end(newline(text)).encode("utf-8")) == source.sha256:
                    reasons = [r for r in (said, newline_said, end_said) if r]
                    return "the file " + " and ".join(reasons)
    if utf8 is None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            byte = data[exc.start]
            return (
                f"the file is not UTF-8 (byte 0x{byte:02x} at offset {exc.start}) and is no "
                "other encoding of the brief's copy"
            )
    length = len(utf8 or "")
    if length != source.length:
        return (
            f"the file has {length:,} characters where the brief's copy has "
            f"{source.length:,}: it is another text or an edited copy"
        )
    return (
        f"the file has the same length as the brief's copy ({length:,} characters) but "
        "other characters: an edited copy"
    )


def verified_text(source: Source, data: str | bytes) -> str:
    """*data* as text, after checking it is *source*'s document (see Source.verify).

    Raises:
        SourceMismatchError: It is not, with the :func:`diagnose_source` reason.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        return source.verify(raw)
    except SourceMismatchError as exc:
        reason = diagnose_source(source, raw) or ""
        raise SourceMismatchError(exc.source, exc.expected, exc.actual, reason=reason) from None


def pick_source(brief: Brief, data: str | bytes, source: str | None) -> tuple[Source, str]:
    """The source of *brief* that *data* is a copy of, and its verified text.

    Raises:
        BriefError: The brief has no source, or several and *data* is none of them.
        UnknownRecordError: *source* is no record's id.
        SourceMismatchError: *data* is not the named (or only) source's document.
    """
    if source is not None:
        record = brief[source]
        if not isinstance(record, Source):
            raise BriefError(f"{source!r} is {kind_of(record).article}, not a source")
        return record, verified_text(record, data)
    if not brief.sources:
        raise BriefError("the brief has no source to check a text against")
    if len(brief.sources) == 1:
        return brief.sources[0], verified_text(brief.sources[0], data)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    for candidate in brief.sources:
        if _digest(raw) == candidate.sha256:
            return candidate, verified_text(candidate, raw)
    ids = ", ".join(repr(s.id) for s in brief.sources)
    raise BriefError(f"the text is none of the brief's sources ({ids}); name the one it should be")


def excerpts(brief: Brief, text: str | bytes, *, source: str | None = None) -> tuple[Excerpt, ...]:
    """Every cited span of *brief* in one source, with the words it cites: the audit view.

    The text is checked first: its SHA-256 must be the one the brief records for the
    source, so that the offsets point at the words they were made for.

    Args:
        brief: The brief.
        text: Your copy of the source document: its bytes as read from the file
            (best: a difference of encoding or line endings can then be told), or
            its text.
        source: The id of the source *text* is a copy of; ``None`` for the brief's
            only source, or, where it has several, the one whose checksum it has.

    Returns:
        One :class:`Excerpt` per citation of that source, record by record (kinds in
        the order of :data:`~idlib_brief.KINDS`, then by id), in field order.

    Raises:
        SourceMismatchError: *text* is not the document the brief was cited against;
            its ``reason`` says how it differs, where that can be told.
        BriefError: The brief has no source, or several and *text* is none of them.
        UnknownRecordError: *source* is no record's id.

    >>> import idlib_brief, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "starter"
    >>> brief = idlib_brief.write_starter(folder)
    >>> data = (folder / brief.sources[0].filename).read_bytes()
    >>> found = idlib_brief.excerpts(brief, data)
    >>> [e.text for e in found if e.record == "ruiz-promises-reopening"]
    ['Ana Ruiz, told reporters: “The pier will be open again by June.”']

    .. versionadded:: 0.2.0
    """
    chosen, verified = pick_source(brief, text, source)
    found: list[Excerpt] = []
    for record in brief:
        kind = kind_of(record).name
        for where, citation in cited_spans(record):
            if citation.source == chosen.id:
                words = citation.excerpt(verified)
                found.append(
                    Excerpt(record=record.id, kind=kind, where=where, citation=citation, text=words)
                )
    return tuple(found)


present_as_public(globals())
