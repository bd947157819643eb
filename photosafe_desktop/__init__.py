"""PhotoSafe Desktop: make photos safe to share, get images removed from the internet."""

__version__ = "0.1.0"
APP_NAME = "PhotoSafe"
APP_ID = "photosafe-desktop"
ORG_NAME = "PhotoSafe"
