"""Video clips end to end with generated clips: drawn faces moving across the frames and the
metadata a phone writes (GPS, make/model, software, dates, names, chapters, a data track,
rotation). exiftool is the independent oracle for metadata; the drawn faces' known positions
are the oracle for "hidden on every frame"."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from photosafe_desktop.core.faces import DetectConfig
from photosafe_desktop.core.faces.obscure import SOLID_COLOUR
from photosafe_desktop.core.video import (
    ClipCancelled,
    ClipOptions,
    make_clip,
    probe_clip,
    sanitise_clip,
)
from photosafe_desktop.core.video.probe import upright
from photosafe_desktop.core.video.testclip import face_positions
from photosafe_desktop.core.video.verify import leftover_tags, user_data_boxes
from tests.core.metadata.exiftool_oracle import EXIFTOOL, exiftool_tags, sha256

av = pytest.importorskip("av")

#: the drawn faces are big: a faster detector plan finds them (and every test stays quick)
FAST = DetectConfig(min_face_fraction=0.05)
SIZE = (640, 480)
FPS = 10

#: what exiftool may report about a clean clip (tag names without the TrackN group)
ALLOWED = {
    "SourceFile",
    "ExifToolVersion",
    "FileName",
    "Directory",
    "FileSize",
    "FileModifyDate",
    "FileAccessDate",
    "FileInodeChangeDate",
    "FilePermissions",
    "FileType",
    "FileTypeExtension",
    "MIMEType",
    "ImageSize",
    "Megapixels",
    "AvgBitrate",
    "Rotation",
    # ISO-BMFF structure
    "MajorBrand",
    "MinorVersion",
    "CompatibleBrands",
    "MediaDataSize",
    "MediaDataOffset",
    "MovieHeaderVersion",
    "CreateDate",
    "ModifyDate",
    "TimeScale",
    "Duration",
    "PreferredRate",
    "PreferredVolume",
    "MatrixStructure",
    "PreviewTime",
    "PreviewDuration",
    "PosterTime",
    "SelectionTime",
    "SelectionDuration",
    "CurrentTime",
    "NextTrackID",
    "HandlerType",
    "HandlerVendorID",
    "TrackHeaderVersion",
    "TrackCreateDate",
    "TrackModifyDate",
    "TrackID",
    "TrackDuration",
    "TrackLayer",
    "TrackVolume",
    "ImageWidth",
    "ImageHeight",
    "MediaHeaderVersion",
    "MediaCreateDate",
    "MediaModifyDate",
    "MediaTimeScale",
    "MediaDuration",
    "MediaLanguageCode",
    "HandlerDescription",
    "GraphicsMode",
    "OpColor",
    "CompressorID",
    "SourceImageWidth",
    "SourceImageHeight",
    "XResolution",
    "YResolution",
    "BitDepth",
    "BufferSize",
    "MaxBitrate",
    "AverageBitrate",
    "VideoFrameRate",
    "Balance",
    "AudioFormat",
    "AudioChannels",
    "AudioBitsPerSample",
    "AudioSampleRate",
    "Free",
    "MediaData",
    "AVCConfiguration",
    "ChunkOffset",
    "CompositionTimeToSample",
    "SampleGroupDescription",
    "SampleSizes",
    "SampleToChunk",
    "SampleToGroup",
    "SyncSampleTable",
    "TimeToSampleTable",
    "Unknown_btrt",
    "Unknown_edts",
    "Unknown_esds",
    "GenMediaVersion",
    "GenFlags",
    "GenGraphicsMode",
    "GenOpColor",
    "GenBalance",
    "TextFont",
    "TextFace",
    "TextSize",
    "TextColor",
    "BackgroundColor",
    "FontName",
    # Matroska/WebM structure
    "CodecID",
    "CodecPrivate",
    "DocType",
    "DocTypeReadVersion",
    "DocTypeVersion",
    "EBMLMaxIDLength",
    "EBMLMaxSizeLength",
    "EBMLReadVersion",
    "EBMLVersion",
    "MuxingApp",
    "WritingApp",
    "SeekID",
    "SeekPosition",
    "TagTrackUID",
    "TimecodeScale",
    "Matroska_0x16aa",
    "Matroska_0x16bb",
    "TrackDefault",
    "TrackLacing",
    "TrackLanguage",
    "TrackNumber",
    "TrackType",
    "TrackUID",
}
ZERO_DATES = {"CreateDate", "ModifyDate", "TrackCreateDate", "TrackModifyDate",
              "MediaCreateDate", "MediaModifyDate"}  # fmt: skip
GENERIC_VALUES = {
    "HandlerDescription": {"VideoHandler", "SoundHandler"},
    "MuxingApp": {"Lavf"},
    "WritingApp": {"Lavf"},
    "Rotation": {0, "0"},
}
#: bytes of the personal data written into the clips: none may survive anywhere in the file
PERSONAL = (b"50.8503", b"Jan Peeters", b"PhotoSafe Test Phone", b"Model 12", b"Kamp Sam",
            b"SN-1234567", b"Sam at the lake", b"Jan's Phone", b"Core Media", b"x264 - core")  # fmt: skip


def exiftool_problems(tags: dict[str, Any]) -> list[str]:
    problems = []
    for key, value in tags.items():
        name = key.split(":", 1)[-1]
        if name not in ALLOWED:
            problems.append(f"{key}={value!r}")
        elif name in ZERO_DATES and not str(value).startswith("0000:00:00"):
            problems.append(f"{key}={value!r}")
        elif name in GENERIC_VALUES and value not in GENERIC_VALUES[name]:
            problems.append(f"{key}={value!r}")
    return problems


def decoded_frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [upright(frame) for frame in container.decode(video=0)]


def solid_share(pixels: np.ndarray, cx: float, cy: float, s: float) -> float:
    """How much of a drawn face's skin (its inner box) is the solid fill now."""
    box = pixels[int(cy - 0.4 * s) : int(cy + 0.4 * s), int(cx - 0.3 * s) : int(cx + 0.3 * s)]
    near = np.abs(box.astype(int) - np.array(SOLID_COLOUR)).max(axis=2) <= 24
    return float(near.mean())


