"""Generated "dirty" photos, one per pitfall in docs/photo-pitfalls.md, built in code.

Each builder returns the bytes of a file; ``ALL`` maps a fixture name to
(file name, builder, finding keys inspect must report). Names, places and numbers are
invented; the strings in ``SECRETS`` must never appear in a sanitised file.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable

import numpy as np
import piexif
from PIL import Image, PngImagePlugin

#: text planted in fixtures; none of it may survive sanitising
SECRETS = (
    b"Sam Peeters",
    b"Kampstraat",
    b"Leuven",
    b"SN-4711",
    b"Scouts Heverlee",
    b"Lotte",
    b"secret comment",
    b"GIMP",
    b"c2pa",
    b"Adobe",
)

UPRIGHT_COLOURS = ((230, 30, 30), (30, 200, 30), (30, 30, 230), (240, 240, 40))


def upright_reference(width: int = 80, height: int = 60) -> Image.Image:
    """Four coloured quadrants: top-left red, top-right green, bottom-left blue, bottom-right
    yellow. Any rotation or flip moves them."""
    img = Image.new("RGB", (width, height))
    w2, h2 = width // 2, height // 2
    for (x, y), colour in zip(((0, 0), (w2, 0), (0, h2), (w2, h2)), UPRIGHT_COLOURS, strict=True):
        img.paste(colour, (x, y, x + w2, y + h2))
    return img


def quadrant_colours(img: Image.Image) -> list[tuple[int, int, int]]:
    """Mean colour around the centre of each quadrant (TL, TR, BL, BR)."""
    rgb = np.asarray(img.convert("RGB"), dtype=np.float64)
    h, w = rgb.shape[:2]
    out = []
    for cx, cy in (
        (w // 4, h // 4),
        (3 * w // 4, h // 4),
        (w // 4, 3 * h // 4),
        (3 * w // 4, 3 * h // 4),
    ):
        patch = rgb[cy - 3 : cy + 4, cx - 3 : cx + 4]
        out.append(tuple(int(round(v)) for v in patch.reshape(-1, 3).mean(axis=0)))
    return out


def _jpeg(img: Image.Image, **kwargs: object) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=92, **kwargs)
    return buffer.getvalue()


def insert_segments(jpeg: bytes, segments: list[tuple[int, bytes]]) -> bytes:
    """Insert APPn/COM segments right after SOI."""
    assert jpeg[:2] == b"\xff\xd8"
    raw = b"".join(
        b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
        for marker, payload in segments
    )
    return jpeg[:2] + raw + jpeg[2:]


def _rational(value: float) -> tuple[int, int]:
    return (int(round(value * 10000)), 10000)


def gps_exif(with_thumbnail: bool = True, orientation: int | None = None) -> bytes:
    thumb = _jpeg(Image.new("RGB", (40, 30), (200, 10, 10)))
    zeroth = {
        piexif.ImageIFD.Make: b"Canon",
        piexif.ImageIFD.Model: b"EOS 80D",
        piexif.ImageIFD.Software: b"GIMP 2.10",
        piexif.ImageIFD.Artist: b"Sam Peeters",
        piexif.ImageIFD.Copyright: b"Scouts Heverlee",
        piexif.ImageIFD.ImageDescription: b"Kamp in Leuven",
        piexif.ImageIFD.DateTime: b"2019:07:14 10:00:00",
        piexif.ImageIFD.XPAuthor: "Lotte".encode("utf-16-le") + b"\x00\x00",
    }
    if orientation is not None:
        zeroth[piexif.ImageIFD.Orientation] = orientation
    exif = {
        piexif.ExifIFD.DateTimeOriginal: b"2019:07:14 09:58:31",
        piexif.ExifIFD.BodySerialNumber: b"SN-4711",
        piexif.ExifIFD.CameraOwnerName: b"Sam Peeters",
        piexif.ExifIFD.UserComment: b"ASCII\x00\x00\x00secret comment",
        piexif.ExifIFD.MakerNote: b"Canon\x00" + b"\x01" * 40,
    }
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((50, 1), (52, 1), _rational(45.12)),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: ((4, 1), (42, 1), _rational(3.5)),
    }
    data: dict[str, object] = {"0th": zeroth, "Exif": exif, "GPS": gps}
    if with_thumbnail:
        data["1st"] = {piexif.ImageIFD.Compression: 6}
        data["thumbnail"] = thumb
    return piexif.dump(data)


def jpeg_gps_thumbnail() -> bytes:
    return _jpeg(upright_reference(), exif=gps_exif())


#: how to store the upright reference so that applying orientation N shows it upright
_STORE_FOR = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def jpeg_oriented(orientation: int) -> bytes:
    stored = upright_reference()
    method = _STORE_FOR[orientation]
    if method is not None:
        stored = stored.transpose(method)
    exif = Image.Exif()
    exif[0x0112] = orientation
    return _jpeg(stored, exif=exif)


XMP_PACKET = b"""<?xpacket begin='\xef\xbb\xbf' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
    xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
    xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#"
    xmlns:MP="http://ns.microsoft.com/photo/1.2/"
    xmlns:MPRI="http://ns.microsoft.com/photo/1.2/t/RegionInfo#"
    xmlns:MPReg="http://ns.microsoft.com/photo/1.2/t/Region#"
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    photoshop:City="Leuven"
    xmp:CreatorTool="Adobe Lightroom"
    xmp:CreateDate="2019-07-14T09:58:31"
    exif:GPSLatitude="50,52.752N"
    exif:GPSLongitude="4,42.058E">
   <dc:creator><rdf:Seq><rdf:li>Sam Peeters</rdf:li></rdf:Seq></dc:creator>
   <dc:subject><rdf:Bag><rdf:li>Scouts Heverlee</rdf:li><rdf:li>kamp</rdf:li></rdf:Bag></dc:subject>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">Lotte op kamp</rdf:li></rdf:Alt></dc:description>
   <Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Lotte</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>
   <mwg-rs:Regions rdf:parseType="Resource">
    <mwg-rs:RegionList><rdf:Bag><rdf:li rdf:parseType="Resource">
      <mwg-rs:Name>Lotte</mwg-rs:Name><mwg-rs:Type>Face</mwg-rs:Type>
      <mwg-rs:Area stArea:x="0.5" stArea:y="0.5" stArea:w="0.1" stArea:h="0.1"/>
    </rdf:li></rdf:Bag></mwg-rs:RegionList>
   </mwg-rs:Regions>
   <MP:RegionInfo rdf:parseType="Resource"><MPRI:Regions><rdf:Bag>
     <rdf:li MPReg:PersonDisplayName="Sam Peeters" MPReg:Rectangle="0.1, 0.1, 0.2, 0.2"/>
   </rdf:Bag></MPRI:Regions></MP:RegionInfo>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>"""


def jpeg_xmp_names() -> bytes:
    extended = (
        b"http://ns.adobe.com/xmp/extension/\x00"
        + b"0" * 32
        + struct.pack(">II", 60, 0)
        + b"<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'/>"
    )
    return insert_segments(
        _jpeg(upright_reference()),
        [(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + XMP_PACKET), (0xE1, extended)],
    )


def _iptc(dataset: int, value: bytes) -> bytes:
    return b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(value)) + value


def _resource(rid: int, data: bytes) -> bytes:
    block = b"8BIM" + struct.pack(">H", rid) + b"\x00\x00" + struct.pack(">I", len(data)) + data
    return block + (b"\x00" if len(data) & 1 else b"")


def jpeg_iptc() -> bytes:
    iptc = (
        _iptc(0, b"\x00\x04")
        + _iptc(80, b"Sam Peeters")
        + _iptc(90, b"Leuven")
        + _iptc(120, b"Scouts Heverlee op kamp")
        + _iptc(25, b"Lotte")
    )
    return insert_segments(
        _jpeg(upright_reference()), [(0xED, b"Photoshop 3.0\x00" + _resource(0x0404, iptc))]
    )


def jpeg_photoshop_thumbnail() -> bytes:
    thumb = _jpeg(Image.new("RGB", (40, 30), (10, 200, 10)))
    header = struct.pack(">IIIIIIHH", 1, 40, 30, 120, 3600, len(thumb), 24, 1)
    return insert_segments(
        _jpeg(upright_reference()),
        [(0xED, b"Photoshop 3.0\x00" + _resource(0x040C, header + thumb))],
    )


def jpeg_comment() -> bytes:
    return _jpeg(upright_reference(), comment=b"secret comment: Sam Peeters, Kampstraat 5")


def jpeg_trailing() -> bytes:
    return _jpeg(upright_reference()) + b"Sam Peeters, Kampstraat 5, Leuven" + b"\x00" * 16


def jpeg_mpf() -> bytes:
    buffer = io.BytesIO()
    upright_reference().save(
        buffer,
        "MPO",
        save_all=True,
        append_images=[Image.new("RGB", (40, 30), (0, 0, 0))],
        comment=b"secret comment",
    )
    return buffer.getvalue()


def jpeg_cmyk() -> bytes:
    img = Image.new("CMYK", (80, 60), (0, 255, 255, 0))  # red in CMYK
    return _jpeg(img, comment=b"secret comment")


# --- colour profile: a small Display P3 ICC profile, written by hand -----------------------


def _s15(value: float) -> bytes:
    return struct.pack(">i", int(round(value * 65536)))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \x00\x00\x00\x00" + _s15(x) + _s15(y) + _s15(z)


def _desc(text: str) -> bytes:
    ascii_text = text.encode("ascii") + b"\x00"
    return (
        b"desc\x00\x00\x00\x00"
        + struct.pack(">I", len(ascii_text))
        + ascii_text
        + b"\x00" * 12
        + b"\x00" * 67
    )


def display_p3_profile(description: str = "Display P3 (Sam Peeters' laptop)") -> bytes:
    """An ICC v2 matrix/TRC profile with the Display P3 primaries (D50-adapted) and a
    2.2 gamma; its description carries a name, as real profiles sometimes do."""
    curve = (
        b"curv\x00\x00\x00\x00"
        + struct.pack(">I", 1)
        + struct.pack(">H", int(2.2 * 256))
        + b"\x00\x00"
    )
    tags = [
        (b"desc", _desc(description)),
        (b"cprt", b"text\x00\x00\x00\x00Copyright Sam Peeters\x00\x00\x00\x00"),
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(0.515102, 0.241182, -0.001050)),
        (b"gXYZ", _xyz(0.291965, 0.692236, 0.041885)),
        (b"bXYZ", _xyz(0.157153, 0.066582, 0.784378)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table = struct.pack(">I", len(tags))
    body = b""
    for sig, data in tags:
        while (offset + len(body)) % 4:
            body += b"\x00"
        table += sig + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = 128 + len(table) + len(body)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + b"\x02\x10\x00\x00"
        + b"mntrRGB XYZ "
        + struct.pack(">HHHHHH", 2019, 7, 14, 9, 58, 31)
        + b"acspAPPL\x00\x00\x00\x00"
        + b"\x00" * 8
        + b"\x00" * 8
        + b"\x00\x00\x00\x00"
        + _s15(0.9642)[0:4]
        + _s15(1.0)
        + _s15(0.8249)
        + b"lcms"
        + b"\x00" * 44
    )
    assert len(header) == 128, len(header)
    return header + table + body


P3_COLOUR = (200, 60, 50)


def expected_srgb_from_p3(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    """The sRGB value of a Display P3 colour (2.2 gamma), computed independently."""
    linear = (np.array(colour, dtype=np.float64) / 255.0) ** 2.2
    p3_to_srgb = np.array(
        [[1.2249, -0.2247, 0.0], [-0.0420, 1.0419, 0.0], [-0.0197, -0.0786, 1.0979]]
    )
    out = np.clip(p3_to_srgb @ linear, 0.0, 1.0)
    encoded = np.where(out <= 0.0031308, out * 12.92, 1.055 * out ** (1 / 2.4) - 0.055)
    r, g, b = (int(round(v * 255)) for v in encoded)
    return (r, g, b)


def jpeg_display_p3() -> bytes:
    return _jpeg(Image.new("RGB", (80, 60), P3_COLOUR), icc_profile=display_p3_profile())


# --- PNG -----------------------------------------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_text_chunks() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Sam Peeters")
    info.add_text("Comment", "secret comment: Kampstraat 5", zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP_PACKET.decode("utf-8"))
    info.add(b"tIME", struct.pack(">HBBBBB", 2019, 7, 14, 9, 58, 31))
    buffer = io.BytesIO()
    upright_reference().save(buffer, "PNG", pnginfo=info, exif=gps_exif(with_thumbnail=False))
    data = buffer.getvalue()
    # a text chunk after the image data too (Pillow only reads those when decoding)
    iend = data.rindex(b"IEND") - 4
    return data[:iend] + _png_chunk(b"tEXt", b"Title\x00Lotte in Leuven") + data[iend:]


def png_16bit() -> bytes:
    ramp = np.tile(np.linspace(0, 65535, 64, dtype=np.uint16), (16, 1))
    buffer = io.BytesIO()
    Image.fromarray(ramp).save(buffer, "PNG")
    return buffer.getvalue()


def png_palette_transparent() -> bytes:
    img = Image.new("P", (40, 40), 0)
    img.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    img.paste(1, (20, 0, 40, 40))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Sam Peeters")
    buffer = io.BytesIO()
    img.save(buffer, "PNG", transparency=0, pnginfo=info)
    return buffer.getvalue()


# --- WebP, GIF, HEIC -----------------------------------------------------------------------


def webp_exif_xmp() -> bytes:
    buffer = io.BytesIO()
    upright_reference().save(
        buffer, "WEBP", quality=90, exif=gps_exif(with_thumbnail=False), xmp=XMP_PACKET
    )
    return buffer.getvalue()


ANIMATION_COLOURS = ((250, 0, 0), (0, 250, 0), (0, 0, 250))


def _frames() -> list[Image.Image]:
    return [Image.new("RGB", (48, 32), c) for c in ANIMATION_COLOURS]


def gif_animated() -> bytes:
    frames = _frames()
    buffer = io.BytesIO()
    frames[0].save(
        buffer, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0,
        comment=b"secret comment",
    )  # fmt: skip
    return buffer.getvalue()


def webp_animated() -> bytes:
    frames = _frames()
    buffer = io.BytesIO()
    frames[0].save(
        buffer, "WEBP", save_all=True, append_images=frames[1:], duration=100, loop=0,
        lossless=True, exif=gps_exif(with_thumbnail=False),
    )  # fmt: skip
    return buffer.getvalue()


def heic_exif() -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    buffer = io.BytesIO()
    upright_reference().save(
        buffer, "HEIF", quality=90, exif=gps_exif(with_thumbnail=False), xmp=XMP_PACKET
    )
    return buffer.getvalue()


# --- broken and hostile --------------------------------------------------------------------


def corrupt_jpeg() -> bytes:
    good = _jpeg(upright_reference())
    return good[:200] + bytes((i * 37) & 0xFF for i in range(len(good) - 200))


def truncated_jpeg() -> bytes:
    good = _jpeg(Image.effect_noise((200, 150), 60).convert("RGB"))
    return good[: len(good) // 2]


def not_an_image() -> bytes:
    return b"Dear parents,\nthe camp starts on Monday.\n" * 20


def decompression_bomb() -> bytes:
    """A tiny PNG that claims to be 100 000 x 100 000 pixels (10 gigapixels)."""
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def png_named_jpg() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Sam Peeters")
    buffer = io.BytesIO()
    upright_reference().save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


Builder = Callable[[], bytes]

#: name -> (file name, builder, finding keys inspect must report)
ALL: dict[str, tuple[str, Builder, set[str]]] = {
    "gps_thumbnail": (
        "Sam_Peeters_kamp_2019-07-14.jpg",
        jpeg_gps_thumbnail,
        {
            "location.gps", "previews.thumbnail", "time.taken", "time.other", "device.camera",
            "device.serial", "device.makernote", "people.names", "people.copyright",
            "comments.caption", "comments.comment", "software.name", "hidden_data.exif",
            "file_name.words", "file_name.date",
        },
    ),
    "xmp_names": (
        "IMG_0001.jpg",
        jpeg_xmp_names,
        {
            "people.names", "people.face_names", "people.face_regions", "people.keywords",
            "location.place", "location.gps", "time.taken", "software.name",
            "comments.caption", "hidden_data.xmp",
        },
    ),
    "iptc": (
        "IMG_0002.jpg",
        jpeg_iptc,
        {"people.names", "location.place", "comments.caption", "people.keywords", "hidden_data.iptc"},
    ),
    "photoshop_thumbnail": ("IMG_0003.jpg", jpeg_photoshop_thumbnail, {"previews.thumbnail"}),
    "comment": ("IMG_0004.jpg", jpeg_comment, {"comments.comment"}),
    "display_p3": ("IMG_0005.jpg", jpeg_display_p3, {"colour_profile.icc"}),
    "png_text": (
        "IMG_0006.png",
        png_text_chunks,
        {
            "people.names", "comments.comment", "comments.caption", "time.other",
            "location.gps", "hidden_data.xmp", "hidden_data.exif",
        },
    ),
    "webp_exif_xmp": (
        "IMG_0007.webp",
        webp_exif_xmp,
        {"location.gps", "people.names", "hidden_data.exif", "hidden_data.xmp"},
    ),
    "heic_exif": ("IMG_0008.heic", heic_exif, {"location.gps", "people.names", "hidden_data.exif"}),
    "trailing": ("IMG_0009.jpg", jpeg_trailing, {"hidden_data.trailing"}),
    "mpf": ("IMG_0010.jpg", jpeg_mpf, {"previews.extra_images", "comments.comment"}),
    "cmyk": ("IMG_0011.jpg", jpeg_cmyk, {"comments.comment"}),
    "png16": ("IMG_0012.png", png_16bit, set()),
    "palette_alpha": ("IMG_0013.png", png_palette_transparent, {"people.names"}),
    "gif_animated": ("IMG_0014.gif", gif_animated, {"image.animation", "comments.comment"}),
    "webp_animated": ("IMG_0015.webp", webp_animated, {"image.animation", "location.gps"}),
    "wrong_extension": ("IMG_0016.jpg", png_named_jpg, {"people.names"}),
}  # fmt: skip

#: name -> (file name, builder, error code)
BROKEN: dict[str, tuple[str, Builder, str]] = {
    "corrupt": ("corrupt.jpg", corrupt_jpeg, "damaged"),
    "truncated": ("truncated.jpg", truncated_jpeg, "damaged"),
    "zero_byte": ("zero.jpg", lambda: b"", "empty_file"),
    "not_an_image": ("letter.jpg", not_an_image, "not_an_image"),
    "bomb": ("bomb.png", decompression_bomb, "too_large"),
}


def heic_oriented(orientation: int) -> bytes:
    """A HEIC whose pixels are stored turned (pillow-heif writes the turn as irot/imir)."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    stored = upright_reference()
    method = _STORE_FOR[orientation]
    if method is not None:
        stored = stored.transpose(method)
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    stored.save(buffer, "HEIF", exif=exif.tobytes(), quality=95)
    return buffer.getvalue()


