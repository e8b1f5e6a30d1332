#!/usr/bin/env python3
"""Convert the sources into the portal's document pages: see ``--help``."""

import gc
import os
import sys

from vanban.cli import run

if __name__ == "__main__":
    # The build pauses the cycle collector; this process ends with the build, so turning it
    # back on would only buy one pass over everything the build made (0.4-0.5 s at 10,000
    # documents) just before exit.
    gc.disable()
    status, report = run()
    # The report holds the whole corpus, millions of objects: an orderly exit would free
    # them one by one (0.3 s at 10,000 documents). The build has closed its files, caches
    # and workers; only the standard streams are left to flush.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
