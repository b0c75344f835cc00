"""Every check the project runs: `nox` runs them all (the README's test command).

In order: the test suite on every supported Python (3.10 to 3.13) under `coverage`,
then the combined branch coverage (at least 95%, or the run fails), lint (`mypy
--strict`, `ruff check`, `ruff format --check`), the documentation with its doctests,
the whole test suite once more against the built wheel installed in a fresh
virtual environment, and each benchmark once at its smallest size (so that none rots;
their figures are printed, never judged).

Time: the suite runs with the "ci" hypothesis profile (60 examples per property) on
the Python that runs nox, and with the "smoke" profile (8 examples) on the others and
on the wheel, to keep the whole run short on two cores. Set
``HYPOTHESIS_PROFILE`` to choose a profile for every run (``release`` for 5,000).

Interpreters: nox looks for ``python3.10`` … ``python3.13`` on PATH, and also in
pyenv's installations (``~/.pyenv/versions/3.1x.y``) when pyenv's shims do not select
them. A missing interpreter is skipped locally, so that a newcomer with one Python
passes, but fails the run when the ``CI`` environment variable is set.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import nox

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
"""Every Python the package supports (keep in step with pyproject's classifiers)."""
HERE = f"{sys.version_info.major}.{sys.version_info.minor}"
"""The Python running nox: its suite gets the full hypothesis profile."""

nox.options.sessions = ["tests", "coverage", "lint", "docs", "wheel", "benchmarks"]
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = bool(os.environ.get("CI"))
nox.options.download_python = "never"
# uv makes each session's environment in seconds (`pip install 'nox[uv]'`, as the README
# says); with plain `pip install nox`, nox falls back to virtualenv and pip.
nox.options.default_venv_backend = "uv|virtualenv"

ROOT = Path(__file__).parent
COVERAGE = ROOT / ".nox" / ".coverage-data"
"""Where each suite writes its coverage data (not `.nox/coverage`: the session's venv)."""


def _find_pyenv_pythons() -> None:
    """Let nox find pyenv's Pythons by name, even where pyenv's shims do not select them.

    A folder of links named ``python3.X``, one per installed version of :data:`PYTHONS`,
    goes on PATH ahead of pyenv's shims (which fail for versions not selected with
    ``pyenv global``); nothing else on PATH is shadowed.
    """
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found = {v: sorted(root.glob(f"versions/{v}.*/bin/python{v}")) for v in PYTHONS}
    links = ROOT / ".nox" / "pythons"
    for version, paths in found.items():
        if paths and shutil.which(f"python{version}", path=str(links)) is None:
            links.mkdir(parents=True, exist_ok=True)
            (links / f"python{version}").symlink_to(paths[-1])
    if links.is_dir():
        os.environ["PATH"] = os.pathsep.join([str(links), os.environ.get("PATH", "")])


_find_pyenv_pythons()


def _ensure_chromium(session: nox.Session) -> None:
    """Install Debian's Chromium for the evidence reader's browser tests, where one can.

    Only as root on a system with apt-get (as CI runs); elsewhere the browser tests skip
    with a reason that says what to install, unless ``CI`` is set.
    """
    if shutil.which("chromium") or shutil.which("chromium-browser"):
        return
    if shutil.which("apt-get") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        session.log("no Chromium, and no root apt-get to install it: browser tests will skip")
        return
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", "-qq", external=True, env=env)
    session.run("apt-get", "install", "-y", "-qq", "chromium", external=True, env=env)


def _uv() -> str | None:
    """uv beside the Python running nox (``pip install 'nox[uv]'``) or on PATH, if any."""
    beside = Path(sys.executable).with_name("uv")
    return str(beside) if beside.is_file() else shutil.which("uv")


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Unit tests, hypothesis properties, doctests in the code and the README, measured."""
    session.install("-e", ".[test]")
    _ensure_chromium(session)
    profile = os.environ.get("HYPOTHESIS_PROFILE", "ci" if session.python == HERE else "smoke")
    COVERAGE.mkdir(parents=True, exist_ok=True)
    env = {
        "HYPOTHESIS_PROFILE": profile,
        "COVERAGE_FILE": str(COVERAGE / f".coverage.{session.python}"),
    }
    # The docs session builds the site and runs tests/test_docs_site.py against it.
    args = ["-p", "no:cacheprovider", "--ignore=tests/test_docs_site.py", *session.posargs]
    session.run("coverage", "run", "-m", "pytest", "-n", "auto", *args, env=env)


@nox.session
def coverage(session: nox.Session) -> None:
    """Combine the suites' branch coverage; fail under the floor set in pyproject.toml."""
    session.install("coverage[toml]>=7.10")
    env = {"COVERAGE_FILE": str(COVERAGE / ".coverage")}
    session.run("coverage", "combine", str(COVERAGE), env=env)
    session.run("coverage", "report", env=env)


@nox.session
def lint(session: nox.Session) -> None:
    """`mypy --strict` and ruff (lint and format) on the package, tests and benchmarks."""
    session.install("-e", ".[test]", "nox")
    session.run("mypy")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


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
    session.run("pytest", "-q", "-p", "no:cacheprovider", "tests/test_docs_site.py", env=html)


@nox.session
def wheel(session: nox.Session) -> None:
    """The whole test suite against the built wheel, installed in a fresh environment.

    As stamina's CI does: the package is imported from site-packages, never from
    ``src`` (which is not on the path), so a file missing from the wheel fails a test.
    """
    session.install("build")
    _ensure_chromium(session)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        session.run("python", "-m", "build", "--wheel", "--outdir", str(out / "dist"))
        (wheel_file,) = (out / "dist").glob("idlib_brief-*.whl")
        venv = out / "venv"
        bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
        python = str(bindir / "python")
        uv = _uv()
        if uv:
            session.run(uv, "venv", "-q", "--python", sys.executable, str(venv), external=True)
            pip = [uv, "pip", "install", "-q", "--python", python]
        else:
            session.run(sys.executable, "-m", "venv", str(venv), external=True)
            pip = [python, "-m", "pip", "install", "-q"]
        session.run(*pip, f"{wheel_file}[test]", external=True)
        env = {
            "PYTHONPATH": "",
            "HYPOTHESIS_PROFILE": os.environ.get("HYPOTHESIS_PROFILE", "smoke"),
            "IDLIB_BRIEF_TEST_INSTALLED": "1",
        }
        session.run(python, str(ROOT / "tests" / "wheel_check.py"), external=True, env=env)
        session.run(str(bindir / "idlib-brief"), external=True, silent=True)
        session.run(
            python,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-n",
            "auto",
            "--ignore=tests/test_docs_site.py",
            "tests",
            "README.md",
            "--pyargs",
            "idlib_brief",  # the doctests of the installed package's modules
            external=True,
            env=env,
        )


@nox.session
def benchmarks(session: nox.Session) -> None:
    """Each benchmark once, at its smallest size: it must run; its figures are not judged.

    For the figures themselves, run a benchmark by hand at its full size (see its
    docstring and the documentation's Performance page).
    """
    session.install("-e", ".")
    session.run("python", "benchmarks/performance.py", "--records", "1000", "--runs", "1",
                "--repeat", "1")  # fmt: skip
    session.run("python", "benchmarks/bad_brief.py", "--sizes", "1000")
    session.run("python", "benchmarks/timeline_range.py", "--queries", "5")