def _jumbf_box() -> bytes:
    """A minimal JUMBF superbox labelled as a C2PA manifest store."""
    label = b"c2pa\x00"
    description = b"jumd" + bytes.fromhex("6332706100110010800000aa00389b71") + b"\x03" + label
    jumd = struct.pack(">I", 8 + len(description) - 4) + description
    payload = b"Created by Sam Peeters with Adobe Photoshop"
    content = struct.pack(">I", 8 + len(payload)) + b"json" + payload
    return struct.pack(">I", 8 + len(jumd) + len(content)) + b"jumb" + jumd + content


def jpeg_c2pa_adobe() -> bytes:
    """Content credentials in APP11 (JUMBF) and an Adobe APP14 segment."""
    box = _jumbf_box()
    app11 = b"JP" + struct.pack(">HI", 1, 1) + box
    app14 = b"Adobe" + struct.pack(">HHHB", 100, 0, 0, 1)
    return insert_segments(_jpeg(upright_reference()), [(0xEB, app11), (0xEE, app14)])


def png_c2pa() -> bytes:
    buffer = io.BytesIO()
    upright_reference().save(buffer, "PNG")
    data = buffer.getvalue()
    iend = data.rindex(b"IEND") - 4
    return data[:iend] + _png_chunk(b"caBX", _jumbf_box()) + data[iend:]


def webp_c2pa() -> bytes:
    buffer = io.BytesIO()
    upright_reference().save(buffer, "WEBP", quality=90, exif=gps_exif(with_thumbnail=False))
    data = buffer.getvalue()
    box = _jumbf_box()
    chunk = b"C2PA" + struct.pack("<I", len(box)) + box + (b"\x00" if len(box) & 1 else b"")
    body = data[12:] + chunk
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


ALL.update(
    {
        "c2pa_jpeg": (
            "IMG_0017.jpg",
            jpeg_c2pa_adobe,
            {"content_credentials.c2pa", "hidden_data.other"},
        ),
        "c2pa_png": ("IMG_0018.png", png_c2pa, {"content_credentials.c2pa"}),
        "c2pa_webp": ("IMG_0019.webp", webp_c2pa, {"content_credentials.c2pa", "location.gps"}),
    }
)
