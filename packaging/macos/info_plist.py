"""The Info.plist additions of PhotoSafe.app (macOS), used by build.spec's BUNDLE.

Loaded by file path (``runpy``), not imported: the folder ``packaging`` would shadow the
PyPI package of that name that PyInstaller itself imports.
"""

from __future__ import annotations

#: the photo types Finder offers to open with PhotoSafe ("Open With"), by Uniform Type
#: Identifier; PhotoSafe is an Alternate handler: it never takes over the user's default app
PHOTO_TYPES = ("public.jpeg", "public.png", "public.heic", "org.webmproject.webp")

#: the oldest macOS the bundled Qt 6.8+ runs on
MINIMUM_MACOS = "12.0"

LOCALIZATIONS = ("nl", "fr", "en")


def info_plist(version: str) -> dict[str, object]:
    """The keys build.spec passes to BUNDLE(info_plist=...)."""
    return {
        "CFBundleName": "PhotoSafe",
        "CFBundleDisplayName": "PhotoSafe",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": list(LOCALIZATIONS),
        "CFBundleAllowMixedLocalizations": True,
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "LSApplicationCategoryType": "public.app-category.photography",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "GPL-3.0-or-later, PhotoSafe Desktop contributors",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Photo",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": list(PHOTO_TYPES),
                "CFBundleTypeIconSystemGenerated": True,
            }
        ],
    }
