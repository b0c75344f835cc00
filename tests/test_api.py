"""The public surface: helpers defined once, one name resolver, names that read as public."""

from __future__ import annotations

import copy
import inspect
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

import idlib_brief
from idlib_brief import (
    Actor,
    Brief,
    BriefDataError,
    Citation,
    Issue,
    Source,
    Stance,
    Statement,
    UnknownActorError,
    load,
)
from strategies import briefs

ROOT = Path(__file__).resolve().parents[1]
CITE = (Citation(source="doc", start=0, end=1),)
BOUND = ("timeline", "positions", "position_matrix", "compare", "position_history")


# -- each helper is defined once ---------------------------------------------------------


@pytest.mark.parametrize("name", BOUND)
def test_a_module_function_has_its_methods_signature_without_self(name: str) -> None:
    method = inspect.signature(getattr(Brief, name))
    function = inspect.signature(getattr(idlib_brief, name))
    assert list(function.parameters.values()) == list(method.parameters.values())[1:]
    assert function.return_annotation == method.return_annotation
    assert f"Brief.{name}" in (getattr(idlib_brief, name).__doc__ or "")


@pytest.mark.parametrize(
    ("name", "args", "kwargs"),
    [
        ("timeline", ("2020-03",), {"actors": "Turkey", "include_members": True}),
        ("positions", ("Russia",), {"include_assessments": True}),
        ("position_matrix", (["Turkey", "Russia"],), {"as_of": "2020-03-04"}),
        ("compare", ("Turkey", "Russia"), {"include_members": False}),
        ("position_history", ("Turkey", "ceasefire"), {}),
    ],
)
def test_a_module_function_gives_what_the_method_gives_on_the_bundled_brief(
    name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    expected = getattr(load(), name)(*args, **kwargs)
    assert getattr(idlib_brief, name)(*args, **kwargs) == expected


def test_no_helper_restates_its_keyword_defaults_in_the_source() -> None:
    """Each helper's options and defaults are written once, on the `Brief` method."""
    text = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "src" / "idlib_brief").glob("*.py")
    )
    assert text.count("include_assessments: bool = False") == 4  # one per positions helper
    assert text.count("within: bool = False") == 2  # Brief.timeline, Timeline.between


def test_no_module_is_longer_than_a_sitting() -> None:
    for module in (ROOT / "src" / "idlib_brief").glob("*.py"):
        lines = len(module.read_text(encoding="utf-8").splitlines())
        assert lines <= 620, f"{module.name} has {lines} lines"


# -- one resolver --------------------------------------------------------------------------


def _brief(*actors: Actor) -> Brief:
    source = Source(id="doc", title="D", publisher="P", sha256="0" * 64, length=10)
    issue = Issue(id="truce", title="A truce", description="Whether to stop.")
    statements = tuple(
        Statement(
            id=f"{a.id}-says",
            speaker=a.id,
            mode="indirect",
            summary="Says so.",
            act="says",
            stances=(Stance(issue="truce", position="for"),),
            citations=CITE,
            when=idlib_brief.Date("2020-03-04"),
        )
        for a in actors
    )
    return Brief(sources=(source,), issues=(issue,), actors=actors, statements=statements)


def _actor(actor_id: str, name: str, *aliases: str) -> Actor:
    return Actor(
        id=actor_id,
        name=name,
        kind="state",
        aliases=aliases,
        description="A state.",
        citations=CITE,
    )


_NAMES = st.sampled_from(["Erdoğan", "erdogan", "ERDOGAN", "Recep Tayyip Erdogan", "Ankara"])


@given(brief=briefs(), data=st.data())
def test_every_way_of_naming_an_actor_resolves_alike_everywhere(
    brief: Brief, data: st.DataObject
) -> None:
    """brief.actor, the timeline's actors= and positions() agree on every name."""
    if not brief.actors:
        return
    actor = data.draw(st.sampled_from(brief.actors))
    names = [actor.id, *actor.names]
    spelled = data.draw(st.sampled_from(names))
    variant = data.draw(st.sampled_from([spelled, spelled.upper(), f" {spelled}. "]))
    resolved = brief.actor(variant)
    assert resolved is actor
    by_id = brief.timeline(actors=actor.id)
    assert brief.timeline(actors=variant) == by_id
    assert brief.positions(variant) == brief.positions(actor.id)
    assert brief.position_matrix([variant]) == brief.position_matrix([actor.id])


