"""Test configuration for the whole checkout (not shipped): see tests/conftest.py too.

``idlib_brief`` reads each public name from its private module on first use. pytest's
doctest collection finds a public object's examples through ``idlib_brief.__dict__``,
so every public name is read once here, before collection, and no example is missed.
"""

from __future__ import annotations

import idlib_brief

for _name in idlib_brief.__all__:
    getattr(idlib_brief, _name)
