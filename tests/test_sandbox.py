"""Members' code runs sandboxed: no files outside its run, no network, no processes, and no root needed.

Each hostile file returns 시소 짝꿍's right answer and also tries one escape. Through
``algokit check``, as a member would run it, each gets RE and the escape does not
happen: the secret is not read, the other member's file is not copied, nothing is
written into the workspace, the test's TCP server records no connection, no process
starts. Files that use what judges allow (threads with a big stack, deep recursion,
``lru_cache``, large memory) still get OK. Where a protection is off (forced here with
``ALGOKIT_SANDBOX``, as an old kernel or macOS would have it), ``check`` says so in one
line and in ``--json``, and the run goes on with the rest.
"""

import json
import shutil
import socket
import threading
from pathlib import Path

import pytest

from algokit.judging import sandbox
from algokit.judging.workers import backend
from cli import run

SEESAW = "programmers-152996"
ON = all(p.on for p in sandbox.status(backend()[0])) if sandbox.wanted() else False
pytestmark = pytest.mark.skipif(not ON, reason="this system lacks part of the sandbox (algokit doctor says which), "
                                               "or ALGOKIT_RUNNER=portable, which runs without it")

# 시소 짝꿍, answered right: the catalogue's reference as right(); each hostile file returns it after its escape,
# so only the escape can fail it.
REFERENCE = Path(__file__).resolve().parents[1] / "solutions" / SEESAW / "counting.py"
ANSWER = REFERENCE.read_text(encoding="utf-8").replace("def solution(", "def right(") + "\n"

ESCAPES = {
    "reads_beside": "    open({secret!r}).read()\n",
    "reads_member": "    open({member!r}).read()\n",
    "writes_workspace": "    open({planted!r}, 'w').write('here')\n",
    "connects": "    import socket\n    socket.create_connection(('127.0.0.1', {port}), timeout=2).close()\n",
    "runs_subprocess": "    import subprocess\n    subprocess.run(['touch', {touched!r}])\n",
    "forks": "    import os\n    if os.fork() == 0:\n        open({touched!r}, 'w').close()\n        os._exit(0)\n",
}
WORDS = {"reads_beside": "reads only its runtime", "reads_member": "reads only its runtime",
         "writes_workspace": "writes only its own folder", "connects": "opened a network socket",
         "runs_subprocess": "started a process", "forks": "started a process"}


def check(*files):
    result = run("check", SEESAW, *files, "--json", "--seed", 1, "--max-examples", 5)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout), result.stderr


class Server:
    """A TCP server on 127.0.0.1 that counts the connections it accepts."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port, self.accepted, self.stop = self.sock.getsockname()[1], 0, False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stop:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            connection.close()

    def close(self):
        self.stop = True
        self.thread.join()
        self.sock.close()


@pytest.fixture
def hostile(judged_workspace):
    """The workspace, a secret beside it, another member's file, and one file per escape."""
    root = judged_workspace
    secret = root.parent / f"{root.name}-secret.txt"
    secret.write_text("the group's token")
    member = root / "solutions" / SEESAW / "지수.py"
    member.write_text(ANSWER + "\ndef solution(weights):\n    return right(weights)\n")
    server = Server()
    places = {"secret": str(secret), "member": str(member), "planted": str(root / "planted.txt"),
              "port": server.port, "touched": str(root.parent / f"{root.name}-touched")}
    files = {}
    for name, escape in ESCAPES.items():
        path = root / f"{name}.py"
        path.write_text(ANSWER + "\ndef solution(weights):\n" + escape.format(**places) + "    return right(weights)\n")
        files[name] = path
    yield root, files, places, server
    server.close()
    secret.unlink()


def test_every_escape_is_re_and_does_not_happen(hostile):
    root, files, places, server = hostile
    found, _ = check(*files.values())
    for (name, path), result in zip(files.items(), found["results"]):
        assert result["verdict"] == "RE", (name, result)
        assert WORDS[name] in result["message"], (name, result)
        assert "the group's token" not in json.dumps(result) and "return right" not in json.dumps(result)
    assert not Path(places["planted"]).exists()  # nothing written into the workspace
    assert server.accepted == 0  # no connection reached the server
    assert not Path(places["touched"]).exists()  # no process ran
    assert found["environment"]["sandbox"] == {name: {"on": True, "how": found["environment"]["sandbox"][name]["how"]}
                                               for name in sandbox.NAMES}


ALLOWED = ANSWER + """
import sys, threading
from functools import lru_cache

sys.setrecursionlimit(10 ** 6)


def solution(weights):
    big = [0] * 10 ** 7  # 80 MB of list

    @lru_cache(maxsize=None)
    def depth(n):
        return 0 if n == 0 else depth(n - 1) + 1

    out = []
    threading.stack_size(256 * 1024 * 1024)
    worker = threading.Thread(target=lambda: out.append(depth(100000)))
    worker.start()
    worker.join()
    assert out == [100000] and len(big) == 10 ** 7
    return right(weights)
"""


def test_big_stack_threads_deep_recursion_lru_cache_and_big_lists_stay_ok(judged_workspace):
    path = judged_workspace / "allowed.py"
    path.write_text(ALLOWED)
    found, _ = check(path)
    assert found["results"][0]["verdict"] == "OK", found