@pytest.mark.parametrize("name", ["Erdoğan", "erdogan", "RECEP TAYYIP ERDOĞAN", "Erdogan."])
def test_the_bundled_brief_resolves_names_alike_everywhere(name: str) -> None:
    brief = load()
    assert brief.actor(name).id == "erdogan"
    assert brief.timeline(actors=name) == brief.timeline(actors="erdogan")
    assert brief.positions(name) == brief.positions("erdogan")
    assert brief.compare(name, "Russia") == brief.compare("erdogan", "Russia")


def test_an_exact_id_comes_before_names() -> None:
    """An id wins over a normalized match, so 'acme' is the actor whose id it is."""
    acme, other = _actor("acme", "Acme Land"), _actor("other", "Other Land", "Acme Land Two")
    brief = _brief(acme, other)
    assert brief.actor("acme") is acme
    assert [e.actors for e in brief.timeline(actors="acme")] == [("acme",)]
    assert [p.actor for p in brief.positions("acme")] == ["acme"]


def test_issues_resolve_by_id_first_then_title_whatever_the_case() -> None:
    brief = load()
    for name in ("ceasefire", "A ceasefire in Idlib", "a CEASEFIRE in idlib!"):
        assert brief.issue(name).id == "ceasefire"
        assert brief.positions(issue=name) == brief.positions(issue="ceasefire")


def test_a_brief_whose_alias_is_another_actors_id_is_rejected(tmp_path: Path) -> None:
    brief = _brief(_actor("acme", "Acme Land"), _actor("beta", "Beta Land", "ACME"))
    idlib_brief.dump(brief, tmp_path)
    with pytest.raises(BriefDataError) as caught:
        load(tmp_path)
    (problem,) = caught.value.problems
    assert problem.file == "actors.json"
    assert "'ACME'" in problem.message
    assert "'beta'" in problem.message
    assert "'acme'" in problem.message


def test_an_unknown_actor_is_reported_with_close_names() -> None:
    with pytest.raises(UnknownActorError, match="Erdogan"):
        load().actor("Erdogn")


# -- public names read as public -----------------------------------------------------------


def test_every_public_class_and_function_presents_itself_as_the_package() -> None:
    for name in idlib_brief.__all__:
        obj = getattr(idlib_brief, name)
        if isinstance(obj, type) or inspect.isfunction(obj):
            assert obj.__module__ == "idlib_brief", name
            assert obj.__qualname__ == name


def test_a_traceback_names_the_public_error() -> None:
    code = "import idlib_brief; idlib_brief.load().actor('nobody')"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "idlib_brief.UnknownActorError: no actor is called 'nobody'" in result.stderr
    assert "idlib_brief._" not in result.stderr.splitlines()[-1]


_PAIRS = {
    "ACTOR_KINDS": "ActorKind",
    "ACTS": "Act",
    "AGREEMENT_STATUSES": "AgreementStatus",
    "BASES": "Basis",
    "DERIVED_POSITIONS": "DerivedPosition",
    "ENTRY_KINDS": "EntryKind",
    "ENTRY_STATUSES": "EntryStatus",
    "EVENT_KINDS": "EventKind",
    "EVENT_STATUSES": "EventStatus",
    "MODES": "Mode",
    "POSITION_VALUES": "PositionValue",
    "PRECISIONS": "Precision",
    "QUALIFIERS": "Qualifier",
    "RECORD_KINDS": "RecordKind",
}


@pytest.mark.parametrize(("values", "type_name"), sorted(_PAIRS.items()))
def test_each_vocabulary_is_a_public_type_and_a_tuple_of_its_values(
    values: str, type_name: str
) -> None:
    def flatten(tp: Any) -> list[Any]:
        args = get_args(tp)
        if not args:
            return [tp]
        return [leaf for arg in args for leaf in flatten(arg)]

    assert values in idlib_brief.__all__
    assert type_name in idlib_brief.__all__
    assert set(flatten(getattr(idlib_brief, type_name))) == set(getattr(idlib_brief, values))


def test_the_renamed_positions_tuple_still_works_with_a_warning() -> None:
    with pytest.warns(DeprecationWarning, match="POSITION_VALUES"):
        old = idlib_brief.POSITIONS
    assert old == idlib_brief.POSITION_VALUES


# -- every parameter is documented ---------------------------------------------------------

_ARGS = re.compile(r"(?P<indent> *)(?:Args|Arguments|Parameters):")
_ENTRY = re.compile(r"\**(?P<name>\w+)\b[^:]*:")
SOURCE_DIR = Path(idlib_brief.__file__).resolve().parent


