"""Pictures, drawn with matplotlib (the ``plot`` extra), imported only when drawing.

Figures are made with :class:`matplotlib.figure.Figure` directly, not through pyplot,
so drawing never changes the caller's backend or opens a window; save the result with
``fig.savefig(...)``, or show it in a notebook.
"""

from __future__ import annotations

from typing import Any


def new_figure(**options: Any) -> Any:
    """Return a new :class:`matplotlib.figure.Figure`, or explain how to get matplotlib.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - the test environment has the extra
        raise ImportError("drawing needs matplotlib: pip install 'idlib-brief[plot]'") from exc
    return Figure(**options)
