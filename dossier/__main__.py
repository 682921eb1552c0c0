"""``python -m dossier``: the same as the ``dossier`` command."""

import sys

from .cli import main

sys.exit(main())
