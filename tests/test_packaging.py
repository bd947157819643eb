"""Release packaging, checked here since it runs elsewhere: the CI workflows (actionlint), the
Windows installer script, the macOS Info.plist and disk-image script, the Linux AppImage
layout. The builds themselves run on the code host's Windows, macOS and Linux runners."""

from __future__ import annotations

import importlib.util
import os
import plistlib
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from photosafe_desktop import __version__
from photosafe_desktop.core import paths
from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
ISS = ROOT / "packaging" / "windows" / "photosafe.iss"
MACOS = ROOT / "packaging" / "macos"
LINUX = ROOT / "packaging" / "linux"


# ---- the workflows ----


def _actionlint() -> str:
    """The actionlint binary from the test extra (or PATH); skip only when it cannot run."""
    name = "actionlint.exe" if os.name == "nt" else "actionlint"
    candidates = [Path(sys.executable).parent / name, shutil.which("actionlint")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            try:
                subprocess.run([str(candidate), "-version"], capture_output=True, timeout=60)
            except OSError:
                continue
            return str(candidate)
    pytest.skip("the actionlint binary cannot run here (pip install -e '.[test]')")


def _lint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_actionlint(), "-no-color", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_workflows_pass_actionlint() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert [f.name for f in files] == ["release.yml", "tests.yml"]
    result = _lint(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ matrix.nothing }}\n      - uses: actions/checkout@v5\n"
        "        if: ${{ secrets.X }}\n"
    )
    result = _lint(broken)
    assert result.returncode != 0 and "broken.yml" in result.stdout


