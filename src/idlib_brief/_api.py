"""The module-level functions of the public API: loading, writing and reading sources."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._brief import Brief
    from ._dates import DateLike
    from ._model import Source
    from ._positions import Comparison, Position, PositionHistory, PositionMatrix
    from ._timeline import Timeline


def load(path: str | os.PathLike[str] | None = None) -> Brief:
    """Load a brief: the bundled one, or one that someone authored, from a folder.

    The bundled brief is read once, on first use, and cached; calling :func:`load`
    from many threads at once is safe and gives the same object.

    Args:
        path: A folder holding ``brief.json`` and the record files
            (``actors.json``, ``statements.json``, …). ``None`` for the bundled brief.

    Returns:
        The validated :class:`~idlib_brief.Brief`.

    Raises:
        BriefDataError: The files are not a valid brief. Every problem found is listed,
            each with the file, a JSON path, and what was expected.
        FileNotFoundError: *path* is not a folder.

    >>> import idlib_brief
    >>> brief = idlib_brief.load()
    >>> brief is idlib_brief.load()
    True
    >>> brief.actor("Putin").name
    'Vladimir Putin'

    .. versionadded:: 0.1.0
    """
    from ._loading import load_bundled, load_folder

    return load_bundled() if path is None else load_folder(path)


def dump(brief: Brief, path: str | os.PathLike[str]) -> None:
    """Write *brief* to the folder *path* in the format :func:`load` reads.

    The folder is created if needed; existing record files in it are replaced.
    ``load(path) == brief`` holds afterwards.

    .. versionadded:: 0.1.0
    """
    from ._loading import dump_folder

    dump_folder(brief, path)


def read_source(source: Source, path: str | os.PathLike[str]) -> str:
    """Read a source document's text and check that it is the one the brief cites.

    Args:
        source: The :class:`~idlib_brief.Source` record.
        path: The document's file, or a folder holding it under ``source.filename``.

    Returns:
        The text, ready for :meth:`Citation.excerpt <idlib_brief.Citation.excerpt>`.

    Raises:
        SourceMismatchError: The file's SHA-256 is not the one recorded.
        FileNotFoundError: There is no such file.

    .. versionadded:: 0.1.0
    """
    file = Path(path)
    if file.is_dir():
        if source.filename is None:
            msg = f"source {source.id!r} names no file to look for in {str(file)!r}"
            raise FileNotFoundError(msg)
        file = file / source.filename
    return source.verify(file.read_bytes())


def positions(
    actor: str | None = None,
    issue: str | None = None,
    *,
    as_of: DateLike | None = None,
    include_members: bool = True,
    include_assessments: bool = False,
) -> tuple[Position, ...]:
    """Return who stands where on which issue in the bundled brief, since when, and why.

    Positions are derived from the statements' stances on the brief's issues, never
    typed in by hand. Each :class:`~idlib_brief.Position` gives the value (``"for"``,
    ``"against"``, ``"neutral"``, or ``"mixed"`` where the evidence differs), the
    earliest date of its evidence (``since``), the statements it rests on in date
    order (``evidence``, undated last), who made them (``speakers``), and its
    ``basis``: the actor's own quoted words (``"own-words"``), its words as the source
    reports them (``"reported"``), or an outside analyst's assessment
    (``"assessment"``). :meth:`Brief.positions <idlib_brief.Brief.positions>` does the
    same on any brief.

    Args:
        actor: Only this actor's positions: an id, name or alias (``"Ankara"``).
        issue: Only positions on this issue: an id or title.
        as_of: Only statements certainly made on or before this date (their
            ``when.latest`` is not after its last day); undated statements are left out.
        include_members: Count what those who speak for an actor said (its
            ``affiliation`` chain: Lavrov and Peskov for Russia, Erdogan for Turkey).
        include_assessments: Also count outside analysts' statements about an actor
            (think tanks, expert groups and their experts), with the basis
            ``"assessment"``.

    Returns:
        The positions, by actor id, then issue id.

    Raises:
        UnknownActorError: No actor has that id, name or alias.
        UnknownIssueError: No issue has that id or title.

    >>> import idlib_brief
    >>> for p in idlib_brief.positions("Turkey"):
    ...     print(p.issue, p.position, p.basis, p.speakers)
    ceasefire for ('own-words',) ('erdogan',)
    russian-restraint-in-idlib for ('reported',) ('turkey',)
    russian-turkish-talks for ('own-words',) ('erdogan',)
    syrian-offensive-in-idlib against ('reported',) ('turkey',)
    withdrawal-to-sochi-line for ('reported',) ('turkey',)
    >>> (sochi,) = idlib_brief.positions("Moscow", "sochi-agreements")
    >>> sochi.position, sochi.evidence, sochi.speakers
    ('for', ('lavrov-pledges-sochi-agreements',), ('lavrov',))
    >>> idlib_brief.positions("Russia", "sochi-agreements", include_members=False)
    ()

    .. versionadded:: 0.1.0
    """
    return load().positions(
        actor,
        issue,
        as_of=as_of,
        include_members=include_members,
        include_assessments=include_assessments,
    )


def position_matrix(
    actors: str | Iterable[str] | None = None,
    issues: str | Iterable[str] | None = None,
    *,
    as_of: DateLike | None = None,
    include_members: bool = True,
    include_assessments: bool = False,
) -> PositionMatrix:
    """Return the bundled brief's actors by issues, each cell a position or empty.

    Each cell is what :func:`positions` gives for that actor and issue with the same
    options, or ``None``. ``str(matrix)`` is a plain-text table,
    :meth:`~idlib_brief.PositionMatrix.to_markdown` a Markdown one, and
    :meth:`~idlib_brief.PositionMatrix.plot` draws a heat map (``plot`` extra).

    Args:
        actors: The rows, as ids, names or aliases, in this order; by default every
            actor with a position, by id.
        issues: The columns, as ids or titles, in this order; by default every issue
            with a position, in the brief's order (by id).
        as_of: As for :func:`positions`.
        include_members: As for :func:`positions`.
        include_assessments: As for :func:`positions`.

    Raises:
        UnknownActorError: No actor has one of those ids, names or aliases.
        UnknownIssueError: No issue has one of those ids or titles.

    >>> import idlib_brief
    >>> print(idlib_brief.position_matrix(["Turkey", "Russia", "Syria"],
    ...                                   ["withdrawal-to-sochi-line", "sochi-agreements"]))
    actor   withdrawal-to-sochi-line  sochi-agreements
    ------  ------------------------  ----------------
    turkey  for
    russia                            for
    syria

    .. versionadded:: 0.1.0
    """
    return load().position_matrix(
        actors,
        issues,
        as_of=as_of,
        include_members=include_members,
        include_assessments=include_assessments,
    )


def compare(
    a: str,
    b: str,
    *,
    as_of: DateLike | None = None,
    include_members: bool = True,
    include_assessments: bool = False,
) -> Comparison:
    """Compare two actors' positions in the bundled brief, issue by issue.

    Args:
        a: The first actor: an id, name or alias.
        b: The second actor: an id, name or alias.
        as_of: As for :func:`positions`.
        include_members: As for :func:`positions`.
        include_assessments: As for :func:`positions`.

    Returns:
        A :class:`~idlib_brief.Comparison`: the issues where both hold the same
        position (``agree``), different ones (``disagree``), where one of them is
        ``"mixed"`` (``unclear``), and where only one has a position (``only_a``,
        ``only_b``); each a :class:`~idlib_brief.PositionPair` with both positions and
        their evidence. ``compare(b, a)`` is ``compare(a, b).swapped()``.

    Raises:
        UnknownActorError: No actor has one of those ids, names or aliases.

    >>> import idlib_brief
    >>> comparison = idlib_brief.compare("Turkey", "Russia")
    >>> [(p.issue, p.a.position, p.b.position) for p in comparison.agree]
    [('russian-turkish-talks', 'for', 'for')]
    >>> [p.issue for p in comparison.only_b]
    ['russian-turkish-sanctions', 'sochi-agreements', 'turkish-support-for-armed-groups']

    .. versionadded:: 0.1.0
    """
    return load().compare(
        a,
        b,
        as_of=as_of,
        include_members=include_members,
        include_assessments=include_assessments,
    )


def position_history(
    actor: str,
    issue: str,
    *,
    as_of: DateLike | None = None,
    include_members: bool = True,
    include_assessments: bool = False,
) -> PositionHistory:
    """Return how an actor's position on an issue in the bundled brief came about.

    One entry per statement of the position's evidence, in the same order: its date,
    speaker, basis, its own stance, and the running position after it. The last running
    position is what :func:`positions` gives.

    Args:
        actor: The actor: an id, name or alias.
        issue: The issue: an id or title.
        as_of: As for :func:`positions`.
        include_members: As for :func:`positions`.
        include_assessments: As for :func:`positions`.

    Raises:
        UnknownActorError: No actor has that id, name or alias.
        UnknownIssueError: No issue has that id or title.

    >>> import idlib_brief
    >>> print(idlib_brief.position_history("Turkey", "syrian-offensive-in-idlib"))
    when       statement                           speaker  basis     says     position
    ---------  ----------------------------------  -------  --------  -------  --------
    (undated)  turkey-criticizes-syrian-offensive  turkey   reported  against  against
    (undated)  turkey-demands-withdrawal           turkey   reported  against  against

    .. versionadded:: 0.1.0
    """
    return load().position_history(
        actor,
        issue,
        as_of=as_of,
        include_members=include_members,
        include_assessments=include_assessments,
    )


def timeline(
    start: DateLike | None = None,
    end: DateLike | None = None,
    *,
    actors: str | Iterable[str] = (),
    kinds: str | Iterable[str] = (),
    issues: str | Iterable[str] = (),
    status: str | Iterable[str] = (),
    include_members: bool = False,
    within: bool = False,
) -> Timeline:
    """Return the bundled brief's dated records in time order, within a range, filtered.

    The same as :meth:`Brief.timeline <idlib_brief.Brief.timeline>` on :func:`load`'s
    brief; the arguments are described there, and the order and the rules on the
    :doc:`timelines page </timelines>`.

    Raises:
        UnknownActorError: No actor has one of those names.
        UnknownIssueError: No issue has one of those ids or titles.
        TimelineError: An unknown kind or status, or a range that ends before it starts.
        EDTFError: *start* or *end* is text that is not EDTF.

    >>> import idlib_brief
    >>> for entry in idlib_brief.timeline(end="2018"):
    ...     print(entry.when, entry.kind, entry.id)
    /2019-12~ event family-in-kafr-lusin-camp
    2015 event bomber-shot-down-2015
    2015~ event russian-sanctions-2015
    2015/2016 event tensions-eased-after-2015
    2018 event sochi-meeting-2018
    2018 agreement sochi-agreements-2018

    .. versionadded:: 0.1.0
    """
    return load().timeline(
        start,
        end,
        actors=actors,
        kinds=kinds,
        issues=issues,
        status=status,
        include_members=include_members,
        within=within,
    )
