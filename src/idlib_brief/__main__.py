"""``python -m idlib_brief``: the command line."""

from ._cli import main

raise SystemExit(main())
