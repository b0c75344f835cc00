"""The collector pause that loading, positions and timelines use: it restores the state."""

from __future__ import annotations

import gc

import pytest

from idlib_brief._gc import paused_gc


@pytest.mark.parametrize("running", [True, False])
def test_the_collector_is_paused_inside_and_left_as_it_was(running: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if running else gc.disable)()
        with paused_gc():
            assert not gc.isenabled()
            with paused_gc():  # a nested pause does not re-enable it early
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() is running
    finally:
        (gc.enable if was else gc.disable)()


def test_the_collector_is_restored_when_the_block_raises() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError
    assert gc.isenabled()


def test_positions_and_timelines_leave_the_collector_running() -> None:
    import idlib_brief

    brief = idlib_brief.load()
    brief.positions()
    brief.position_matrix()
    idlib_brief.Brief(actors=brief.actors, events=brief.events).timeline()
    assert gc.isenabled()