@pytest.mark.skipif(sandbox.landlock_abi() < 6, reason="Landlock's signal scope needs ABI 6")
def test_killing_its_parent_is_refused_and_the_supervisor_lives_on(judged_workspace):
    path = judged_workspace / "killer.py"
    path.write_text("import os, signal\ndef solution(weights):\n    os.kill(os.getppid(), signal.SIGKILL)\n"
                    "    return 0\n")
    found, _ = check(path, REFERENCE)
    killer, reference = found["results"]
    assert killer["verdict"] == "RE" and "PermissionError" in killer["message"], killer
    assert "killed its supervisor" not in killer["message"]
    assert reference["verdict"] == "OK"


COMPILED = {
    "Spawns.java": "class Solution {{\n    public long solution(int[] weights) throws Exception {{\n"
                   "        new ProcessBuilder(\"touch\", \"{touched}\").start().waitFor();\n        return 0;\n    }}\n}}\n",
    "system_call.cpp": "#include <cstdlib>\n#include <vector>\nusing namespace std;\n"
                       "long long solution(vector<int> weights) {{ std::system(\"touch {touched}\"); return 0; }}\n",
    "spawns.js": "function solution(weights) {{ require('child_process').execSync('touch {touched}'); return 0; }}\n",
}
TOOLS = {"Spawns.java": "javac", "system_call.cpp": "g++", "spawns.js": "node"}


@pytest.mark.parametrize("name", COMPILED)
def test_java_cpp_and_js_files_that_start_a_process_are_re(judged_workspace, name):
    if shutil.which(TOOLS[name]) is None:
        pytest.skip(f"{TOOLS[name]} is not installed")
    touched = judged_workspace.parent / f"{judged_workspace.name}-{name}-touched"
    path = judged_workspace / name
    path.write_text(COMPILED[name].format(touched=touched))
    found, _ = check(path)
    result = found["results"][0]
    assert result["verdict"] == "RE" and "started a process" in result["message"], result
    assert not touched.exists()


def test_without_landlock_check_says_files_are_open_and_the_rest_still_holds(hostile, monkeypatch):
    # ALGOKIT_SANDBOX=seccomp stands for a kernel without Landlock: the run goes on with seccomp alone.
    root, files, places, server = hostile
    monkeypatch.setenv("ALGOKIT_SANDBOX", "seccomp")
    found, stderr = check(files["reads_member"], files["forks"])
    copier, forker = found["results"]
    assert copier["verdict"] == "OK"  # honest: without Landlock, the other member's file was read
    assert forker["verdict"] == "RE" and "started a process" in forker["message"]
    assert "sandbox: files unprotected here" in stderr and "ALGOKIT_SANDBOX=seccomp" in stderr
    assert found["environment"]["sandbox"]["files"]["on"] is False
    assert found["environment"]["sandbox"]["processes"]["on"] is True


@pytest.mark.skipif(sandbox.landlock_abi() < 4, reason="Landlock's TCP rules need ABI 4")
def test_without_seccomp_check_says_processes_are_open_and_files_stay_closed(hostile, monkeypatch):
    # ALGOKIT_SANDBOX=landlock stands for a machine without libseccomp: Landlock alone still closes files.
    root, files, places, server = hostile
    monkeypatch.setenv("ALGOKIT_SANDBOX", "landlock")
    found, stderr = check(files["reads_member"], files["connects"])
    copier, connector = found["results"]
    assert copier["verdict"] == "RE" and "reads only its runtime" in copier["message"]
    assert connector["verdict"] == "RE" and server.accepted == 0  # Landlock's TCP rules (ABI 4+)
    assert "processes, kernel calls unprotected here" in stderr and "leaves seccomp out" in stderr
    assert found["environment"]["sandbox"]["processes"]["on"] is False
    assert found["environment"]["sandbox"]["network"]["on"] is True


def test_a_bad_setting_is_one_message(judged_workspace, monkeypatch):
    monkeypatch.setenv("ALGOKIT_SANDBOX", "maybe")
    result = run("check", SEESAW, "counting.py")
    assert result.exit_code == 2 and "ALGOKIT_SANDBOX='maybe': use on" in result.output
    assert "Traceback" not in result.output


def test_a_python_installation_holding_the_catalogue_is_opened_around_it(tmp_path):
    # A wheel ships the catalogue, references and all, inside site-packages: runs read every
    # package there but that folder.
    site = tmp_path / "lib" / "site-packages"
    for folder in ("numpy", "algokit/judging", "algokit/data/solutions"):
        (site / folder).mkdir(parents=True)
    opened = sandbox._around(str(tmp_path), [str(site / "algokit" / "data")])
    assert str(site / "numpy") in opened and str(site / "algokit" / "judging") in opened
    assert not any(path == str(tmp_path) or "data" in Path(path).parts for path in opened)


def test_runs_never_read_a_folder_that_holds_the_workspace_or_the_home(tmp_path):
    workspace = tmp_path / "group"
    workspace.mkdir()
    opened = sandbox.reads(closed=[str(workspace)])
    home = str(Path.home().resolve())
    for path in opened:
        assert not str(workspace).startswith(path.rstrip("/") + "/") and path != str(workspace)
        assert not home.startswith(path.rstrip("/") + "/") and path != home
