"""The optional extras, and the one way to say which to install when one is missing.

The package is installed from a checkout (it is not on a package index), so an extra
is installed as ``python -m pip install '.[plot]'`` there; the message also names the
packages, for those who would rather install them alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

EXTRAS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "plot": ("matplotlib",),
        "map": ("matplotlib", "basemap", "basemap-data"),
        "network": ("networkx",),
        "pandas": ("pandas",),
        "testing": ("hypothesis",),
    }
)
"""The packages each optional extra brings, as ``pyproject.toml`` lists them."""


def install_hint(extra: str) -> str:
    """How to install *extra*: from a checkout, or its packages alone.

    >>> print(install_hint("network"))
    python -m pip install '.[network]' in a checkout of idlib_brief,
    or python -m pip install networkx
    """
    return (
        f"python -m pip install '.[{extra}]' in a checkout of idlib_brief, "
        f"or python -m pip install {' '.join(EXTRAS[extra])}"
    )


def missing_extra(feature: str, extra: str) -> ImportError:
    """The error for *feature* used without the packages of *extra*.

    >>> raise missing_extra("Brief.to_frames()", "pandas")
    Traceback (most recent call last):
    ...
    ImportError: Brief.to_frames() needs the 'pandas' extra (pandas): python -m pip install
        '.[pandas]' in a checkout of idlib_brief, or python -m pip install pandas
    """
    packages = ", ".join(EXTRAS[extra])
    return ImportError(f"{feature} needs the {extra!r} extra ({packages}): {install_hint(extra)}")