def documented_parameters(docstring: str | None) -> set[str]:
    """The names that the ``Args:`` sections of a Google-style docstring describe."""
    lines = inspect.cleandoc(docstring or "").splitlines()
    names: set[str] = set()
    for at, line in enumerate(lines):
        header = _ARGS.fullmatch(line.rstrip())
        if header is None:
            continue
        depth = None
        for entry in (e for e in lines[at + 1 :] if e.strip()):
            indent = len(entry) - len(entry.lstrip())
            if indent <= len(header["indent"]):
                break
            depth = indent if depth is None else depth
            found = _ENTRY.match(entry.strip()) if indent == depth else None
            if found:
                names.add(found["name"])
    return names


def _defined_here(function: Any) -> bool:
    """Whether *function* is written in the package (not made by attrs, not attrs' own)."""
    code = getattr(function, "__code__", None)
    return code is not None and Path(code.co_filename).resolve().is_relative_to(SOURCE_DIR)


def _binds_a_brief_method(name: str, function: Any) -> bool:
    """Whether *function* is ``_on_bundled(Brief.name)``: its docs point at the method."""
    return name in vars(Brief) and f"<idlib_brief.Brief.{name}>" in (function.__doc__ or "")


def public_callables() -> Iterator[tuple[str, Any, bool]]:
    """Each public function and each public class's own methods and documented dunders.

    Yields the name, the function, and whether its first parameter is ``self`` or
    ``cls``. A binding of a `Brief` method is left out: the method documents it.
    """
    for name in idlib_brief.__all__:
        value = getattr(idlib_brief, name)
        if inspect.isfunction(value) and not _binds_a_brief_method(name, value):
            yield name, value, False
        if not isinstance(value, type):
            continue
        for attribute, member in vars(value).items():
            function = getattr(member, "__func__", member)
            dunder = attribute.startswith("__") and attribute.endswith("__")
            if (attribute.startswith("_") and not dunder) or not _defined_here(function):
                continue
            if dunder and not function.__doc__:
                continue
            yield f"{name}.{attribute}", function, not isinstance(member, staticmethod)


def undocumented_parameters() -> list[str]:
    """``"name(parameter)"`` for each parameter that its function's ``Args:`` leaves out."""
    missing = []
    for name, function, bound in public_callables():
        parameters = list(inspect.signature(function).parameters)[1 if bound else 0 :]
        described = documented_parameters(function.__doc__)
        missing += [f"{name}({p})" for p in parameters if p not in described]
    return missing


def test_every_parameter_of_the_public_api_is_documented() -> None:
    """Each public function and method says what each of its parameters is, in ``Args:``."""
    assert undocumented_parameters() == []


def test_the_walk_covers_methods_bound_from_other_modules_and_skips_bindings() -> None:
    names = {name for name, _, _ in public_callables()}
    assert {"Brief.actor", "Brief.place", "Brief.members", "Brief.__getitem__"} <= names
    assert {"Date.within", "Timeline.filter", "PositionMatrix.__getitem__", "dump"} <= names
    assert "Brief.__init__" not in names  # attrs writes it; fields are in Attributes:
    assert not {"timeline", "positions", "compare", "gazetteer"} & names  # Brief's docs


def test_a_parameter_left_out_of_args_is_reported() -> None:
    def example(text: str, *, times: int = 1, **options: Any) -> str:
        """Say *text* again.

        Args:
            text: What to say.
            **options: Ignored.

        Returns:
            times: not a parameter's entry, being in another section.
        """
        del options
        return text * times

    assert documented_parameters(example.__doc__) == {"text", "options"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(idlib_brief.Citation.excerpt, "__doc__", "Return the cited text.")
        assert undocumented_parameters() == ["Citation.excerpt(text)"]


# -- pickling and copying --------------------------------------------------------------------


def test_a_brief_and_its_results_pickle_and_copy() -> None:
    brief = load()
    results: list[Any] = [
        brief,
        *brief,
        brief.timeline(),
        brief.positions(),
        brief.position_matrix(),
        brief.compare("Turkey", "Russia"),
        brief.position_history("Turkey", "ceasefire"),
    ]
    for value in results:
        again = pickle.loads(pickle.dumps(value))  # noqa: S301 - our own data
        assert again == value
        assert copy.deepcopy(value) == value
    restored = pickle.loads(pickle.dumps(brief))  # noqa: S301 - our own data
    assert restored.actor("Erdoğan") == brief.actor("Erdoğan")
    assert restored.timeline() == brief.timeline()


def test_looking_up_something_that_is_not_an_id_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="by their id, a string"):
        load()[5]  # type: ignore[index]
    assert load().get(5) is None  # type: ignore[call-overload]
