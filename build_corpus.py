#!/usr/bin/env python3
"""Convert the sources into the portal's document pages: see ``--help``."""

import sys

from vanban.cli import main

if __name__ == "__main__":
    sys.exit(main())
