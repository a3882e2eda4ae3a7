"""``python -m nepton_desktop`` runs the same entry point as ``nepton-desktop``."""

import sys

from nepton_desktop.cli import main

sys.exit(main())
