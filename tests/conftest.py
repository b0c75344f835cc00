"""Test configuration: hypothesis profiles (``HYPOTHESIS_PROFILE=dev`` for quick runs)."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

import idlib_brief

if os.environ.get("IDLIB_BRIEF_TEST_INSTALLED"):
    # `nox -s wheel`: the suite must test the installed wheel, not the checkout.
    _where = Path(idlib_brief.__file__).resolve()
    assert "site-packages" in _where.parts, f"idlib_brief imported from {_where}"

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# The other Pythons and the installed wheel: every property runs, briefly.
settings.register_profile(
    "smoke", max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# A longer search for releases: `HYPOTHESIS_PROFILE=release pytest tests/test_fuzz.py`.
settings.register_profile(
    "release", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Run by `nox -s wheel` in an environment of its own, never collected here.
collect_ignore = ["wheel_check.py"]
