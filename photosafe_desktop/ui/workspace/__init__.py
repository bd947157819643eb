"""The photo workspace: import an album, review faces, export safe copies."""
