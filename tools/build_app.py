#!/usr/bin/env python3
"""Build the double-clickable app and prove it works.

    python tools/build_app.py [--dist DIR] [--skip-build] [--appimage]

1. runs PyInstaller on build.spec (one-folder bundle: DIST/PhotoSafe/);
2. reports the bundle's size and its biggest parts (target: under 450 MB unpacked; a
   bigger bundle fails the build);
3. runs the frozen app's `--smoke-test` in Dutch and French under a virtual display
   (xvfb-run when available, else Qt's offscreen platform): it imports a generated album with
   drawn faces, finds and hides the faces, exports, and verifies every copy, then sanitises
   a generated video clip (PyAV and its FFmpeg), so the models and native libraries are
   really inside;
4. runs the frozen `photosafe detect` on a generated photo with faces;
5. with --appimage (Linux): lays out DIST/PhotoSafe.AppDir (packaging/linux/) and runs
   appimagetool on it when it is available (not from PyPI or Debian: the release workflow
   downloads it; without it the AppDir is left for a later step).
Exit code 0 only if everything passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE_TARGET_MB = 450


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_breakdown(bundle: Path, top: int = 12) -> list[tuple[str, int]]:
    """The biggest parts of the bundle: each package folder, each loose library."""
    inner = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    parts = [(p.name, folder_size(p) if p.is_dir() else p.stat().st_size) for p in inner.iterdir()]
    parts = [(name, size) for name, size in parts if not (inner / name).is_symlink()]
    parts.sort(key=lambda item: -item[1])
    rest = sum(size for _name, size in parts[top:])
    return [*parts[:top], (f"{len(parts) - top} other files and folders", rest)]


#: what the bundle needs; mediapipe is installed without its dependencies because it asks
#: for opencv-contrib-python (with Qt 5 and FFmpeg, ~300 MB) and matplotlib, which the app
#: does not use: without OpenCV the face engine runs CenterFace through onnxruntime and
#: resamples with Pillow (same detections), and build.spec stubs mediapipe's drawing helpers.
#: the same bounds as pyproject.toml: mediapipe from 0.10.34 on has usage logging to Google
#: built into its native library (issue 12), and the frozen app must not bring it back
MEDIAPIPE = "mediapipe>=0.10.30,<0.10.34"

BUILD_REQUIREMENTS = [
    "PySide6-Essentials>=6.8,<6.12",
    "Pillow>=10.3",
    "pillow-heif>=0.16",
    "piexif>=1.1.3",
    "numpy>=1.24",
    "keyring>=24",
    "requests>=2.31",
    "platformdirs>=4",
    "fpdf2>=2.7",
    "pdqhash>=0.2.8",
    "onnxruntime>=1.17,<1.33",
    # video clips: PyAV with its own FFmpeg (libx264, libvpx, AAC/Opus) in the wheel
    "av>=14",
    "absl-py",
    "flatbuffers",
    "certifi",
    "pyinstaller>=6.6",
]


def build_environment(venv: Path) -> Path:
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "-qq", "--disable-pip-version-check"]
    subprocess.run([*pip, *BUILD_REQUIREMENTS], check=True)
    subprocess.run([*pip, "--no-deps", MEDIAPIPE], check=True)
    subprocess.run([*pip, "--no-deps", str(ROOT)], check=True)
    return python


def run(
    cmd: list[str], env: dict[str, str] | None = None, timeout: int = 900
) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(cmd), flush=True)
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


def report_size(bundle: Path, target_mb: float = SIZE_TARGET_MB) -> bool:
    """Print the bundle's size and biggest parts; False when it is over the target."""
    size_mb = folder_size(bundle) / 1e6
    print(f"bundle size: {size_mb:.0f} MB unpacked (target < {target_mb:.0f} MB)")
    for name, size in size_breakdown(bundle):
        print(f"  {size / 1e6:6.1f} MB  {name}")
    if size_mb >= target_mb:
        print(f"the bundle is over the {target_mb:.0f} MB target")
        return False
    return True


