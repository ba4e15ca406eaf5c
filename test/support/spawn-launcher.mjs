// The process launcher of a test worker (see test/support/lean-spawn.ts): a small Node process,
// node builtins only, that starts the processes a worker asks for. Each asked-for pipe arrives
// as a Unix socket this process connects to the worker's server; the child gets the socket as
// its stdin, stdout or stderr, and this process closes its own copy, so the bytes flow between
// the child and the worker directly and never pass through here.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';

process.title = 'aios-launcher';
const path = `\0${process.argv[2]}`;
const children = new Map();
/** Signals asked for while a request's pipes were still connecting: sent once it has started. */
const earlyKills = new Map();
const starting = new Set();

/**
 * Connect one socket for pipe `fd` of request `id` with the header that names it: resolves once
 * the header is in the kernel's buffer (written on connect), so it comes before the child's
 * bytes. A request's sockets connect at once, not one after another.
 */
function openPipe(id, fd, opened) {
  return new Promise((resolve, reject) => {
    const socket = connect({ path });
    opened.push(socket);
    // Never read: what the worker writes to a child's stdin is for the child alone.
    socket.pause();
    socket.once('error', reject);
    const header = Buffer.alloc(8);
    header.writeUInt32BE(id, 0);
    header.writeUInt32BE(fd, 4);
    socket.write(header, (error) => (error ? reject(error) : resolve(socket)));
  });
}

/** The environment of the last request that sent one (a request sends it only when it changes). */
let lastEnv = process.env;

async function start(request) {
  const { id, file, args, stdio } = request;
  if (request.env) lastEnv = request.env;
  const options = { ...request.options, env: lastEnv };
  const opened = [];
  let sockets;
  starting.add(id);
  try {
    sockets = await Promise.all(
      stdio.map((kind, fd) => (kind === 'pipe' ? openPipe(id, fd, opened) : kind)),
    );
  } catch (error) {
    for (const s of opened) s.destroy();
    failed(id, { message: String(error), code: 'ECONNREFUSED' });
    return;
  }
  let child;
  try {
    child = spawn(file, args, { ...options, stdio: sockets });
  } catch (error) {
    for (const s of opened) s.destroy();
    failed(id, serialiseError(error));
    return;
  }
  // The child holds its own copies; closing these (not ending them) leaves its ends open.
  for (const s of opened) s.destroy();
  starting.delete(id);
  children.set(id, child);
  if (child.pid !== undefined) process.send({ t: 'spawned', id, pid: child.pid });
  if (earlyKills.has(id)) {
    child.kill(earlyKills.get(id));
    earlyKills.delete(id);
  }
  child.on('error', (error) => {
    if (child.pid === undefined) {
      children.delete(id);
      process.send({ t: 'error', id, error: serialiseError(error) });
    }
  });
  child.on('exit', (code, signal) => {
    children.delete(id);
    process.send({ t: 'exit', id, code, signal });
  });
}

/** Request `id` could not start a child: the worker is told, nothing of it is kept. */
function failed(id, error) {
  starting.delete(id);
  earlyKills.delete(id);
  process.send({ t: 'error', id, error });
}

function serialiseError(error) {
  return {
    message: error.message,
    code: error.code,
    errno: error.errno,
    syscall: error.syscall,
    path: error.path,
  };
}

process.on('message', (message) => {
  if (message.t === 'spawn') void start(message);
  else if (message.t === 'kill') {
    const child = children.get(message.id);
    if (child) child.kill(message.signal);
    else if (starting.has(message.id)) earlyKills.set(message.id, message.signal);
  }
});
// The worker is gone: stop too (its children go on, as children of a process that exited do).
process.on('disconnect', () => process.exit(0));
process.send({ t: 'ready' });
