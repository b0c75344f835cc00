"""Test configuration: hypothesis profiles (``HYPOTHESIS_PROFILE=dev`` for quick runs)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Run by `nox -s wheel` in an environment of its own, never collected here.
collect_ignore = ["wheel_check.py"]
