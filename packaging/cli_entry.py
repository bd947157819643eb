"""Entry point of the frozen `photosafe` command-line tool."""

import multiprocessing
import sys

from photosafe_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
