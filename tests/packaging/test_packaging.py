"""Fast checks of the packaging files; nothing is built here.

The real build, install and run of the .deb happen in .ci/run (scripts/build-deb, then
packaging/smoke-test-deb.sh), not in pytest.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import nepton_desktop

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "nepton-desktop.spec"
ISS = PACKAGING / "windows" / "nepton-desktop.iss"
CONTROL = PACKAGING / "linux" / "control.in"
DESKTOP = PACKAGING / "linux" / "nepton-desktop.desktop"
SHLIBS = PACKAGING / "linux" / "shlib-packages.txt"
ICONS = PACKAGING / "icons"
SHELL_SCRIPTS = [
    ROOT / "scripts" / "build-deb",
    PACKAGING / "smoke-test-deb.sh",
    PACKAGING / "macos" / "build-dmg.sh",
]

# Measured on Debian 12 (../shared/platform-notes.md, "Packaging").
PLATFORM_NOTES_DEPENDS = [
    "libc6 (>= 2.36)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "fonts-dejavu-core",
]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def buildinfo() -> ModuleType:
    return _load("nepton_packaging_buildinfo", PACKAGING / "buildinfo.py")


@pytest.fixture(scope="module")
def render_icons() -> ModuleType:
    return _load("nepton_packaging_render_icons", PACKAGING / "render_icons.py")


@pytest.fixture(scope="module")
def make_version_file() -> ModuleType:
    return _load(
        "nepton_packaging_make_version_file", PACKAGING / "windows" / "make_version_file.py"
    )


def _control_fields() -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in CONTROL.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" ") and ":" in line:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    return fields


# --- version from one place ------------------------------------------------------------------


def test_buildinfo_reads_the_package_version(buildinfo: ModuleType) -> None:
    assert buildinfo.read_version() == nepton_desktop.__version__


@pytest.mark.parametrize(
    ("pep440", "deb", "windows"),
    [
        ("0.1.0", "0.1.0", "0.1.0.0"),
        ("1.2", "1.2", "1.2.0.0"),
        ("2.0.0rc1", "2.0.0~rc1", "2.0.0.0"),
        ("2.0.0b3", "2.0.0~b3", "2.0.0.0"),
        ("1.0.1.post2", "1.0.1+post2", "1.0.1.0"),
        ("1.1.0.dev4", "1.1.0~dev4", "1.1.0.0"),
    ],
)
def test_version_forms(buildinfo: ModuleType, pep440: str, deb: str, windows: str) -> None:
    assert buildinfo.deb_version(pep440) == deb
    assert buildinfo.windows_version(pep440) == windows


def test_debian_versions_sort_pre_releases_first() -> None:
    if shutil.which("dpkg") is None:
        pytest.skip("dpkg not available")
    for lower, higher in [
        ("2.0.0~rc1", "2.0.0"),
        ("1.1.0~dev4", "1.1.0"),
        ("1.0.1", "1.0.1+post2"),
    ]:
        subprocess.run(["dpkg", "--compare-versions", lower, "lt", higher], check=True)


def test_unsupported_versions_are_refused(buildinfo: ModuleType) -> None:
    for bad in ("1.0-beta", "v1.0", "1.2.3.4.5", "1.70000.0"):
        with pytest.raises(ValueError):
            buildinfo.windows_version(bad)


def test_no_installer_file_hard_codes_the_version() -> None:
    version = re.escape(nepton_desktop.__version__)
    for path in (SPEC, CONTROL, ISS, DESKTOP):
        text = path.read_text(encoding="utf-8")
        assert not re.search(rf"(?<![\d.]){version}(?![\d.])", text), path
    assert "Version: @DEB_VERSION@" in CONTROL.read_text(encoding="utf-8")
    assert "VERSION = buildinfo.read_version(ROOT)" in SPEC.read_text(encoding="utf-8")
    assert 'GetStringFileInfo(AppExe, "ProductVersion")' in ISS.read_text(encoding="utf-8")


def test_windows_version_resource(make_version_file: ModuleType, buildinfo: ModuleType) -> None:
    text = make_version_file.version_file_text("1.2.3")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as one expression
    assert isinstance(tree.body, ast.Call)
    assert "filevers=(1, 2, 3, 0)" in text
    assert "prodvers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('OriginalFilename', 'nepton-desktop.exe')" in text
    assert f"StringStruct('ProductName', {buildinfo.APP_NAME!r})" in text


def test_make_version_file_writes_the_current_version(
    make_version_file: ModuleType, tmp_path: Path
) -> None:
    output = tmp_path / "version.txt"
    assert make_version_file.main([str(output)]) == 0
    assert f"'ProductVersion', '{nepton_desktop.__version__}'" in output.read_text("utf-8")


# --- the PyInstaller spec --------------------------------------------------------------------


def test_spec_parses_and_names_the_entry_point() -> None:
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source)
    assert '"nepton_desktop" / "__main__.py"' in source
    main_source = (ROOT / "nepton_desktop" / "__main__.py").read_text(encoding="utf-8")
    assert "main()" in main_source
    # cli.py imports the subcommand modules by name; PyInstaller must be told.
    assert 'collect_submodules("nepton_desktop")' in source
    assert "name=buildinfo.EXE_NAME" in source
    assert "exclude_binaries=True" in source  # one folder, not one file


def test_spec_bundles_resources_where_the_code_looks() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in source
    # Code finds them under sys._MEIPASS/resources when frozen.
    users = [
        path
        for path in (ROOT / "nepton_desktop").rglob("*.py")
        if "_MEIPASS" in path.read_text(encoding="utf-8")
    ]
    for path in users:
        text = path.read_text(encoding="utf-8")
        assert '"resources"' in text or "'resources'" in text, path


def test_spec_is_reproducible_and_lean() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert "upx=True" not in source
    assert source.count("upx=False") >= 2
    for dropped in ("wayland-shell-integration", "egldeviceintegrations", '"libqxcb.so"'):
        assert dropped in source
    assert "libqgtk3.so" not in source.split("KEEP_PLUGINS")[1].split("}")[0]
    assert "SOURCE_DATE_EPOCH" in source
    assert '"keyrings.alt"' in source  # never ship a plain-text keyring


def test_spec_adds_a_console_exe_on_windows() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    windows_only = [
        ast.unparse(node)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "win32" in ast.unparse(node.test)
    ]
    assert any("-cli" in text and "console=True" in text for text in windows_only)


def test_spec_makes_a_mac_app_bundle() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    guarded_bundle = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        and "darwin" in ast.unparse(node.test)
        and "BUNDLE(" in ast.unparse(node)
    ]
    assert guarded_bundle, "BUNDLE must be under an `if sys.platform == 'darwin'`"
    text = ast.unparse(guarded_bundle[0])
    assert "bundle_identifier=buildinfo.BUNDLE_IDENTIFIER" in text
    assert "CFBundleShortVersionString" in text


# --- Linux package ---------------------------------------------------------------------------


def test_control_template_fields_and_dependencies() -> None:
    fields = _control_fields()
    for key in (
        "Package",
        "Version",
        "Architecture",
        "Maintainer",
        "Installed-Size",
        "Depends",
        "Recommends",
        "Description",
    ):
        assert key in fields, key
    assert fields["Package"] == "nepton-desktop"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    for needed in PLATFORM_NOTES_DEPENDS:
        assert needed in depends, needed
    assert fields["Recommends"] == "gnome-keyring | kwalletmanager"
    assert "keyrings.alt" not in CONTROL.read_text(encoding="utf-8")


def test_every_mapped_library_package_is_a_debian_name() -> None:
    depends = {d.split("(")[0].strip() for d in _control_fields()["Depends"].split(",")}
    mapped = {}
    for line in SHLIBS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            soname, package = line.split()
            mapped[soname] = package
            assert re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", package), line
    # The libraries the measured bundle links (Qt's X11 stack) resolve to Depends packages.
    for soname in ("libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libEGL.so.1", "libssl.so.3"):
        assert mapped[soname] in depends, soname


def test_desktop_entry() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "nepton-desktop"
    assert entry["Icon"] == "nepton-desktop"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    for key in ("Name", "Comment", "GenericName[fi]", "Comment[fi]", "Comment[sv]"):
        assert entry[key], key


# --- Windows installer -----------------------------------------------------------------------


def test_inno_setup_script(buildinfo: ModuleType) -> None:
    text = ISS.read_text(encoding="utf-8")
    app_ids = re.findall(r"^AppId=(.*)$", text, flags=re.MULTILINE)
    # "{{" is Inno's escape for a literal "{": the GUID below is the stable upgrade key.
    assert app_ids == ["{" + buildinfo.WINDOWS_APP_ID]
    assert re.fullmatch(r"\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", buildinfo.WINDOWS_APP_ID)
    assert "PrivilegesRequired=lowest" in text
    assert r"DefaultDirName={localappdata}\Programs" in text
    languages = dict(re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', text, re.MULTILINE))
    assert set(languages) == {"en", "fi", "sv"}
    assert languages["en"].startswith("compiler:Default.isl")
    assert languages["fi"].startswith(r"compiler:Languages\Finnish.isl")
    assert languages["sv"].startswith(r"languages\Swedish.isl")
    assert all(files.endswith(",nepton-desktop-messages.isl") for files in languages.values())
    assert r'Name: "{autoprograms}\{#AppName}"' in text  # start-menu entry
    assert "VersionInfoVersion=" in text
    assert (ISS.parent / "languages" / "README.md").exists()
    assert (ISS.parent / ".." / "icons" / "nepton-desktop.ico").resolve().exists()


def test_installer_custom_messages_in_all_three_languages() -> None:
    text = (ISS.parent / "nepton-desktop-messages.isl").read_text(encoding="utf-8")
    keys: dict[str, set[str]] = {}
    for lang, key in re.findall(r"^(\w+)\.(\w+)=", text, flags=re.MULTILINE):
        keys.setdefault(key, set()).add(lang)
    assert keys
    assert all(langs == {"en", "fi", "sv"} for langs in keys.values()), keys
    used = set(re.findall(r"\{cm:(\w+)", ISS.read_text(encoding="utf-8")))
    inno_builtin = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}
    assert used - inno_builtin <= set(keys)


# --- icons -----------------------------------------------------------------------------------


def test_svg_icon_is_square_xml() -> None:
    root = ET.parse(ICONS / "nepton-desktop.svg").getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 512 512"


def test_png_icons_have_their_sizes(render_icons: ModuleType) -> None:
    for size in render_icons.PNG_SIZES:
        data = render_icons.png_path(size).read_bytes()
        assert render_icons.png_dimensions(data) == (size, size)


def test_windows_ico_holds_every_size(render_icons: ModuleType) -> None:
    images = render_icons.parse_ico((ICONS / "nepton-desktop.ico").read_bytes())
    assert [(w, h) for w, h, _ in images] == [(s, s) for s in render_icons.ICO_SIZES]
    for width, height, data in images:
        assert render_icons.png_dimensions(data) == (width, height)


def test_ico_container_round_trip(render_icons: ModuleType) -> None:
    pngs = [render_icons.png_path(s).read_bytes() for s in (16, 256)]
    parsed = render_icons.parse_ico(render_icons.build_ico(pngs))
    assert [(w, h, d) for w, h, d in parsed] == [(16, 16, pngs[0]), (256, 256, pngs[1])]
    with pytest.raises(ValueError):
        render_icons.build_ico([render_icons.png_path(512).read_bytes()])


# --- scripts and CI --------------------------------------------------------------------------


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_are_strict_and_executable(script: Path) -> None:
    text = script.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in text
    assert os.access(script, os.X_OK)


def test_shell_scripts_pass_shellcheck() -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck not installed (apt-get install shellcheck)")
    result = subprocess.run([shellcheck, *map(str, SHELL_SCRIPTS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_ci_builds_and_smoke_tests_the_deb_after_the_suite() -> None:
    lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert "set -euo pipefail" in lines
    test = lines.index("bash scripts/test")
    build = lines.index("bash scripts/build-deb")
    smoke = lines.index("bash packaging/smoke-test-deb.sh")
    assert test < build < smoke
