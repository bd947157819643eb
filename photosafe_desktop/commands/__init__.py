"""Subcommands of the ``photosafe`` command line (see ``photosafe_desktop.cli``)."""
