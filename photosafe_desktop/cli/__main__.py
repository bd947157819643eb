"""``python -m photosafe_desktop.cli``: the ``photosafe`` command."""

import sys

from photosafe_desktop.cli import main

sys.exit(main())
