"""Render the app icon's PNGs and Windows .ico from packaging/icons/nepton-desktop.svg.

    .venv/bin/python packaging/render_icons.py          # rewrite the PNGs and the .ico
    .venv/bin/python packaging/render_icons.py --check  # exit 1 if they are missing or stale

Uses the project's own PySide6 (QtSvg), so no image tool is needed. The outputs are checked
in; run this after editing the SVG.

- ``packaging/icons/png/<N>x<N>/nepton-desktop.png`` for N in 16..512: the freedesktop hicolor
  theme layout that scripts/build-deb installs under /usr/share/icons/hicolor.
- ``packaging/icons/nepton-desktop.ico``: 16, 24, 32, 48, 64, 128 and 256 px, each stored as
  PNG inside the ICO container (supported since Windows Vista; Qt's ico writer stores only one
  image, so the container is written here).
- macOS ``.icns``: made on the Mac by ``packaging/macos/build-dmg.sh`` with ``iconutil`` from
  these PNGs.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent / "icons"
SVG = ICON_DIR / "nepton-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
_KEEP_ALIVE: list[object] = []


def png_path(size: int, icon_dir: Path = ICON_DIR) -> Path:
    return icon_dir / "png" / f"{size}x{size}" / "nepton-desktop.png"


def render_png(svg: Path, size: int) -> bytes:
    """Render ``svg`` to a ``size`` x ``size`` RGBA PNG with Qt."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _KEEP_ALIVE.append(QGuiApplication([sys.argv[0]]))  # must outlive the painting
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs want bytes for the format; PySide6 6.11 accepts only str at runtime.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"Qt could not encode the {size}px PNG")
    buffer.close()
    return bytes(data.data())


def png_dimensions(png: bytes) -> tuple[int, int]:
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def build_ico(pngs: Sequence[bytes]) -> bytes:
    """An ICO container holding the given PNG images (ICONDIR, ICONDIRENTRYs, data)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries = b""
    for png in pngs:
        width, height = png_dimensions(png)
        if width > 256 or height > 256:
            raise ValueError("ICO images are at most 256 px")
        # 256 is written as 0; colour count 0, reserved 0, 1 plane, 32 bits per pixel.
        entries += struct.pack(
            "<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), offset
        )
        offset += len(png)
    return header + entries + b"".join(pngs)


def parse_ico(data: bytes) -> list[tuple[int, int, bytes]]:
    """(width, height, image bytes) of each image of an ICO file; raises on a broken file."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if reserved != 0 or kind != 1 or count == 0:
        raise ValueError("not an ICO file")
    images = []
    for i in range(count):
        width, height, _colors, _res, _planes, _bpp, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        if offset + size > len(data):
            raise ValueError("ICO entry points past the end of the file")
        images.append((width or 256, height or 256, data[offset : offset + size]))
    return images


def expected_outputs(svg: Path = SVG, icon_dir: Path = ICON_DIR) -> dict[Path, bytes]:
    rendered = {size: render_png(svg, size) for size in PNG_SIZES}
    outputs = {png_path(size, icon_dir): data for size, data in rendered.items()}
    outputs[icon_dir / "nepton-desktop.ico"] = build_ico([rendered[s] for s in ICO_SIZES])
    return outputs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for path, data in expected_outputs().items():
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ICON_DIR.parent.parent)} ({len(data)} bytes)")
    if args.check and stale:
        for path in stale:
            print(f"stale or missing: {path}", file=sys.stderr)
        print("run: .venv/bin/python packaging/render_icons.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