@pytest.fixture(scope="module")
def phone_mp4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("clips")
    return make_clip(folder / "Kamp_Sam.mp4", size=SIZE, seconds=1.0, fps=FPS)


@pytest.fixture(scope="module")
def cleaned(phone_mp4: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, str]:
    before = sha256(phone_mp4)
    out = tmp_path_factory.mktemp("out")
    seen: list[Any] = []

    def progress(report: Any) -> None:
        seen.append(report)
        if len(seen) == 1:  # as a slow computer: time left is only guessed after 0.5 s
            time.sleep(0.6)

    result = sanitise_clip(
        phone_mp4, out / phone_mp4.name, ClipOptions(config=FAST, verify_frames=4, step=5),
        progress=progress,
    )  # fmt: skip
    assert seen and seen[-1].phase == "verify"
    assert seen[0].seconds_left is None
    assert any(p.seconds_left is not None and p.seconds_left >= 0 for p in seen[1:])
    return result, before


def test_the_generated_clip_carries_what_a_phone_writes(phone_mp4: Path) -> None:
    """The input really has the metadata (else the clean result proves nothing)."""
    tags = leftover_tags(phone_mp4)
    assert {"location", "make", "model", "creation_time"} <= set(tags)
    assert "moov/udta/meta/keys" in user_data_boxes(phone_mp4)
    assert "moov/udta/chpl" in user_data_boxes(phone_mp4)
    info = probe_clip(phone_mp4)
    assert info.other_streams  # the data track and the chapter text track
    data = phone_mp4.read_bytes()
    assert b"Jan Peeters" in data and b"50.8503" in data


def test_faces_are_hidden_on_every_frame(cleaned: tuple[Any, str]) -> None:
    result, _ = cleaned
    frames = decoded_frames(result.output)
    assert len(frames) == result.frames == FPS
    for index, pixels in enumerate(frames):
        for cx, cy, s in face_positions(index, len(frames), SIZE):
            assert solid_share(pixels, cx, cy, s) > 0.95, f"face visible on frame {index}"
    assert result.faces_hidden == 2
    assert result.frames_with_faces == FPS
    assert result.verification["frames_checked"] >= 3
    assert result.verification["unobscured"] == []
    assert result.verified


def test_no_metadata_left(cleaned: tuple[Any, str], phone_mp4: Path) -> None:
    result, before = cleaned
    assert sha256(phone_mp4) == before  # the original is only read
    assert leftover_tags(result.output) == {}
    assert user_data_boxes(result.output) == []
    data = result.output.read_bytes()
    assert [term for term in PERSONAL if term in data] == []
    with av.open(str(result.output)) as container:
        assert sorted(s.type for s in container.streams) == ["audio", "video"]
        assert container.chapters() == []
    assert result.audio == "copied"
    if EXIFTOOL is None:
        pytest.skip("exiftool is not installed")
    tags = exiftool_tags([result.output])[result.output.name]
    assert exiftool_problems(tags) == []
    # the oracle does see what the original carried
    original = exiftool_tags([phone_mp4])[phone_mp4.name]
    assert any("GPS" in key for key in original)
    assert exiftool_problems(original)


