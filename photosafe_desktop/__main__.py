"""``python -m photosafe_desktop`` starts the desktop app."""

import sys

from photosafe_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
