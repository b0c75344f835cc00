"""The package works where it is installed: from a zip, with its data and py.typed."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import idlib_brief
from idlib_brief._extras import EXTRAS, missing_extra

PACKAGE = Path(idlib_brief.__file__).parent
ROOT = Path(__file__).resolve().parents[1]


def test_the_bundled_brief_loads_from_a_zip_archive(tmp_path: Path) -> None:
    """importlib.resources reads the data inside a zip, as from a zipped application."""
    archive = tmp_path / "idlib_brief.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in PACKAGE.rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts:
                zf.write(file, Path("idlib_brief") / file.relative_to(PACKAGE))
    code = (
        "import idlib_brief, sys; "
        "assert '.zip' in idlib_brief.__file__, idlib_brief.__file__; "
        "print(sum(idlib_brief.load().counts().values()))"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(archive)!r}); {code}"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(idlib_brief.load())


def test_py_typed_and_every_data_file_sit_in_the_package() -> None:
    assert (PACKAGE / "py.typed").is_file()
    names = {p.name for p in (PACKAGE / "data").iterdir()}
    assert {f"{kind}.json" for kind in idlib_brief.KINDS} | {"brief.json"} <= names


def _requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0]


def test_each_extra_names_the_packages_that_pyproject_installs() -> None:
    """The install hints of missing extras say what ``pyproject.toml`` really installs."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = pyproject["project"]["optional-dependencies"]
    for extra, packages in EXTRAS.items():
        assert tuple(_requirement_name(r) for r in declared[extra]) == packages, extra
    docs = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
    for extra, packages in EXTRAS.items():
        assert f"| `{extra}` | {', '.join(packages)} |" in docs, extra


@pytest.mark.parametrize("extra", sorted(EXTRAS))
def test_a_missing_extra_says_how_to_install_it(extra: str) -> None:
    error = missing_extra("this feature", extra)
    assert isinstance(error, ImportError)
    message = str(error)
    assert message.startswith(f"this feature needs the {extra!r} extra")
    assert f"python -m pip install '.[{extra}]'" in message
    assert message.endswith(f"python -m pip install {' '.join(EXTRAS[extra])}")


def test_drawing_without_matplotlib_names_the_plot_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(ImportError, match=r"needs the 'plot' extra.*'\.\[plot\]'"):
        idlib_brief.timeline().plot()
    with pytest.raises(ImportError, match=r"'\.\[plot\]'"):
        idlib_brief.relation_graph().plot()
