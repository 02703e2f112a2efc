"""Drives the "C# (Curriculum)" kernel with jupyter_client (Debian's python3-jupyter-client), as JupyterLab, Notebook
and nbconvert do, and prints what came back as one JSON object on stdout. JupyterClientTests.cs asserts on it.

Usage: python3 jupyter_client_session.py NOTEBOOK_FOLDER LESSON_SETUP_CELL_FILE
The kernelspec must be findable (the test installs it into a folder on JUPYTER_PATH).
"""
import json
import sys
import time

from jupyter_client.manager import KernelManager
from jupyter_client.utils import run_sync

TIMEOUT = 90


def run(kc, code, timeout=TIMEOUT, on_busy=None):
    """Executes code; returns the IOPub messages of that request (up to its idle status) and the execute_reply."""
    msg_id = kc.execute(code)
    iopub = []
    deadline = time.time() + timeout
    busy_seen = False
    while True:
        msg = kc.get_iopub_msg(timeout=max(1, deadline - time.time()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        iopub.append({"type": msg["msg_type"], "content": msg["content"]})
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "busy" and not busy_seen:
            busy_seen = True
            if on_busy:
                on_busy()
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    reply = shell_reply(kc, msg_id, deadline)
    return {"iopub": iopub, "reply": reply}


def shell_reply(kc, msg_id, deadline):
    while True:
        msg = kc.get_shell_msg(timeout=max(1, deadline - time.time()))
        if msg["parent_header"].get("msg_id") == msg_id:
            return {"type": msg["msg_type"], "content": msg["content"]}


def request(kc, send, timeout=30):
    """Sends a shell request with the client's own method and returns its reply (type and content)."""
    msg_id = send()
    return shell_reply(kc, msg_id, time.time() + timeout)


def control(kc, msg_type, content, timeout=30):
    msg = kc.session.msg(msg_type, content)
    kc.control_channel.send(msg)
    deadline = time.time() + timeout
    while True:
        # The blocking client's control channel is asynchronous in jupyter_client 7.
        reply = run_sync(kc.control_channel.get_msg)(timeout=max(1, deadline - time.time()))
        if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
            return {"type": reply["msg_type"], "content": reply["content"]}


def connect(km):
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    return kc


def main():
    folder, setup_file = sys.argv[1], sys.argv[2]
    setup = open(setup_file, encoding="utf-8").read()
    out = {}
    km = KernelManager(kernel_name="curriculum-csharp")
    started = time.time()
    km.start_kernel(cwd=folder)
    kc = connect(km)
    out["start_seconds"] = time.time() - started

    out["kernel_info"] = request(kc, kc.kernel_info)
    out["execute_value"] = run(kc, "6 * 7")
    out["execute_print"] = run(kc, 'Console.WriteLine("hello from C#");')
    out["execute_error"] = run(kc, 'throw new InvalidOperationException("measured 0.91");')
    out["execute_compile_error"] = run(kc, 'int x = "text";')
    # The way the lessons' progress bars display and update (Curriculum.Display.Progress).
    out["display_update"] = run(kc, 'using Microsoft.DotNet.Interactive;\nvar shown = KernelInvocationContext.Current.Display("first", "text/plain"); shown.Update("second");')
    # Run All after an error: the cell queued behind a failing one is not run (ipykernel's stop_on_error).
    failing = kc.execute('System.Threading.Thread.Sleep(500); throw new Exception("first fails");')
    queued = kc.execute('Console.WriteLine("must not run");')
    deadline = time.time() + TIMEOUT
    out["abort_first"] = shell_reply(kc, failing, deadline)
    out["abort_queued"] = shell_reply(kc, queued, deadline)
    out["working_directory"] = run(kc, "Console.WriteLine(System.IO.Directory.GetCurrentDirectory());")
    out["complete"] = request(kc, lambda: kc.complete("Console.Wri", 11))
    out["inspect"] = request(kc, lambda: kc.inspect("Console.WriteLine", 10))
    out["is_complete_yes"] = request(kc, lambda: kc.is_complete("var x = 1;"))
    out["is_complete_no"] = request(kc, lambda: kc.is_complete("if (true) {"))
    out["comm_info"] = request(kc, lambda: kc.comm_info())
    out["history"] = request(kc, lambda: kc.history())

    # A lesson's setup cell, then a loop with live progress that the stop button interrupts.
    out["setup"] = run(kc, setup, timeout=180)
    interrupt = {}

    def interrupt_soon():
        time.sleep(3)
        interrupt["sent_after_seconds"] = time.time() - loop_started
        interrupt["reply"] = control(kc, "interrupt_request", {})

    import threading
    run(kc, "var reached = 0;")
    loop_started = time.time()
    loop = "using (var p = Progress.Start(\"a long loop\", 600)) for (var i = 1; i <= 600; i++) { reached = i; System.Threading.Thread.Sleep(100); p.Report(i); }"
    out["interrupted"] = run(kc, loop, on_busy=lambda: threading.Thread(target=interrupt_soon, daemon=True).start())
    out["interrupted"]["seconds"] = time.time() - loop_started
    out["interrupt"] = interrupt
    out["after_interrupt"] = run(kc, "1 + 1")
    # The loop itself stopped (not only the cell's reply): the step it reached no longer changes.
    out["reached_then"] = run(kc, "reached")
    time.sleep(1.5)
    out["reached_later"] = run(kc, "reached")

    # Restart as the front ends do it: shutdown_request with restart on the control channel, then a new process.
    out["shutdown"] = control(kc, "shutdown_request", {"restart": True})
    deadline = time.time() + 15
    while km.is_alive() and time.time() < deadline:
        time.sleep(0.2)
    out["exited_by_itself"] = not km.is_alive()
    kc.stop_channels()
    km.restart_kernel(now=True)
    kc = connect(km)
    out["after_restart"] = run(kc, "6 * 7")
    out["after_restart_state"] = run(kc, "shown")

    kc.stop_channels()
    km.shutdown_kernel(now=False)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
