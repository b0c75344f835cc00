"""Every check the project runs: `nox` runs them all (the README's test command)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "docs", "wheel"]
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).parent


@nox.session
def tests(session: nox.Session) -> None:
    """Unit tests, hypothesis properties, doctests in the code and the README."""
    session.install("-e", ".[test]")
    # The docs session builds the site and runs tests/test_docs_site.py against it.
    session.run("pytest", "--ignore=tests/test_docs_site.py", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """`mypy --strict` and ruff on the package, the tests and the benchmarks."""
    session.install("-e", ".[test]", "nox")
    session.run("mypy")
    session.run("ruff", "check", ".")


@nox.session
def docs(session: nox.Session) -> None:
    """The Sphinx site with warnings as errors, then every example in it as a doctest."""
    session.install("-e", ".[docs,test]")
    build = ROOT / "docs" / "_build"
    shutil.rmtree(build, ignore_errors=True)
    options = ["-W", "--keep-going", "-n", "-q"]
    session.run("sphinx-build", *options, "-b", "html", "docs", str(build / "html"))
    session.run("sphinx-build", *options, "-b", "doctest", "docs", str(build / "doctest"))
    html = {"IDLIB_BRIEF_DOCS_HTML": str(build / "html")}
    session.run("pytest", "-q", "tests/test_docs_site.py", env=html)


@nox.session
def wheel(session: nox.Session) -> None:
    """Build the wheel, install it in a fresh virtual environment, load the bundled brief."""
    session.install("build")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        session.run("python", "-m", "build", "--wheel", "--outdir", str(out / "dist"))
        (wheel_file,) = (out / "dist").glob("idlib_brief-*.whl")
        venv = out / "venv"
        session.run(sys.executable, "-m", "venv", str(venv), external=True)
        bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
        python = str(bindir / "python")
        session.run(python, "-m", "pip", "install", "-q", str(wheel_file), external=True)
        session.run(
            python, str(ROOT / "tests" / "wheel_check.py"), external=True, env={"PYTHONPATH": ""}
        )
        session.run(str(bindir / "idlib-brief"), external=True, silent=True)
