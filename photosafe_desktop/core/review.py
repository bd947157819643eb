"""The album's review rules, without Qt: where each photo stands, what still needs the
user's eyes, and when the album may be exported.

The workspace shows these; a photo is ready to export only once it was read, searched for
faces and, when the detector was unsure or found no face at all, looked at by the user.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from photosafe_desktop.core.batch import collect_photos
from photosafe_desktop.core.faces.regions import Kind, Region, Tier
from photosafe_desktop.core.i18n import Message
from photosafe_desktop.core.metadata.findings import Finding


class Stage(Enum):
    LOADING = "loading"  # thumbnail not there yet
    DETECTING = "detecting"  # thumbnail shown, faces being searched
    READY = "ready"
    ERROR = "error"
    STOPPED = "stopped"  # the user stopped the search for faces before this photo's turn


@dataclass
class PhotoReview:
    """One photo of the album as the review sees it."""

    path: Path
    stage: Stage = Stage.LOADING
    size: tuple[int, int] | None = None  # oriented full-resolution width, height
    regions: tuple[Region, ...] = ()
    findings: tuple[Finding, ...] = ()
    reviewed: bool = False
    error: Message | None = None
    #: the user had this photo open long enough to look at it (or changed something on it)
    seen: bool = False

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def face_count(self) -> int:
        """Faces (and areas the user drew) that will be hidden; text lines not included."""
        return sum(1 for r in self.regions if r.enabled and r.kind is not Kind.TEXT)

    @property
    def text_count(self) -> int:
        """Text lines (name tags, shirts, signs, plates) that will be hidden."""
        return sum(1 for r in self.regions if r.enabled and r.kind is Kind.TEXT)

    @property
    def check_count(self) -> int:
        """Candidates the detector was unsure about and the user has not yet looked at."""
        if self.reviewed:
            return 0
        return sum(1 for r in self.regions if r.tier == Tier.CHECK)

    @property
    def no_faces_found(self) -> bool:
        return self.stage == Stage.READY and not any(r.kind is not Kind.TEXT for r in self.regions)

    @property
    def needs_review(self) -> bool:
        if self.stage != Stage.READY or self.reviewed:
            return False
        return self.check_count > 0 or self.no_faces_found

    @property
    def reveals_private_data(self) -> bool:
        return any(f.is_private for f in self.findings)

    @property
    def visible_faces(self) -> int:
        """Faces and possible faces that stay visible in the copy (the user's choice)."""
        return sum(1 for r in self.regions if r.kind is Kind.FACE and not r.enabled)

    @property
    def visible_candidates(self) -> int:
        """Of those, the possible faces the user was asked about and did not tick."""
        return sum(
            1
            for r in self.regions
            if r.kind is Kind.FACE and not r.enabled and r.tier is Tier.CHECK
        )

    @property
    def confirmed_unseen(self) -> bool:
        """Marked as checked without having been looked at (e.g. Ctrl+R pressed in a row)."""
        return self.reviewed and not self.seen


@dataclass(frozen=True)
class AlbumCounts:
    total: int
    pending: int  # still being read or searched for faces
    to_check: int  # need the user's check before export
    errors: int
    ready: int  # read and searched: can be exported
    stopped: int = 0  # not searched for faces (the user stopped the search): not exported

    @property
    def ready_to_export(self) -> bool:
        return self.ready > 0 and self.pending == 0 and self.to_check == 0


def count_album(photos: Sequence[PhotoReview]) -> AlbumCounts:
    """Where the album stands, in one pass over the photos."""
    pending = to_check = errors = ready = stopped = 0
    for photo in photos:
        if photo.stage in (Stage.LOADING, Stage.DETECTING):
            pending += 1
        elif photo.stage == Stage.ERROR:
            errors += 1
        elif photo.stage == Stage.STOPPED:
            stopped += 1
        else:
            ready += 1
            to_check += photo.needs_review
    return AlbumCounts(len(photos), pending, to_check, errors, ready, stopped)


@dataclass(frozen=True)
class ReviewHonesty:
    """What the export summary must say plainly: what stays visible, and what the user
    confirmed without looking."""

    faces_hidden: int
    visible_faces: int  # faces and possible faces left visible by the user's choice
    visible_candidates: int  # of which possible faces that were never ticked
    unseen: tuple[Path, ...]  # photos marked as checked without being opened

    @property
    def complete(self) -> bool:
        return not self.visible_faces and not self.unseen


def review_honesty(
    photos: Sequence[PhotoReview],
    decide: Callable[[tuple[Region, ...]], tuple[Region, ...]] | None = None,
) -> ReviewHonesty:
    """The honest account of the review of ``photos`` (those exported). ``decide`` turns a
    photo's regions into the ones the copy hides (a sharing preset); default: as set."""
    hidden = visible = candidates = 0
    for photo in photos:
        regions = decide(photo.regions) if decide is not None else photo.regions
        for region in regions:
            if region.kind is not Kind.FACE:
                continue
            if region.enabled:
                hidden += 1
            else:
                visible += 1
                candidates += region.tier is Tier.CHECK
    return ReviewHonesty(
        faces_hidden=hidden,
        visible_faces=visible,
        visible_candidates=candidates,
        unseen=tuple(p.path for p in photos if p.confirmed_unseen),
    )


def hide_candidates(regions: Sequence[Region]) -> tuple[Region, ...]:
    """``regions`` with every possible face (``check`` tier) ticked: hidden, like a sure one."""
    return tuple(
        r.replace(enabled=True, tier=Tier.SURE) if r.tier is Tier.CHECK else r for r in regions
    )


def exportable(photos: Sequence[PhotoReview]) -> list[PhotoReview]:
    return [p for p in photos if p.stage == Stage.READY]


def next_needing_review(photos: Sequence[PhotoReview], after: int) -> int | None:
    """The next photo (after row ``after``, wrapping round) that needs the user's check."""
    count = len(photos)
    for step in range(1, count + 1):
        row = (after + step) % count
        if photos[row].needs_review:
            return row
    return None


@dataclass(frozen=True)
class Expanded:
    """What an import found: the photos, what could not be read, what was left out."""

    files: list[Path]
    problems: int  # folders or files that could not be read
    hidden: int  # hidden photos and folders (names starting with a dot), not imported


def expand_paths(paths: list[Path], suffixes: frozenset[str] | None = None) -> Expanded:
    """Files as given plus photos found in folders (recursively, sorted), with a count of
    what could not be read and of the hidden photos and folders that were left out.
    ``suffixes``: the file name endings collected from folders (default: photos; the
    workspace adds video clips)."""
    problems = 0
    hidden = 0

    def on_error(_error: OSError) -> None:
        nonlocal problems
        problems += 1

    def on_hidden(_path: Path) -> None:
        nonlocal hidden
        hidden += 1

    present = [p for p in paths if p.is_dir() or p.is_file()]
    problems += len(paths) - len(present)
    if suffixes is None:
        files = collect_photos(present, on_error=on_error, on_hidden=on_hidden)
    else:
        files = collect_photos(present, on_error=on_error, on_hidden=on_hidden, suffixes=suffixes)
    return Expanded(files, problems, hidden)


__all__ = [
    "AlbumCounts",
    "Expanded",
    "PhotoReview",
    "ReviewHonesty",
    "Stage",
    "count_album",
    "expand_paths",
    "exportable",
    "hide_candidates",
    "review_honesty",
    "next_needing_review",
]
