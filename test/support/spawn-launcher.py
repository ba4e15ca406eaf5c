# The process launcher of a test worker (see test/support/lean-spawn.ts): a small Python process,
# standard library only, that starts the processes a worker asks for.
#
# Why Python: CPython's subprocess starts a child with vfork() on Linux (3.10 and later), so no
# page table is copied and none torn down at exec, where Node's spawn always forks (libuv).
# 500 spawns of `true`, the child's own run included: 1.84 ms of CPU each from a bare Node,
# 0.72 ms from Python (2026-11-27). Over the suite, ~5-8 s of its ~100 s of CPU (perf and
# /proc/stat, docs/benchmarks.md).
#
# Protocol (all over Unix sockets to the worker's abstract socket server, named by argv[1]):
# each connection starts with an 8-byte header, two big-endian uint32s (request id, fd).
# The control connection is id 0: newline-delimited JSON both ways. Worker to launcher:
#   {"t":"spawn","id","file","args","options":{cwd,argv0,shell,timeout,killSignal},"stdio",["env"]}
#   {"t":"kill","id","signal"}
# Launcher to worker: {"t":"spawned","id","pid"}, {"t":"exit","id","code","signal"},
#   {"t":"error","id","error":{message,code,errno,syscall,path}}.
# Each asked-for pipe is a connection of its own (header: the request's id and the fd); the child
# gets that socket as its stdin, stdout or stderr and this process closes its own copy, so bytes
# flow between the child and the worker directly and never pass through here.
import errno
import heapq
import json
import os
import selectors
import signal
import socket
import struct
import subprocess
import sys
import time

NAME = "\0" + sys.argv[1]
children = {}  # pid -> request id
timers = []  # (deadline, id, signal) for requests with a timeout
pids = {}  # request id -> pid, while the child runs
last_env = dict(os.environ)


def connect(request_id, fd):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(NAME)
    s.sendall(struct.pack(">II", request_id, fd))
    return s


control = connect(0, 0)
out_buffer = bytearray()


def send(message):
    global out_buffer
    out_buffer += (json.dumps(message, separators=(",", ":")) + "\n").encode()
    # The worker always reads its control socket; a short blocking write is the simple course.
    control.sendall(out_buffer)
    out_buffer = bytearray()


def signal_number(sig):
    if isinstance(sig, int):
        return sig
    return int(getattr(signal.Signals, sig, signal.SIGTERM))


def signal_name(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return None


def node_error(error, file):
    """An OSError as Node's spawn reports it (`spawn git ENOENT`, errno negated as libuv's)."""
    code = errno.errorcode.get(error.errno, "UNKNOWN") if error.errno else "UNKNOWN"
    return {
        "message": "spawn %s %s" % (file, code),
        "code": code,
        "errno": -(error.errno or 0),
        "syscall": "spawn " + file,
        "path": file,
    }


def start(request):
    global last_env
    request_id = request["id"]
    file = request["file"]
    args = request["args"]
    options = request.get("options", {})
    if "env" in request:
        last_env = {k: str(v) for k, v in request["env"].items() if v is not None}
    opened = []
    stdio = []
    try:
        for fd, kind in enumerate(request["stdio"]):
            if kind == "pipe":
                s = connect(request_id, fd)
                opened.append(s)
                stdio.append(s.fileno())
            elif kind == "ignore":
                stdio.append(subprocess.DEVNULL)
            else:
                stdio.append(None)  # inherit: this process's stdout and stderr are the worker's
    except OSError as error:
        for s in opened:
            s.close()
        send({"t": "error", "id": request_id, "error": {"message": str(error), "code": "ECONNREFUSED"}})
        return
    shell = options.get("shell")
    if shell:
        # As Node does: the command and its arguments joined by spaces, run by the shell.
        argv = ["/bin/sh" if shell is True else str(shell), "-c", " ".join([file] + args)]
        executable = argv[0]
    else:
        argv = [options.get("argv0") or file] + args
        executable = file
    try:
        # vfork() is used when nothing must run in the child before exec (no preexec_fn,
        # no uid or gid change): the case here.
        child = subprocess.Popen(
            argv,
            executable=executable,
            stdin=stdio[0],
            stdout=stdio[1],
            stderr=stdio[2],
            cwd=options.get("cwd"),
            env=last_env,
        )
    except OSError as error:
        for s in opened:
            s.close()
        send({"t": "error", "id": request_id, "error": node_error(error, file)})
        return
    # This process reaps its children itself (reap() below); the Popen object must not try to.
    child.returncode = 0
    for s in opened:
        s.close()
    children[child.pid] = request_id
    pids[request_id] = child.pid
    send({"t": "spawned", "id": request_id, "pid": child.pid})
    timeout = options.get("timeout")
    if isinstance(timeout, (int, float)) and timeout > 0:
        heapq.heappush(
            timers,
            (time.monotonic() + timeout / 1000, request_id, options.get("killSignal") or "SIGTERM"),
        )


def kill(request_id, sig):
    pid = pids.get(request_id)
    if pid is None:
        return
    try:
        os.kill(pid, signal_number(sig))
    except OSError:
        pass


def reap():
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        request_id = children.pop(pid, None)
        if request_id is None:
            continue
        pids.pop(request_id, None)
        if os.WIFSIGNALED(status):
            send({"t": "exit", "id": request_id, "code": None, "signal": signal_name(os.WTERMSIG(status))})
        else:
            send({"t": "exit", "id": request_id, "code": os.waitstatus_to_exitcode(status), "signal": None})


def main():
    # SIGCHLD wakes the loop through a pipe (the handler itself does nothing).
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_read, False)
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    selector = selectors.DefaultSelector()
    selector.register(control, selectors.EVENT_READ, "control")
    selector.register(wake_read, selectors.EVENT_READ, "wake")
    pending = b""
    while True:
        wait = None
        if timers:
            wait = max(0.0, timers[0][0] - time.monotonic())
        for key, _ in selector.select(wait):
            if key.data == "wake":
                try:
                    while os.read(wake_read, 512):
                        pass
                except BlockingIOError:
                    pass
                reap()
                continue
            data = control.recv(1 << 16)
            if not data:
                # The worker is gone: stop too (children go on, as children of a process that exited do).
                reap()
                return
            pending += data
            *lines, pending = pending.split(b"\n")
            for line in lines:
                if not line:
                    continue
                message = json.loads(line)
                if message["t"] == "spawn":
                    start(message)
                elif message["t"] == "kill":
                    kill(message["id"], message["signal"])
        now = time.monotonic()
        while timers and timers[0][0] <= now:
            _, request_id, sig = heapq.heappop(timers)
            kill(request_id, sig)
        reap()


main()