def _readme_test_command() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(python3 -m venv[^\n]*pytest)\n```", readme)
    assert commands, "README: the test command"
    return commands[0]


def test_tests_workflow_runs_the_readme_command_on_three_systems() -> None:
    text = (WORKFLOWS / "tests.yml").read_text(encoding="utf-8")
    assert re.search(r"^on:\n  push:\n  pull_request:", text, re.M)
    assert "os: [ubuntu-latest, windows-latest, macos-14]" in text
    folded = " ".join(text.split())
    assert _readme_test_command() in folded
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    apt = re.search(r"--no-install-recommends \\\n(.*?)>/dev/null", ci_run, re.S)
    assert apt, ".ci/run: the apt line"
    for package in apt.group(1).replace("\\", " ").split():
        assert package in text, f"tests.yml lacks the Linux package {package}"


def test_release_workflow_builds_tests_and_uploads_on_every_system() -> None:
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    assert re.search(r'^on:\n  push:\n    tags: \["v\*"\]', text, re.M)
    for runner in ("windows-latest", "macos-14", "macos-15-intel", "ubuntu-22.04"):
        assert f"os: {runner}" in text
    assert "python tools/build_app.py --appimage" in text  # smoke test + AppImage on Linux
    assert "packaging\\windows\\photosafe.iss" in text and "Compress-Archive" in text
    assert "packaging/macos/make_dmg.sh" in text
    assert "actions/upload-artifact@" in text and "gh release create" in text
    # secrets only from the CI's store, and only in the steps that need them
    for line in text.splitlines():
        if "secrets." in line:
            assert "${{ secrets." in line
    for step in re.split(r"\n      - ", text):
        if re.search(r"secrets\.\w+ }}", step) and "HAS_" not in step:
            assert re.search(r"if: .*steps\.signing\.outputs\.(windows|macos) == 'true'", step)


def test_no_signing_material_in_the_repository() -> None:
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert not [name for name in tracked if name.endswith((".p12", ".pfx", ".cer", ".pem", ".key"))]


# ---- Windows: the Inno Setup script ----


def _iss() -> str:
    return ISS.read_text(encoding="utf-8-sig")  # Inno Setup reads UTF-8 by its BOM


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        match = re.fullmatch(r"\[(\w+)\]", line.strip())
        if match:
            current = match.group(1)
            sections[current] = []
        elif current and line.strip() and not line.lstrip().startswith(";"):
            sections[current].append(line)
    return sections


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'#define (\w+) "([^"]*)"', text))


def test_installer_script_sections_and_settings() -> None:
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")  # else é and ë become ANSI garbage
    text = _iss()
    sections = _sections(text)
    for name in (
        "Setup", "Languages", "CustomMessages", "Tasks", "Files", "Icons", "Registry", "Code"
    ):  # fmt: skip
        assert sections.get(name), f"[{name}] missing or empty"
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    # a fixed GUID: how Windows recognises an earlier install
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppId"] == "{{557C4D1E-BAC7-4056-99A8-D5BAE64776CA}"
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    assert setup["ChangesAssociations"] == "yes"
    assert _defines(text)["AppVersion"] == __version__  # the default when /DAppVersion is absent
    languages = re.findall(r'Name: "(\w+)"; MessagesFile: "compiler:([^"]+)"', text)
    assert dict(languages) == {
        "nl": "Languages\\Dutch.isl",
        "fr": "Languages\\French.isl",
        "en": "Default.isl",
    }
    messages: dict[str, set[str]] = {}
    for line in sections["CustomMessages"]:
        lang, rest = line.split(".", 1)
        messages.setdefault(rest.split("=", 1)[0], set()).add(lang)
    assert messages and all(langs == {"nl", "fr", "en"} for langs in messages.values())


def test_installer_paths_exist_or_are_built() -> None:
    text = _iss()
    setup = dict(line.split("=", 1) for line in _sections(text)["Setup"])
    root = (ISS.parent / PureWindowsPath(setup["SourceDir"]).as_posix()).resolve()
    assert root == ROOT.resolve()
    assert (root / PureWindowsPath(setup["SetupIconFile"]).as_posix()).is_file()
    sources = re.findall(r'^Source: "([^"]+)"', text, re.M)
    assert sources == ["dist\\PhotoSafe\\*"]
    # made by build.spec: COLLECT(name="PhotoSafe") with the GUI program photosafe-desktop
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'name="PhotoSafe",' in spec and 'name="photosafe-desktop",' in spec
    assert _defines(text)["AppExe"] == "photosafe-desktop.exe"
    assert setup["OutputDir"] == "dist"


def test_shortcuts_and_open_with_for_photos_per_user() -> None:
    text = _iss()
    icons = _sections(text)["Icons"]
    assert any(line.startswith('Name: "{autoprograms}') for line in icons)  # Start menu
    desktop = [line for line in icons if line.startswith('Name: "{autodesktop}')]
    assert desktop and "Tasks: desktopicon" in desktop[0]
    assert re.search(r'Name: "desktopicon";.*Flags: unchecked', text)  # optional
    registry = _sections(text)["Registry"]
    assert all(line.startswith("Root: HKCU; ") for line in registry)  # never machine-wide
    for extension in (".jpg", ".jpeg", ".png", ".heic", ".webp"):
        assert any(
            f'Subkey: "Software\\Classes\\{extension}\\OpenWithProgids"' in line
            and "uninsdeletevalue" in line
            for line in registry
        ), extension
    command = [line for line in registry if "{#ProgId}\\shell\\open\\command" in line]
    assert command and '"""{app}\\{#AppExe}"" ""%1"""' in command[0]  # photosafe-desktop PHOTO


def test_uninstall_keeps_the_cases_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _iss()
    code = text.split("[Code]", 1)[1]
    assert "RemoveUserData := False;" in code and "Box.Checked := False;" in code
    assert re.search(r"if UninstallSilent then\s+Exit;", code)  # silent: always keep
    assert re.search(r"usPostUninstall\) and RemoveUserData then", code)
    # the folder removed is the one core/paths.py uses on Windows (platformdirs)
    data_folder = _defines(text)["DataFolder"]
    monkeypatch.delenv("PHOTOSAFE_HOME")
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", "C:\\LocalAppData")
    try:
        folders = {kind: PureWindowsPath(str(paths.folder(kind, "win32"))) for kind in paths.KINDS}
    except (NotImplementedError, ValueError):
        pytest.skip("this platformdirs cannot resolve Windows folders on another system")
    expected = PureWindowsPath(data_folder.replace("{localappdata}", "C:\\LocalAppData"))
    assert all(f == expected or expected in f.parents for f in folders.values())


# ---- macOS: Info.plist, entitlements, disk image ----


def _info_plist() -> dict[str, object]:
    return runpy.run_path(str(MACOS / "info_plist.py"))["info_plist"](__version__)


def test_build_spec_gives_the_bundle_its_info_plist() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"packaging" / "macos" / "info_plist.py"' in spec
    assert "info_plist=INFO_PLIST(__version__)" in spec
    plist = _info_plist()
    plistlib.loads(plistlib.dumps(plist))  # a valid property list
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"] == "12.0"
    assert plist["CFBundleLocalizations"] == ["nl", "fr", "en"]
    assert plist["CFBundleShortVersionString"] == __version__
    (document,) = plist["CFBundleDocumentTypes"]  # type: ignore[misc]
    assert document["CFBundleTypeRole"] == "Viewer" and document["LSHandlerRank"] == "Alternate"
    assert set(document["LSItemContentTypes"]) == {
        "public.jpeg", "public.png", "public.heic", "org.webmproject.webp"
    }  # fmt: skip


def test_entitlements_are_a_valid_plist() -> None:
    entitlements = plistlib.loads((MACOS / "entitlements.plist").read_bytes())
    assert entitlements == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.cs.disable-library-validation": True,
    }


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script")
def test_disk_image_holds_the_app_and_an_applications_link(tmp_path: Path) -> None:
    """make_dmg.sh with a stand-in for hdiutil (macOS only) that records what it was given."""
    app = tmp_path / "PhotoSafe.app" / "Contents" / "MacOS"
    app.mkdir(parents=True)
    (app / "photosafe-desktop").write_text("binary")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "hdiutil.txt"
    hdiutil = bin_dir / "hdiutil"
    hdiutil.write_text(
        "#!/bin/sh\n"
        f'echo "$@" > "{record}"\n'
        'while [ $# -gt 1 ]; do [ "$1" = -srcfolder ] && src="$2"; shift; done\n'
        f'ls -A "$src" >> "{record}"; readlink "$src/Applications" >> "{record}"\n'
        f'test -f "$src/PhotoSafe.app/Contents/MacOS/photosafe-desktop" && echo app-ok >> "{record}"\n'
        'touch "$1"\n'
    )
    hdiutil.chmod(0o755)
    output = tmp_path / "out.dmg"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", str(MACOS / "make_dmg.sh"), str(tmp_path / "PhotoSafe.app"), str(output)],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = record.read_text().splitlines()
    assert lines[0].startswith(f"create -volname PhotoSafe {__version__} -srcfolder ")
    assert "-format UDZO" in lines[0] and lines[0].endswith(str(output))
    assert lines[1:] == ["Applications", "PhotoSafe.app", "/Applications", "app-ok"]
    assert output.is_file()
    missing = subprocess.run(
        ["bash", str(MACOS / "make_dmg.sh"), str(tmp_path / "nothing.app")],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert missing.returncode == 1 and "tools/build_app.py" in missing.stderr


# ---- Linux: the AppImage layout ----


def _build_app():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_app", ROOT / "tools" / "build_app.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="AppImages are for Linux")
def test_appdir_layout_and_apprun(tmp_path: Path) -> None:
    bundle = tmp_path / "PhotoSafe"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("photosafe-desktop", "photosafe"):
        program = bundle / name
        program.write_text(f'#!/bin/sh\necho {name} "$@"\n')
        program.chmod(0o755)
    appdir = _build_app().make_appdir(bundle, tmp_path / "PhotoSafe.AppDir")
    for part in (
        "AppRun",
        "photosafe-desktop.desktop",
        "photosafe-desktop.png",
        ".DirIcon",
        "usr/lib/photosafe/photosafe-desktop",
        "usr/lib/photosafe/_internal",
        "usr/share/applications/photosafe-desktop.desktop",
        "usr/share/icons/hicolor/256x256/apps/photosafe-desktop.png",
    ):
        assert (appdir / part).exists(), part
    desktop = (appdir / "photosafe-desktop.desktop").read_text(encoding="utf-8")
    assert "Icon=photosafe-desktop" in desktop and "Exec=photosafe-desktop %F" in desktop
    run = subprocess.run(
        [str(appdir / "AppRun"), "kamp.jpg", "zee dag.png"], capture_output=True, text=True
    )
    assert run.stdout.strip() == "photosafe-desktop kamp.jpg zee dag.png"
    cli = subprocess.run(
        [str(appdir / "AppRun"), "--cli", "inspect", "x.jpg"], capture_output=True, text=True
    )
    assert cli.stdout.strip() == "photosafe inspect x.jpg"
    validate = shutil.which("desktop-file-validate")
    if validate:
        checked = subprocess.run([validate, str(appdir / "photosafe-desktop.desktop")])
        assert checked.returncode == 0


def test_appimage_without_appimagetool_leaves_the_appdir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "PhotoSafe"
    bundle.mkdir()
    (bundle / "photosafe-desktop").write_text("x")
    monkeypatch.delenv("APPIMAGETOOL", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert _build_app().make_appimage(bundle, tmp_path, __version__)
    assert (tmp_path / "PhotoSafe.AppDir" / "AppRun").is_file()
    assert "appimagetool not found" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck is not installed")
def test_shell_scripts_pass_shellcheck() -> None:
    scripts = [MACOS / "make_dmg.sh", LINUX / "AppRun", ROOT / ".ci" / "run"]
    result = subprocess.run(
        ["shellcheck", *map(str, scripts)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout


def test_the_bundle_leaves_out_only_models_the_app_never_loads() -> None:
    """build.spec drops the float models the 8-bit ones are made from (~12 MB); every model
    file the app loads stays, and so does everything else in resources/models."""
    from photosafe_desktop.core.faces import models as face_models
    from photosafe_desktop.core.text import models as text_models
    from tests.spec_helpers import spec_definitions

    namespace = spec_definitions("MODEL_SOURCES_ONLY", "unused_model")
    unused_model = namespace["unused_model"]
    assert callable(unused_model)
    loaded = {
        face_models.CENTERFACE_INT8,
        face_models.BLAZEFACE_FULL,
        text_models.TEXT_DETECTOR,
        text_models.TEXT_RECOGNISER,
    }
    dropped = set()
    for path in sorted((ROOT / "resources" / "models").iterdir()):
        dest = f"photosafe_desktop/resources/models/{path.name}"
        if unused_model(dest):
            dropped.add(path.name)
        assert not unused_model(f"photosafe_desktop/resources/{path.name}")
    assert dropped == {face_models.CENTERFACE, "ch_PP-OCRv4_det_infer.onnx"}
    assert not dropped & loaded
