"""A brief as pandas DataFrames: the CSV export's tables, with proper dtypes.

pandas is an optional dependency (the ``pandas`` extra); this module is imported only
by :meth:`Brief.to_frames <idlib_brief.Brief.to_frames>`, never by ``import idlib_brief``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ._dates import Date
from ._extras import missing_extra
from ._tables import Column, rows, tables

if TYPE_CHECKING:
    import pandas as pd

    from ._brief import Brief


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError as exc:
        raise missing_extra("Brief.to_frames()", "pandas") from exc
    return pd


def _ends(texts: list[str | None]) -> tuple[list[dt.date | None], list[dt.date | None]]:
    """Each date's earliest and latest day; ``None`` where missing, open or unknown."""
    earliest: list[dt.date | None] = []
    latest: list[dt.date | None] = []
    for text in texts:
        date = None if text is None else Date(text)
        start_known = date is not None and not (date.open_start or date.unknown_start)
        end_known = date is not None and not (date.open_end or date.unknown_end)
        earliest.append(date.earliest if date is not None and start_known else None)
        latest.append(date.latest if date is not None and end_known else None)
    return earliest, latest


def _datetimes(pd: Any, days: list[dt.date | None]) -> Any:
    """Days as ``datetime64[s]`` (which holds the years 1-9999), ``NaT`` for ``None``."""
    import numpy as np

    values = [np.datetime64("NaT") if day is None else np.datetime64(day) for day in days]
    return pd.Series(np.array(values, dtype="datetime64[s]"))


def _series(pd: Any, column: Column, values: list[Any]) -> dict[str, Any]:
    form = column.shape.form
    if form == "vocabulary":
        return {column.name: pd.Categorical(values, categories=list(column.shape.vocabulary))}
    if form == "date":
        earliest, latest = _ends(values)
        return {
            column.name: pd.array(values, dtype="string"),
            f"{column.name}_earliest": _datetimes(pd, earliest),
            f"{column.name}_latest": _datetimes(pd, latest),
        }
    dtype = {"integer": "Int64", "number": "Float64", "boolean": "boolean"}.get(form, "string")
    return {column.name: pd.array(values, dtype=dtype)}


def frames(brief: Brief) -> dict[str, pd.DataFrame]:
    """The DataFrames of :meth:`Brief.to_frames <idlib_brief.Brief.to_frames>`."""
    pandas = _pandas()
    found = rows(brief)
    result: dict[str, pd.DataFrame] = {}
    for table in tables():
        table_rows = found[table.name]
        data: dict[str, Any] = {}
        for key in table.keys:
            dtype = "Int64" if key.endswith("index") else "string"
            data[key] = pandas.array([row[key] for row in table_rows], dtype=dtype)
        for column in table.columns:
            data |= _series(pandas, column, [row[column.name] for row in table_rows])
        result[table.name] = pandas.DataFrame(data)
    return result
