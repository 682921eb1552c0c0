"""Dossier: a library of Arabic press articles, excerpts and briefings.

The core (this package outside ``dossier.ui``) never imports Qt.
"""

__version__ = "0.1.0"
