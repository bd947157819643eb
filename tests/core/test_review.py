"""The album's review rules without Qt: what needs the user's eyes, when export may start."""

from __future__ import annotations

from pathlib import Path

from photosafe_desktop.core.faces.regions import Region, Tier
from photosafe_desktop.core.review import (
    PhotoReview,
    Stage,
    count_album,
    exportable,
    next_needing_review,
)

SURE = Region(10, 10, 40, 40, tier=Tier.SURE)
CHECK = Region(60, 10, 40, 40, tier=Tier.CHECK, enabled=False)


def test_a_photo_needs_review_when_unsure_or_without_faces() -> None:
    sure = PhotoReview(Path("a.jpg"), Stage.READY, regions=(SURE,))
    unsure = PhotoReview(Path("b.jpg"), Stage.READY, regions=(SURE, CHECK))
    empty = PhotoReview(Path("c.jpg"), Stage.READY)
    loading = PhotoReview(Path("d.jpg"))
    assert not sure.needs_review and sure.face_count == 1
    assert unsure.needs_review and unsure.check_count == 1
    assert empty.needs_review and empty.no_faces_found
    assert not loading.needs_review
    unsure.reviewed = True
    assert not unsure.needs_review and unsure.check_count == 0


def test_the_album_is_ready_only_when_everything_was_looked_at() -> None:
    photos = [
        PhotoReview(Path("a.jpg"), Stage.READY, regions=(SURE,)),
        PhotoReview(Path("b.jpg"), Stage.READY),
        PhotoReview(Path("c.jpg"), Stage.ERROR),
        PhotoReview(Path("d.jpg"), Stage.DETECTING),
    ]
    counts = count_album(photos)
    assert (counts.total, counts.pending, counts.to_check, counts.errors, counts.ready) == (
        4,
        1,
        1,
        1,
        2,
    )
    assert not counts.ready_to_export
    assert next_needing_review(photos, 0) == 1
    assert next_needing_review(photos, 1) == 1  # wraps round to itself
    photos[1].reviewed = True
    photos[3].stage = Stage.READY
    photos[3].regions = (SURE,)
    assert count_album(photos).ready_to_export
    assert [p.path.name for p in exportable(photos)] == ["a.jpg", "b.jpg", "d.jpg"]
    assert next_needing_review(photos, 0) is None


def test_an_import_counts_the_hidden_photos_it_leaves_out(tmp_path: Path) -> None:
    from photosafe_desktop.core.review import expand_paths
    from photosafe_desktop.core.selftest import make_photo

    album = tmp_path / "album"
    (album / ".private").mkdir(parents=True)
    make_photo(album / "p.jpg", size=(64, 48), faces=False)
    make_photo(album / ".secret.jpg", size=(64, 48), faces=False)
    make_photo(album / ".private" / "q.jpg", size=(64, 48), faces=False)
    found = expand_paths([album, tmp_path / "gone.jpg"])
    assert [p.name for p in found.files] == ["p.jpg"]
    assert found.hidden == 2  # the photo and the folder
    assert found.problems == 1  # the file that does not exist


def test_honesty_counts_faces_left_visible_and_photos_confirmed_unseen() -> None:
    from photosafe_desktop.core.review import hide_candidates, review_honesty

    shown = SURE.replace(enabled=False)  # the user chose to show a sure face
    looked = PhotoReview(Path("a.jpg"), Stage.READY, regions=(SURE, shown, CHECK), reviewed=True)
    looked.seen = True
    hurried = PhotoReview(Path("b.jpg"), Stage.READY, regions=(SURE, CHECK, CHECK), reviewed=True)
    plain = PhotoReview(Path("c.jpg"), Stage.READY, regions=(SURE,))  # nothing to confirm
    honesty = review_honesty([looked, hurried, plain])
    assert (honesty.faces_hidden, honesty.visible_faces, honesty.visible_candidates) == (3, 4, 3)
    assert honesty.unseen == (Path("b.jpg"),) and not honesty.complete
    # a preset decides what is hidden: here everything
    everything = review_honesty(
        [looked, hurried], decide=lambda regions: tuple(r.replace(enabled=True) for r in regions)
    )
    assert everything.visible_faces == 0 and everything.faces_hidden == 6
    # ticking every possible face leaves only the user's own choice visible
    hurried.regions = hide_candidates(hurried.regions)
    looked.regions = hide_candidates(looked.regions)
    after = review_honesty([looked, hurried, plain])
    assert (after.visible_faces, after.visible_candidates) == (1, 0)


def test_photos_whose_face_search_was_stopped_are_counted_apart() -> None:
    photos = [
        PhotoReview(Path("a.jpg"), Stage.READY, regions=(SURE,)),
        PhotoReview(Path("b.jpg"), Stage.STOPPED),
    ]
    counts = count_album(photos)
    assert (counts.ready, counts.stopped, counts.pending) == (1, 1, 0)
    assert counts.ready_to_export  # the searched photos may go; the others stay out
    assert exportable(photos) == [photos[0]]
