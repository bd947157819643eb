"""Shared helpers for the face tests (scoring as in the corpus README)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

Box = Sequence[float]


def iou_xywh(a: Box, b: Box) -> float:
    iw = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    ih = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if iw <= 0 or ih <= 0:
        return 0.0
    inter = iw * ih
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


def recall(found: Sequence[Box], truth: Sequence[Box]) -> float:
    """Greedy one-to-one matching at IoU >= 0.4 (``found`` best first)."""
    used = [False] * len(truth)
    hits = 0
    for box in found:
        best, best_iou = -1, 0.4
        for index, face in enumerate(truth):
            value = iou_xywh(box, face)
            if not used[index] and value >= best_iou:
                best, best_iou = index, value
        if best >= 0:
            used[best] = True
            hits += 1
    return hits / max(1, len(truth))


def annotations(corpus: Path) -> dict[str, list[list[float]]]:
    data: dict[str, list[list[float]]] = json.loads((corpus / "annotations.json").read_text())
    return data
