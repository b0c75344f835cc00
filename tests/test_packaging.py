"""The package works where it is installed: from a zip, with its data and py.typed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import idlib_brief

PACKAGE = Path(idlib_brief.__file__).parent


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
