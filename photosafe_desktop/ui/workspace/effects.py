"""The face effects the user can choose, with their translated names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from photosafe_desktop.core.faces.regions import Effect

EFFECTS = (Effect.SOLID, Effect.PIXELATE, Effect.BLUR, Effect.STICKER)


def effect_name(effect: Effect) -> str:
    return {
        Effect.SOLID: QCoreApplication.translate("Effects", "Solid block (safest)"),
        Effect.PIXELATE: QCoreApplication.translate("Effects", "Large pixels"),
        Effect.BLUR: QCoreApplication.translate("Effects", "Strong blur"),
        Effect.STICKER: QCoreApplication.translate("Effects", "Sticker"),
    }[effect]


__all__ = ["EFFECTS", "effect_name"]
