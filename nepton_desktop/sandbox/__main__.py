"""``python -m nepton_desktop.sandbox [options]``: the sandbox subcommand on its own."""

import sys

from nepton_desktop.sandbox.command import main

sys.exit(main())
