"""Nothing leaves the computer: the CLI and the app, run as a user would with a fresh HOME,
make no network or DNS attempt and write no file outside PhotoSafe's own folders.

Each command runs under ``strace -f`` (every thread and child process: the face engine's
native libraries, the forkserver, the batch workers). Skipped only where strace is missing
or not permitted (``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from photosafe_desktop.core.selftest import make_test_album

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

TRACED = "%network,openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,link,symlink"

#: file-system calls that create or change something (an open for writing counts)
_WRITE_OPEN = re.compile(r"\b(?:openat|open)\((?:AT_FDCWD, )?\"([^\"]*)\", ([A-Z_|]+)")
_CREATE = re.compile(r"\b(?:mkdir|mkdirat|creat|symlink|link)\((?:AT_FDCWD, )?\"([^\"]*)\"")
_RENAME = re.compile(r"\brename(?:at2?)?\((?:AT_FDCWD, )?\"[^\"]*\", (?:AT_FDCWD, )?\"([^\"]*)\"")
_FAMILY = re.compile(r"\b(socket|socketpair)\((AF_[A-Z0-9]+|\d+)")
_ADDRESSED = re.compile(r"\b(connect|sendto|sendmsg|bind)\(\d+, \{sa_family=(AF_[A-Z0-9]+)(.*)")
#: local services that would do a DNS lookup for us (nscd, systemd-resolved)
_RESOLVERS = ("nscd", "resolve", "dbus")


def _strace() -> str:
    path = shutil.which("strace")
    if path is None:
        pytest.skip("strace is not installed (.ci/run installs it)")
    probe = subprocess.run(
        [path, "-f", "-e", "trace=none", "true"], capture_output=True, text=True, timeout=30
    )
    if probe.returncode != 0:
        pytest.skip(f"strace is not permitted here: {probe.stderr.strip()[:200]}")
    return path


def network_violations(trace: str) -> list[str]:
    """Lines of an ``strace -f`` log that open an internet socket or reach a resolver.

    Allowed: Unix sockets to anything but a resolver, and urllib3's import-time probe for
    IPv6 support (a TCP socket bound to ``::1`` port 0 and closed: no packet leaves)."""
    bad: list[str] = []
    probes: dict[str, int] = {}  # pid -> inet stream sockets not yet explained by a probe
    for line in trace.splitlines():
        pid = line.split(" ", 1)[0]
        if m := _FAMILY.search(line):
            family = m.group(2)
            if family in ("AF_UNIX", "AF_LOCAL", "AF_NETLINK"):
                continue
            if family == "AF_INET6" and "SOCK_STREAM" in line:
                probes[pid] = probes.get(pid, 0) + 1
                continue
            bad.append(line)
        elif m := _ADDRESSED.search(line):
            call, family, rest = m.groups()
            if family in ("AF_UNIX", "AF_LOCAL"):
                if call == "connect" and any(r in rest for r in _RESOLVERS):
                    bad.append(line)
                continue
            if family == "AF_NETLINK":
                continue
            if call == "bind" and family == "AF_INET6" and '"::1"' in rest and probes.get(pid):
                probes[pid] -= 1  # the IPv6 probe: bound to loopback, never connected
                continue
            bad.append(line)
    bad.extend(
        f"{pid}: an internet socket that was not a loopback probe" for pid, n in probes.items() if n
    )
    return bad


def written_paths(trace: str) -> list[str]:
    """Every path an ``strace`` log shows being created, renamed into, or opened to write."""
    found: list[str] = []
    for line in trace.splitlines():
        if "= -1 " in line:
            continue  # the call failed: nothing was written
        if (m := _WRITE_OPEN.search(line)) and re.search(r"O_WRONLY|O_RDWR|O_CREAT", m.group(2)):
            found.append(m.group(1))
        elif m := _CREATE.search(line):
            found.append(m.group(1))
        elif m := _RENAME.search(line):
            found.append(m.group(1))
    return found


def _outside(paths: list[str], allowed: list[Path], cwd: Path) -> list[str]:
    roots = [str(p.resolve()) for p in allowed]
    outside = []
    for raw in paths:
        if raw.startswith(("/dev/", "/proc/self/", "/sys/")) or raw in ("/dev/null",):
            continue  # devices (/dev/shm: multiprocessing's semaphores), not files
        path = os.path.normpath(os.path.join(str(cwd), raw))
        if not any(path == r or path.startswith(r + os.sep) for r in roots):
            outside.append(raw)
    return sorted(set(outside))


def run_traced(tmp_path: Path, name: str, argv: list[str]) -> tuple[str, list[str], list[str]]:
    """Run ``argv`` with a fresh HOME under strace: (output, network lines, stray files)."""
    strace = _strace()
    home, app_home, temp, work = (tmp_path / d for d in ("home", "app", "tmp", "work"))
    for folder in (home, app_home, temp, work):
        folder.mkdir(exist_ok=True)
    env = {
        "PATH": f"{BIN}{os.pathsep}/usr/bin:/bin",
        "HOME": str(home),
        "PHOTOSAFE_HOME": str(app_home),
        "TMPDIR": str(temp),
        "XDG_RUNTIME_DIR": str(temp),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
    }
    log = tmp_path / f"{name}.strace"
    done = subprocess.run(
        [strace, "-f", "-qq", "-s", "256", "-e", f"trace={TRACED}", "-o", str(log), *argv],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    trace = log.read_text(encoding="utf-8", errors="replace")
    stray = _outside(written_paths(trace), [app_home, temp, work], work)
    left_in_home = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    return output, network_violations(trace), stray + [f"~/{p}" for p in left_in_home]


@pytest.fixture(scope="module")
def album(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_test_album(tmp_path_factory.mktemp("offline") / "album", count=2)


@pytest.mark.slow
def test_detect_stays_offline(tmp_path: Path, album: Path) -> None:
    photo = sorted(album.iterdir())[0]
    output, network, stray = run_traced(
        tmp_path, "detect", [str(BIN / "photosafe"), "detect", str(photo)]
    )
    assert "faces" in output
    assert network == [], "\n".join(network[:20])
    assert stray == [], stray


@pytest.mark.slow
def test_sanitize_with_faces_hidden_stays_offline(tmp_path: Path, album: Path) -> None:
    out = tmp_path / "work" / "out"
    argv = [str(BIN / "photosafe"), "sanitize", str(album), "--out", str(out)]
    output, network, stray = run_traced(
        tmp_path, "sanitize", [*argv, "--obscure", "solid", "--jobs", "2"]
    )
    assert len(list(out.iterdir())) == 2, output
    assert network == [], "\n".join(network[:20])
    assert stray == [], stray


@pytest.mark.slow
def test_app_smoke_test_stays_offline(tmp_path: Path) -> None:
    output, network, stray = run_traced(
        tmp_path,
        "app",
        [str(BIN / "python"), "-m", "photosafe_desktop", "--smoke-test", "--lang", "nl"],
    )
    assert "smoke-test ok nl" in output
    assert network == [], "\n".join(network[:20])
    assert stray == [], stray


def test_the_tracer_sees_a_dns_lookup(tmp_path: Path) -> None:
    """The checks above can fail: a name lookup (without any network) is caught."""
    probe = "import socket\ntry: socket.getaddrinfo('example.invalid', 443)\nexcept OSError: pass"
    strace = _strace()
    log = tmp_path / "probe.strace"
    subprocess.run(
        [strace, "-f", "-qq", "-e", f"trace={TRACED}", "-o", str(log), sys.executable, "-c", probe],
        capture_output=True,
        timeout=60,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert network_violations(log.read_text(encoding="utf-8")) != []


def test_frozen_build_switches_telemetry_off_first() -> None:
    """The runtime hook sets what core/offline.py sets, and runs before everything else."""
    from photosafe_desktop.core.offline import OFFLINE_ENVIRONMENT

    hook = (ROOT / "packaging" / "rthook_offline.py").read_text(encoding="utf-8")
    for key, value in OFFLINE_ENVIRONMENT.items():
        assert f'os.environ["{key}"] = "{value}"' in hook
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    hooks = re.search(r"RUNTIME_HOOKS = \[(.*?)\]", spec, re.S)
    assert hooks is not None and "rthook_offline.py" in hooks.group(1).split(",")[0]