def test_rotation_is_baked_in_and_drop_audio(tmp_path: Path) -> None:
    """A portrait phone clip (stored landscape, display matrix 90 degrees): the copy is
    stored upright, without a matrix; a marker drawn top left on display stays there."""

    def marker(index: int, image: Any) -> None:
        image.paste((255, 0, 0), (0, 0, 40, 40))

    source = make_clip(
        tmp_path / "portrait.mov", size=(320, 240), rotation=90, seconds=0.5, fps=FPS,
        frame_hook=marker,
    )  # fmt: skip
    info = probe_clip(source)
    assert (info.width, info.height, info.rotation) == (240, 320, 90)
    out = tmp_path / "out"
    out.mkdir()
    result = sanitise_clip(source, out / "portrait.mov", ClipOptions(effect=None, drop_audio=True))
    assert result.output.suffix == ".mov"
    assert result.audio == "dropped"
    cleaned = probe_clip(result.output)
    assert (cleaned.width, cleaned.height, cleaned.rotation) == (240, 320, 0)
    with av.open(str(result.output)) as container:
        assert [s.type for s in container.streams] == ["video"]
        first = next(container.decode(video=0))
        assert (first.width, first.height) == (240, 320)
        pixels = first.to_ndarray(format="rgb24")
    assert pixels[5:30, 5:30].mean(axis=(0, 1))[0] > 180  # red stays top left
    assert pixels[5:30, 5:30].mean(axis=(0, 1))[1] < 80
    assert pixels[-30:-5, -30:-5].mean(axis=(0, 1))[0] < 150


def test_webm_clip(tmp_path: Path) -> None:
    source = make_clip(tmp_path / "clip.webm", size=SIZE, seconds=0.6, fps=FPS)
    assert {"MAKE", "LOCATION"} <= set(leftover_tags(source))
    result = sanitise_clip(
        source, tmp_path / "clean.webm", ClipOptions(config=FAST, verify_frames=3, step=5)
    )
    assert result.audio == "copied"
    assert leftover_tags(result.output) == {}
    with av.open(str(result.output)) as container:
        assert container.streams.video[0].codec_context.name in ("vp9", "libvpx-vp9")
    data = result.output.read_bytes()
    assert [term for term in PERSONAL if term in data] == []
    if EXIFTOOL is not None:
        tags = exiftool_tags([result.output])[result.output.name]
        assert exiftool_problems(tags) == []


def test_cancel_leaves_nothing_behind(phone_mp4: Path, tmp_path: Path) -> None:
    before = sha256(phone_mp4)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 12  # during the writing pass

    with pytest.raises(ClipCancelled):
        sanitise_clip(
            phone_mp4, tmp_path / "x.mp4", ClipOptions(config=FAST, step=5), cancel=cancel
        )
    assert list(tmp_path.iterdir()) == []
    assert sha256(phone_mp4) == before


def test_existing_output_is_never_replaced(phone_mp4: Path, tmp_path: Path) -> None:
    target = tmp_path / "clip.mp4"
    target.write_bytes(b"keep me")
    result = sanitise_clip(phone_mp4, target, ClipOptions(effect=None))
    assert target.read_bytes() == b"keep me"
    assert result.output.name == "clip-2.mp4"


def test_not_a_video(tmp_path: Path) -> None:
    from photosafe_desktop.core.video import VideoError

    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100)
    with pytest.raises(VideoError) as caught:
        sanitise_clip(bad, tmp_path / "out.mp4")
    assert caught.value.code == "unreadable_video"
    assert not (tmp_path / "out.mp4").exists()


def test_without_the_video_library_a_clear_error(
    phone_mp4: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photosafe_desktop.core.video import VideoError

    monkeypatch.setitem(sys.modules, "av", None)  # import av raises ImportError
    with pytest.raises(VideoError) as caught:
        sanitise_clip(phone_mp4, tmp_path / "x.mp4")
    assert caught.value.code == "no_video_support"
    assert list(tmp_path.iterdir()) == []
