"""``python -m dossier``: the same as the ``dossier`` command."""

import sys

from dossier.cli import main

# Guarded: a spawned import worker imports this module again and must not run it.
if __name__ == "__main__":
    sys.exit(main())