def make_appdir(bundle: Path, appdir: Path) -> Path:
    """The AppImage layout (packaging/linux/README.md) around the one-folder ``bundle``."""
    if appdir.exists():
        shutil.rmtree(appdir)
    lib = appdir / "usr" / "lib" / "photosafe"
    shutil.copytree(bundle, lib, symlinks=True)
    shutil.copy2(ROOT / "packaging" / "linux" / "AppRun", appdir / "AppRun")
    (appdir / "AppRun").chmod(0o755)
    desktop = ROOT / "packaging" / "photosafe-desktop.desktop"
    icon = ROOT / "resources" / "icons" / "photosafe-256.png"
    shutil.copy2(desktop, appdir / desktop.name)
    shutil.copy2(icon, appdir / "photosafe-desktop.png")
    (appdir / ".DirIcon").symlink_to("photosafe-desktop.png")
    applications = appdir / "usr" / "share" / "applications"
    icons = appdir / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    for folder in (applications, icons):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(desktop, applications / desktop.name)
    shutil.copy2(icon, icons / "photosafe-desktop.png")
    return appdir


def make_appimage(bundle: Path, dist: Path, version: str) -> bool:
    """AppDir, then the AppImage if appimagetool is there; False only when it failed."""
    appdir = make_appdir(bundle, dist / "PhotoSafe.AppDir")
    print(f"AppDir: {appdir}")
    tool = os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")
    if not tool:
        print("appimagetool not found (not in PyPI or Debian): AppDir left for a later step")
        return True
    output = dist / f"PhotoSafe-{version}-x86_64.AppImage"
    env = {**os.environ, "ARCH": "x86_64", "APPIMAGE_EXTRACT_AND_RUN": "1"}
    result = run([tool, "--no-appstream", str(appdir), str(output)], env, timeout=1800)
    print(result.stdout[-2000:], result.stderr[-2000:])
    if result.returncode != 0 or not output.is_file():
        print("AppImage FAILED")
        return False
    print(f"AppImage: {output} ({output.stat().st_size / 1e6:.0f} MB)")
    return True


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument(
        "--appimage", action="store_true", help="also make the Linux AppImage (or its AppDir)"
    )
    parser.add_argument(
        "--python",
        default=None,
        help="build with this interpreter as is (default: a lean build environment in "
        "WORK/venv with OpenCV's headless wheel instead of the full one mediapipe pulls in)",
    )
    args = parser.parse_args()

    if not args.skip_build:
        python = args.python or str(build_environment(args.work / "venv"))
        result = subprocess.run(
            [
                python,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(args.dist),
                "--workpath",
                str(args.work),
                str(ROOT / "build.spec"),
            ],
            cwd=ROOT,
        )
        if result.returncode != 0:
            print("build FAILED")
            return 1
    bundle = args.dist / "PhotoSafe"
    exe_name = "photosafe-desktop.exe" if os.name == "nt" else "photosafe-desktop"
    app = bundle / exe_name
    cli = bundle / ("photosafe.exe" if os.name == "nt" else "photosafe")
    if not app.exists():
        print(f"no app at {app}")
        return 1
    ok = report_size(bundle)
    with tempfile.TemporaryDirectory(prefix="photosafe-frozen-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env["PHOTOSAFE_HOME"] = str(Path(tmp) / "home")
        xvfb = shutil.which("xvfb-run") if sys.platform.startswith("linux") else None
        if not xvfb and sys.platform.startswith("linux"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        for lang in ("nl", "fr"):
            cmd = [str(app), "--smoke-test", "--lang", lang]
            if xvfb:
                cmd = [xvfb, "-a", "-s", "-screen 0 1366x900x24", *cmd]
            result = run(cmd, env)
            last = result.stdout.strip().splitlines()[-1:] or [""]
            print("  ->", last[0], f"(exit {result.returncode})")
            if result.returncode != 0 or last[0] != f"smoke-test ok {lang}":
                print(result.stdout[-3000:], result.stderr[-3000:])
                ok = False
        sys.path.insert(0, str(ROOT))
        from photosafe_desktop.core.selftest import make_photo

        photo = make_photo(Path(tmp) / "faces.jpg")
        result = run([str(cli), "detect", str(photo), "--json"], env)
        try:
            faces = json.loads(result.stdout)[0]["faces"]
        except (ValueError, IndexError, KeyError):
            faces = []
        print(f"  -> frozen `photosafe detect` found {len(faces)} faces (exit {result.returncode})")
        if result.returncode != 0 or not faces:
            print(result.stdout[-2000:], result.stderr[-2000:])
            ok = False
    print("frozen app OK" if ok else "frozen app FAILED")
    if ok and args.appimage and sys.platform.startswith("linux"):
        from photosafe_desktop import __version__

        ok = make_appimage(bundle, args.dist, __version__)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
